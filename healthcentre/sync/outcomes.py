"""What became of each built submission: delivered, refused, failed and retried, exported, dismissed.

Each outcome is recorded in its own transaction (``healthcentre.sync.delivery`` calls these
as the county answers), with the retry schedule, the county's refusal and the sync status
the window shows. A crash between the county's answer and the record only means the same
submission id is sent again, which the county answers with ``duplicate``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass

from sqlmodel import select

from healthcentre.data import local_state
from healthcentre.data.database import Database
from healthcentre.data.models import OutboxSubmission, utcnow
from healthcentre.sync.submission_states import (
    AUDIT_ENTITY, CONTRACT_OUTDATED, DELIVERED, DISMISSED, EXPORTED, PENDING, REJECTED, SUPERSEDED, TOKEN_REFUSED,
    Refusal,
    newest_rows,
)

FIRST_RETRY_SECONDS = 30
MAX_RETRY_SECONDS = 3600
STATUS_PREFIX = "county."
STATUS_KEYS = ("county.last_sent_at", "county.online", "county.last_error", "county.last_attempt_at",
               "county.confirmed_through")


def pending(db: Database, *, due_at: dt.datetime | None = None) -> list[OutboxSubmission]:
    """Pending submissions, oldest first; with ``due_at`` only those whose retry time has come."""
    with db.session() as session:
        query = select(OutboxSubmission).where(OutboxSubmission.state == PENDING)
        rows = list(session.exec(query.order_by(OutboxSubmission.created_at, OutboxSubmission.period)))
    if due_at is not None:
        rows = [row for row in rows if row.next_attempt_at is None or aware(row.next_attempt_at) <= due_at]
    return rows


def site_code_of(row: OutboxSubmission) -> str:
    """The county site code a stored submission is for."""
    return json.loads(row.payload_json)["site_code"]


def aware(moment: dt.datetime) -> dt.datetime:
    """A stored timestamp as aware UTC (SQLite hands them back naive)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def _set_state(db: Database, submission_id: str, state: str, *, error: str | None = None, retry: bool = False,
               retry_after: float | None = None, refusal: Refusal | None = None) -> None:
    with db.session() as session:
        row = session.get(OutboxSubmission, submission_id)
        if row is None or row.state != PENDING:
            return
        now = utcnow()
        row.changed_at, row.last_error = now, error
        if refusal is not None:
            row.refused_code, row.refused_at = refusal.code[:64], now
            row.refused_sv, row.refused_en = refusal.reason_sv[:500], refusal.reason_en[:500]
        if retry:
            row.attempts += 1
            delay = retry_delay(row.attempts) if retry_after is None else min(max(retry_after, 1.0), MAX_RETRY_SECONDS)
            row.next_attempt_at = now + dt.timedelta(seconds=delay)
        else:
            row.state = state
            row.delivered_at = now if state in (DELIVERED, EXPORTED) else None
        session.add(row)


def retry_delay(attempts: int) -> float:
    """Seconds to wait after ``attempts`` failures: doubling from 30 s up to an hour, ±20 % jitter."""
    base = min(FIRST_RETRY_SECONDS * 2 ** max(attempts - 1, 0), MAX_RETRY_SECONDS)
    return base * random.uniform(0.8, 1.2)


def mark_delivered(db: Database, submission_id: str) -> None:
    """The county has the submission (accepted now or before)."""
    _set_state(db, submission_id, DELIVERED)


def mark_exported(db: Database, submission_id: str) -> None:
    """The submission was written to a transfer file for the county."""
    _set_state(db, submission_id, EXPORTED)


def mark_rejected(db: Database, submission_id: str, reason: str, refusal: Refusal | None = None) -> None:
    """The county refused the submission for good; ``reason`` is shown to the user, ``refusal`` (the
    county's code and reason) is kept with it until the period is accepted or IT dismisses it."""
    _set_state(db, submission_id, REJECTED, error=reason[:500], refusal=refusal)


def mark_held(db: Database, submission_id: str, reason: str, refusal: Refusal) -> None:
    """The county refused for a cause outside the submission's counts (it expects a newer app, it does
    not know the token): it stays queued with the refusal, retried after the usual back-off; after an
    app update one refused as outdated is rebuilt."""
    _set_state(db, submission_id, PENDING, error=reason[:500], retry=True, refusal=refusal)


def mark_failed(db: Database, submission_id: str, reason: str, *, retry_after: float | None = None) -> None:
    """Delivery failed for now (no network, server error, rate limit): try again after a back-off,
    or after ``retry_after`` seconds (at most an hour) when the receiver said when it will take more."""
    _set_state(db, submission_id, PENDING, error=reason[:500], retry=True, retry_after=retry_after)


