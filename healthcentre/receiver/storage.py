"""The receiver's database: opening it, and the statements on sites, enrolment codes, submissions and the
latest version per period.

SQLite in the receiver's data dir by default, PostgreSQL (or anything SQLAlchemy speaks) through a
database URL. It holds only anonymised counts (and the county's own accounts, ``account_store``). The
tables are defined in ``store_tables``; the statements on devices, cells, accounts and targets are in
their own ``*_store`` modules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, bindparam, create_engine, event, func, insert, or_, select, update
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import IntegrityError

from healthcentre.contract.tables import month_periods
from healthcentre.receiver import schema
from healthcentre.receiver.store_tables import (
    device_table, enrolment_code_table, latest_table, naive_utc, site_table, submission_table, utcnow,
)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # transactions begin in _sqlite_begin, not in the driver
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    """Begin every transaction in SQLite itself, so that a savepoint nests inside it (the driver's
    own implicit BEGIN comes only before the first write, so a SAVEPOINT before it opened and its
    RELEASE committed a transaction of its own). IMMEDIATE takes the write lock at once, so a
    transaction that reads before it writes is never refused for a stale snapshot; reads that
    write nothing use ``reading`` (a deferred BEGIN)."""
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("read_only") else "BEGIN IMMEDIATE")


def reading(engine: Engine) -> Connection:
    """A connection for reads only: its transactions do not take SQLite's write lock."""
    return engine.connect().execution_options(read_only=True)


def database_url_for(data_dir: Path) -> str:
    """The default database: a SQLite file in the receiver's data dir."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir / 'county.db'}"


def _connect_args(database_url: str) -> dict:
    """SQLite: one connection may serve several threads. PostgreSQL: the session time zone is UTC, for the
    naive UTC timestamps (``naive_utc``) are read as the session's local time; a county server set to
    Europe/Stockholm stored them an hour or two off, and out of order across a daylight-saving change."""
    backend = make_url(database_url).get_backend_name()
    if backend == "sqlite":
        return {"check_same_thread": False}
    if backend == "postgresql":
        return {"options": "-c TimeZone=UTC"}
    return {}


def open_store(database_url: str) -> Engine:
    """An engine on the receiver's database, its schema migrated to the newest revision (``schema.migrate``).

    Raises StorageError for a database a newer receiver has migrated, or one holding only some of the
    receiver's tables."""
    is_sqlite = database_url.startswith("sqlite")
    engine = create_engine(database_url, connect_args=_connect_args(database_url), pool_pre_ping=not is_sqlite)
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    try:
        schema.migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


# --- sites and enrolment codes ------------------------------------------------


def add_site(conn: Connection, *, code: str, name: str, municipality_code: str,
             kind: str | None = None) -> bool:
    """Register a site (its ``kind`` if known); False if the code is taken."""
    values = {"code": code, "name": name, "municipality_code": municipality_code, "created_at": naive_utc(utcnow())}
    try:
        with conn.begin_nested():
            conn.execute(insert(site_table).values(**values, **({"kind": kind} if kind else {})))
    except IntegrityError:
        return False
    return True


def list_sites(conn: Connection) -> list[dict]:
    """Every registered site with its number of enrolled (not revoked) laptops, by code."""
    active = (select(func.count()).select_from(device_table)
              .where(device_table.c.site_code == site_table.c.code, device_table.c.revoked_at.is_(None))
              .scalar_subquery())
    rows = conn.execute(select(site_table.c.code, site_table.c.name, site_table.c.municipality_code,
                               site_table.c.kind, active.label("devices")).order_by(site_table.c.code))
    return [dict(row._mapping) for row in rows]


# The statements run for every submission are built once: SQLAlchemy then reuses their cache key and
# compiled form, where building them anew cost about a third of the storing's CPU.
_SITE_BY_CODE = select(site_table).where(site_table.c.code == bindparam("code"))


def get_site(conn: Connection, code: str) -> dict | None:
    """One site by code, or None."""
    row = conn.execute(_SITE_BY_CODE, {"code": code}).first()
    return dict(row._mapping) if row else None


def add_enrolment_code(conn: Connection, *, code_hash: str, site_code: str, expires_at: dt.datetime) -> None:
    """Store a one-time enrolment code (hashed) for a site."""
    conn.execute(insert(enrolment_code_table).values(code_hash=code_hash, site_code=site_code,
                                                     expires_at=naive_utc(expires_at)))


