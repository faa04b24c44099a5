"""Creating an activity with sessions and registering attendance, driven through the real window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from healthcentre.services import attendance
from ui_helpers import settle


def _new_course(qtbot, window):
    view = window.show_view("activities")
    view.new_activity()
    editor = view.editor
    form = editor.form
    form.kind.setCurrentIndex(form.kind.findData("KURS"))
    qtbot.keyClicks(form.title_edit, "Må bra i vardagen")
    form.start.setDate(QDate(2026, 3, 1))
    form.end.set_value(dt.date(2026, 3, 31))
    form.groups.set_codes(["ALDRE"])
    form.flags["with_halsocenter"].setChecked(True)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.state is not None)
    return editor


def _add_session(qtbot, editor, day: int) -> None:
    panel = editor.sessions
    count = len(editor.state.sessions)
    panel.date.setDate(QDate(2026, 3, day))
    panel.minutes.setValue(120)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.state.sessions) == count + 1)


def test_an_activity_is_created_with_sessions_from_the_editor(qtbot, window, db):
    editor = _new_course(qtbot, window)
    _add_session(qtbot, editor, 3)
    _add_session(qtbot, editor, 10)
    assert editor.state.activity.title == "Må bra i vardagen"
    assert editor.state.activity.target_groups == ("ALDRE",)
    assert editor.state.activity.flags["with_halsocenter"] is True
    assert [s.date.day for s in editor.state.sessions] == [3, 10]
    assert editor.sessions.table.rowCount() == 2
    settle(qtbot, window)
    model = window.views["activities"].model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.data(model.index(0, 0)) == "Må bra i vardagen"


def test_attendance_is_registered_by_ticking_the_check_list(qtbot, window, db, anna):
    editor = _new_course(qtbot, window)
    _add_session(qtbot, editor, 3)
    session_id = editor.state.sessions[0].id
    lookup = editor.sessions.attendance.lookup
    qtbot.keyClicks(lookup, "Svens")
    matches = editor.sessions.attendance.matches
    qtbot.waitUntil(lambda: matches.isVisible() and matches.count() == 1)
    qtbot.keyClick(lookup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [p.id for p in editor.state.participants] == [anna.id])
    assert attendance.session_attendance(db, session_id) == [anna.id]
    checklist = editor.sessions.attendance.checklist
    assert checklist.item(0).checkState() == Qt.CheckState.Checked
    checklist.setFocus()
    checklist.setCurrentRow(0)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    settle(qtbot, window)
    assert attendance.session_attendance(db, session_id) == []


def test_a_new_participant_is_added_from_the_attendance_list(qtbot, window, db):
    editor = _new_course(qtbot, window)
    _add_session(qtbot, editor, 3)
    attendance_list = editor.sessions.attendance
    qtbot.keyClicks(attendance_list.lookup, "Karin Berg")
    qtbot.mouseClick(attendance_list.new_button, Qt.MouseButton.LeftButton)
    form = attendance_list.form
    assert form.isVisible() and form.name.text() == "Karin Berg"
    form.birth_year.setValue(1948)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.state.participants) == 1)
    karin = editor.state.participants[0]
    assert (karin.display_name, karin.birth_year) == ("Karin Berg", 1948)
    assert attendance.session_attendance(db, editor.state.sessions[0].id) == [karin.id]
    assert editor.isVisible()


def test_the_attendance_grid_ticks_with_the_space_bar(qtbot, window, db, anna):
    editor = _new_course(qtbot, window)
    _add_session(qtbot, editor, 3)
    _add_session(qtbot, editor, 10)
    editor.add_present(anna.id, editor.state.sessions[0].id)
    qtbot.waitUntil(lambda: len(editor.state.participants) == 1)
    editor.tabs.setCurrentIndex(1)
    grid = editor.grid.view
    assert editor.tabs.isTabVisible(1)
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(0, 1))
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    settle(qtbot, window)
    assert attendance.session_attendance(db, editor.state.sessions[1].id) == [anna.id]
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    settle(qtbot, window)
    assert attendance.session_attendance(db, editor.state.sessions[0].id) == []


def test_a_missing_title_is_shown_at_the_field_and_nothing_typed_is_lost(qtbot, window):
    view = window.show_view("activities")
    view.new_activity()
    editor = view.editor
    editor.form.start.setDate(QDate(2026, 3, 1))
    editor.form.groups.set_codes(["UNGA_VUXNA"])
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.form.errors.message("title") != "")
    assert editor.form.errors.message("title") == "Titel måste fyllas i."
    assert editor.isVisible() and editor.activity_id is None
    assert editor.form.groups.codes() == ["UNGA_VUXNA"]
    assert editor.form.start.date() == QDate(2026, 3, 1)


def test_a_session_outside_the_activity_is_refused_at_the_date_field(qtbot, window):
    editor = _new_course(qtbot, window)
    panel = editor.sessions
    panel.date.setDate(QDate(2026, 5, 3))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.errors.message("date") != "")
    assert "utanför aktivitetens period" in panel.errors.message("date")
    assert panel.date.date() == QDate(2026, 5, 3)
