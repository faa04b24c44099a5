"""Study-circle details and the circle status, through the services."""

from __future__ import annotations

import datetime as dt

import pytest

from healthcentre.errors import NotFoundError, ValidationError
from healthcentre.services import activities, attendance, participants, sessions, study_circles


@pytest.fixture
def circle(db, site):
    """A study circle for older people with four meetings of 135 minutes in spring 2025."""
    record = activities.create_activity(db, site_id=site.id, kind="STUDIECIRKEL", title="Studiecirkel: Äldre och alkohol",
                                        start_date=dt.date(2025, 2, 1), end_date=dt.date(2025, 5, 31),
                                        target_groups=["ALDRE"], with_study_association=True)
    for day in (3, 10, 17, 24):
        sessions.add_session(db, activity_id=record.id, date=dt.date(2025, 3, day), minutes=135)
    return record


def _people(db, site, count, *, birth_year=1948):
    return [participants.create_participant(db, site_id=site.id, display_name=f"Person {i}", birth_year=birth_year)
            for i in range(count)]


def _attend(db, circle, people, meeting_indexes):
    meetings = sessions.list_sessions(db, circle.id)
    for person in people:
        for index in meeting_indexes:
            attendance.record_attendance(db, activity_id=circle.id, session_id=meetings[index].id,
                                         participant_id=person.id)


def test_circle_details_are_set_cleaned_and_read_back(db, circle):
    record = study_circles.set_circle_details(db, activity_id=circle.id, leader_name="  Karin Ek ",
                                              study_association_code="sv", theme=" Äldre och alkohol ")
    assert (record.leader_name, record.study_association_code, record.theme) == ("Karin Ek", "SV", "Äldre och alkohol")
    again = study_circles.get_circle(db, circle.id)
    assert again == record
    assert again.meetings == 4 and again.study_hours == 0  # nobody present yet: no meeting has three people


def test_the_list_shows_the_study_hours_the_status_reports(db, site, circle):
    study_circles.set_circle_details(db, activity_id=circle.id, leader_name="Karin Ek")
    _attend(db, circle, _people(db, site, 2), [0, 1, 2])
    record = study_circles.get_circle(db, circle.id)
    status = study_circles.circle_status(db, circle.id)
    assert record.study_hours == status.study_hours == 9  # three meetings of 3 whole hours; the fourth had only the leader
    assert [h.hours for h in status.meeting_hours] == [3, 3, 3, 0]


def test_setting_details_again_replaces_them(db, circle):
    study_circles.set_circle_details(db, activity_id=circle.id, leader_name="Karin Ek", theme="Tema")
    record = study_circles.set_circle_details(db, activity_id=circle.id, study_association_code="ABF")
    assert (record.leader_name, record.theme, record.study_association_code) == (None, None, "ABF")


def test_details_only_go_on_a_study_circle(db, course):
    with pytest.raises(ValidationError) as error:
        study_circles.set_circle_details(db, activity_id=course.id, leader_name="Karin Ek")
    assert error.value.code == "study_circle_kind"
    assert "studiecirkel" in error.value.message("sv")


def test_an_unknown_study_association_is_refused(db, circle):
    with pytest.raises(ValidationError) as error:
        study_circles.set_circle_details(db, activity_id=circle.id, study_association_code="XYZ")
    assert error.value.code == "study_association_unknown" and error.value.field == "study_association_code"


def test_a_too_long_leader_name_is_refused(db, circle):
    with pytest.raises(ValidationError) as error:
        study_circles.set_circle_details(db, activity_id=circle.id, leader_name="x" * 121)
    assert error.value.code == "too_long" and error.value.field == "leader_name"


def test_a_leader_participant_must_exist(db, circle):
    with pytest.raises(NotFoundError):
        study_circles.set_circle_details(db, activity_id=circle.id, leader_participant_id=999)


def test_circles_are_listed_by_site_and_year(db, site, circle, course):
    other = activities.create_activity(db, site_id=site.id, kind="STUDIECIRKEL", title="Släktforskning",
                                       start_date=dt.date(2024, 9, 1), end_date=dt.date(2024, 12, 1))
    assert [c.activity_id for c in study_circles.list_circles(db)] == [circle.id, other.id]
    assert [c.activity_id for c in study_circles.list_circles(db, year=2024)] == [other.id]
    assert study_circles.list_circles(db, site_id=site.id + 1) == []


def test_deleting_details_keeps_the_circle(db, circle):
    study_circles.set_circle_details(db, activity_id=circle.id, leader_name="Karin Ek")
    study_circles.delete_circle_details(db, circle.id)
    record = study_circles.get_circle(db, circle.id)
    assert record.leader_name is None and record.meetings == 4


def test_a_full_circle_with_a_leader_counts_and_so_do_its_regular_participants(db, site, circle):
    study_circles.set_circle_details(db, activity_id=circle.id, leader_name="Karin Ek", study_association_code="SV")
    regulars = _people(db, site, 3)
    _attend(db, circle, regulars, [0, 1, 2, 3])
    late = _people(db, site, 1, birth_year=1949)
    _attend(db, circle, late, [3])

    status = study_circles.circle_status(db, circle.id)

    assert status.counts and status.people == 5 and status.meetings == 4 and status.study_hours == 12
    assert status.messages("sv") == ["Cirkeln uppfyller studieförbundens regler."]
    by_id = {p.participant_id: p for p in status.participants}
    assert all(by_id[p.id].counts for p in regulars)
    assert not by_id[late[0].id].counts and by_id[late[0].id].meetings == 1
    assert by_id[late[0].id].display_name == "Person 0"


def test_a_circle_without_a_leader_shows_why_it_does_not_count(db, site, circle):
    _attend(db, circle, _people(db, site, 3), [0, 1, 2, 3])
    status = study_circles.circle_status(db, circle.id)
    assert not status.counts
    assert status.messages("en") == ["The circle does not meet the study associations' rules.",
                                     "The circle has no circle leader."]


def test_a_leader_registered_as_participant_is_counted_once(db, site, circle):
    people = _people(db, site, 3)
    _attend(db, circle, people, [0, 1, 2])
    study_circles.set_circle_details(db, activity_id=circle.id, leader_participant_id=people[0].id)
    status = study_circles.circle_status(db, circle.id)
    assert status.counts and status.people == 3
    assert [p.participant_id for p in status.participants] == [people[1].id, people[2].id]


def test_an_enrolled_participant_who_never_came_is_listed_as_not_counting(db, site, circle):
    person = _people(db, site, 1)[0]
    attendance.enrol(db, activity_id=circle.id, participant_id=person.id)
    status = study_circles.circle_status(db, circle.id)
    assert [r.code for r in status.participants[0].reasons] == ["circle_participant_never_present"]


def test_status_of_an_activity_that_is_not_a_circle_is_refused(db, course):
    with pytest.raises(ValidationError):
        study_circles.circle_status(db, course.id)
