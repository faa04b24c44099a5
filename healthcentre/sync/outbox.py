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
   recorded in ``healthcentre.sync.outcomes``, in its own transaction. A crash
   between the county's answer and the record only means the same submission id
   is sent again, which the county answers with ``duplicate``: nothing is ever
   counted twice.

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
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete
from sqlmodel import select

from healthcentre import __version__
from healthcentre.contract.payload import Submission, period_bounds
from healthcentre.data.database import Database
from healthcentre.data.models import OutboxSubmission, PeriodMark, Site, utcnow
from healthcentre.register import store as register_store
from healthcentre.services._common import period_of
from healthcentre.sync.submission_states import (
    CONTRACT_OUTDATED, NEVER_PUBLISHED, PENDING, REJECTED, SUPERSEDED, newest_rows, period_order,
)

if TYPE_CHECKING:
    from healthcentre.anonymised.counts import YearCounts

@dataclass(frozen=True)
class Built:
    """One submission put in the outbox."""

    submission_id: str
    site_id: int
    period: str
    version: int


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

        return sorted(counts.periods_to_send(self.counts, self.published), key=period_order)


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
    unsettled = {row.period: row.id for row in newest_rows(db, site.id) if not _may_be_held(row)
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
    unsettled = [row for row in newest_rows(db, site_id, with_payload=True) if row.state == REJECTED
                 or (row.state == PENDING and row.refused_code == CONTRACT_OUTDATED)]
    return {int(row.period[:4]) for row in unsettled
            if json.loads(row.payload_json).get("app_version") != _app_version()}


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


def site_marked_periods(db: Database, site_id: int) -> list[str]:
    """The months of one site changed since they were last built."""
    with db.session() as session:
        return sorted(session.exec(select(PeriodMark.period).where(PeriodMark.site_id == site_id)))


def marked_periods(db: Database) -> list[str]:
    """The months changed since they were last built, all sites together."""
    with db.session() as session:
        return list(session.exec(select(PeriodMark.period).distinct().order_by(PeriodMark.period)))
