"""The cirkellista, the circle status, the circle list and the county's study hours are the same numbers,
because they all come from the study rules' one count (``study_rules.reported_hours``)."""

from __future__ import annotations

import datetime as dt

import pytest

from healthcentre import demo, study_rules
from healthcentre.anonymised import counts, queries
from healthcentre.contract.payload import TOTAL
from healthcentre.data.database import open_database
from healthcentre.reports.attendance_sheet import render_attendance_sheet
from healthcentre.services import activities, attendance, participants, sessions, sites, study_circles
from reports_helpers import line_starting, pdf_pages

YEAR = 2025
CIRCLE = "STUDIECIRKEL"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """The small demo register of 2025, made once for the module."""
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    demo.generate(database, size="small", seed=2026, year=YEAR)
    yield database
    database.close()


@pytest.fixture
def small_circle(db, site):
    """A circle whose meetings test the rules: 100 minutes (2 whole hours), 200 minutes (capped at 4),
    a meeting of only the leader and one participant, and four meetings in one week of 135 minutes."""
    circle = activities.create_activity(db, site_id=site.id, kind=CIRCLE, title="Existentiella samtal",
                                        start_date=dt.date(YEAR, 3, 1), target_groups=["ALDRE"])
    study_circles.set_circle_details(db, activity_id=circle.id, leader_name="Gunnel Ek", study_association_code="SV")
    people = [participants.create_participant(db, site_id=site.id, display_name=f"Deltagare {i}", birth_year=1950)
              for i in range(2)]
    plan = [(dt.date(YEAR, 3, 3), 100, 2), (dt.date(YEAR, 3, 10), 200, 2), (dt.date(YEAR, 3, 17), 135, 1),
            *((dt.date(YEAR, 3, 24 + d), 135, 2) for d in range(4))]
    for day, minutes, present in plan:
        meeting = sessions.add_session(db, activity_id=circle.id, date=day, minutes=minutes)
        for person in people[:present]:
            attendance.record_attendance(db, activity_id=circle.id, session_id=meeting.id, participant_id=person.id)
    return circle


def _county_hours(db, site_id: int, period: str) -> dict:
    tables = {t.code: t for t in counts.exact_tables(db, site_id=site_id, period=period)}
    hours = tables["STUDIETIMMAR"]
    return {"circles": hours.value(CIRCLE, TOTAL), "total": hours.value(TOTAL, TOTAL),
            "aldre": hours.value(CIRCLE, "ALDRE")}


def test_cirkellista_status_list_and_county_agree_on_a_circle_the_rules_cut(db, site, small_circle, tmp_path):
    status = study_circles.circle_status(db, small_circle.id)
    assert [h.hours for h in status.meeting_hours] == [2, 4, 0, 3, 3, 3, 0]
    assert status.study_hours == 15 and status.reported_meetings == 5
    assert study_circles.get_circle(db, small_circle.id).study_hours == 15
    assert _county_hours(db, site.id, f"{YEAR}-03") == {"circles": 15, "total": 15, "aldre": 15}
    pages = pdf_pages(render_attendance_sheet(db, small_circle.id, out=tmp_path / "cirkellista.pdf"))
    assert line_starting(pages, "Summa").split()[1:3] == ["975", "15"]  # minutes, then study hours
    text = "\n".join(pages)
    assert "Färre än 3 inkl. ledaren" in text and "Högst 3 träffar per vecka" in text


def test_the_county_study_hours_of_the_demo_register_are_the_circles_own(demo_db):
    for site in sites.list_sites(demo_db):
        circles = study_circles.list_circles(demo_db, site_id=site.id)
        statuses = [study_circles.circle_status(demo_db, c.activity_id) for c in circles]
        assert [c.study_hours for c in circles] == [s.study_hours for s in statuses]
        year = counts.exact_year(demo_db, site_id=site.id, year=YEAR)
        for period, tables in year.items():
            hours = next(t for t in tables if t.code == "STUDIETIMMAR")
            expected = sum(h.hours for s in statuses for h in s.meeting_hours
                           if period in queries.periods_of_day(h.date))
            assert hours.value(TOTAL, TOTAL) == hours.value(CIRCLE, TOTAL) == expected, (site.name, period)


def test_the_small_demo_has_counting_circles_and_one_whose_meetings_have_too_few_people(demo_db):
    statuses = [study_circles.circle_status(demo_db, c.activity_id) for c in study_circles.list_circles(demo_db)]
    assert any(s.counts for s in statuses)
    short = [s for s in statuses if any(h.rule == study_rules.TOO_FEW_PEOPLE for h in s.meeting_hours)]
    assert short and all(s.study_hours == 0 and not s.counts for s in short)
