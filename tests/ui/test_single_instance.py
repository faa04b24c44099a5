"""One window per register: a second start brings the first forward and exits; a crashed start's
lock is taken over; different data directories run side by side."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from healthcentre.ui import app
from healthcentre.ui.single_instance import LOCK_FILE, SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def _holder_script(data_dir: Path) -> str:
    """A process that takes the register's lock, says so, then waits to be killed."""
    return textwrap.dedent(f"""
        import time
        from PySide6.QtCore import QCoreApplication
        from healthcentre.ui.single_instance import SingleInstance
        app = QCoreApplication([])
        guard = SingleInstance({str(data_dir)!r})
        assert guard.acquire()
        print("locked", flush=True)
        time.sleep(600)
    """)


def _asker_script(data_dir: Path) -> str:
    """A later start: it finds the register taken and asks the holder to show itself."""
    return textwrap.dedent(f"""
        from PySide6.QtCore import QCoreApplication
        from healthcentre.ui.single_instance import SingleInstance
        app = QCoreApplication([])
        guard = SingleInstance({str(data_dir)!r})
        print("asked" if not guard.acquire() else "took it", flush=True)
    """)


def test_a_second_start_on_the_same_data_dir_brings_the_first_window_forward_and_exits(qtbot, window, tmp_path):
    data_dir = tmp_path / "data"
    first = SingleInstance(data_dir)
    assert first.acquire()
    first.show_requested.connect(app._bring_main_window_forward)  # as app.run() wires it
    window.showMinimized()
    try:
        with qtbot.waitSignal(first.show_requested, timeout=60_000):
            second = subprocess.Popen([sys.executable, "-m", "healthcentre", "--data-dir", str(data_dir)],
                                      env=_env(), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        _out, errors = second.communicate(timeout=60)
        assert second.returncode == 0, errors.decode()
        assert not window.isMinimized()
    finally:
        first.release()


def test_the_lock_of_a_crashed_app_is_taken_over_without_a_question(qapp, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir(exist_ok=True)
    holder = subprocess.Popen([sys.executable, "-c", _holder_script(data_dir)], env=_env(), cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked", holder.stderr.read()
        while_running = SingleInstance(data_dir)
        assert not while_running.acquire()  # while it runs the register is taken
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=60)
    assert (data_dir / LOCK_FILE).exists()  # the crash left its lock behind
    after_crash = SingleInstance(data_dir)
    assert after_crash.acquire()
    after_crash.release()


def test_different_data_dirs_each_get_their_own_window(qapp, tmp_path):
    one, other = SingleInstance(tmp_path), SingleInstance(tmp_path / "other")
    (tmp_path / "other").mkdir()
    assert one.acquire()
    assert other.acquire()
    assert server_name(tmp_path) != server_name(tmp_path / "other")
    one.release()
    other.release()


def test_a_released_register_is_taken_by_the_next_start_at_once(qapp, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    first.release()
    again = SingleInstance(tmp_path)
    assert again.acquire()
    again.release()


def test_a_second_start_that_asks_before_the_first_is_listening_is_still_heard(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    try:
        later = subprocess.run([sys.executable, "-c", _asker_script(tmp_path)], env=_env(), cwd=ROOT, timeout=120,
                               capture_output=True, text=True)  # the first's event loop is not running meanwhile
        assert later.stdout.strip() == "asked", later.stderr
        with qtbot.waitSignal(first.show_requested, timeout=60_000):
            pass
    finally:
        first.release()

