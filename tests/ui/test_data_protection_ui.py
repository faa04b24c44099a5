"""Backups and the audit log in the window: restore from a backup, the damaged-register
question at start, and the Händelselogg page."""

from __future__ import annotations

import os
import sqlite3

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from healthcentre.data import backups
from healthcentre.data.database import open_database
from healthcentre.data.integrity import DatabaseDamagedError
from healthcentre.services import participant_search, participants, sites
from healthcentre.ui import data_protection
from ui_helpers import settle


def _action(window, menu, name):
    return next(a for a in window.menu(menu).actions() if a.objectName() == name)


def test_restoring_a_backup_from_the_file_menu_brings_back_the_register(window, qtbot, db, site, monkeypatch):
    participants.create_participant(db, site_id=site.id, display_name="Före Kopian")
    info = backups.create_backup(db.path)
    participants.create_participant(db, site_id=site.id, display_name="Efter Kopian")
    dialog = data_protection.RestoreDialog(window)
    qtbot.addWidget(dialog)
    settle(qtbot, window)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Manuell"
    assert _action(window, "file", "restore-backup").text().startswith("Återställ")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    dialog.restore_selected()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    assert "återställt" in told[0]
    assert [p.display_name for p in participant_search.list_participants(db)] == ["Före Kopian"]
    assert any(b.kind == backups.BEFORE_RESTORE for b in backups.list_backups(db.path)) and info.path.exists()


def test_a_damaged_register_at_start_offers_the_newest_good_backup(qtbot, tmp_path):
    path = tmp_path / "data" / "healthcentre.db"
    first = open_database(path)
    site = sites.create_site(first, name="HC", kind="halsocenter", municipality_code="0680")
    for n in range(300):
        participants.create_participant(first, site_id=site.id, display_name=f"Person nummer {n}", birth_year=1950)
    first.close()
    open_database(path).close()  # the day's backup
    page = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as handle:
        handle.seek(path.stat().st_size // 2 // page * page)
        handle.write(os.urandom(page * 4))
    with pytest.raises(DatabaseDamagedError) as caught:
        open_database(path)
    error = caught.value
    def press_restore() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_restore)
            return
        texts = [b.text() for b in box.buttons()]
        accept = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
        (accept[0] if accept else box.buttons()[0]).click()
        assert "Återställ säkerhetskopian" in texts and "Avsluta" in texts

    QTimer.singleShot(20, press_restore)
    assert data_protection.offer_restore(error) is True
    restored = open_database(path)
    assert participant_search.count_participants(restored) == 300
    restored.close()


def test_the_audit_log_page_lists_who_did_what(window, qtbot, db, site):
    participants.create_participant(db, site_id=site.id, display_name="Loggad Person")
    view = window.show_view("audit_log")
    settle(qtbot, window)
    model = view.model
    rows = [[model.data(model.index(r, c)) for c in range(6)] for r in range(model.rowCount())]
    assert ["Skapad", "Deltagare"] == rows[0][2:4]
    assert view.title() == "Händelselogg"
