"""The attendance check-list of a session, driven with the mouse and the keyboard in the real editor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from healthcentre.services import attendance, participants, sessions
from healthcentre.ui.dialogs.activity_editor import ActivityEditor
from ui_helpers import settle


def _person(db, site, name: str, birth_year: int):
    return participants.create_participant(db, site_id=site.id, display_name=name, birth_year=birth_year,
                                           gender="woman", municipality_code="0680", target_groups=["ALDRE"])


@pytest.fixture
def editor(qtbot, window, db, course):
    """The editor of the March course, its first session chosen."""
    dialog = ActivityEditor(window, course.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state is not None)
    first = dialog.state.sessions[0]
    dialog.sessions.table.selectRow(0)
    qtbot.waitUntil(lambda: dialog.sessions.attendance.session_id == first.id)
    return dialog


@pytest.fixture
def listed(db, site, course):
    """Three participants on the course's list, nobody present yet."""
    people = [_person(db, site, name, year) for name, year in
              (("Anna Berg", 1950), ("Bo Dahl", 1948), ("Cecilia Ek", 1955))]
    for person in people:
        attendance.enrol(db, activity_id=course.id, participant_id=person.id)
    return people


def _present(qtbot, db, editor) -> set[int]:
    """Who the register says was present at the chosen session, once the worker is done."""
    settle(qtbot, editor.main)
    return set(attendance.session_attendance(db, editor.sessions.attendance.session_id))


