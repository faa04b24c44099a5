"""Every report, export and attendance sheet leaves an "export" event in the audit log,
naming what and which period, never a person."""

from __future__ import annotations

import datetime as dt

from healthcentre.contract.payload import DEFAULT_THRESHOLD
from healthcentre.reports.attendance_sheet import render_attendance_sheet
from healthcentre.reports.period_report import render_period_report
from healthcentre.reports.spreadsheet import export_spreadsheet
from healthcentre.services import attendance, audit_log, sessions


def _exports(db):
    return audit_log.list_audit_events(db, action="export")


def test_a_period_report_records_an_export_event_with_its_period_and_kind(db, site, course, tmp_path):
    render_period_report(db, site_id=site.id, start=dt.date(2026, 3, 1), end=dt.date(2026, 3, 31),
                         out=tmp_path / "r.pdf", threshold=5)
    [event] = _exports(db)
    assert (event.entity, event.entity_id) == ("period_report", str(site.id))
    assert event.summary == "period report 2026-03-01–2026-03-31, anonymised, k=5, pdf"


def test_a_spreadsheet_export_records_an_export_event_and_says_when_counts_are_exact(db, site, course, tmp_path):
    export_spreadsheet(db, "csv", tmp_path / "e.zip", site_id=site.id, period="2026-03", internal=True,
        threshold=DEFAULT_THRESHOLD)
    [event] = _exports(db)
    assert (event.entity, event.entity_id) == ("export", str(site.id))
    assert event.summary == "export 2026-03, internal (exact counts), csv"


def test_an_attendance_sheet_records_an_export_event_without_the_names_it_lists(db, site, course, anna, tmp_path):
    day = sessions.list_sessions(db, course.id)[0]
    attendance.record_attendance(db, activity_id=course.id, session_id=day.id, participant_id=anna.id)
    render_attendance_sheet(db, course.id, out=tmp_path / "n.pdf")
    [event] = _exports(db)
    assert (event.entity, event.entity_id, event.summary) == ("attendance_sheet", str(course.id),
                                                              "attendance sheet, pdf")
    assert anna.display_name not in repr(event)
