"""The study-circle page shows the study hours and rule notes the study rules report."""

from __future__ import annotations

import datetime as dt

from healthcentre.services import activities, attendance, participants, sessions, study_circles
from ui_helpers import settle


def _circle_with_a_meeting_of_two(db, site):
    """A circle with a leader and two participants at three meetings of 135 minutes, and a fourth
    meeting with only one of them (two people including the leader)."""
    circle = activities.create_activity(db, site_id=site.id, kind="STUDIECIRKEL", title="Minnesträning",
                                        start_date=dt.date(2025, 3, 1))
    study_circles.set_circle_details(db, activity_id=circle.id, leader_name="Gunnel Ek")
    people = [participants.create_participant(db, site_id=site.id, display_name=f"Deltagare {i}", birth_year=1950)
              for i in range(2)]
    for week in range(4):
        meeting = sessions.add_session(db, activity_id=circle.id, date=dt.date(2025, 3, 3 + 7 * week), minutes=135)
        for person in people[:1] if week == 3 else people:
            attendance.record_attendance(db, activity_id=circle.id, session_id=meeting.id, participant_id=person.id)
    return circle


def test_the_circle_page_shows_the_counting_meetings_hours_and_the_meeting_that_had_too_few_people(
        qtbot, window, db, site):
    _circle_with_a_meeting_of_two(db, site)
    window.show_view("study_circles")
    settle(qtbot, window)
    view = window.views["study_circles"]
    assert view.table.model().index(0, 3).data() == "9"
    assert "4 träffar, varav 3 räknas, 9 studietimmar" in view.panel.heading.text()
    status = view.panel.status.text()
    assert "Cirkeln uppfyller studieförbundens regler." in status
    assert "1 träff(ar) hade färre än 3 deltagare inklusive ledaren och räknas inte." in status
