"""Writing a drawn demo register in bulk: executemany in one transaction, never row by row.

The values are stored exactly as the SQLModel tables store them (dates as ISO
text, enums by name, timestamps by SQLAlchemy's SQLite format), so the services
read the rows like any other.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Iterator

from sqlalchemy import DateTime
from sqlalchemy.dialects import sqlite

from healthcentre.data.models import os_user, utcnow
from healthcentre.demo import content, plan as planning
from healthcentre.demo.plan import Plan

BATCH = 50_000
CACHE_KIB = 256 * 1024
AUDIT = ("created_at", "created_by", "changed_at", "changed_by")


def _stamp() -> tuple[str, str, str, str]:
    dialect = sqlite.dialect()
    now = DateTime(timezone=True).dialect_impl(dialect).bind_processor(dialect)(utcnow())
    user = os_user()
    return now, user, now, user


class Writer:
    """Inserts rows into tables on one DBAPI connection and counts them."""

    def __init__(self, connection) -> None:
        self.connection = connection
        self.stamp = _stamp()
        self.counts: dict[str, int] = {}

    def insert(self, table: str, columns: tuple[str, ...], rows: Iterable[tuple], *, audited: bool = True) -> int:
        """Insert ``rows`` (tuples in ``columns`` order; audit columns added) in batches; returns how many."""
        names = columns + AUDIT if audited else columns
        sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        stamp = self.stamp if audited else ()
        total = 0
        batch: list[tuple] = []
        for row in rows:
            batch.append(row + stamp)
            if len(batch) >= BATCH:
                self.connection.executemany(sql, batch)
                total += len(batch)
                batch = []
        if batch:
            self.connection.executemany(sql, batch)
            total += len(batch)
        self.counts[table] = self.counts.get(table, 0) + total
        return total


def _participants(plan: Plan, rng: random.Random, municipality: dict[int, str], group_ids: dict[str, int],
                  writer: Writer, erased: set[int]) -> dict[int, str | None]:
    today = dt.date.today()
    rows, links, names = [], [], {}
    local = group_ids.get(content.LOCAL_GROUP[0])
    for person in plan.people:
        values = planning.person_values(rng, person, municipality[person.site], today)
        groups = [group_ids[g] for g in dict.fromkeys(person.groups)]
        if local is not None and person.site == plan.local_group_site and rng.random() < 0.3:
            groups.append(local)
        if person.id in erased:
            values = dict.fromkeys(values)
            groups = []
        names[person.id] = values["display_name"]
        rows.append((person.id, person.site, values["display_name"], values["birth_year"], values["gender"],
                     values["municipality_code"], _iso(values["consent_date"]), values["first_organised_activity"],
                     person.registered_on.isoformat(), writer.stamp[0] if person.id in erased else None))
        links.extend((person.id, g) for g in groups)
    writer.insert("participant", ("id", "site_id", "display_name", "birth_year", "gender", "municipality_code",
                                  "consent_date", "first_organised_activity", "registered_on", "erased_at"), rows)
    writer.insert("participant_target_group", ("participant_id", "target_group_id"), links, audited=False)
    return names


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _activities(plan: Plan, rng: random.Random, group_ids: dict[str, int], writer: Writer,
                names: dict[int, str | None]) -> None:
    flags = ("with_halsocenter", "within_halsocenter", "with_recovery_college", "with_study_association",
             "with_civil_society", "peer_coproduced", "digital")
    local = group_ids.get(content.LOCAL_GROUP[0])
    rows, links, circles = [], [], []
    for run in plan.runs:
        rows.append((run.id, run.site, run.template.kind, run.title, run.dates[0].isoformat(),
                     run.dates[-1].isoformat(), *(run.flags.get(f, False) for f in flags)))
        groups = [group_ids[g] for g in run.template.target_groups]
        if local is not None and run.site == plan.local_group_site and run.template.kind == "TRAFF" \
                and rng.random() < 0.4:
            groups.append(local)
        links.extend((run.id, g) for g in groups)
        if run.template.kind == "STUDIECIRKEL":
            leader = names.get(run.leader_id) if run.leader_id else \
                f"{rng.choice(content.FIRST_NAMES_WOMEN + content.FIRST_NAMES_MEN)} {rng.choice(content.SURNAMES)}"
            circles.append((run.id, leader, run.leader_id, rng.choice(content.STUDY_ASSOCIATIONS), run.theme))
    writer.insert("activity", ("id", "site_id", "kind_code", "title", "start_date", "end_date", *flags), rows)
    writer.insert("activity_target_group", ("activity_id", "target_group_id"), links, audited=False)
    writer.insert("study_circle", ("activity_id", "leader_name", "leader_participant_id", "study_association_code",
                                   "theme"), circles)


def _sessions(plan: Plan, rng: random.Random, writer: Writer, first_id: int) -> dict[int, list[int]]:
    rows, ids = [], {}
    next_id = first_id
    for run in plan.runs:
        low, high = run.template.unregistered
        ids[run.id] = list(range(next_id, next_id + len(run.dates)))
        for day in run.dates:
            rows.append((next_id, run.id, day.isoformat(), run.minutes, rng.randint(low, high) if high else 0))
            next_id += 1
    writer.insert("session", ("id", "activity_id", "date", "minutes", "unregistered_count"), rows)
    writer.counts["unregistered_visits"] = sum(row[4] for row in rows)
    return ids


def _enrolments(plan: Plan, writer: Writer, first_id: int) -> None:
    pairs = ((run.id, pid) for run in plan.runs for pid in run.roster)
    writer.insert("enrolment", ("id", "activity_id", "participant_id"),
                  ((first_id + i, a, p) for i, (a, p) in enumerate(pairs)))


def _period_marks(plan: Plan, writer: Writer) -> None:
    marks = sorted({(run.site, f"{d.year:04d}-{d.month:02d}") for run in plan.runs for d in run.dates})
    writer.insert("period_mark", ("site_id", "period"), marks)


def write(connection, plan: Plan, *, municipality: dict[int, str], group_ids: dict[str, int],
          first_ids: dict[str, int]) -> dict[str, int]:
    """Insert every row of ``plan``; returns the number of rows per table."""
    writer = Writer(connection)
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # keep the indexes being filled in memory
    rng = random.Random(plan.seed * 31 + 7)
    erased = set(rng.sample([p.id for p in plan.people], max(1, len(plan.people) // 200)))
    writer.counts["erased"] = len(erased)
    names = _participants(plan, rng, municipality, group_ids, writer, erased)
    _activities(plan, rng, group_ids, writer, names)
    session_ids = _sessions(plan, rng, writer, first_ids["session"])
    _enrolments(plan, writer, first_ids["enrolment"])
    writer.insert("attendance", ("id", "session_id", "participant_id"),
                  _numbered(planning.attendance(plan, session_ids), first_ids["attendance"]))
    _period_marks(plan, writer)
    connection.execute("PRAGMA cache_size = -2000")  # SQLite's default again
    return writer.counts


def _numbered(pairs: Iterator[tuple[int, int]], first_id: int) -> Iterator[tuple[int, int, int]]:
    for index, (session_id, participant_id) in enumerate(pairs, start=first_id):
        yield index, session_id, participant_id
