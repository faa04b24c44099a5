"""The command line: demo and info, study circles and target groups, scripted without a screen."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from healthcentre.cli import main


def run(*args: str, ok: bool = True):
    result = CliRunner().invoke(main, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    return result


def counts(output: str) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in output.splitlines() if ": " in line)


@pytest.fixture
def demo_register():
    """A small demo register made through the command line."""
    run("demo", "--size", "small", "--year", "2025")


def test_demo_then_info_prints_the_real_counts(demo_register):
    info = counts(run("info").output)
    assert info["Schemaversion"]
    assert info["Verksamheter"] == "3"
    assert int(info["Deltagare"]) + int(info["Glömda deltagare"]) == 300
    assert int(info["Aktiviteter"]) > 50 and int(info["Studiecirklar"]) > 3
    assert int(info["Tillfällen"]) > 400 and int(info["Närvaro"]) > 2000 and int(info["Oregistrerade besök"]) > 0


def test_demo_reports_what_it_made_and_refuses_a_register_with_data(demo_register):
    again = run("demo", ok=False)
    assert again.exit_code == 1
    assert "tomt register" in again.output


def test_circles_are_listed_and_their_status_explained(demo_register):
    listed = run("circle", "list", "--year", "2025").output.splitlines()
    assert listed and all("studietimmar" in line for line in listed)
    site_ids = [line.split("\t")[0] for line in run("site", "list").output.splitlines()]
    by_site = {site_id: {line.split("\t")[0] for line in run("circle", "list", "--site", site_id).output.splitlines()}
               for site_id in site_ids}
    assert all(line.split("\t")[0] in by_site[line.split("\t")[1]] for line in listed)
    statuses = [run("circle", "status", line.split("\t")[0]).output for line in listed]
    assert any(s.startswith("Cirkeln uppfyller studieförbundens regler.") for s in statuses)
    assert any(s.startswith("Cirkeln uppfyller inte") for s in statuses)


def test_circle_details_are_set_from_the_command_line(db, site):
    run("activity", "create", "--site", str(site.id), "--kind", "STUDIECIRKEL", "--title", "Existentiella samtal",
        "--start", "2025-09-01")
    result = run("circle", "set", "1", "--leader", "Karin Ek", "--association", "sensus", "--theme",
                 "Existentiella samtal")
    assert result.output.split("\t")[2:] == ["Karin Ek", "SENSUS", "Existentiella samtal\n"]
    status = run("circle", "status", "1").output
    assert "Cirkeln har 1 deltagare inklusive ledaren; minst 3 krävs." in status


def test_circle_errors_are_shown_in_the_chosen_language(db, course):
    wrong_kind = run("--language", "en", "circle", "set", str(course.id), "--leader", "Karin Ek", ok=False)
    assert wrong_kind.exit_code == 1
    assert "only be added to an activity of the kind study circle" in wrong_kind.output
    run("activity", "create", "--site", "1", "--kind", "STUDIECIRKEL", "--title", "Cirkel", "--start",
        dt.date(2025, 9, 1).isoformat())
    unknown = run("--language", "sv", "circle", "set", "2", "--association", "XYZ", ok=False)
    assert "Okänt studieförbund: XYZ." in unknown.output


def test_target_groups_are_listed_and_a_local_group_added(db, site):
    new_id = run("target-group", "add-local", "--site", str(site.id), "--code", "ENSAMMA", "--name",
                 "Äldre i ofrivillig ensamhet", "--county-code", "ALDRE").output.strip()
    lines = run("target-group", "list").output.splitlines()
    assert lines[0].split("\t")[1] == "BARN"
    assert lines[-1].split("\t")[:2] == [new_id, "ENSAMMA"] and lines[-1].endswith("→ ALDRE")
    assert "ENSAMMA" not in run("target-group", "list", "--county-only").output


def test_a_local_group_mapped_to_no_county_group_is_refused(db, site):
    result = run("target-group", "add-local", "--site", str(site.id), "--code", "X", "--name", "X", "--county-code",
                 "NOPE", ok=False)
    assert result.exit_code == 1 and "en av länets målgrupper" in result.output


def test_a_drop_in_day_is_stored_from_the_command_line_with_the_usual_length(db, site, anna):
    from healthcentre.services import activities, attendance, sessions

    fika = activities.create_activity(db, site_id=site.id, kind="TRAFF", title="Fredagsfika",
                                      start_date=dt.date(2026, 1, 1), target_groups=["ALDRE"])
    sessions.add_session(db, activity_id=fika.id, date=dt.date(2026, 1, 2), minutes=120)
    session_id = int(run("activity", "drop-in", str(fika.id), "--head-count", "14", "--date", "2026-01-09",
                         "--participant", str(anna.id)).output)
    stored = sessions.get_session(db, session_id)
    assert (stored.date, stored.minutes, stored.unregistered_count) == (dt.date(2026, 1, 9), 120, 14)
    assert attendance.session_attendance(db, session_id) == [anna.id]
