"""Undo (Ctrl+Z): attendance and head-counts are given back by new writes the audit log sees."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from healthcentre.services import activities, attendance, audit_log, participants, sessions
from healthcentre.ui.dialogs.activity_editor import ActivityEditor
from healthcentre.ui.dialogs.drop_in import DropInDialog
from healthcentre.ui.undo import undo_stack
from ui_helpers import settle


def _editor(qtbot, window, activity_id):
    dialog = ActivityEditor(window, activity_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state is not None and dialog.sessions.attendance.session_id is not None)
    return dialog


def _listed(db, site, course, names):
    people = [participants.create_participant(db, site_id=site.id, display_name=name, birth_year=1950,
                                              gender="woman", municipality_code="0680", target_groups=["ALDRE"])
              for name in names]
    for person in people:
        attendance.enrol(db, activity_id=course.id, participant_id=person.id)
    return people


def _undo_key(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_z_gives_back_mark_all_and_the_audit_log_sees_both(qtbot, window, db, site, course):
    anna, bo = _listed(db, site, course, ["Anna Berg", "Bo Dahl"])
    editor = _editor(qtbot, window, course.id)
    panel = editor.sessions.attendance
    session_id = panel.session_id
    attendance.record_attendance(db, activity_id=course.id, session_id=session_id, participant_id=anna.id)
    editor.reload()
    qtbot.waitUntil(lambda: panel.count.text() == "1 av 2 närvarande")
    qtbot.mouseClick(panel.mark_all, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert len(undo_stack(window)) == 1
    _undo_key(qtbot, panel.checklist)
    qtbot.waitUntil(lambda: panel.count.text() == "1 av 2 närvarande")
    settle(qtbot, window)
    assert attendance.session_attendance(db, session_id) == [anna.id]
    about_bo = [(e.action, e.entity) for e in audit_log.list_audit_events(db, entity_id=f"{session_id}:{bo.id}")]
    assert about_bo == [("delete", "attendance"), ("create", "attendance")]
    date = sessions.get_session(db, session_id).date.isoformat()
    assert window.statusBar().currentMessage() == f"Ångrat: närvaro {date}"


def test_ctrl_z_gives_back_a_row_click(qtbot, window, db, site, course):
    (anna,) = _listed(db, site, course, ["Anna Berg"])
    editor = _editor(qtbot, window, course.id)
    checklist = editor.sessions.attendance.checklist
    qtbot.waitUntil(lambda: checklist.count() == 1)
    rect = checklist.visualItemRect(checklist.item(0))
    qtbot.mouseClick(checklist.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, window)
    assert attendance.session_attendance(db, editor.sessions.attendance.session_id) == [anna.id]
    _undo_key(qtbot, checklist)
    qtbot.waitUntil(lambda: checklist.item(0) is not None and checklist.item(0).checkState() == Qt.CheckState.Unchecked)
    settle(qtbot, window)
    assert attendance.session_attendance(db, editor.sessions.attendance.session_id) == []


def test_ctrl_z_gives_back_a_head_count(qtbot, window, db, course):
    editor = _editor(qtbot, window, course.id)
    panel = editor.sessions.attendance
    session_id = panel.session_id
    panel.unregistered.setFocus()
    panel.unregistered.selectAll()
    qtbot.keyClicks(panel.unregistered, "7")
    qtbot.keyClick(panel.unregistered, Qt.Key.Key_Tab)
    settle(qtbot, window)
    assert sessions.get_session(db, session_id).unregistered_count == 7
    _undo_key(qtbot, panel.checklist)
    qtbot.waitUntil(lambda: panel.unregistered.value() == 0)
    settle(qtbot, window)
    assert sessions.get_session(db, session_id).unregistered_count == 0


def test_undo_in_the_main_window_gives_back_todays_gathering(qtbot, window, db, site, anna):
    today = dt.date.today()
    fika = activities.create_activity(db, site_id=site.id, kind="TRAFF", title="Fredagsfika",
                                      start_date=today - dt.timedelta(days=30), target_groups=["ALDRE"])
    window.findChild(QAction, "drop-in").trigger()
    qtbot.waitUntil(lambda: window.findChild(DropInDialog) is not None)
    dialog = window.findChild(DropInDialog)
    qtbot.waitUntil(lambda: dialog.day is not None)
    dialog.head_count.setValue(12)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(DropInDialog) is None)
    settle(qtbot, window)
    assert [s.unregistered_count for s in sessions.list_sessions(db, fika.id)] == [12]
    window.findChild(QAction, "undo").trigger()
    settle(qtbot, window)
    assert sessions.list_sessions(db, fika.id) == []
    window.findChild(QAction, "undo").trigger()
    assert window.statusBar().currentMessage() == "Inget att ångra"
