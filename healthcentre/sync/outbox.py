"""The durable outbox: changed months become versioned submissions, kept until delivered.

The life of a change:

1. A service changes data and marks its month (``services._common.mark_period``).
2. ``build_pending`` releases the year of every marked month anew
   (``counts.build_year``: a change in a month touches its quarter and year, and
   may change what is withheld elsewhere in the year) and turns every period whose
   released tables differ from the last version built into a new version with a
   new submission id; it stores them and clears the marks **in one transaction**:
   a crash before the commit leaves the marks, after it leaves the submissions.
   A mark touched again while building survives (it is cleared only if unchanged).
   Periods not yet begun are never built; months in the future keep their marks
   until they begin; the current month is sent as it stands (a preliminary
   version) and sent again when it changes.
3. ``healthcentre.sync.delivery`` sends pending submissions; each outcome is
   recorded here in its own transaction. A crash between the county's answer and
   the record only means the same submission id is sent again, which the county
   answers with ``duplicate``: nothing is ever counted twice.

States: ``pending`` → ``delivered`` | ``rejected`` (the county refused it) |
``superseded`` (a newer version of the period was built before it left) |
``exported`` (written to a transfer file); ``rejected`` → ``dismissed`` (IT gave up on it, with a reason).

A refusal keeps the county's code and reason on its row and stays open (``open_refusals``)
until a newer version of its period is accepted or IT dismisses it. When its cause is
fixed it is rebuilt on its own: a new threshold, or a new app version, releases its year
anew. A submission refused because the county expects a newer app
(``receiver_contract_outdated``) stays pending, and after the update is rebuilt too.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete
from sqlalchemy.orm import defer
from sqlmodel import select

from healthcentre import __version__
from healthcentre.contract.payload import Submission, period_bounds
from healthcentre.data.database import Database
from healthcentre.data import local_state
from healthcentre.data.models import OutboxSubmission, PeriodMark, Site, utcnow
from healthcentre.register import store as register_store
from healthcentre.services._common import period_of

if TYPE_CHECKING:
    from healthcentre.anonymised.counts import YearCounts

PENDING, DELIVERED, REJECTED, SUPERSEDED, EXPORTED, DISMISSED = (
    "pending", "delivered", "rejected", "superseded", "exported", "dismissed")
NEVER_PUBLISHED = (REJECTED, DISMISSED)
CONTRACT_OUTDATED = "receiver_contract_outdated"
TOKEN_REFUSED = "receiver_token_missing"
AUDIT_ENTITY = "county_submission"
FIRST_RETRY_SECONDS = 30
MAX_RETRY_SECONDS = 3600
STATUS_PREFIX = "county."
STATUS_KEYS = ("county.last_sent_at", "county.online", "county.last_error", "county.last_attempt_at")


@dataclass(frozen=True)
class Refusal:
    """The county's answer when it refuses a submission: its code and its reason in both languages."""

    code: str
    reason_sv: str
    reason_en: str

    def reason(self, language: str | None = None) -> str:
        """The reason in ``language`` (default the user's)."""
        from healthcentre import messages

        return self.reason_en if (language or messages.current_language()) == "en" else self.reason_sv


@dataclass(frozen=True)
class Built:
    """One submission put in the outbox."""

    submission_id: str
    site_id: int
    period: str
    version: int


def _period_order(period: str) -> tuple:
    """Months first, then quarters, then the year, so larger periods can see the smaller ones."""
    kind = 2 if len(period) == 4 else 1 if "Q" in period else 0
    return period[:4], kind, period


def _history(db: Database, site_id: int, year: int) -> tuple[list[Submission], dict[str, int]]:
    """What the county may hold for the site's ``year`` (every version not refused), and the
    highest version number used so far for each period."""
    with db.session() as session:
        rows = list(session.exec(select(OutboxSubmission).where(
            OutboxSubmission.site_id == site_id, OutboxSubmission.period.startswith(str(year)))))
    published = [Submission.model_validate_json(row.payload_json) for row in rows if _may_be_held(row)]
    versions: dict[str, int] = {}
    for row in rows:
        versions[row.period] = max(versions.get(row.period, 0), row.version)
    return published, versions


