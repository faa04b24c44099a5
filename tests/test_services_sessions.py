"""Sessions: a date inside the activity's period, 1–720 minutes, a drop-in head-count."""

from __future__ import annotations

import datetime as dt

import pytest

from healthcentre.errors import NotFoundError, ValidationError
from healthcentre.services import sessions


def test_sessions_are_added_and_listed_in_date_order(db, course):
    extra = sessions.add_session(db, activity_id=course.id, date=dt.date(2026, 3, 1), minutes=60,
                                 unregistered_count=4)
    listed = sessions.list_sessions(db, course.id)
    assert listed[0].id == extra.id and [s.date.day for s in listed] == [1, 3, 10, 17]
    assert sessions.get_session(db, extra.id).unregistered_count == 4


@pytest.mark.parametrize("minutes", [1, 720])
def test_a_session_may_last_from_1_to_720_minutes(db, course, minutes):
    assert sessions.add_session(db, activity_id=course.id, date=dt.date(2026, 3, 5), minutes=minutes).minutes == minutes


@pytest.mark.parametrize("minutes", [0, 721, -5])
def test_a_session_outside_1_to_720_minutes_is_refused(db, course, minutes):
    with pytest.raises(ValidationError) as error:
        sessions.add_session(db, activity_id=course.id, date=dt.date(2026, 3, 5), minutes=minutes)
    assert (error.value.code, error.value.field) == ("session_minutes_range", "minutes")
    assert error.value.message("sv") == "Ett tillfälle måste vara mellan 1 och 720 minuter långt."


@pytest.mark.parametrize("day", [dt.date(2026, 2, 28), dt.date(2026, 4, 1)])
def test_a_session_outside_the_activitys_period_is_refused(db, course, day):
    with pytest.raises(ValidationError) as error:
        sessions.add_session(db, activity_id=course.id, date=day, minutes=60)
    assert error.value.code == "session_outside_activity" and day.isoformat() in error.value.message("en")


def test_a_negative_head_count_is_refused(db, course):
    with pytest.raises(ValidationError) as error:
        sessions.add_session(db, activity_id=course.id, date=dt.date(2026, 3, 5), minutes=60, unregistered_count=-1)
    assert error.value.code == "unregistered_negative"


def test_a_session_is_updated_and_checked_like_a_new_one(db, course):
    first = sessions.list_sessions(db, course.id)[0]
    updated = sessions.update_session(db, first.id, minutes=120, unregistered_count=7)
    assert (updated.date, updated.minutes, updated.unregistered_count) == (dt.date(2026, 3, 3), 120, 7)
    with pytest.raises(ValidationError):
        sessions.update_session(db, first.id, date=dt.date(2026, 5, 1))
    with pytest.raises(ValidationError):
        sessions.update_session(db, first.id, minutes=1000)
    assert sessions.get_session(db, first.id).minutes == 120


def test_a_session_is_deleted(db, course):
    first = sessions.list_sessions(db, course.id)[0]
    sessions.delete_session(db, first.id)
    with pytest.raises(NotFoundError):
        sessions.get_session(db, first.id)
    assert len(sessions.list_sessions(db, course.id)) == 2


def test_a_session_needs_an_existing_activity(db):
    with pytest.raises(NotFoundError):
        sessions.add_session(db, activity_id=99, date=dt.date(2026, 3, 5), minutes=60)


def test_the_usual_length_is_the_most_common_one_and_90_minutes_without_sessions():
    assert sessions.usual_minutes([]) == sessions.DEFAULT_MINUTES == 90
    assert sessions.usual_minutes([60, 120, 120, 60, 120]) == 120
    assert sessions.usual_minutes([45, 60]) == 60  # a tie goes to the latest


