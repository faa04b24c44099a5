"""Översikt: this month, this year and last year, counted as the county counts, and the sync box."""

from __future__ import annotations

import datetime as dt

from healthcentre.changes import Entity
from healthcentre.services import activities, attendance, participants, sessions
from healthcentre.sync import month_status, outcomes
from healthcentre.ui.views.overview import glance_periods
from ui_helpers import settle


def _person(db, site, name):
    return participants.create_participant(db, site_id=site.id, display_name=name, birth_year=1960, gender="woman",
                                           municipality_code="0680", target_groups=["VUXNA"])


def _register(db, site):
    """This month: a course, two sessions, three people (five visits) and four drop-ins.
    Last year: a study circle meeting once with one person."""
    today = dt.date.today()
    first = today.replace(day=1)
    course = activities.create_activity(db, site_id=site.id, kind="KURS", title="Må bra", start_date=first,
                                        target_groups=["VUXNA"])
    one = sessions.add_session(db, activity_id=course.id, date=first, minutes=60, unregistered_count=4)
    two = sessions.add_session(db, activity_id=course.id, date=today, minutes=60)
    people = [_person(db, site, name) for name in ("Anna", "Bo", "Cecilia")]
    for person in people:
        attendance.record_attendance(db, activity_id=course.id, session_id=one.id, participant_id=person.id)
    for person in people[:2]:
        attendance.record_attendance(db, activity_id=course.id, session_id=two.id, participant_id=person.id)
    last_year = dt.date(today.year - 1, 3, 2)
    circle = activities.create_activity(db, site_id=site.id, kind="STUDIECIRKEL", title="Existentiella samtal",
                                        start_date=last_year, target_groups=["ALDRE"])
    meeting = sessions.add_session(db, activity_id=circle.id, date=last_year, minutes=90)
    attendance.record_attendance(db, activity_id=circle.id, session_id=meeting.id, participant_id=people[0].id)


def test_the_overview_shows_this_month_this_year_and_last_year_as_registered(qtbot, db, site, window):
    _register(db, site)
    view = window.show_view("overview")
    window.notify_changed(Entity.ACTIVITIES)
    settle(qtbot, window)
    month, year, last_year = glance_periods()
    expected = {
        month: dict(activities=1, sessions=2, participants=3, visits=5, unregistered_visits=4, study_circles=0),
        year: dict(activities=1, sessions=2, participants=3, visits=5, unregistered_visits=4, study_circles=0),
        last_year: dict(activities=1, sessions=1, participants=1, visits=1, unregistered_visits=0, study_circles=1),
    }
    shown = {period: {figure: view.figure(figure, period) for figure in figures} for period, figures in expected.items()}
    assert shown == {period: {f: str(n) for f, n in figures.items()} for period, figures in expected.items()}


def test_the_overview_says_what_waits_to_be_sent_and_that_nothing_was_sent_yet(qtbot, db, site, window):
    _register(db, site)
    view = window.show_view("overview")
    window.notify_changed(Entity.ACTIVITIES)
    settle(qtbot, window)
    text = view.sync.text()
    assert "Senast skickat till länet: aldrig" in text
    assert f"Väntar på att skickas: {dt.date.today().year - 1}-03" in text


def test_the_overview_says_through_which_month_the_county_knows_everything_is_sent(qtbot, db, window):
    outcomes.save_status(db, **{month_status.STATUS_KEY: "2026-11"})
    view = window.show_view("overview")
    window.notify_changed(Entity.ACTIVITIES)
    settle(qtbot, window)
    assert "Inget väntar på att skickas. Länet vet att allt till och med 2026-11 är skickat." in view.sync.text()