def _may_be_held(row: OutboxSubmission) -> bool:
    """Whether the county may hold ``row``: not refused, dismissed or waiting for a newer app."""
    return row.state not in NEVER_PUBLISHED and row.refused_code != CONTRACT_OUTDATED


@dataclass(frozen=True)
class Release:
    """A site's year as the next build would release it, and what the county may already hold."""

    counts: YearCounts
    published: list[Submission]
    versions: dict[str, int]

    def to_send(self) -> list[str]:
        """The periods whose released tables differ from the newest version built before (or never built)."""
        from healthcentre.anonymised import counts

        return sorted(counts.periods_to_send(self.counts, self.published), key=_period_order)


def release_year(db: Database, site_id: int, year: int, threshold: int) -> Release:
    """Release ``year`` of the site exactly as ``build_pending`` would now (same published history):
    what the UI shows as "what will be sent" is this very computation."""
    from healthcentre.anonymised import counts

    published, versions = _history(db, site_id, year)
    released = counts.build_year(db, site_id=site_id, year=year, threshold=threshold, published=published)
    return Release(released, published, versions)


def _build_site(db: Database, site: Site, years: set[int], today: dt.date,
                threshold: int) -> tuple[list[Submission], list[str]]:
    """New versions of every begun period of ``years`` whose released tables differ from the last built,
    and the refused submissions of those years the county no longer needs (it holds their period's tables).

    A change in one month can change what is withheld elsewhere in its year, so the whole
    year is released anew (``counts.build_year``) and every period that differs is sent."""
    fresh: list[Submission] = []
    includes = register_includes(db)  # read before the release: a change after it leaves its mark for a next build
    unsettled = {row.period: row.id for row in _newest_rows(db, site.id) if not _may_be_held(row)
                 and row.state in (REJECTED, PENDING) and int(row.period[:4]) in years}
    for year in sorted(years):
        release = release_year(db, site.id, year, threshold)
        released, versions = release.counts, release.versions
        to_send = release.to_send()
        for period in to_send:
            unsettled.pop(period, None)
            if period_bounds(period)[0] > today:
                continue
            fresh.append(Submission(
                submission_id=uuid.uuid4(), site_code=site.county_site_code,
                municipality_code=site.municipality_code, period=period, version=versions.get(period, 0) + 1,
                app_version=_app_version(), threshold=threshold, created_at=utcnow(), site_kind=site.kind.value,
                tables=released.released[period], includes=includes))
    return fresh, list(unsettled.values())


def register_includes(db: Database) -> dict[str, int]:
    """What a submission built now includes: the register's version vector (``contract.includes``), this
    laptop's own origin always in it. Every change made here raises this laptop's seq, so a submission
    rebuilt after a change includes everything the earlier one did; the county then lets it replace its own."""
    with db.session() as session:
        connection = session.connection()
        vector = register_store.vector(connection)
        vector.setdefault(register_store.self_origin(connection), 0)
    return vector


def _app_version() -> str:
    return "".join(ch for ch in __version__ if ch.isalnum() or ch in ".+-")[:40] or "0"


def _store(db: Database, site_id: int, fresh: list[Submission], marks: list[PeriodMark],
           settled: list[str]) -> list[Built]:
    """Store the new submissions, retire older pending versions and the ``settled`` refusals, and clear
    the marks: one transaction."""
    with db.session() as session:
        for submission_id in settled:
            row = session.get(OutboxSubmission, submission_id)
            row.state, row.changed_at = SUPERSEDED, utcnow()
            session.add(row)
        for submission in fresh:
            older = session.exec(select(OutboxSubmission).where(
                OutboxSubmission.site_id == site_id, OutboxSubmission.period == submission.period,
                OutboxSubmission.state == PENDING))
            for row in older:
                row.state, row.changed_at = SUPERSEDED, utcnow()
                session.add(row)
            session.add(OutboxSubmission(
                id=str(submission.submission_id), site_id=site_id, period=submission.period,
                version=submission.version, payload_json=submission.model_dump_json(), state=PENDING))
        for mark in marks:
            session.execute(delete(PeriodMark).where(
                PeriodMark.site_id == mark.site_id, PeriodMark.period == mark.period,
                PeriodMark.changed_at == mark.changed_at))
    return [Built(str(s.submission_id), site_id, s.period, s.version) for s in fresh]