def test_a_new_session_defaults_to_today_moved_into_the_activity_period():
    march = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert sessions.default_session_date(*march, dt.date(2026, 3, 12)) == dt.date(2026, 3, 12)
    assert sessions.default_session_date(*march, dt.date(2026, 2, 12)) == dt.date(2026, 3, 1)
    assert sessions.default_session_date(*march, dt.date(2026, 5, 1)) == dt.date(2026, 3, 31)
    assert sessions.default_session_date(march[0], None, dt.date(2027, 1, 1)) == dt.date(2027, 1, 1)


@pytest.fixture
def fika(db, site):
    from healthcentre.services import activities

    record = activities.create_activity(db, site_id=site.id, kind="TRAFF", title="Fredagsfika",
                                        start_date=dt.date(2026, 1, 1), target_groups=["ALDRE"])
    for day, minutes in ((2, 120), (9, 120), (16, 90)):
        sessions.add_session(db, activity_id=record.id, date=dt.date(2026, 1, day), minutes=minutes)
    return record


def test_a_drop_in_day_starts_from_the_gatherings_usual_length(db, fika, anna):
    from healthcentre.services import attendance

    attendance.enrol(db, activity_id=fika.id, participant_id=anna.id)
    day = sessions.drop_in(db, fika.id, dt.date(2026, 1, 23))
    assert (day.session_id, day.minutes, day.unregistered_count) == (None, 120, 0)
    assert [p.id for p in day.participants] == [anna.id] and day.present == frozenset()


def test_a_drop_in_day_is_stored_in_one_step_with_its_head_count_and_visitors(db, fika, anna):
    from healthcentre.services import attendance

    row = sessions.record_drop_in(db, activity_id=fika.id, date=dt.date(2026, 1, 23), minutes=120,
                                  unregistered_count=14, participant_ids=[anna.id])
    stored = sessions.get_session(db, row.id)
    assert (stored.date, stored.minutes, stored.unregistered_count) == (dt.date(2026, 1, 23), 120, 14)
    assert attendance.session_attendance(db, row.id) == [anna.id]
    assert attendance.enrolled_ids(db, fika.id) == [anna.id]
    again = sessions.drop_in(db, fika.id, dt.date(2026, 1, 23))
    assert (again.session_id, again.unregistered_count, again.present) == (row.id, 14, frozenset([anna.id]))


def test_entering_a_drop_in_day_again_corrects_it_instead_of_adding_a_second_session(db, fika, anna):
    from healthcentre.services import attendance

    first = sessions.record_drop_in(db, activity_id=fika.id, date=dt.date(2026, 1, 23), minutes=120,
                                    unregistered_count=14, participant_ids=[anna.id])
    second = sessions.record_drop_in(db, activity_id=fika.id, date=dt.date(2026, 1, 23), minutes=90,
                                     unregistered_count=12, participant_ids=[])
    assert second.id == first.id and len(sessions.list_sessions(db, fika.id)) == 4
    assert sessions.get_session(db, first.id).unregistered_count == 12
    assert attendance.session_attendance(db, first.id) == []


def test_a_drop_in_with_a_negative_head_count_stores_nothing(db, fika):
    with pytest.raises(ValidationError) as error:
        sessions.record_drop_in(db, activity_id=fika.id, date=dt.date(2026, 1, 23), minutes=120,
                                unregistered_count=-1)
    assert error.value.field == "unregistered_count"
    assert len(sessions.list_sessions(db, fika.id)) == 3


def test_a_drop_in_with_an_unknown_visitor_stores_nothing(db, fika):
    with pytest.raises(NotFoundError):
        sessions.record_drop_in(db, activity_id=fika.id, date=dt.date(2026, 1, 23), minutes=120,
                                unregistered_count=3, participant_ids=[999])
    assert len(sessions.list_sessions(db, fika.id)) == 3


def test_gatherings_running_today_come_first_in_the_drop_in_choice(db, site, course, fika):
    running = sessions.drop_in_activities(db, site_id=site.id, day=dt.date(2026, 3, 12))
    assert [a.id for a in running] == [fika.id, course.id]
    assert [a.id for a in sessions.drop_in_activities(db, site_id=site.id, day=dt.date(2026, 1, 12))] == [fika.id]
