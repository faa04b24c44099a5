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
