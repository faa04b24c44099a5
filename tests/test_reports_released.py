"""Anonymised reports and exports show exactly what the outbox sent or will send to the county."""

from __future__ import annotations

import datetime as dt

from healthcentre import demo
from healthcentre.anonymised import counts
from healthcentre.sync import enrolment, outbox
from healthcentre.reports.period_data import gather
from healthcentre.reports.figures import county_figures
from healthcentre.reports.spreadsheet import export_periods
from healthcentre.services import activities, attendance, participants, sessions, sites

YEAR = 2025
THRESHOLD = 5


def _publish_then_edit(db) -> int:
    """A demo year sent to the county (as a sync builds it), then a newcomer in March and an
    attendance taken back in September, so the next release is made against the history."""
    site_id = sites.list_sites(db)[0].id
    enrolment.enrol_offline(db, site_code="HC-1", token="secret-token", site_id=site_id)
    assert outbox.build_pending(db, today=dt.date(YEAR + 1, 1, 15), threshold=THRESHOLD)
    rows = [row for record in activities.list_activities(db, site_id=site_id)
            for row in sessions.list_sessions(db, record.id) if row.date.year == YEAR]
    march = next(row for row in rows if row.date.month == 3)
    newcomer = participants.create_participant(db, site_id=site_id, display_name="Ny Person", birth_year=1990,
                                               gender="other", first_organised_activity=True)
    attendance.record_attendance(db, activity_id=march.activity_id, session_id=march.id, participant_id=newcomer.id)
    september = next(row for row in rows if row.date.month == 9 and attendance.session_attendance(db, row.id))
    attendance.remove_attendance(db, session_id=september.id,
                                 participant_id=attendance.session_attendance(db, september.id)[0])
    return site_id


def test_anonymised_report_figures_are_the_tables_the_outbox_releases_after_a_publish(db):
    demo.generate(db, size="small", seed=11, year=YEAR)
    site_id = _publish_then_edit(db)
    release = outbox.release_year(db, site_id, YEAR, THRESHOLD).counts.released
    without_history = counts.build_year(db, site_id=site_id, year=YEAR, threshold=THRESHOLD).released
    assert release != without_history  # the published history matters in this scenario

    data = gather(db, site_id=site_id, start=dt.date(YEAR, 4, 1), end=dt.date(YEAR, 6, 30), internal=False,
                  threshold=THRESHOLD)
    assert {f"{YEAR}-Q1", f"{YEAR}-Q2", f"{YEAR}-04"} <= set(data.figures)
    for period, tables in data.figures.items():
        assert tuple(tables.values()) == release[period]


def test_anonymised_export_counts_are_the_tables_the_outbox_releases_after_a_publish(db):
    demo.generate(db, size="small", seed=11, year=YEAR)
    site_id = _publish_then_edit(db)
    release = outbox.release_year(db, site_id, YEAR, THRESHOLD).counts.released
    figures = county_figures(db, site_id=site_id, periods=export_periods(str(YEAR)), internal=False,
                             threshold=THRESHOLD)
    assert {period: tuple(tables.values()) for period, tables in figures.items()} == {
        period: release[period] for period in export_periods(str(YEAR))}
