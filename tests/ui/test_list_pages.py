"""Every list page: a header click sorts the whole register, typing in the filter field and each
filter narrow the list, and what the page shows is what the services hold."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from healthcentre.services import activities, attendance, audit_log, participants, sessions, study_circles
from ui_helpers import settle

THIS_YEAR = dt.date.today().year


def click_header(qtbot, view, column: int) -> None:
    """Click the header of ``column`` as a user would, and wait for the list's new first page."""
    header = view.table.horizontalHeader()
    loaded = []
    view.model.loaded.connect(lambda: loaded.append(1))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    qtbot.waitUntil(lambda: bool(loaded))
    view.model.loaded.disconnect()


def column_texts(view, column: int) -> list[str]:
    model = view.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def wait_for_rows(qtbot, window, view, count: int) -> None:
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.ops.pending == 0 and view.model.rowCount() == count)


# --- participants -------------------------------------------------------------


def _people(db, site):
    course = activities.create_activity(db, site_id=site.id, kind="KURS", title="Promenad",
                                        start_date=dt.date(THIS_YEAR - 1, 1, 1))
    earlier = sessions.add_session(db, activity_id=course.id, date=dt.date(THIS_YEAR - 1, 3, 1), minutes=60)
    now = sessions.add_session(db, activity_id=course.id, date=dt.date(THIS_YEAR, 1, 2), minutes=60)
    people = {}
    for name, year, groups, present in (("Anna Svensson", 1950, ["ALDRE"], now), ("Bo Ek", 1990, ["VUXNA"], earlier),
                                        ("Cecilia Berg", 1944, ["ALDRE", "ANHORIGA"], None)):
        people[name] = participants.create_participant(db, site_id=site.id, display_name=name, birth_year=year,
                                                       target_groups=groups)
        if present is not None:
            attendance.record_attendance(db, activity_id=course.id, session_id=present.id,
                                         participant_id=people[name].id)
    return people


def test_a_click_on_the_born_header_sorts_the_participants_by_birth_year_and_a_second_click_reverses(
        qtbot, window, db, site):
    _people(db, site)
    view = window.show_view("participants")
    wait_for_rows(qtbot, window, view, 3)
    assert column_texts(view, 0) == ["Anna Svensson", "Bo Ek", "Cecilia Berg"]
    click_header(qtbot, view, 1)
    assert column_texts(view, 1) == ["1944", "1950", "1990"]
    click_header(qtbot, view, 1)
    assert column_texts(view, 1) == ["1990", "1950", "1944"]
    assert view.model.query.sort == "born" and view.model.query.descending


def test_active_this_year_and_the_target_group_filter_the_participants(qtbot, window, db, site):
    _people(db, site)
    view = window.show_view("participants")
    wait_for_rows(qtbot, window, view, 3)
    qtbot.mouseClick(view.active, Qt.MouseButton.LeftButton)
    wait_for_rows(qtbot, window, view, 1)
    assert column_texts(view, 0) == ["Anna Svensson"]
    qtbot.mouseClick(view.active, Qt.MouseButton.LeftButton)
    view.group.setCurrentIndex(view.group.findData("ALDRE"))
    wait_for_rows(qtbot, window, view, 2)
    assert column_texts(view, 0) == ["Anna Svensson", "Cecilia Berg"]
    assert view.count.text() == "2 deltagare"


def test_target_groups_get_the_room_left_and_consent_only_its_date(qtbot, window, db, site):
    _people(db, site)
    view = window.show_view("participants")
    wait_for_rows(qtbot, window, view, 3)
    header = view.table.horizontalHeader()
    assert header.sectionSize(4) > header.sectionSize(5)
    assert header.sectionSize(5) < view.table.fontMetrics().horizontalAdvance("2026-12-31") * 2


def test_tab_leaves_the_participant_list_instead_of_moving_cell_by_cell(qtbot, window, db, site):
    _people(db, site)
    view = window.show_view("participants")
    wait_for_rows(qtbot, window, view, 3)
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not view.table.hasFocus())


def test_a_search_with_no_hit_says_so_instead_of_an_empty_list_without_a_word(qtbot, window, db, site):
    _people(db, site)
    view = window.show_view("participants")
    wait_for_rows(qtbot, window, view, 3)
    qtbot.keyClicks(view.search, "Zyx")
    wait_for_rows(qtbot, window, view, 0)
    assert view.count.text() == "Ingen deltagare matchar sökningen och filtren."


# --- activities ---------------------------------------------------------------


def _activities(db, site):
    activities.create_activity(db, site_id=site.id, kind="KURS", title="Må bra kurs",
                               start_date=dt.date(THIS_YEAR, 2, 1), target_groups=["ALDRE"])
    activities.create_activity(db, site_id=site.id, kind="TRAFF", title="Öppen träff",
                               start_date=dt.date(THIS_YEAR - 1, 2, 1), end_date=dt.date(THIS_YEAR - 1, 6, 1),
                               target_groups=["VUXNA"])
    activities.create_activity(db, site_id=site.id, kind="KURS", title="Återhämtning",
                               start_date=dt.date(THIS_YEAR - 1, 9, 1), target_groups=["VUXNA"])


def test_typing_in_the_activity_filter_narrows_the_list_to_matching_titles(qtbot, window, db, site):
    _activities(db, site)
    view = window.show_view("activities")
    wait_for_rows(qtbot, window, view, 3)
    qtbot.keyClicks(view.search, "tr")
    wait_for_rows(qtbot, window, view, 1)
    assert column_texts(view, 0) == ["Öppen träff"]


