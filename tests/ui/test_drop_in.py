"""Dagens träff: a meeting place's day entered in one dialog from the main window, by keyboard and mouse."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from healthcentre.services import activities, attendance, sessions
from healthcentre.ui.dialogs.drop_in import DropInDialog
from ui_helpers import settle

TODAY = dt.date.today()


@pytest.fixture
def fika(db, site, anna):
    """A gathering running since two months, usually two hours long, with Anna among its regulars."""
    record = activities.create_activity(db, site_id=site.id, kind="TRAFF", title="Fredagsfika",
                                        start_date=TODAY - dt.timedelta(days=60), target_groups=["ALDRE"])
    for days, minutes in ((49, 120), (42, 120), (35, 90)):
        sessions.add_session(db, activity_id=record.id, date=TODAY - dt.timedelta(days=days), minutes=minutes)
    attendance.enrol(db, activity_id=record.id, participant_id=anna.id)
    return record


def _dialog(qtbot, window) -> DropInDialog:
    qtbot.waitUntil(lambda: window.findChild(DropInDialog) is not None)
    dialog = window.findChild(DropInDialog)
    qtbot.waitUntil(lambda: dialog.day is not None)
    return dialog


def _closed(qtbot, window) -> None:
    """Wait until the saved dialog closed (it deletes itself) and the worker is done."""
    qtbot.waitUntil(lambda: window.findChild(DropInDialog) is None)
    settle(qtbot, window)


def _today(db, activity_id):
    return next(s for s in sessions.list_sessions(db, activity_id) if s.date == TODAY)


def test_todays_gathering_is_entered_with_the_keyboard_alone(qtbot, window, db, fika, anna):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, window)
    assert dialog.activity.currentData() == fika.id
    assert dialog.date.date().toPython() == TODAY and dialog.minutes.value() == 120
    assert dialog.focusWidget() is dialog.head_count
    qtbot.keyClicks(dialog.head_count, "14")
    qtbot.keyClick(dialog.head_count, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.visitors
    qtbot.keyClick(dialog.visitors, Qt.Key.Key_Space)
    assert dialog.visitor_count.text() == "1 registrerade och 14 oregistrerade besökare"
    qtbot.keyClick(dialog.visitors, Qt.Key.Key_Return)
    _closed(qtbot, window)
    day = _today(db, fika.id)
    assert (day.minutes, day.unregistered_count) == (120, 14)
    assert attendance.session_attendance(db, day.id) == [anna.id]
    assert "Dagens träff sparad: Fredagsfika" in window.statusBar().currentMessage()


def test_todays_gathering_is_entered_with_the_mouse_and_a_second_entry_corrects_it(qtbot, window, db, fika, anna):
    window.findChild(QAction, "drop-in").trigger()
    dialog = _dialog(qtbot, window)
    rect = dialog.visitors.visualItemRect(dialog.visitors.item(0))
    qtbot.mouseClick(dialog.visitors.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog.head_count.setValue(9)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _closed(qtbot, window)
    window.findChild(QAction, "drop-in").trigger()
    again = _dialog(qtbot, window)
    assert again.head_count.value() == 9
    assert again.visitors.item(0).checkState() == Qt.CheckState.Checked
    again.head_count.setValue(11)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    _closed(qtbot, window)
    assert len([s for s in sessions.list_sessions(db, fika.id) if s.date == TODAY]) == 1
    assert _today(db, fika.id).unregistered_count == 11


def test_a_day_before_the_gathering_began_is_refused_at_the_date_and_nothing_is_stored(qtbot, window, db, fika):
    window.findChild(QAction, "drop-in").trigger()
    dialog = _dialog(qtbot, window)
    dialog.date.setDate(TODAY - dt.timedelta(days=90))
    qtbot.waitUntil(lambda: dialog.day is not None and dialog.day.date == TODAY - dt.timedelta(days=90))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.message("date") != "")
    assert dialog.isVisible() and len(sessions.list_sessions(db, fika.id)) == 3
