"""The register extract from the participant form and the Gallring dialog in the window."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog

from healthcentre.services import attendance, audit_log, participants, sessions
from healthcentre.ui.dialogs.participant_form import ParticipantForm
from healthcentre.ui.retention import RetentionDialog
from ui_helpers import answer_next_box, settle


def test_the_register_extract_button_writes_json_and_pdf_to_the_chosen_folder(qtbot, window, db, anna, tmp_path,
                                                                              monkeypatch):
    form = ParticipantForm(window, participants.get_participant(db, anna.id))
    qtbot.addWidget(form)
    assert form.extract_button.text().replace("&", "") == "Registerutdrag…"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "utdrag"))
    qtbot.mouseClick(form.extract_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    written = json.loads((tmp_path / "utdrag" / f"registerutdrag-{anna.id}.json").read_text(encoding="utf-8"))
    assert written["participant"]["display_name"] == "Anna Svensson"
    assert (tmp_path / "utdrag" / f"registerutdrag-{anna.id}.pdf").read_bytes().startswith(b"%PDF")
    events = audit_log.list_audit_events(db, action="export", entity="register_extract", entity_id=anna.id)
    assert sorted(e.summary for e in events) == ["json", "pdf"]


def _two_inactive(db, site, course):
    chosen = participants.create_participant(db, site_id=site.id, display_name="Vald Deltagare", birth_year=1940)
    kept = participants.create_participant(db, site_id=site.id, display_name="Kvar Deltagare", birth_year=1960)
    day = sessions.list_sessions(db, course.id)[0]
    for person in (chosen, kept):
        attendance.record_attendance(db, activity_id=course.id, session_id=day.id, participant_id=person.id)
    return chosen, kept


def test_gallring_lists_those_due_and_erases_the_selected_after_confirmation(qtbot, window, db, site, course):
    chosen, kept = _two_inactive(db, site, course)
    months = (dt.date.today().year - 2026) * 12 + dt.date.today().month - 3 - 1  # March 2026 is before the cut-off
    assert [a.text().replace("&", "") for a in window.menu("tools").actions() if a.objectName() == "retention"] \
        == ["Gallring…"]
    dialog = RetentionDialog(window, months=months)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, window)
    names = sorted(dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount()))
    assert names == ["Kvar Deltagare", "Vald Deltagare"]
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "Vald Deltagare")
    dialog.table.selectionModel().select(dialog.table.model().index(row, 0),
                                         QItemSelectionModel.SelectionFlag.Select
                                         | QItemSelectionModel.SelectionFlag.Rows)
    answer_next_box("Avbryt")
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert participants.get_participant(db, chosen.id).display_name == "Vald Deltagare"
    answer_next_box("Gallra")
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert participants.get_participant(db, chosen.id).display_name is None
    assert participants.get_participant(db, kept.id).display_name == "Kvar Deltagare"
    assert dialog.table.item(0, 0).text() == "Kvar Deltagare"