def test_kind_year_and_target_group_filter_the_activities_and_a_header_click_sorts_them(qtbot, window, db, site):
    _activities(db, site)
    view = window.show_view("activities")
    wait_for_rows(qtbot, window, view, 3)
    assert column_texts(view, 0) == ["Må bra kurs", "Återhämtning", "Öppen träff"]  # newest first
    view.kind.setCurrentIndex(view.kind.findData("KURS"))
    wait_for_rows(qtbot, window, view, 2)
    view.year.setCurrentIndex(view.year.findData(THIS_YEAR - 1))
    wait_for_rows(qtbot, window, view, 1)
    assert column_texts(view, 0) == ["Återhämtning"]
    view.kind.setCurrentIndex(0)
    view.group.setCurrentIndex(view.group.findData("VUXNA"))
    wait_for_rows(qtbot, window, view, 2)
    click_header(qtbot, view, 2)
    assert column_texts(view, 2) == [f"{THIS_YEAR - 1}-02-01", f"{THIS_YEAR - 1}-09-01"]
    expected = activities.activity_list(db, view.model.query).rows
    assert column_texts(view, 0) == [r.title for r in expected]


# --- study circles ------------------------------------------------------------


def _circles(db, site):
    """Two circles that count (SV, this year and last) and one without a leader that does not (ABF)."""
    people = [participants.create_participant(db, site_id=site.id, display_name=f"Deltagare {n}", birth_year=1950)
              for n in range(3)]
    made = {}
    for title, year, association, leader in (("Existentiella samtal", THIS_YEAR, "SV", "Kerstin"),
                                             ("Äldre och alkohol", THIS_YEAR - 1, "SV", "Olle"),
                                             ("Läsecirkel", THIS_YEAR, "ABF", None)):
        circle = activities.create_activity(db, site_id=site.id, kind=study_circles.CIRCLE_KIND, title=title,
                                            start_date=dt.date(year, 2, 1))
        study_circles.set_circle_details(db, activity_id=circle.id, leader_name=leader,
                                         study_association_code=association)
        for week in range(4):
            meeting = sessions.add_session(db, activity_id=circle.id, date=dt.date(year, 2, 1 + 7 * week),
                                           minutes=135)
            for person in people:
                attendance.record_attendance(db, activity_id=circle.id, session_id=meeting.id,
                                             participant_id=person.id)
        made[title] = circle
    return made


def test_the_circle_filters_year_association_and_counts_each_narrow_the_list(qtbot, window, db, site):
    made = _circles(db, site)
    view = window.show_view("study_circles")
    wait_for_rows(qtbot, window, view, 3)
    view.year.setCurrentIndex(view.year.findData(THIS_YEAR))
    wait_for_rows(qtbot, window, view, 2)
    view.association.setCurrentIndex(view.association.findData("SV"))
    wait_for_rows(qtbot, window, view, 1)
    assert column_texts(view, 0) == ["Existentiella samtal"]
    view.year.setCurrentIndex(0)
    view.association.setCurrentIndex(0)
    view.counts.setCurrentIndex(view.counts.findData(False))
    wait_for_rows(qtbot, window, view, 1)
    assert column_texts(view, 0) == ["Läsecirkel"]
    assert not study_circles.circle_status(db, made["Läsecirkel"].id).counts
    assert view.panel.activity_id == made["Läsecirkel"].id


def test_typing_in_the_circle_filter_and_a_click_on_counts_sort_the_whole_list(qtbot, window, db, site):
    _circles(db, site)
    view = window.show_view("study_circles")
    wait_for_rows(qtbot, window, view, 3)
    click_header(qtbot, view, 4)
    assert column_texts(view, 4) == ["Nej", "Ja", "Ja"]
    qtbot.keyClicks(view.search, "samtal")
    wait_for_rows(qtbot, window, view, 1)
    assert column_texts(view, 0) == ["Existentiella samtal"]


def test_why_a_circle_does_not_count_is_said_once_in_the_tooltip_of_its_counts_cell(qtbot, window, db, site):
    made = _circles(db, site)
    view = window.show_view("study_circles")
    wait_for_rows(qtbot, window, view, 3)
    row = view.model.row_of(lambda r: r.record.activity_id == made["Läsecirkel"].id)
    tip = view.model.data(view.model.index(row, 4), Qt.ItemDataRole.ToolTipRole)
    assert tip == "\n".join(study_circles.circle_status(db, made["Läsecirkel"].id).messages())
    assert tip.count("\n") == len(study_circles.circle_status(db, made["Läsecirkel"].id).reasons)


# --- audit log ----------------------------------------------------------------


def test_typing_in_the_audit_log_search_finds_the_matching_events(qtbot, window, db, site):
    _people(db, site)
    audit_log.record_export(db, "report", "Rapport mars, PDF")
    view = window.show_view("audit_log")
    settle(qtbot, window)
    qtbot.waitUntil(lambda: view.model.rowCount() > 1)
    qtbot.keyClicks(view.search, "Rapport mars")
    wait_for_rows(qtbot, window, view, 1)
    assert column_texts(view, 3) == ["Rapport"] and column_texts(view, 5) == ["Rapport mars, PDF"]


def test_the_demo_data_event_is_shown_with_a_readable_swedish_label(qtbot, window):
    view = window.show_view("audit_log")
    demo = audit_log.AuditRecord(id=1, at=dt.datetime.now(dt.timezone.utc), os_user="anna", action="create",
                                 entity="demo", entity_id="small", summary="seed 2026")
    assert view.model.columns[3].cell(demo) == "Demodata"
