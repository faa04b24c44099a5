"""Activities: kinds, periods, target groups and collaboration flags."""

from __future__ import annotations

import datetime as dt

import pytest

from healthcentre.errors import NotFoundError, ValidationError
from healthcentre.services import activities, sessions


def test_an_activity_is_created_with_target_groups_flags_and_session_count(db, course):
    record = activities.get_activity(db, course.id)
    assert (record.kind_code, record.title, record.target_groups, record.session_count) == (
        "KURS", "Må bra på äldre dar", ("ALDRE",), 3)
    assert record.flags["with_halsocenter"] and not record.flags["digital"]


@pytest.mark.parametrize("kwargs, code", [
    (dict(kind="KURS", title=""), "required"),
    (dict(kind="KURS", title="x" * 201), "too_long"),
    (dict(kind="YOGA", title="Yoga"), "activity_kind_unknown"),
    (dict(kind="KURS", title="Kurs", end_date=dt.date(2025, 1, 1)), "end_before_start"),
    (dict(kind="KURS", title="Kurs", target_groups=["NOPE"]), "target_group_unknown"),
])
def test_invalid_activities_are_refused_and_nothing_is_written(db, site, kwargs, code):
    with pytest.raises(ValidationError) as error:
        activities.create_activity(db, site_id=site.id, start_date=dt.date(2025, 2, 1), **kwargs)
    assert error.value.code == code
    assert activities.list_activities(db) == []


def test_a_start_date_is_required(db, site):
    with pytest.raises(ValidationError) as error:
        activities.create_activity(db, site_id=site.id, kind="KURS", title="Kurs", start_date=None)
    assert error.value.field == "start_date"


def test_an_unknown_flag_is_a_programming_error(db, site):
    with pytest.raises(TypeError):
        activities.create_activity(db, site_id=site.id, kind="KURS", title="Kurs", start_date=dt.date(2025, 1, 1),
                                   with_gym=True)


def test_an_activity_is_updated_and_fields_not_given_stay(db, course):
    record = activities.update_activity(db, course.id, title="Må bra", target_groups=["ALDRE", "ANHORIGA"],
                                        peer_coproduced=True, with_halsocenter=False)
    assert (record.title, record.target_groups, record.start_date) == (
        "Må bra", ("ALDRE", "ANHORIGA"), dt.date(2026, 3, 1))
    assert record.flags["peer_coproduced"] and not record.flags["with_halsocenter"]
    with pytest.raises(ValidationError):
        activities.update_activity(db, course.id, end_date=dt.date(2026, 2, 1))


def test_a_period_that_would_leave_sessions_outside_is_refused(db, course):
    with pytest.raises(ValidationError) as error:
        activities.update_activity(db, course.id, end_date=dt.date(2026, 3, 12))
    assert error.value.code == "activity_period_excludes_sessions"
    assert "2026-03-17" in error.value.message("sv")
    assert activities.get_activity(db, course.id).end_date == dt.date(2026, 3, 31)
    assert activities.update_activity(db, course.id, start_date=dt.date(2026, 3, 3)).start_date == dt.date(2026, 3, 3)


def test_activities_are_searched_by_text_kind_and_period(db, site, course):
    lecture = activities.create_activity(db, site_id=site.id, kind="FORELASNING", title="Föreläsning: Fallprevention",
                                         start_date=dt.date(2026, 5, 4))
    assert [a.id for a in activities.search_activities(db, text="fall")] == [lecture.id]
    assert [a.id for a in activities.search_activities(db, kind="KURS")] == [course.id]
    assert [a.id for a in activities.search_activities(db, start=dt.date(2026, 4, 1))] == [lecture.id]
    assert [a.id for a in activities.search_activities(db, end=dt.date(2026, 4, 1))] == [course.id]
    assert [a.id for a in activities.list_activities(db)] == [lecture.id, course.id]


def test_deleting_an_activity_deletes_its_sessions(db, course):
    activities.delete_activity(db, course.id)
    with pytest.raises(NotFoundError):
        activities.get_activity(db, course.id)
    with pytest.raises(NotFoundError):
        sessions.list_sessions(db, course.id)
