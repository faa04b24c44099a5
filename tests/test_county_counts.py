"""The county counts equal what the services registered: cells, margins, non-additive target groups."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from healthcentre.cli import main
from healthcentre.anonymised import counts
from healthcentre.reports import dhis2
from healthcentre.contract import validation
from healthcentre.contract.payload import TOTAL
from healthcentre.contract.tables import BY_CODE
from healthcentre.services import activities, attendance, participants, sessions, study_circles, target_groups

MARCH = "2026-03"


@pytest.fixture
def register(db, site, course, anna):
    """Anna (born 1950, woman, first organised activity) at the whole course and a gathering in March,
    Bertil (born 2000, man) at one course session; the gathering also meets in April with Anna."""
    bertil = participants.create_participant(
        db, site_id=site.id, display_name="Bertil Ek", birth_year=2000, gender="man",
        target_groups=["UNGA_VUXNA", "PSYKISK_OHALSA"], first_organised_activity=False)
    gathering = activities.create_activity(
        db, site_id=site.id, kind="TRAFF", title="Fika", start_date=dt.date(2026, 3, 1),
        target_groups=["ALDRE", "ANHORIGA"])
    march = sessions.add_session(db, activity_id=gathering.id, date=dt.date(2026, 3, 20), minutes=60,
                                 unregistered_count=4)
    april = sessions.add_session(db, activity_id=gathering.id, date=dt.date(2026, 4, 2), minutes=60)
    course_sessions = sessions.list_sessions(db, course.id)
    for row in course_sessions:
        attendance.record_attendance(db, activity_id=course.id, session_id=row.id, participant_id=anna.id)
    attendance.record_attendance(db, activity_id=course.id, session_id=course_sessions[0].id,
                                 participant_id=bertil.id)
    for row in (march, april):
        attendance.record_attendance(db, activity_id=gathering.id, session_id=row.id, participant_id=anna.id)
    return {"site": site, "anna": anna, "bertil": bertil, "gathering": gathering}


def _tables(db, site_id, period):
    return {table.code: table for table in counts.exact_tables(db, site_id=site_id, period=period)}


def test_activities_and_sessions_are_counted_by_kind_and_county_target_group_and_only_circles_have_study_hours(
        db, register):
    tables = _tables(db, register["site"].id, MARCH)
    activities_table, sessions_table, hours = tables["AKTIVITETER"], tables["TILLFALLEN"], tables["STUDIETIMMAR"]
    assert activities_table.value("KURS", "ALDRE") == 1
    assert activities_table.value("TRAFF", "ANHORIGA") == 1
    assert activities_table.value(TOTAL, "ALDRE") == 2
    assert sessions_table.value("KURS", TOTAL) == 3
    assert sessions_table.value("TRAFF", TOTAL) == 1
    assert hours.value("KURS", "ALDRE") == 0 and hours.value("TRAFF", TOTAL) == 0
    assert hours.value(TOTAL, TOTAL) == 0


def test_target_group_total_counts_an_activity_with_several_groups_once(db, register):
    table = _tables(db, register["site"].id, MARCH)["AKTIVITETER"]
    assert table.value("TRAFF", TOTAL) == 1
    assert table.value("TRAFF", "ALDRE") + table.value("TRAFF", "ANHORIGA") == 2
    assert table.value(TOTAL, TOTAL) == 2
    assert not next(d for d in table.dimensions if d.code == "malgrupp").additive


def test_unique_participants_by_age_band_gender_and_target_group(db, register):
    tables = _tables(db, register["site"].id, MARCH)
    people = tables["DELTAGARE_ALDER_KON"]
    assert people.value("65-79", "kvinna") == 1
    assert people.value("22-29", "man") == 1
    assert people.value(TOTAL, TOTAL) == 2
    groups = tables["DELTAGARE_MALGRUPP"]
    assert (groups.value("ALDRE"), groups.value("UNGA_VUXNA"), groups.value("PSYKISK_OHALSA")) == (1, 1, 1)
    assert groups.value(TOTAL) == 2


def test_visits_count_attendances_and_unregistered_head_counts(db, register):
    visits = _tables(db, register["site"].id, MARCH)["BESOK"]
    assert visits.value("KURS", "REG") == 4
    assert visits.value("TRAFF", "REG") == 1
    assert visits.value("TRAFF", "OREG") == 4
    assert visits.value(TOTAL, TOTAL) == 9


def test_new_participants_count_in_their_first_month_only(db, register):
    site_id = register["site"].id
    assert _tables(db, site_id, MARCH)["DELTAGARE_NYA"].value("NYA") == 2
    assert _tables(db, site_id, MARCH)["DELTAGARE_NYA"].value("FORSTA_ORGANISERADE") == 1
    april = _tables(db, site_id, "2026-04")["DELTAGARE_NYA"]
    assert (april.value("NYA"), april.value(TOTAL)) == (0, 1)
    assert _tables(db, site_id, "2026")["DELTAGARE_NYA"].value("NYA") == 2


def test_unique_people_of_a_quarter_are_not_the_sum_of_its_months(db, register):
    site_id = register["site"].id
    assert _tables(db, site_id, "2026-Q2")["DELTAGARE_ALDER_KON"].value(TOTAL, TOTAL) == 1
    assert _tables(db, site_id, "2026")["DELTAGARE_ALDER_KON"].value(TOTAL, TOTAL) == 2
    assert _tables(db, site_id, "2026")["BESOK"].value(TOTAL, "REG") == 6


def test_every_table_adds_up_to_its_margins(db, register):
    year = counts.build_year(db, site_id=register["site"].id, year=2026)
    for period_tables in year.exact.values():
        for table in period_tables:
            values = {cell.key: cell.value for cell in table.cells}
            assert list(validation.margin_problems(BY_CODE[table.code], values)) == []


def test_local_target_group_counts_under_its_county_group(db, site):
    local = target_groups.create_local_group(db, site_id=site.id, code="SENIORKLUBB", name_sv="Seniorklubben",
                                             county_code="ALDRE")
    record = activities.create_activity(db, site_id=site.id, kind="FORELASNING", title="Föredrag",
                                        start_date=dt.date(2026, 3, 5), target_groups=[local.code])
    sessions.add_session(db, activity_id=record.id, date=dt.date(2026, 3, 5), minutes=45)
    assert _tables(db, site.id, MARCH)["AKTIVITETER"].value("FORELASNING", "ALDRE") == 1


def test_indicators_count_courses_gatherings_and_circles(db, register):
    site_id = register["site"].id
    circle = activities.create_activity(db, site_id=site_id, kind="STUDIECIRKEL", title="Äldre och alkohol",
                                        start_date=dt.date(2026, 3, 1), target_groups=["ALDRE"])
    study_circles.set_circle_details(db, activity_id=circle.id, leader_name="Gun", study_association_code="SV")
    members = [register["anna"].id, register["bertil"].id]
    for day in (dt.date(2026, 3, 2), dt.date(2026, 3, 9), dt.date(2026, 4, 6)):
        row = sessions.add_session(db, activity_id=circle.id, date=day, minutes=135)
        for member in members:
            attendance.record_attendance(db, activity_id=circle.id, session_id=row.id, participant_id=member)
    march = counts.indicators(db, site_id=site_id, period=MARCH)
    assert march["KURSER_ALDRE"] == 1
    assert march["KURSER_MED_HALSOCENTER"] == 1
    assert march["KURSER_INOM_HALSOCENTER"] == 0
    assert march["TRAFFAR_ALDRE"] == 1
    assert march["STUDIECIRKLAR_STARTADE"] == 1
    assert march["STUDIECIRKLAR_AVSLUTADE"] == 0
    assert counts.indicators(db, site_id=site_id, period="2026-04")["STUDIECIRKLAR_AVSLUTADE"] == 1


def test_small_counts_of_people_are_withheld_and_events_sent_as_they_are(db, register):
    released = {t.code: t for t in counts.period_tables(db, site_id=register["site"].id, period=MARCH)}
    assert released["AKTIVITETER"].value("KURS", "ALDRE") == 1
    assert all(cell.withheld for cell in released["DELTAGARE_ALDER_KON"].cells if cell.key == (TOTAL, TOTAL))
    withheld = [c for t in released.values() for c in t.cells if c.withheld]
    assert withheld and all(released[t].measure == "people" for t in released
                            if any(c.withheld for c in released[t].cells))


def test_dhis2_export_uses_codes_dhis2_periods_and_leaves_withheld_cells_out(db, register):
    year = counts.build_year(db, site_id=register["site"].id, year=2026)
    document = dhis2.data_value_set("HC0680", year.released)
    values = document["dataValues"]
    assert {v["period"] for v in values} == {*(f"2026{m:02d}" for m in range(1, 13)), "2026Q1", "2026Q2",
                                             "2026Q3", "2026Q4", "2026"}
    assert all(set(v) == {"dataElement", "categoryOptionCombo", "period", "orgUnit", "value"} for v in values)
    assert all(isinstance(v["value"], str) and v["orgUnit"] == "HC0680" for v in values)
    sent = {(v["dataElement"], v["categoryOptionCombo"], v["period"]) for v in values}
    assert ("AKTIVITETER", "KURS.ALDRE", "202603") in sent
    assert ("DELTAGARE_ALDER_KON", "_total._total", "202603") not in sent
    withheld = sum(1 for tables in year.released.values() for t in tables for c in t.cells if c.withheld)
    total = sum(len(t.cells) for tables in year.released.values() for t in tables)
    assert len(values) == total - withheld


def test_counts_commands_show_marked_tables_and_write_dhis2_json(db, register, tmp_path):
    runner = CliRunner()
    shown = runner.invoke(main, ["counts", "show", "--period", MARCH, "--threshold", "5"])
    assert shown.exit_code == 0, shown.output
    assert "KURS × ALDRE" in shown.output and "*" in shown.output
    out = tmp_path / "dhis2.json"
    written = runner.invoke(main, ["counts", "dhis2", "--year", "2026", "--out", str(out), "--threshold", "5",
                                   "--org-unit", "HC0680"])
    assert written.exit_code == 0, written.output
    assert json.loads(out.read_text(encoding="utf-8"))["dataValues"]
    wrong = runner.invoke(main, ["counts", "show", "--period", "2026-13"])
    assert wrong.exit_code == 1 and "Ogiltig period" in wrong.output


def test_participants_with_unknown_or_no_gender_both_count_as_okant(db, site, course):
    first_session = sessions.list_sessions(db, course.id)[0]
    for name, gender in (("Okänd Ett", "unknown"), ("Okänd Två", None)):
        person = participants.create_participant(db, site_id=site.id, display_name=name, birth_year=1980,
                                                 gender=gender)
        attendance.record_attendance(db, activity_id=course.id, session_id=first_session.id, participant_id=person.id)
    people = _tables(db, site.id, MARCH)["DELTAGARE_ALDER_KON"]
    assert people.value("45-64", "okant") == 2
    assert people.value(TOTAL, TOTAL) == 2
