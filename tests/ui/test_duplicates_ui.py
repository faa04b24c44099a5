"""The participants page offers possible duplicates; the dialog merges them or keeps them apart."""

from __future__ import annotations

from healthcentre.changes import Entity
from healthcentre.services import attendance, duplicates, participant_search, participants, sessions
from ui_helpers import answer_next_box, settle


def _twice(db, site):
    return [participants.create_participant(db, site_id=site.id, display_name=name, birth_year=1950, gender=gender,
                                            confirm_duplicate=True).id
            for name, gender in (("Anna Svensson", "woman"), ("anna svensson", None))]


def _open(qtbot, window):
    view = window.show_view("participants")
    qtbot.waitUntil(lambda: view.duplicates_button.isVisible())
    view.duplicates_button.click()
    tab = view.check.duplicates
    qtbot.waitUntil(lambda: tab.group_list.count() > 0)
    return view, tab


def test_the_button_shows_only_when_there_are_possible_duplicates(qtbot, window, db, site):
    view = window.show_view("participants")
    settle(qtbot, window)
    assert not view.duplicates_button.isVisible()
    _twice(db, site)
    window.notify_changed(Entity.PARTICIPANTS)
    qtbot.waitUntil(lambda: view.duplicates_button.isVisible())
    assert view.duplicates_button.text() == "Möjliga dubbletter (1)"


def test_the_records_are_shown_side_by_side_with_their_visits(qtbot, window, db, site, course):
    first, second = _twice(db, site)
    session_row = sessions.list_sessions(db, course.id)[0]
    attendance.record_attendance(db, activity_id=course.id, session_id=session_row.id, participant_id=second)
    _view, tab = _open(qtbot, window)
    assert tab.table.columnCount() == 2
    assert [tab.table.verticalHeaderItem(r).text() for r in range(tab.table.rowCount())] == [
        "Namn", "Född", "Kön", "Registrerad", "Besök", "Målgrupper"]
    assert [tab.table.item(4, c).text() for c in range(2)] == ["0", "1"]
    assert tab.keep.currentData() == first


def test_merging_keeps_the_chosen_record_and_the_button_goes(qtbot, window, db, site):
    first, second = _twice(db, site)
    view, tab = _open(qtbot, window)
    tab.keep.setCurrentIndex(tab.keep.findData(second))
    answer_next_box("Slå ihop")
    tab.merge_button.click()
    qtbot.waitUntil(lambda: tab.group_list.count() == 0)
    settle(qtbot, window)
    assert participant_search.search_participant_ids(db, site_id=site.id) == [second]
    assert participants.get_participant(db, second).gender.value == "woman"
    qtbot.waitUntil(lambda: not view.duplicates_button.isVisible())


def test_not_the_same_person_is_remembered(qtbot, window, db, site):
    _twice(db, site)
    _view, tab = _open(qtbot, window)
    tab.apart_button.click()
    qtbot.waitUntil(lambda: tab.group_list.count() == 0)
    settle(qtbot, window)
    assert duplicates.possible_duplicates(db, site.id) == [] and len(participant_search.list_participants(db)) == 2