def build_pending(db: Database, *, threshold: int, today: dt.date | None = None) -> list[Built]:
    """Turn the marked months that have begun into new submission versions of the periods of their
    year that changed, for every site enrolled with the county. Unenrolled sites keep their marks.

    A year last built with another threshold is released anew too: when IT changes
    ``county.threshold`` (say, because the county refused counts anonymised below its own),
    every period's withholding changes and goes out again without anyone editing a thing; the edge
    passes the threshold in force now (``county.threshold``)."""
    today = today or dt.date.today()
    with db.session() as session:
        marks = list(session.exec(select(PeriodMark).where(PeriodMark.period <= period_of(today))))
        sites = [site for site in session.exec(select(Site).order_by(Site.id)) if site.county_site_code]
    built: list[Built] = []
    for site in sites:
        site_marks = [m for m in marks if m.site_id == site.id]
        years = ({int(m.period[:4]) for m in site_marks} | _years_built_with_another(db, site.id, threshold)
                 | _years_refused_by_another_app(db, site.id))
        if years:
            fresh, settled = _build_site(db, site, years, today, threshold)
            built += _store(db, site.id, fresh, site_marks, settled)
    return built


def waiting_for_enrolment(db: Database) -> bool:
    """Whether changes wait while no site of this register is enrolled with the county: the
    laptop is not enrolled, so nothing can be sent until it is."""
    with db.session() as session:
        if any(site.county_site_code for site in session.exec(select(Site))):
            return False
        return session.exec(select(PeriodMark.site_id).limit(1)).first() is not None


def _years_refused_by_another_app(db: Database, site_id: int) -> set[int]:
    """The years with an open refusal (or a submission waiting for a newer app) built by another app
    version: after an update the app may build what the county refused differently, so it tries again."""
    unsettled = [row for row in _newest_rows(db, site_id, with_payload=True) if row.state == REJECTED
                 or (row.state == PENDING and row.refused_code == CONTRACT_OUTDATED)]
    return {int(row.period[:4]) for row in unsettled
            if json.loads(row.payload_json).get("app_version") != _app_version()}


def _newest_rows(db: Database, site_id: int | None = None, *, with_payload: bool = False) -> list[OutboxSubmission]:
    """The newest submission built for every period (of one site, or of all), superseded ones aside;
    their payloads are read only ``with_payload`` (the status, read every minute, needs none)."""
    with db.session() as session:
        query = select(OutboxSubmission).where(OutboxSubmission.state != SUPERSEDED)
        if not with_payload:
            query = query.options(defer(OutboxSubmission.payload_json))
        if site_id is not None:
            query = query.where(OutboxSubmission.site_id == site_id)
        newest: dict[tuple[int, str], OutboxSubmission] = {}
        for row in session.exec(query.order_by(OutboxSubmission.version)):
            newest[(row.site_id, row.period)] = row
    return sorted(newest.values(), key=lambda row: (row.site_id, _period_order(row.period)))


def _years_built_with_another(db: Database, site_id: int, threshold: int) -> set[int]:
    """The years whose newest built submission was anonymised with a threshold other than ``threshold``."""
    with db.session() as session:
        rows = session.exec(select(OutboxSubmission.id, OutboxSubmission.period).where(
            OutboxSubmission.site_id == site_id, OutboxSubmission.state != SUPERSEDED)
            .order_by(OutboxSubmission.created_at.desc()))
        newest: dict[int, str] = {}
        for submission_id, period in rows:
            newest.setdefault(int(period[:4]), submission_id)
        years = set()
        for year, submission_id in newest.items():
            payload = session.get(OutboxSubmission, submission_id).payload_json
            if json.loads(payload)["threshold"] != threshold:
                years.add(year)
    return years


# --- delivery bookkeeping -----------------------------------------------------


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
    for row in _newest_rows(db):
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


def site_marked_periods(db: Database, site_id: int) -> list[str]:
    """The months of one site changed since they were last built."""
    with db.session() as session:
        return sorted(session.exec(select(PeriodMark.period).where(PeriodMark.site_id == site_id)))


def marked_periods(db: Database) -> list[str]:
    """The months changed since they were last built, all sites together."""
    with db.session() as session:
        return list(session.exec(select(PeriodMark.period).distinct().order_by(PeriodMark.period)))