def after_enrolment(db: Database) -> int:
    """A new enrolment: the token the county refused is gone, so its refusal is forgotten and every
    queued submission goes at the next sync, back-off or not. Returns how many are queued."""
    with db.session() as session:
        rows = list(session.exec(select(OutboxSubmission).where(OutboxSubmission.state == PENDING)))
        for row in rows:
            if row.refused_code == TOKEN_REFUSED:
                row.refused_code = row.refused_sv = row.refused_en = row.refused_at = None
            row.next_attempt_at, row.changed_at = None, utcnow()
            session.add(row)
    return len(rows)


# --- refusals -----------------------------------------------------------------


@dataclass(frozen=True)
class OpenRefusal:
    """A period whose newest submission the county refused (or holds back until the app is updated)."""

    submission_id: str
    site_id: int
    period: str
    version: int
    refusal: Refusal
    refused_at: dt.datetime
    waits_for_update: bool


def open_refusals(db: Database) -> list[OpenRefusal]:
    """Every period whose newest submission the county refused and nobody resolved yet, plus those
    queued until the app is updated; a refusal stays here until its period is accepted or dismissed."""
    found = []
    for row in newest_rows(db):
        outdated = row.state == PENDING and row.refused_code == CONTRACT_OUTDATED
        if row.state == REJECTED or outdated:
            refusal = Refusal(row.refused_code or "–", row.refused_sv or row.last_error or "",
                              row.refused_en or row.last_error or "")
            found.append(OpenRefusal(row.id, row.site_id, row.period, row.version, refusal,
                                     aware(row.refused_at or row.changed_at), outdated))
    return found


def dismiss(db: Database, *, period: str, reason: str, site_id: int | None = None) -> list[str]:
    """IT gives up on the open refusal of ``period`` (of ``site_id``, or of every site), saying why:
    it no longer shows as refused. Audit-logged. Returns the submission ids dismissed."""
    from healthcentre.errors import ValidationError
    from healthcentre.services._common import audit, clean_text

    reason = clean_text(reason, field="reason", label="reason", max_length=300)
    chosen = [r for r in open_refusals(db) if r.period == period and not r.waits_for_update
              and site_id in (None, r.site_id)]
    if not chosen:
        raise ValidationError("sync_nothing_to_dismiss", field="period", period=period)
    with db.session() as session:
        for refused in chosen:
            row = session.get(OutboxSubmission, refused.submission_id)
            row.state, row.dismissed_reason, row.changed_at = DISMISSED, reason, utcnow()
            session.add(row)
            audit(session, "update", AUDIT_ENTITY, row.id,
                  f"dismissed refusal of {row.period} v{row.version} ({row.refused_code}): {reason}"[:300])
    return [r.submission_id for r in chosen]


# --- status -------------------------------------------------------------------


def save_status(db: Database, **values: str | None) -> None:
    """Record the sync status keys given (``last_sent_at``, ``online``, ``last_error``, ``last_attempt_at``)."""
    unknown = [name for name in values if f"{STATUS_PREFIX}{name}" not in STATUS_KEYS]
    if unknown:
        raise ValueError(f"unknown sync status key {unknown[0]!r}")
    local_state.write_values(db, STATUS_PREFIX, values)


def load_status(db: Database) -> dict[str, str]:
    """The recorded sync status keys, without their ``county.`` prefix."""
    return {name: value for name, value in local_state.read_values(db, STATUS_PREFIX).items()
            if f"{STATUS_PREFIX}{name}" in STATUS_KEYS}


@dataclass(frozen=True)
class PeriodState:
    """The newest submission built for one period of a site: its version, state and when it left."""

    version: int
    state: str
    created_at: dt.datetime
    delivered_at: dt.datetime | None
    last_error: str | None


def period_states(db: Database, site_id: int, year: int) -> dict[str, PeriodState]:
    """The newest submission of every period of the site's ``year`` that has one (refused ones included)."""
    with db.session() as session:
        rows = session.exec(select(OutboxSubmission).where(
            OutboxSubmission.site_id == site_id, OutboxSubmission.period.startswith(str(year)),
            OutboxSubmission.state != SUPERSEDED).order_by(OutboxSubmission.version))
        return {row.period: PeriodState(row.version, row.state, aware(row.created_at),
                                        aware(row.delivered_at) if row.delivered_at else None, row.last_error)
                for row in rows}
