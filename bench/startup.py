"""Cold start: from launching ``python -m healthcentre`` to the first painted main window
and to the first usable page (Översikt's figures shown), against a bare Qt window.

Each start is a new process on the offscreen platform with its own data
directory. The app prints the moment of the window's first paint, then of Översikt's
figures, and quits when HEALTHCENTRE_BENCH_EXIT_WHEN_USABLE is set
(``healthcentre.ui.app``). One untimed start comes first: it takes the day's automatic
backup, which every later start of that day skips; its time is reported on its own. The
baseline is ``bench.bare_window``, a QMainWindow with one table, started the same way (also
after one untimed start).

The processes keep their compiled bytecode in the run's scratch directory
(``PYTHONPYCACHEPREFIX``, with PYTHONDONTWRITEBYTECODE lifted), as an installed app has
its modules compiled: the untimed first start compiles them. Without it every start
compiled the app's own modules from source again (about 1.4 s of a 4.7 s start under
load, cProfile), which a bare window with one module never pays.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from healthcentre.ui.app import BENCH_EXIT_WHEN_USABLE_ENV


def environment(data_dir: Path) -> dict[str, str]:
    """The environment of an app process on ``data_dir``, isolated from the user's settings, its
    bytecode cached beside ``data_dir`` in the run's scratch directory."""
    env = os.environ.copy()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update({"PYTHONPYCACHEPREFIX": str(data_dir.parent / "pycache"),
                "HEALTHCENTRE_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen",
                "XDG_CONFIG_HOME": str(data_dir / "config"), "XDG_CACHE_HOME": str(data_dir / "cache"),
                "XDG_STATE_HOME": str(data_dir / "state"), "HEALTHCENTRE_LANGUAGE": "sv"})
    return env


def _moments(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Milliseconds from launching ``command`` to each moment it prints (``first-paint`` …)."""
    launched = time.monotonic()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    moments = {}
    for line in result.stdout.splitlines():
        label, _space, stamp = line.partition(" ")
        if label.startswith("first-"):
            moments[label] = (float(stamp) - launched) * 1000
    if result.returncode != 0 or "first-paint" not in moments:
        raise RuntimeError(f"{command} did not paint its window:\n{result.stdout}\n{result.stderr}")
    return moments


def start_once(data_dir: Path) -> dict[str, float]:
    """Milliseconds from launching the app on ``data_dir`` to its first paint and its first usable page."""
    return _moments([sys.executable, "-m", "healthcentre"], {**environment(data_dir), BENCH_EXIT_WHEN_USABLE_ENV: "1"})


def bare_starts(scratch: Path, runs: int) -> list[float]:
    """Milliseconds to the first paint of ``runs`` starts of the bare Qt window, after one untimed start
    that reads Qt's libraries into the disk cache and compiles the module, as the app's untimed first
    start does for the app: without it the first sample paid a cold disk cache and inflated the baseline."""
    env = environment(scratch)
    command = [sys.executable, "-m", "bench.bare_window"]
    _moments(command, env)
    return [_moments(command, env)["first-paint"] for _ in range(runs)]


def cold_starts(data_dir: Path, runs: int) -> tuple[dict[str, float], list[dict[str, float]]]:
    """The first start of the day (with its backup), then ``runs`` timed starts."""
    first = start_once(data_dir)
    return first, [start_once(data_dir) for _ in range(runs)]
