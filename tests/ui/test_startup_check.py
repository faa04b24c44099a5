"""The register's integrity check at start runs on the window's worker, ahead of every write.

The app opens the register without checking it so the window paints sooner; a
damaged file must still never be written, and the user gets the damaged-register
question."""

from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from healthcentre import config
from healthcentre.data.database import open_database
from healthcentre.services import participants, sites
from healthcentre.ui import i18n
from healthcentre.ui.app import RegisterLetGo, open_window
from healthcentre.ui.data_protection import open_register_or_restore


def _damaged_register(path):
    """A register with a day's backup, then random bytes written over one page of its participants."""
    db = open_database(path)
    site = sites.create_site(db, name="HC", kind="halsocenter", municipality_code="0680")
    for n in range(300):
        participants.create_participant(db, site_id=site.id, display_name=f"Person nummer {n}", birth_year=1950)
    db.close()
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        page = connection.execute("PRAGMA page_size").fetchone()[0]
        leaves = [row[0] for row in connection.execute(
            "SELECT pageno FROM dbstat WHERE name = 'participant' AND pagetype = 'leaf' ORDER BY pageno")]
    with open(path, "r+b") as handle:
        handle.seek((leaves[len(leaves) // 2] - 1) * page)
        handle.write(os.urandom(page))
    return site


def _quit_at_the_next_box(seen: list) -> None:
    """When the next message box appears, note it in ``seen`` (name, text, buttons) and press its reject button."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _quit_at_the_next_box(seen))
        return
    seen.append((box.objectName(), box.text(), [b.text() for b in box.buttons()]))
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole).click()


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_damaged_register_opened_by_the_app_is_not_written_and_the_question_appears(qtbot, tmp_path):
    i18n.install("sv")
    path = tmp_path / "data" / "healthcentre.db"
    site = _damaged_register(path)
    before = _digest(path)
    seen = []

    db = open_register_or_restore(check=False)
    assert db is not None and db.path == path
    window = open_window(db, check=True)
    qtbot.addWidget(window)
    window.show()
    written = []
    window.ops.run(lambda d: participants.create_participant(d, site_id=site.id, display_name="Ny Person"),
                   success=written.append, failure=written.append)
    QTimer.singleShot(0, lambda: _quit_at_the_next_box(seen))
    qtbot.waitUntil(lambda: window.startup_check.damaged and window.ops.pending == 0, timeout=20_000)
    window.ops.shutdown()
    db.close()
    assert seen and seen[0][0] == "damaged-register" and "Återställ säkerhetskopian" in seen[0][2]
    assert window.startup_check.restored is False and not window.isVisible()
    assert written == []
    assert _digest(path) == before
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_sound_register_opened_by_the_app_passes_its_check_and_takes_the_day_s_backup(qtbot, tmp_path):
    from healthcentre.data import backups

    i18n.install("sv")
    path = tmp_path / "data" / "healthcentre.db"
    first = open_database(path, daily_backup=False)
    sites.create_site(first, name="HC", kind="halsocenter", municipality_code="0680")
    first.close()
    db = open_register_or_restore(check=False)
    assert backups.list_backups(path) == []
    window = open_window(db, check=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: [b.kind for b in backups.list_backups(path)] == [backups.DAILY], timeout=20_000)
    assert window.startup_check.damaged is False and window.isVisible()
    window.close()
    db.close()


def _configure_site(monkeypatch, tmp_path, name: str) -> None:
    """IT's machine configuration naming a site with all its details."""
    machine = tmp_path / "machine.toml"
    machine.write_text(f'[site]\nname = "{name}"\nkind = "halsocenter"\nmunicipality_code = "0685"\n',
                       encoding="utf-8")
    monkeypatch.setenv(config.MACHINE_CONFIG_ENV, str(machine))


def _record_creating_thread(monkeypatch) -> list[str]:
    """The name of the thread each ``sites.create_site`` call ran on (the real function still runs)."""
    threads: list[str] = []
    real = sites.create_site

    def create_site(*args, **kwargs):
        threads.append(QThread.currentThread().objectName())
        return real(*args, **kwargs)

    monkeypatch.setattr(sites, "create_site", create_site)
    return threads


def test_the_configured_site_is_created_on_the_worker_after_the_start_up_check(qtbot, tmp_path, monkeypatch):
    from healthcentre.data import backups

    i18n.install("sv")
    _configure_site(monkeypatch, tmp_path, "Hälsocenter Vetlanda")
    threads = _record_creating_thread(monkeypatch)
    path = tmp_path / "data" / "healthcentre.db"
    open_database(path, daily_backup=False).close()
    db = open_register_or_restore(check=False)
    window = open_window(db, check=True)
    qtbot.addWidget(window)
    assert window.site.name == "Hälsocenter Vetlanda" and window.site.municipality_code == "0685"
    assert threads == ["healthcentre-db-worker"]
    [daily] = backups.list_backups(path)  # taken by the check: the site did not exist yet
    with sqlite3.connect(daily.path) as snapshot:
        assert snapshot.execute("SELECT count(*) FROM site").fetchone() == (0,)
    assert [site.name for site in sites.list_sites(db)] == ["Hälsocenter Vetlanda"]
    window.close()
    db.close()


def test_a_configured_site_is_not_created_in_a_damaged_register(qtbot, tmp_path, monkeypatch):
    i18n.install("sv")
    _configure_site(monkeypatch, tmp_path, "Hälsocenter Vetlanda")
    path = tmp_path / "data" / "healthcentre.db"
    _damaged_register(path)
    before = _digest(path)
    threads = _record_creating_thread(monkeypatch)
    seen = []

    db = open_register_or_restore(check=False)
    QTimer.singleShot(0, lambda: _quit_at_the_next_box(seen))
    with pytest.raises(RegisterLetGo) as let_go:
        open_window(db, check=True)
    db.close()
    assert let_go.value.restored is False
    assert [name for name, _text, _buttons in seen] == ["damaged-register"]
    assert threads == []
    assert _digest(path) == before


def test_restoring_a_backup_while_the_configured_site_is_set_up_reopens_the_restored_register(qtbot, tmp_path,
                                                                                            monkeypatch):
    from healthcentre.ui import app
    from healthcentre.ui.mainwindow import MainWindow

    _configure_site(monkeypatch, tmp_path, "Hälsocenter Vetlanda")
    path = tmp_path / "data" / "healthcentre.db"
    _damaged_register(path)
    shown = []

    def answer_then_close() -> None:
        box, main = QApplication.activeModalWidget(), QApplication.activeWindow()
        if isinstance(box, QMessageBox) and box.objectName() == "damaged-register":
            shown.append(box.objectName())
            next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        elif isinstance(main, MainWindow) and main.attached and main.ops.pending == 0:  # not the start's shell
            shown.append(main.site.name)
            main.close()
            return
        QTimer.singleShot(20, answer_then_close)

    QTimer.singleShot(0, answer_then_close)
    assert app.run() == 0
    assert shown == ["damaged-register", "Hälsocenter Vetlanda"]
    db = open_database(path)
    assert sorted(site.name for site in sites.list_sites(db)) == ["HC", "Hälsocenter Vetlanda"]
    db.close()
