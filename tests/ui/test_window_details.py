"""Small things a staff member sees: menu order, sizes in Swedish, the Rapporter page's defaults and
field widths, an attendance-sheet list with every activity, and empty lists that say why."""

from __future__ import annotations

import datetime as dt
import re

from healthcentre.changes import Entity
from healthcentre.data import backups
from healthcentre.services import activities, sessions
from healthcentre.ui.data_protection import RestoreDialog
from healthcentre.ui.retention import RetentionDialog
from ui_helpers import settle


def _reports(qtbot, window):
    view = window.show_view("reports")
    settle(qtbot, window)
    return view


def test_quit_is_the_last_item_of_the_file_menu_below_restore(window):
    names = [action.objectName() for action in window.menu("file").actions() if not action.isSeparator()]
    assert names[-1] == "quit"
    assert "restore-backup" in names[:-1]


def test_quit_stays_last_after_a_language_switch(qtbot, window):
    window.switch_language("en")
    qtbot.waitUntil(lambda: window.menu("file").actions()[-1].text() == "&Quit")
    window.switch_language("sv")
    qtbot.waitUntil(lambda: window.menu("file").actions()[-1].text() == "&Avsluta")


def test_the_restore_dialog_shows_backup_sizes_with_a_decimal_comma(qtbot, window, db):
    backups.create_backup(db.path)
    dialog = RestoreDialog(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0)
    assert re.fullmatch(r"\d+,\d [kM]B", dialog.table.item(0, 2).text())


def test_the_reports_page_opens_on_the_latest_quarter_with_data_not_an_empty_one(qtbot, window, course):
    view = _reports(qtbot, window)
    assert view.kind.currentData() == "quarter"
    assert view.chosen_period() == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))  # the course met in March 2026


def test_a_period_the_user_chose_is_not_moved_when_the_page_refreshes(qtbot, window, course):
    view = _reports(qtbot, window)
    view.part.setValue(2)
    later = activities.create_activity(window.db, site_id=course.site_id, kind="KURS", title="Höstkurs",
                                       start_date=dt.date(2026, 9, 1), target_groups=["ALDRE"])
    sessions.add_session(window.db, activity_id=later.id, date=dt.date(2026, 9, 1), minutes=60)
    window.notify_changed(Entity.SESSIONS)
    settle(qtbot, window)
    assert view.chosen_period() == (dt.date(2026, 4, 1), dt.date(2026, 6, 30))


def test_custom_period_starts_as_the_period_shown_before(qtbot, window, course):
    view = _reports(qtbot, window)
    view.kind.setCurrentIndex(view.kind.findData("custom"))
    assert (view.start.date().toPython(), view.end.date().toPython()) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))


def test_custom_period_on_an_empty_register_ends_today_not_on_the_first_of_the_month(qtbot, window):
    view = _reports(qtbot, window)
    view.kind.setCurrentIndex(view.kind.findData("custom"))
    assert view.end.date().toPython() == dt.date.today()


def test_the_reports_period_fields_keep_their_own_width_on_a_wide_window(qtbot, window):
    window.resize(1366, 768)
    view = _reports(qtbot, window)
    qtbot.waitUntil(lambda: view.width() > 900)
    for field in (view.year, view.part, view.kind):
        assert field.width() <= field.sizeHint().width() + 2


def test_the_attendance_sheet_list_holds_every_activity_and_finds_one_by_typing(qtbot, window, site):
    for number in range(505):
        activities.create_activity(window.db, site_id=site.id, kind="KURS", title=f"Kurs {number:03d}",
                                   start_date=dt.date(2026, 1, 1), target_groups=["ALDRE"])
    window.notify_changed(Entity.ACTIVITIES)
    view = _reports(qtbot, window)
    assert view.activity.count() == 505
    view.activity.lineEdit().setText("2026-01-01 – Kurs 004")
    assert view.activity.itemText(view.activity.findData(view.chosen_activity())) == "2026-01-01 – Kurs 004"


def test_a_search_with_no_hit_in_the_attendance_sheet_list_says_so(qtbot, window, course):
    view = _reports(qtbot, window)
    assert view.activity_note.isHidden()
    view.activity.lineEdit().setText("Zumba")
    view.activity.lineEdit().textEdited.emit("Zumba")
    assert view.activity_note.isVisible() and view.activity_note.text() == "Ingen aktivitet matchar ”Zumba”."
    assert view.chosen_activity() is None


def test_an_empty_attendance_sheet_list_says_why(qtbot, window):
    view = _reports(qtbot, window)
    assert view.activity.count() == 0
    assert view.activity_note.isVisible() and "inga aktiviteter" in view.activity_note.text()


def test_an_empty_retention_list_says_nobody_is_due_and_why(qtbot, window, anna):
    dialog = RetentionDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, window)
    assert dialog.table.rowCount() == 0
    assert dialog.empty_note.isVisible()
    assert dialog.empty_note.text().startswith("Ingen deltagare ska gallras")
