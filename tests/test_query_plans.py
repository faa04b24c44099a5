"""The hot queries use indexes: their real SQL, caught as the services run it, through EXPLAIN QUERY PLAN.

Without ANALYZE statistics (the register has none) SQLite plans the same on a
small register as on the large demo, so the plans seen here are those of the
benchmark (bench/). A plan that reads a whole register table where an index
should serve fails the test, with the plan in the message.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import event

from healthcentre import config
from healthcentre.anonymised import counts
from healthcentre.sync import outbox, outcomes
from healthcentre.services import attendance, participant_search, participants

# The register's tables that grow with the years; the catalogues are small and may be scanned.
LARGE_TABLES = {"attendance", "session", "participant", "enrolment", "activity", "participant_target_group",
                "activity_target_group", "outbox_submission", "audit_event"}
SQL_WORDS = {"where", "on", "join", "group", "order", "left", "inner", "cross", "using", "limit", "as", "and",
             "natural", "outer", "union", "having", "select"}


class Plans:
    """Every SELECT (and CREATE TEMP TABLE … AS SELECT) the register runs, with its query plan."""

    def __init__(self, db) -> None:
        self.db = db
        self.seen: list[tuple[str, list[str]]] = []

    def _before(self, _connection, cursor, statement, parameters, _context, executemany) -> None:
        head = statement.lstrip().upper()
        if executemany or not head.startswith(("SELECT", "CREATE TEMP", "WITH")):
            return
        rows = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
        self.seen.append((" ".join(statement.split()), [row[-1] for row in rows]))

    def __enter__(self) -> "Plans":
        event.listen(self.db.engine, "before_cursor_execute", self._before)
        return self

    def __exit__(self, *_exc) -> None:
        event.remove(self.db.engine, "before_cursor_execute", self._before)

    def of(self, fragment: str) -> list[str]:
        """The plan of the one statement containing ``fragment``."""
        matching = [plan for statement, plan in self.seen if fragment in statement]
        assert matching, f"no statement with {fragment!r} ran"
        return matching[0]


def _aliases(statement: str) -> dict[str, str]:
    keyword = "|".join(SQL_WORDS)
    pattern = rf"\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(?!(?:{keyword})\b)(\w+))?"
    found = {}
    for table, alias in re.findall(pattern, statement, re.IGNORECASE):
        found[table] = table
        if alias:
            found[alias] = table
    return found


def full_scans(plans: Plans) -> list[str]:
    """Every step that reads a whole large table (a covering-index scan only where a name is searched anywhere)."""
    bad = []
    for statement, plan in plans.seen:
        aliases = _aliases(statement)
        for step in plan:
            match = re.match(r"SCAN (\w+)(.*)", step)
            if not match or aliases.get(match.group(1), match.group(1)) not in LARGE_TABLES:
                continue
            if "USING COVERING INDEX ix_participant_name" in match.group(2):
                continue  # a name's inner part (LIKE '% An%') is found only by reading every name, from the index
            bad.append(f"{step}\n    in: {statement[:300]}")
    return bad


@pytest.fixture
def register(db, site, course, anna):
    """A site with a course, two people and attendance, as the hot paths find them."""
    bo = participants.create_participant(db, site_id=site.id, display_name="Bo Andersson", birth_year=1950,
                                         gender="man", target_groups=["ALDRE"])
    first_session = attendance.attendance_grid(db, course.id).sessions[0]
    for person in (anna, bo):
        attendance.record_attendance(db, activity_id=course.id, session_id=first_session.id, participant_id=person.id)
    return {"site": site, "course": course, "people": [anna.id, bo.id]}


def test_searching_a_sites_list_reads_only_its_index_in_name_order(db, register):
    with Plans(db) as plans:
        participant_search.search_participant_ids(db, site_id=register["site"].id, text="An")
    plan = plans.of("FROM participant")
    assert plan == ["SEARCH participant USING COVERING INDEX ix_participant_site_name (site_id=? AND erased_at=?)"]


def test_searching_everyone_reads_the_name_index_not_the_table(db, register):
    with Plans(db) as plans:
        participant_search.search_participant_ids(db, text="An")
    plan = plans.of("FROM participant")
    assert plan[0] == "SCAN participant USING COVERING INDEX ix_participant_name"
    assert not any("FOR ORDER BY" in step and "RIGHT PART" not in step for step in plan)


def test_a_page_of_participant_rows_is_read_by_id(db, register):
    with Plans(db) as plans:
        participant_search.participant_records(db, register["people"])
    assert full_scans(plans) == []
    assert any("USING INTEGER PRIMARY KEY" in step for step in plans.of("FROM participant"))


def test_opening_the_attendance_grid_reads_by_index(db, register):
    with Plans(db) as plans:
        attendance.attendance_grid(db, register["course"].id)
    assert full_scans(plans) == []
    assert "SEARCH session USING COVERING INDEX ix_session_activity_date (activity_id=?)" in plans.of(
        "FROM attendance JOIN session")


def test_registering_attendance_reads_by_index(db, register):
    course = register["course"]
    last_session = attendance.attendance_grid(db, course.id).sessions[-1]
    with Plans(db) as plans:
        attendance.set_attendance(db, activity_id=course.id, session_id=last_session.id,
                                  participant_id=register["people"][0], present=True)
    assert full_scans(plans) == []


def test_the_county_counts_of_a_year_never_read_a_whole_register_table(db, register):
    with Plans(db) as plans:
        counts.exact_grid(db, site_id=register["site"].id, year=2026)
    assert full_scans(plans) == []
    visits = plans.of("CREATE TEMP TABLE _hc_pres")
    assert any("SEARCH at USING COVERING INDEX sqlite_autoindex_attendance_1 (session_id=?)" == step for step in visits)
    first_visit = plans.of("CREATE TEMP TABLE _hc_person")
    assert any(step.startswith("SEARCH a2 USING COVERING INDEX ix_attendance_participant_session")
               for step in first_visit)


def test_the_outbox_finds_pending_submissions_by_state(db, register):
    outbox.build_pending(db, today=dt.date(2026, 4, 2), threshold=config.load_settings().threshold)
    with Plans(db) as plans:
        outcomes.pending(db)
    assert full_scans(plans) == []
    assert any(step.startswith("SEARCH outbox_submission USING INDEX ix_outbox_submission_state")
               for step in plans.of("FROM outbox_submission"))