def use_enrolment_code(conn: Connection, code_hash: str, now: dt.datetime) -> str | None:
    """Spend a valid code: the site it was for, or None if unknown, used or expired.

    The conditional update makes a code single-use even under concurrent requests."""
    now = naive_utc(now)
    table = enrolment_code_table
    row = conn.execute(select(table.c.site_code).where(table.c.code_hash == code_hash)).first()
    if row is None:
        return None
    spent = conn.execute(update(table).where(and_(table.c.code_hash == code_hash, table.c.used_at.is_(None),
                                                  table.c.expires_at > now)).values(used_at=now))
    return row.site_code if spent.rowcount == 1 else None


# --- submissions --------------------------------------------------------------


@dataclass(frozen=True)
class Stored:
    """What recording a submission did: ``accepted`` (now the latest), ``older`` (kept, a newer
    version is current), ``duplicate`` (this submission id was already here) or ``moved`` (the latest
    changed under it: the caller undoes it)."""

    outcome: str
    submission_id: str
    period: str
    version: int


_FIND_SUBMISSION = (select(submission_table.c.submission_id, submission_table.c.site_code, submission_table.c.period,
                           submission_table.c.version)
                    .where(submission_table.c.submission_id == bindparam("submission_id")))
_INSERT_SUBMISSION = insert(submission_table)
_INSERT_LATEST = insert(latest_table)
# The period's latest row, replaced by a submission that is newer: a higher version, or the same version
# built later (the bound names differ from the columns', which an UPDATE's SET reserves).
_REPLACE_LATEST = (
    update(latest_table)
    .where(and_(latest_table.c.site_code == bindparam("for_site"), latest_table.c.period == bindparam("for_period"),
                or_(latest_table.c.version < bindparam("new_version"),
                    and_(latest_table.c.version == bindparam("new_version"),
                         latest_table.c.created_at < bindparam("new_created")))))
    .values(version=bindparam("new_version"), created_at=bindparam("new_created"),
            submission_id=bindparam("new_id")))

# The period's latest row taken over by a submission that includes it, if it is still the one judged.
_TAKE_LATEST = (
    update(latest_table)
    .where(and_(latest_table.c.site_code == bindparam("for_site"), latest_table.c.period == bindparam("for_period"),
                latest_table.c.submission_id == bindparam("old_id")))
    .values(version=bindparam("new_version"), created_at=bindparam("new_created"),
            submission_id=bindparam("new_id")))
_LATEST_OF = (
    select(latest_table.c.submission_id, submission_table.c.device_id, submission_table.c.includes)
    .join(submission_table, submission_table.c.submission_id == latest_table.c.submission_id)
    .where(latest_table.c.site_code == bindparam("site"), latest_table.c.period == bindparam("period")))


def find_submission(conn: Connection, submission_id: str) -> dict | None:
    """A stored submission's bookkeeping (not its payload), or None."""
    row = conn.execute(_FIND_SUBMISSION, {"submission_id": submission_id}).first()
    return dict(row._mapping) if row else None


def latest_of(conn: Connection, site_code: str, period: str) -> dict | None:
    """The latest submission of the site's period: its id, sending device and ``includes`` (JSON), or None."""
    row = conn.execute(_LATEST_OF, {"site": site_code, "period": period}).first()
    return dict(row._mapping) if row else None


def record_submission(conn: Connection, *, submission_id: str, site_code: str, period: str, version: int,
                      created_at: dt.datetime, payload: str, via: str, device_id: str | None = None,
                      includes: str | None = None, replaces: str | None = None) -> Stored:
    """Store a validated submission once and make it the latest of its period if it is newer.

    Newer means a higher version, or the same version built later; with ``replaces`` (the latest
    submission's id, which this one was judged to include), it takes that one's place whatever the
    versions, and the outcome is ``moved`` if the latest is no longer that one. Runs inside the
    caller's transaction; a concurrent duplicate is caught by the primary key."""
    created = naive_utc(created_at)
    try:
        with conn.begin_nested():
            conn.execute(_INSERT_SUBMISSION, {
                "submission_id": submission_id, "site_code": site_code, "period": period, "version": version,
                "created_at": created, "received_at": naive_utc(utcnow()), "via": via, "payload": payload,
                **({"device_id": device_id} if device_id else {}), **({"includes": includes} if includes else {})})
    except IntegrityError:
        return Stored("duplicate", submission_id, period, version)
    newer = {"for_site": site_code, "for_period": period, "new_version": version, "new_created": created,
             "new_id": submission_id}
    if replaces is not None:
        taken = conn.execute(_TAKE_LATEST, {**newer, "old_id": replaces}).rowcount == 1
        return Stored("accepted" if taken else "moved", submission_id, period, version)
    if conn.execute(_REPLACE_LATEST, newer).rowcount == 1:
        return Stored("accepted", submission_id, period, version)
    try:
        with conn.begin_nested():
            conn.execute(_INSERT_LATEST, {"site_code": site_code, "period": period, "version": version,
                                          "created_at": created, "submission_id": submission_id})
    except IntegrityError:
        # The period's row is there: not older than this one, or (PostgreSQL; SQLite's write lock rules it out)
        # inserted by a concurrent transaction after the update above looked. Compare with it as committed.
        if conn.execute(_REPLACE_LATEST, newer).rowcount == 0:
            return Stored("older", submission_id, period, version)
    return Stored("accepted", submission_id, period, version)