def _click_row(qtbot, checklist, row: int) -> None:
    rect = checklist.visualItemRect(checklist.item(row))
    qtbot.mouseClick(checklist.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_click_anywhere_on_a_persons_row_toggles_their_attendance(qtbot, db, listed, editor):
    checklist = editor.sessions.attendance.checklist
    qtbot.waitUntil(lambda: checklist.count() == 3)
    _click_row(qtbot, checklist, 1)
    assert _present(qtbot, db, editor) == {listed[1].id}
    assert checklist.item(1).checkState() == Qt.CheckState.Checked
    _click_row(qtbot, checklist, 1)
    assert _present(qtbot, db, editor) == set()


def test_space_toggles_the_current_row_and_the_count_follows(qtbot, db, listed, editor):
    panel = editor.sessions.attendance
    qtbot.waitUntil(lambda: panel.checklist.count() == 3)
    assert panel.count.text() == "0 av 3 närvarande"
    panel.checklist.setFocus()
    panel.checklist.setCurrentRow(0)
    qtbot.keyClick(panel.checklist, Qt.Key.Key_Space)
    qtbot.keyClick(panel.checklist, Qt.Key.Key_Down)
    qtbot.keyClick(panel.checklist, Qt.Key.Key_Down)
    qtbot.keyClick(panel.checklist, Qt.Key.Key_Space)
    assert _present(qtbot, db, editor) == {listed[0].id, listed[2].id}
    assert panel.count.text() == "2 av 3 närvarande"


def test_mark_all_and_unmark_all_tick_the_whole_session_with_one_click(qtbot, db, listed, editor):
    panel = editor.sessions.attendance
    qtbot.waitUntil(lambda: panel.checklist.count() == 3)
    qtbot.mouseClick(panel.mark_all, Qt.MouseButton.LeftButton)
    assert _present(qtbot, db, editor) == {p.id for p in listed}
    assert panel.count.text() == "3 av 3 närvarande" and not panel.mark_all.isEnabled()
    second = editor.state.sessions[1].id
    assert attendance.session_attendance(db, second) == []
    qtbot.mouseClick(panel.unmark_all, Qt.MouseButton.LeftButton)
    assert _present(qtbot, db, editor) == set()
    assert panel.count.text() == "0 av 3 närvarande"


def test_one_enter_right_after_fast_typing_adds_the_person(qtbot, db, site, editor):
    anna = _person(db, site, "Anna Svensson", 1950)
    panel = editor.sessions.attendance
    qtbot.keyClicks(panel.lookup, "Svens")
    qtbot.keyClick(panel.lookup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [p.id for p in editor.state.participants] == [anna.id])
    assert _present(qtbot, db, editor) == {anna.id}
    assert panel.lookup.text() == "" and not panel.matches.isVisible()


def test_twenty_people_are_added_with_twenty_enters(qtbot, db, site, editor):
    people = [_person(db, site, f"Person Nummer{n:02d}", 1940 + n) for n in range(20)]
    panel = editor.sessions.attendance
    for person in people:
        qtbot.keyClicks(panel.lookup, person.display_name.split()[1])
        qtbot.keyClick(panel.lookup, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: panel.lookup.text() == "")
    qtbot.waitUntil(lambda: len(editor.state.participants) == 20)
    assert _present(qtbot, db, editor) == {p.id for p in people}
    assert panel.count.text() == "20 av 20 närvarande"


def test_two_people_with_the_same_name_are_shown_with_birth_year_and_enter_picks_neither(qtbot, db, site, editor):
    older = _person(db, site, "Kerstin Gustafsson", 1964)
    younger = _person(db, site, "Kerstin Gustafsson", 1967)
    panel = editor.sessions.attendance
    qtbot.keyClicks(panel.lookup, "Kerstin Gustafsson")
    qtbot.keyClick(panel.lookup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.choose_hint.isVisible())
    assert "2 deltagare heter Kerstin Gustafsson" in panel.choose_hint.text()
    shown = sorted(panel.matches.item(row).text() for row in range(panel.matches.count()))
    assert shown == ["Kerstin Gustafsson (1964)", "Kerstin Gustafsson (1967)"]
    settle(qtbot, editor.main)
    assert attendance.session_attendance(db, panel.session_id) == [] and editor.state.participants == []
    assert panel.matches.hasFocus()
    row = next(r for r in range(2) if panel.matches.item(r).text().endswith("(1967)"))
    panel.matches.setCurrentRow(row)
    qtbot.keyClick(panel.matches, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [p.id for p in editor.state.participants] == [younger.id])
    assert _present(qtbot, db, editor) == {younger.id} and older.id not in _present(qtbot, db, editor)


def test_tab_leaves_the_session_table_and_the_attendance_grid(qtbot, editor):
    table = editor.sessions.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    editor.tabs.setCurrentIndex(1)
    grid = editor.grid.view
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert not grid.hasFocus()


def test_the_chosen_session_stays_in_view_among_many(qtbot, window, db, site):
    from healthcentre.services import activities

    fika = activities.create_activity(db, site_id=site.id, kind="TRAFF", title="Fredagsfika",
                                      start_date=dt.date(2025, 1, 1), target_groups=["ALDRE"])
    for week in range(40):
        sessions.add_session(db, activity_id=fika.id, date=dt.date(2025, 1, 3) + dt.timedelta(weeks=week),
                             minutes=120)
    dialog = ActivityEditor(window, fika.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state is not None)
    table = dialog.sessions.table
    qtbot.waitUntil(lambda: table.rowCount() == 40)
    last = table.visualItemRect(table.item(39, 0))
    assert table.viewport().rect().contains(last.center())
    assert table.rowAt(0) != 39 and table.viewport().height() >= 8 * table.rowHeight(0)


def test_a_new_session_starts_at_today_and_the_usual_length(qtbot, window, db, site):
    from healthcentre.services import activities

    today = dt.date.today()
    fika = activities.create_activity(db, site_id=site.id, kind="TRAFF", title="Fredagsfika",
                                      start_date=today - dt.timedelta(days=60), target_groups=["ALDRE"])
    for days, minutes in ((50, 120), (40, 120), (30, 60)):
        sessions.add_session(db, activity_id=fika.id, date=today - dt.timedelta(days=days), minutes=minutes)
    dialog = ActivityEditor(window, fika.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state is not None)
    panel = dialog.sessions
    assert panel.date.date().toPython() == today and panel.minutes.value() == 120
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.state.sessions) == 4)
    newest = sessions.list_sessions(db, fika.id)[-1]
    assert (newest.date, newest.minutes) == (today, 120)


def test_the_attendance_sheet_is_one_click_away_in_the_activity_editor(qtbot, monkeypatch, tmp_path, editor):
    from PySide6.QtGui import QDesktopServices

    out = tmp_path / "lista.pdf"
    opened = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), "PDF (*.pdf)"))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(editor.sheet_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == [str(out)] and out.read_bytes().startswith(b"%PDF")
