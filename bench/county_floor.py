"""The floor for the county tables: the bare SQL GROUP BY queries for the same numbers.

Straight GROUP BYs over the register's tables, one per count and granularity,
with no temporary tables, no folding into cells, no anonymisation. The county
counts (``counts.build_year``) are measured against this in the same run: what
they add on top of reading the numbers is the tables, the anonymisation and its
proof.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

BUCKETS = ("CAST(substr(s.date, 6, 2) AS INTEGER)", "(CAST(substr(s.date, 6, 2) AS INTEGER) + 2) / 3", "0")

YEAR_SESSIONS = """session s JOIN activity a ON a.id = s.activity_id
    WHERE a.site_id = :site AND s.date BETWEEN :first AND :last"""
WITH_GROUPS = """session s JOIN activity a ON a.id = s.activity_id
    JOIN activity_target_group atg ON atg.activity_id = a.id JOIN target_group tg ON tg.id = atg.target_group_id
    WHERE a.site_id = :site AND s.date BETWEEN :first AND :last"""
VISITS = """session s JOIN activity a ON a.id = s.activity_id JOIN attendance at ON at.session_id = s.id
    WHERE a.site_id = :site AND s.date BETWEEN :first AND :last"""
PEOPLE = """session s JOIN activity a ON a.id = s.activity_id JOIN attendance at ON at.session_id = s.id
    JOIN participant p ON p.id = at.participant_id
    WHERE a.site_id = :site AND s.date BETWEEN :first AND :last"""
PEOPLE_GROUPS = """session s JOIN activity a ON a.id = s.activity_id JOIN attendance at ON at.session_id = s.id
    JOIN participant_target_group ptg ON ptg.participant_id = at.participant_id
    JOIN target_group tg ON tg.id = ptg.target_group_id
    WHERE a.site_id = :site AND s.date BETWEEN :first AND :last"""
FIRST_VISITS = """(SELECT at.participant_id AS pid, MIN(s.date) AS date FROM attendance at
    JOIN session s ON s.id = at.session_id WHERE at.participant_id IN (SELECT at2.participant_id
    FROM attendance at2 JOIN session s2 ON s2.id = at2.session_id JOIN activity a2 ON a2.id = s2.activity_id
    WHERE a2.site_id = :site AND s2.date BETWEEN :first AND :last) GROUP BY at.participant_id) s
    WHERE s.date BETWEEN :first AND :last"""

# (what, source, grouped by, counted)
QUERIES = (
    ("activities, sessions, hours, unregistered by kind", YEAR_SESSIONS, "a.kind_code",
     "COUNT(DISTINCT a.id), COUNT(*), SUM(MIN(s.minutes, 180)), SUM(s.unregistered_count)"),
    ("activities, sessions, hours by kind and target group", WITH_GROUPS, "a.kind_code, tg.county_code",
     "COUNT(DISTINCT a.id), COUNT(DISTINCT s.id), SUM(MIN(s.minutes, 180))"),
    ("visits by kind", VISITS, "a.kind_code", "COUNT(*)"),
    ("people by birth year and gender", PEOPLE, "p.birth_year, p.gender", "COUNT(DISTINCT p.id)"),
    ("people first in organised activity", PEOPLE + " AND p.first_organised_activity", "", "COUNT(DISTINCT p.id)"),
    ("people by target group", PEOPLE_GROUPS, "tg.county_code", "COUNT(DISTINCT at.participant_id)"),
    ("new people", FIRST_VISITS, "", "COUNT(*)"),
)


def run_floor(db, *, site_id: int, year: int) -> int:
    """Run every floor query for every granularity of ``year``; how many grouped rows came back."""
    params = {"site": site_id, "first": dt.date(year, 1, 1).isoformat(), "last": dt.date(year, 12, 31).isoformat()}
    rows = 0
    with db.engine.connect() as connection:
        for _what, source, group, counted in QUERIES:
            for bucket in BUCKETS:
                grouping = f"GROUP BY 1{', ' + group if group else ''}"
                columns = f"{bucket} AS b{', ' + group if group else ''}, {counted}"
                rows += len(connection.execute(text(f"SELECT {columns} FROM {source} {grouping}"), params).all())
    return rows
