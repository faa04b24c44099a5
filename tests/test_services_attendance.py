"""Enrolment and attendance: only for a session of that activity, never twice."""

from __future__ import annotations

import datetime as dt

import pytest

from healthcentre.errors import NotFoundError, ValidationError
from healthcentre.services import activities, attendance, participants, sessions


@pytest.fixture
def first(db, course):
    return sessions.list_sessions(db, course.id)[0]


def test_attendance_is_recorded_and_enrols_the_participant(db, course, anna, first):
    attendance.record_attendance(db, activity_id=course.id, session_id=first.id, participant_id=anna.id)
    assert attendance.session_attendance(db, first.id) == [anna.id]
    assert attendance.enrolled_ids(db, course.id) == [anna.id]


def test_attendance_at_a_session_of_another_activity_is_refused(db, site, course, anna):
    other = activities.create_activity(db, site_id=site.id, kind="TRAFF", title="Fredagsfika",
                                       start_date=dt.date(2026, 3, 1))
    foreign = sessions.add_session(db, activity_id=other.id, date=dt.date(2026, 3, 6), minutes=120)
    with pytest.raises(ValidationError) as error:
        attendance.record_attendance(db, activity_id=course.id, session_id=foreign.id, participant_id=anna.id)
    assert error.value.code == "attendance_wrong_activity"
    assert attendance.session_attendance(db, foreign.id) == [] and attendance.enrolled_ids(db, course.id) == []


def test_the_same_attendance_twice_is_refused(db, course, anna, first):
    attendance.record_attendance(db, activity_id=course.id, session_id=first.id, participant_id=anna.id)
    with pytest.raises(ValidationError) as error:
        attendance.record_attendance(db, activity_id=course.id, session_id=first.id, participant_id=anna.id)
    assert error.value.code == "attendance_duplicate"
    assert error.value.message("en") == "The participant is already registered as present at this session."


def test_attendance_for_missing_records_is_reported(db, course, anna, first):
    with pytest.raises(NotFoundError):
        attendance.record_attendance(db, activity_id=course.id, session_id=999, participant_id=anna.id)
    with pytest.raises(NotFoundError):
        attendance.record_attendance(db, activity_id=course.id, session_id=first.id, participant_id=999)


def test_ticking_a_box_twice_is_harmless_and_unticking_removes_it(db, course, anna, first):
    for _ in range(2):
        attendance.set_attendance(db, activity_id=course.id, session_id=first.id, participant_id=anna.id, present=True)
    assert attendance.session_attendance(db, first.id) == [anna.id]
    attendance.set_attendance(db, activity_id=course.id, session_id=first.id, participant_id=anna.id, present=False)
    assert attendance.session_attendance(db, first.id) == []
    assert attendance.enrolled_ids(db, course.id) == [anna.id]


def test_unenrolling_removes_the_participants_attendance_at_the_activity(db, course, anna, first):
    attendance.record_attendance(db, activity_id=course.id, session_id=first.id, participant_id=anna.id)
    attendance.unenrol(db, activity_id=course.id, participant_id=anna.id)
    assert attendance.enrolled_ids(db, course.id) == [] and attendance.session_attendance(db, first.id) == []


def test_the_grid_shows_enrolled_people_sessions_and_ticks(db, site, course, anna, first):
    bo = participants.create_participant(db, site_id=site.id, display_name="Bo Ek", birth_year=1949)
    attendance.enrol(db, activity_id=course.id, participant_id=bo.id)
    attendance.record_attendance(db, activity_id=course.id, session_id=first.id, participant_id=anna.id)
    grid = attendance.attendance_grid(db, course.id)
    assert [p.id for p in grid.participants] == [anna.id, bo.id]
    assert len(grid.sessions) == 3
    assert grid.present == frozenset({(anna.id, first.id)})


def _bo(db, site):
    return participants.create_participant(db, site_id=site.id, display_name="Bo Ek", birth_year=1948,
                                           gender="man", municipality_code="0680", target_groups=["ALDRE"])


def test_mark_all_ticks_everyone_on_the_list_in_one_call_and_unmark_all_unticks_them(db, site, course, anna, first):
    bo = _bo(db, site)
    for person in (anna, bo):
        attendance.enrol(db, activity_id=course.id, participant_id=person.id)
    attendance.record_attendance(db, activity_id=course.id, session_id=first.id, participant_id=anna.id)
    assert attendance.set_all_present(db, activity_id=course.id, session_id=first.id, present=True) == [bo.id]
    assert sorted(attendance.session_attendance(db, first.id)) == sorted([anna.id, bo.id])
    assert attendance.set_all_present(db, activity_id=course.id, session_id=first.id,
                                      present=False) == sorted([anna.id, bo.id])
    assert attendance.session_attendance(db, first.id) == []


def test_mark_all_leaves_the_other_sessions_alone(db, course, anna, first):
    attendance.enrol(db, activity_id=course.id, participant_id=anna.id)
    attendance.set_all_present(db, activity_id=course.id, session_id=first.id, present=True)
    second = sessions.list_sessions(db, course.id)[1]
    assert attendance.session_attendance(db, first.id) == [anna.id]
    assert attendance.session_attendance(db, second.id) == []


def test_mark_all_at_a_session_of_another_activity_is_refused(db, site, course, anna):
    other = activities.create_activity(db, site_id=site.id, kind="TRAFF", title="Fredagsfika",
                                       start_date=dt.date(2026, 3, 1))
    foreign = sessions.add_session(db, activity_id=other.id, date=dt.date(2026, 3, 6), minutes=120)
    attendance.enrol(db, activity_id=course.id, participant_id=anna.id)
    with pytest.raises(ValidationError) as error:
        attendance.set_all_present(db, activity_id=course.id, session_id=foreign.id, present=True)
    assert error.value.code == "attendance_wrong_activity"
    assert attendance.session_attendance(db, foreign.id) == []


def test_undoing_mark_all_unticks_exactly_those_it_ticked(db, site, course, anna, first):
    bo = _bo(db, site)
    for person in (anna, bo):
        attendance.enrol(db, activity_id=course.id, participant_id=person.id)
    attendance.record_attendance(db, activity_id=course.id, session_id=first.id, participant_id=anna.id)
    changed = attendance.set_all_present(db, activity_id=course.id, session_id=first.id, present=True)
    attendance.set_present_many(db, activity_id=course.id, session_id=first.id, participant_ids=changed,
                                present=False)
    assert attendance.session_attendance(db, first.id) == [anna.id]
