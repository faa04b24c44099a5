"""The demo generator: realistic, valid, deterministic data sets."""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import sqlite3

import pytest

from healthcentre import demo, paths
from healthcentre import catalogues
from healthcentre.data.database import open_database
from healthcentre.errors import ValidationError
from healthcentre.services import activities, participant_search, sites, statistics, study_circles

YEAR = 2025

# Every table the generator fills, with the columns that carry content (not when or by whom).
CONTENT = {
    "site": "id, name, kind, municipality_code",
    "target_group": "id, code, county_code, name_sv, site_id",
    "participant": "id, site_id, display_name, birth_year, gender, municipality_code, consent_date, "
                   "first_organised_activity, registered_on, erased_at IS NULL",
    "participant_target_group": "participant_id, target_group_id",
    "activity": "id, site_id, kind_code, title, start_date, end_date, with_halsocenter, within_halsocenter, "
                "with_recovery_college, with_study_association, with_civil_society, peer_coproduced, digital",
    "activity_target_group": "activity_id, target_group_id",
    "session": "id, activity_id, date, minutes, unregistered_count",
    "enrolment": "id, activity_id, participant_id",
    "attendance": "id, session_id, participant_id",
    "study_circle": "activity_id, leader_name, leader_participant_id, study_association_code, theme",
    "period_mark": "site_id, period",
}


def content_digest(path) -> str:
    """A hash of everything the register holds apart from timestamps and OS users."""
    digest = hashlib.sha256()
    with sqlite3.connect(path) as connection:
        for table, columns in CONTENT.items():
            for row in connection.execute(f"SELECT {columns} FROM {table} ORDER BY 1, 2"):
                digest.update(repr(row).encode())
    return digest.hexdigest()


def fresh(tmp_path, name):
    return open_database(tmp_path / name / "healthcentre.db", daily_backup=False)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """One small demo register shared by the read-only tests of this module."""
    root = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(paths.DATA_DIR_ENV, str(root / "data"))
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            patch.setenv(name, str(root / name.lower()))
        db = open_database(root / "data" / "healthcentre.db", daily_backup=False)
        summary = demo.generate(db, size="small", seed=2026, year=YEAR)
    yield db, summary
    db.close()


def _sql(db, query):
    with sqlite3.connect(db.path) as connection:
        return connection.execute(query).fetchall()


def test_the_small_set_has_three_sites_in_jonkoping_and_about_300_people(small):
    db, summary = small
    assert sorted(s.kind.value for s in sites.list_sites(db)) == ["halsocenter", "meeting_place", "recovery_college"]
    assert {s.municipality_code for s in sites.list_sites(db)} == {"0680"}
    assert 280 <= summary.participants <= 320 and summary.erased_participants >= 1
    assert 50 <= summary.activities <= 80 and summary.study_circles >= 4
    assert 400 <= summary.sessions <= 1500 and 2000 <= summary.attendances <= 15000
    assert summary.unregistered_visits > 0
    counts = statistics.register_counts(db)
    assert counts["participants"] + counts["erased_participants"] == summary.participants
    assert (counts["activities"], counts["sessions"], counts["attendances"]) == (
        summary.activities, summary.sessions, summary.attendances)


def test_the_summary_reads_as_one_swedish_line(small):
    _, summary = small
    text = str(summary)
    assert text.startswith("3 verksamheter, ") and "studiecirklar" in text and text.endswith("(2025).")


