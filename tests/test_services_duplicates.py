"""Duplicate participants: found by folded name and birth year, merged in one step, or marked as different."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import delete
from sqlmodel import select

from healthcentre.anonymised import counts
from healthcentre.contract.tables import TOTAL
from healthcentre.data.database import open_database
from healthcentre.data.models import AuditEvent, PeriodMark
from healthcentre.errors import NotFoundError, ValidationError
from healthcentre.services import activities, attendance, duplicates, participants, sessions, sites, study_circles

EVENT_TABLES = ("AKTIVITETER", "TILLFALLEN", "STUDIETIMMAR")


def _person(db, site_id, name="Anna Svensson", **fields):
    fields.setdefault("birth_year", 1950)
    return participants.create_participant(db, site_id=site_id, display_name=name, confirm_duplicate=True, **fields)


def _attend(db, course, *people):
    for session_row in sessions.list_sessions(db, course.id):
        for person in people:
            attendance.record_attendance(db, activity_id=course.id, session_id=session_row.id, participant_id=person.id)


def test_names_differing_only_in_case_spacing_and_accents_are_offered_as_one_group(db, site):
    first = _person(db, site.id, "René  Öberg")
    second = _person(db, site.id, "rene oberg")
    _person(db, site.id, "Rene Oberg", birth_year=1951)
    groups = duplicates.possible_duplicates(db, site.id)
    assert [[m.record.id for m in g.members] for g in groups] == [[first.id, second.id]]
    assert groups[0].birth_year == 1950 and duplicates.count_possible_duplicates(db, site.id) == 1


def test_erased_people_and_other_sites_are_not_offered(db, site):
    other = sites.create_site(db, name="Mötesplats Huskvarna", kind="meeting_place", municipality_code="0680")
    kept = _person(db, site.id)
    participants.forget_participant(db, _person(db, site.id).id)
    _person(db, other.id)
    assert duplicates.possible_duplicates(db, site.id) == []
    assert participants.get_participant(db, kept.id)


def test_a_dismissed_pair_is_not_offered_again(db, site):
    a, b = _person(db, site.id), _person(db, site.id)
    duplicates.dismiss_duplicate(db, b.id, a.id)
    duplicates.dismiss_duplicate(db, a.id, b.id)
    assert duplicates.possible_duplicates(db, site.id) == []
    c = _person(db, site.id)
    assert [[m.record.id for m in g.members] for g in duplicates.possible_duplicates(db, site.id)] == [
        [a.id, b.id, c.id]]


def test_the_group_shows_each_records_visits(db, site, course):
    a, b = _person(db, site.id), _person(db, site.id)
    _attend(db, course, a)
    visits = {m.record.id: m.visits for m in duplicates.possible_duplicates(db, site.id)[0].members}
    assert visits == {a.id: 3, b.id: 0}


def test_a_merge_moves_visits_counting_a_shared_session_once_and_deletes_the_dropped(db, site, course):
    keep, drop = _person(db, site.id), _person(db, site.id, target_groups=["ALDRE"])
    first, *rest = sessions.list_sessions(db, course.id)
    attendance.record_attendance(db, activity_id=course.id, session_id=first.id, participant_id=keep.id)
    _attend(db, course, drop)
    result = duplicates.merge_participants(db, keep.id, drop.id)
    assert (result.moved_visits, result.shared_visits, result.moved_enrolments) == (2, 1, 0)
    assert sorted(attendance.session_attendance(db, first.id)) == [keep.id]
    assert all(attendance.session_attendance(db, s.id) == [keep.id] for s in rest)
    assert attendance.enrolled_ids(db, course.id) == [keep.id]
    assert participants.get_participant(db, keep.id).target_groups == ("ALDRE",)
    with pytest.raises(NotFoundError):
        participants.get_participant(db, drop.id)


def test_a_merge_fills_empty_fields_and_never_overwrites(db, site):
    keep = _person(db, site.id, gender="woman")
    drop = _person(db, site.id, gender="man", municipality_code="0604", first_organised_activity=True)
    result = duplicates.merge_participants(db, keep.id, drop.id)
    record = participants.get_participant(db, keep.id)
    assert (record.gender.value, record.municipality_code, record.first_organised_activity) == ("woman", "0604", True)
    assert result.filled_fields == ("municipality_code", "first_organised_activity")


def test_a_merge_moves_circle_leadership_and_is_audited_and_marks_the_periods(db, site, course):
    circle = activities.create_activity(db, site_id=site.id, kind="STUDIECIRKEL", title="Äldre och alkohol",
                                        start_date=dt.date(2026, 3, 1))
    keep, drop = _person(db, site.id), _person(db, site.id)
    study_circles.set_circle_details(db, activity_id=circle.id, leader_participant_id=drop.id)
    _attend(db, course, drop)
    with db.session() as session:
        session.exec(delete(PeriodMark))
    duplicates.merge_participants(db, keep.id, drop.id)
    assert study_circles.get_circle(db, circle.id).leader_participant_id == keep.id
    with db.session() as session:
        assert list(session.exec(select(PeriodMark.period))) == ["2026-03"]
        event = session.exec(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert (event.action, event.entity_id) == ("merge", str(keep.id))


@pytest.mark.parametrize("case", ["same", "erased", "other_site"])
def test_a_merge_that_cannot_be_right_is_refused_with_a_clear_message(db, site, case):
    keep = _person(db, site.id)
    if case == "same":
        drop, code = keep, "merge_same_participant"
    elif case == "erased":
        drop, code = _person(db, site.id), "merge_participant_erased"
        participants.forget_participant(db, drop.id)
    else:
        other = sites.create_site(db, name="Recovery college", kind="recovery_college", municipality_code="0680")
        drop, code = _person(db, other.id), "merge_other_site"
    with pytest.raises(ValidationError) as error:
        duplicates.merge_participants(db, keep.id, drop.id)
    assert error.value.code == code and error.value.message("sv") and error.value.message("en")
    assert participants.get_participant(db, drop.id)


_SESSION_DAYS = (dt.date(2026, 3, 3), dt.date(2026, 3, 17), dt.date(2026, 4, 7), dt.date(2026, 5, 5))
_visits = st.sets(st.sampled_from(range(len(_SESSION_DAYS))))
_gender = st.sampled_from([None, "woman", "man", "other"])


def _merge_world(tmp_path, genders, visits):
    db = open_database(tmp_path / "healthcentre.db")
    site = sites.create_site(db, name="Hälsocenter", kind="halsocenter", municipality_code="0680")
    course = activities.create_activity(db, site_id=site.id, kind="KURS", title="Kurs", start_date=dt.date(2026, 3, 1),
                                        target_groups=["ALDRE"])
    rows = [sessions.add_session(db, activity_id=course.id, date=day, minutes=60) for day in _SESSION_DAYS]
    people = [_person(db, site.id, gender=g, target_groups=["ALDRE"]) for g in genders]
    for person, indexes in zip(people, visits):
        for i in indexes:
            attendance.record_attendance(db, activity_id=course.id, session_id=rows[i].id, participant_id=person.id)
    return db, site, people


def _periods_with_visits(indexes) -> set[str]:
    months = {f"{_SESSION_DAYS[i]:%Y-%m}" for i in indexes}
    quarters = {f"{m[:4]}-Q{(int(m[5:]) - 1) // 3 + 1}" for m in months}
    return months | quarters | ({"2026"} if months else set())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(genders=st.lists(_gender, min_size=3, max_size=3), visits=st.lists(_visits, min_size=3, max_size=3))
def test_after_a_merge_the_county_counts_never_grow_and_unique_people_drop_by_one_where_both_came(
        tmp_path_factory, genders, visits):
    db, site, (keep, drop, _other) = _merge_world(tmp_path_factory.mktemp("merge"), genders, visits)
    try:
        before = counts.exact_grid(db, site_id=site.id, year=2026)
        duplicates.merge_participants(db, keep.id, drop.id)
        after = counts.exact_grid(db, site_id=site.id, year=2026)
    finally:
        db.close()
    both = _periods_with_visits(visits[0]) & _periods_with_visits(visits[1])
    for period, tables_before in before.items():
        for code in EVENT_TABLES:
            assert after[period][code] == tables_before[code]
        assert all(after[period]["BESOK"][key] <= value for key, value in tables_before["BESOK"].items())
        assert after[period]["BESOK"][(TOTAL, TOTAL)] == tables_before["BESOK"][(TOTAL, TOTAL)] - len(
            {i for i in visits[0] & visits[1] if period in _periods_with_visits([i])})
        unique_before = tables_before["DELTAGARE_ALDER_KON"][(TOTAL, TOTAL)]
        assert after[period]["DELTAGARE_ALDER_KON"][(TOTAL, TOTAL)] == unique_before - (period in both)
