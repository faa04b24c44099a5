"""Retention and the register extract: who is due for erasure, bulk erasure, and
everything stored about one person as JSON and PDF."""

from __future__ import annotations

import datetime as dt
import json

import pdfplumber
from click.testing import CliRunner

from healthcentre.cli import main
from healthcentre.reports.register_extract_pdf import write_extract_pdf
from healthcentre.services import attendance, audit_log, participants, retention, sessions
from healthcentre.services.register_extract import register_extract, write_extract_json


def test_months_before_keeps_the_day_or_takes_the_last_of_a_shorter_month():
    assert retention.months_before(dt.date(2026, 5, 15), 24) == dt.date(2024, 5, 15)
    assert retention.months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert retention.months_before(dt.date(2026, 1, 10), 13) == dt.date(2024, 12, 10)


def test_participants_without_attendance_for_the_retention_time_are_due(db, site, course, anna):
    march = sessions.list_sessions(db, course.id)[0]
    attendance.record_attendance(db, activity_id=course.id, session_id=march.id, participant_id=anna.id)
    newcomer = participants.create_participant(db, site_id=site.id, display_name="Ny Person")

    assert retention.participants_due_for_erasure(db, months=24, today=dt.date(2028, 3, 3)) == []
    due = retention.participants_due_for_erasure(db, months=24, today=dt.date(2028, 3, 4))
    assert [(d.participant_id, d.last_attended) for d in due] == [(anna.id, dt.date(2026, 3, 3))]
    later = dt.date.today().replace(year=dt.date.today().year + 3)
    due_later = retention.participants_due_for_erasure(db, months=24, today=later)
    assert {d.participant_id for d in due_later} == {anna.id, newcomer.id}


def test_bulk_erasure_forgets_each_person_and_keeps_the_counts(db, site, course, anna):
    march = sessions.list_sessions(db, course.id)[0]
    attendance.record_attendance(db, activity_id=course.id, session_id=march.id, participant_id=anna.id)
    due = retention.participants_due_for_erasure(db, months=1, today=dt.date(2027, 1, 1))
    assert retention.erase_participants(db, [d.participant_id for d in due]) == 1
    assert participants.get_participant(db, anna.id).erased
    assert attendance.session_attendance(db, march.id) == [anna.id]
    assert audit_log.list_audit_events(db, action="erase")[0].entity_id == str(anna.id)
    assert retention.participants_due_for_erasure(db, months=1, today=dt.date(2027, 1, 1)) == []


def test_the_extract_holds_everything_stored_about_the_person(db, site, course, anna):
    first = sessions.list_sessions(db, course.id)[0]
    attendance.record_attendance(db, activity_id=course.id, session_id=first.id, participant_id=anna.id)
    extract = register_extract(db, anna.id)
    assert extract["participant"]["display_name"] == "Anna Svensson"
    assert extract["participant"]["municipality"] == "Jönköping"
    assert [g["code"] for g in extract["target_groups"]] == ["ALDRE"]
    assert [e["title"] for e in extract["enrolments"]] == ["Må bra på äldre dar"]
    assert extract["attendances"] == [{"date": "2026-03-03", "activity_id": course.id,
                                       "activity_title": "Må bra på äldre dar", "minutes": 90}]
    assert {(e["action"], e["entity"]) for e in extract["audit_events"]} == {
        ("create", "participant"), ("create", "attendance")}


def test_json_and_pdf_extracts_are_written_and_recorded(db, site, course, anna, tmp_path):
    first = sessions.list_sessions(db, course.id)[0]
    attendance.record_attendance(db, activity_id=course.id, session_id=first.id, participant_id=anna.id)
    json_path = write_extract_json(db, anna.id, tmp_path / "utdrag.json")
    pdf_path = write_extract_pdf(db, anna.id, tmp_path / "utdrag.pdf")
    assert json.loads(json_path.read_text(encoding="utf-8"))["participant"]["birth_year"] == 1950
    with pdfplumber.open(pdf_path) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    for expected in ("Registerutdrag", "Anna Svensson", "1950", "kvinna", "Jönköping", "Må bra på äldre dar",
                     "3 mars 2026", "Logg över ändringar"):
        assert expected in text
    exports = audit_log.list_audit_events(db, action="export", entity="register_extract")
    assert [e.summary for e in exports] == ["pdf", "json"]


def test_command_line_lists_and_erases_due_participants_and_writes_extracts(db, site, anna, tmp_path):
    data = ["--data-dir", str(db.path.parent)]
    runner = CliRunner()
    listed = runner.invoke(main, data + ["retention", "list", "--months", "0"])
    assert listed.exit_code == 0 and "Anna Svensson" not in listed.output
    extract = runner.invoke(main, data + ["participant", "extract", str(anna.id), "--json", str(tmp_path / "a.json"),
                                          "--pdf", str(tmp_path / "a.pdf")])
    assert extract.exit_code == 0, extract.output
    assert (tmp_path / "a.json").exists() and (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    missing = runner.invoke(main, data + ["participant", "extract", "999", "--json", str(tmp_path / "b.json")])
    assert missing.exit_code == 1 and "finns inte" in missing.output