def test_every_row_is_valid_register_data(small):
    db, _ = small
    assert _sql(db, "SELECT COUNT(*) FROM session s JOIN activity a ON a.id = s.activity_id "
                    "WHERE s.date < a.start_date OR s.date > a.end_date OR s.minutes NOT BETWEEN 1 AND 720") == [(0,)]
    assert _sql(db, "SELECT COUNT(*) FROM attendance t JOIN session s ON s.id = t.session_id LEFT JOIN enrolment e "
                    "ON e.activity_id = s.activity_id AND e.participant_id = t.participant_id "
                    "WHERE e.id IS NULL") == [(0,)]
    today = dt.date.today().isoformat()
    assert _sql(db, f"SELECT COUNT(*) FROM participant WHERE consent_date > '{today}'") == [(0,)]
    assert _sql(db, "SELECT COUNT(*) FROM participant WHERE erased_at IS NOT NULL AND "
                    "(display_name IS NOT NULL OR birth_year IS NOT NULL)") == [(0,)]
    assert _sql(db, "PRAGMA foreign_key_check") == []
    assert all(1900 <= p.birth_year <= YEAR for p in participant_search.list_participants(db))


def test_activities_cover_the_kinds_and_collaboration_flags_the_county_follows(small):
    db, _ = small
    records = activities.list_activities(db)
    assert {a.kind_code for a in records} >= {"KURS", "STUDIECIRKEL", "TRAFF", "FORELASNING", "HALSOSAMTAL",
                                              "GRUPPTRANING", "DIGITALT_MOTE"}
    for flag in ("with_halsocenter", "within_halsocenter", "peer_coproduced", "with_study_association",
                 "with_civil_society", "digital"):
        assert any(a.flags[flag] for a in records), flag
    assert all(a.start_date.year == YEAR for a in records)
    assert any("OFRIVILLIGT_ENSAMMA" in a.target_groups for a in records)


def test_study_circles_have_leaders_associations_themes_and_varied_statuses(small):
    db, _ = small
    circles = study_circles.list_circles(db, year=YEAR)
    assert all(c.study_association_code and c.theme and (c.leader_name or c.leader_participant_id) for c in circles)
    statuses = [study_circles.circle_status(db, c.activity_id).counts for c in circles]
    assert True in statuses and False in statuses


def test_breakdowns_by_gender_and_age_band_have_cells_above_and_below_five(small):
    db, _ = small
    cells = collections.Counter((p.gender, catalogues.age_band(p.birth_year, YEAR))
                                for p in participant_search.list_participants(db))
    assert any(n >= 5 for n in cells.values()) and any(1 <= n < 5 for n in cells.values())
    assert len({band for _, band in cells}) >= 5
    people = participant_search.list_participants(db)
    assert sum(p.municipality_code == "0680" for p in people) > len(people) / 2
    assert {True, False} <= {p.first_organised_activity for p in people}


def test_the_same_seed_gives_the_same_register_and_another_seed_another(tmp_path, small):
    db, summary = small
    again = fresh(tmp_path, "again")
    other = fresh(tmp_path, "other")
    try:
        assert demo.generate(again, size="small", seed=2026, year=YEAR) == summary
        assert content_digest(again.path) == content_digest(db.path)
        demo.generate(other, size="small", seed=7, year=YEAR)
        assert content_digest(other.path) != content_digest(db.path)
    finally:
        again.close()
        other.close()


def test_the_year_defaults_to_last_year_and_medium_covers_two_years(tmp_path):
    database = fresh(tmp_path, "medium")
    try:
        summary = demo.generate(database, size="medium", seed=1)
        last = dt.date.today().year - 1
        assert (summary.first_year, summary.last_year) == (last - 1, last)
        assert 2800 <= summary.participants <= 3200
        years = {a.start_date.year for a in activities.list_activities(database)}
        assert years == {last - 1, last}
    finally:
        database.close()


def test_a_register_with_data_is_not_filled_with_demo_data(db, site):
    with pytest.raises(ValidationError) as error:
        demo.generate(db, size="small")
    assert error.value.code == "demo_register_not_empty"
    assert [s.id for s in sites.list_sites(db)] == [site.id]


def test_an_unknown_size_is_refused(db):
    with pytest.raises(ValidationError) as error:
        demo.generate(db, size="huge")
    assert error.value.code == "demo_size_unknown"