def site_status(conn: Connection, site_code: str) -> list[dict]:
    """The latest accepted version of every period of a site, with when it arrived (naive UTC on every
    database: PostgreSQL gives it back aware)."""
    latest, sub = latest_table, submission_table
    rows = conn.execute(
        select(latest.c.period, latest.c.version, latest.c.submission_id, sub.c.received_at)
        .join(sub, sub.c.submission_id == latest.c.submission_id)
        .where(latest.c.site_code == site_code).order_by(latest.c.period))
    return [dict(row._mapping, received_at=naive_utc(row.received_at)) for row in rows]


def latest_for_period(conn: Connection, period: str) -> list[tuple[str, str]]:
    """(submission id, municipality code) of the latest submission of every site for ``period``."""
    latest, site = latest_table, site_table
    rows = conn.execute(
        select(latest.c.submission_id, site.c.municipality_code)
        .select_from(latest.join(site, site.c.code == latest.c.site_code))
        .where(latest.c.period == period).order_by(latest.c.submission_id))
    return [(row.submission_id, row.municipality_code) for row in rows]


def set_site_kind(conn: Connection, site_code: str, kind: str) -> None:
    """Record the kind a site's laptop says it is (its newest word counts)."""
    conn.execute(update(site_table).where(site_table.c.code == site_code, or_(site_table.c.kind.is_(None),
                                                                               site_table.c.kind != kind))
                 .values(kind=kind))


def sites_by_kind(conn: Connection, periods: Sequence[str]) -> list:
    """How many sites of each municipality and kind (None: not told) reported each of ``periods``: rows of
    period, municipality_code, kind, sites."""
    latest, site = latest_table, site_table
    return conn.execute(
        select(latest.c.period, site.c.municipality_code, site.c.kind, func.count().label("sites"))
        .select_from(latest.join(site, site.c.code == latest.c.site_code))
        .where(latest.c.period.in_(list(periods))).group_by(latest.c.period, site.c.municipality_code, site.c.kind)
    ).all()


def reported_periods(conn: Connection) -> list[str]:
    """Every period some site has a submission for, in order (years, quarters and months alike)."""
    rows = conn.execute(select(latest_table.c.period).distinct().order_by(latest_table.c.period))
    return [row.period for row in rows]


def reported_months(conn: Connection, year: int) -> dict[tuple[str, str], dt.datetime]:
    """The months of ``year`` each site has reported: (site code, period YYYY-MM) → when its first
    submission arrived (naive UTC). Read as plain tuples: a mapping per row cost the grid of 1 300 sites
    a tenth of a second."""
    sub = submission_table
    rows = conn.execute(
        select(sub.c.site_code, sub.c.period, func.min(sub.c.received_at))
        .where(sub.c.period.in_(month_periods(year))).group_by(sub.c.site_code, sub.c.period)).tuples()
    return {(site, period): naive_utc(received) for site, period, received in rows}


def payloads(conn: Connection, submission_ids: list[str]) -> dict[str, str]:
    """The stored payload JSON of each submission id."""
    table = submission_table
    rows = conn.execute(select(table.c.submission_id, table.c.payload)
                        .where(table.c.submission_id.in_(submission_ids)))
    return {row.submission_id: row.payload for row in rows}


def count_submissions(conn: Connection) -> int:
    """How many submissions are stored (any version)."""
    return conn.execute(select(func.count()).select_from(submission_table)).scalar_one()
