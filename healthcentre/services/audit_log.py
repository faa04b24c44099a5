"""The audit log: who (OS user) created, changed, erased, deleted or exported what, and when.

Every service write adds one event in the same transaction as the change
(``_common.audit``); exports of reports and extracts add one through
``record_export``. Events name records by id only, never by personal data. The
log is kept locally: it is not part of any county payload and is never synced.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import or_
from sqlmodel import col, select

from healthcentre.data.database import Database
from healthcentre.data.models import Attendance, AuditEvent
from healthcentre.services._common import audit, clean_text
from healthcentre.services.listing import ListPage, ListQuery, order_by, sliced, text_pattern, total_of

ACTIONS = ("create", "update", "delete", "erase", "export")
DEFAULT_LIMIT = 1000


@dataclasses.dataclass(frozen=True)
class AuditRecord:
    """One audit event as the UI and command line show it (``at`` in UTC)."""

    id: int
    at: dt.datetime
    os_user: str
    action: str
    entity: str
    entity_id: str | None
    summary: str | None


def _record(row: AuditEvent) -> AuditRecord:
    at = row.at if row.at.tzinfo else row.at.replace(tzinfo=dt.timezone.utc)
    return AuditRecord(id=row.id, at=at, os_user=row.os_user, action=row.action, entity=row.entity,
                       entity_id=row.entity_id, summary=row.summary)


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min).astimezone(dt.timezone.utc)


def list_audit_events(
    db: Database, *, action: str | None = None, entity: str | None = None, entity_id: str | int | None = None,
    os_user: str | None = None, since: dt.date | None = None, until: dt.date | None = None,
    limit: int | None = DEFAULT_LIMIT,
) -> list[AuditRecord]:
    """Audit events matching every filter given, newest first.

    ``since``/``until`` are local calendar days, both included."""
    query = select(AuditEvent)
    if action:
        query = query.where(AuditEvent.action == action)
    if entity:
        query = query.where(AuditEvent.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEvent.entity_id == str(entity_id))
    if os_user:
        query = query.where(AuditEvent.os_user == os_user)
    if since is not None:
        query = query.where(AuditEvent.at >= _day_start(since))
    if until is not None:
        query = query.where(AuditEvent.at < _day_start(until + dt.timedelta(days=1)))
    query = query.order_by(col(AuditEvent.at).desc(), col(AuditEvent.id).desc())
    if limit is not None:
        query = query.limit(limit)
    with db.session() as session:
        return [_record(row) for row in session.exec(query)]


@dataclasses.dataclass(frozen=True)
class AuditFilters:
    """The audit log list's own filter: one kind of event (an entry of ACTIONS), or all."""

    action: str | None = None


AUDIT_SORTS = {"at": AuditEvent.at, "user": AuditEvent.os_user, "action": AuditEvent.action,
               "entity": AuditEvent.entity, "entity_id": AuditEvent.entity_id, "summary": AuditEvent.summary}


def audit_list(db: Database, q: ListQuery[AuditFilters]) -> ListPage[AuditRecord]:
    """One page of the audit log: ``q.text`` in the user, record, id or details, sorted by a column
    of AUDIT_SORTS (newest first when none), and how many events match in all."""
    query = select(AuditEvent)
    if q.filters.action:
        query = query.where(AuditEvent.action == q.filters.action)
    pattern = text_pattern(q.text)
    if pattern:
        query = query.where(or_(*(col(column).ilike(pattern, escape="\\") for column in (
            AuditEvent.os_user, AuditEvent.entity, AuditEvent.entity_id, AuditEvent.summary))))
    natural = (col(AuditEvent.at).desc(), col(AuditEvent.id).desc())
    with db.session() as session:
        total = total_of(session, query)
        rows = session.exec(sliced(order_by(query, q, AUDIT_SORTS, natural, col(AuditEvent.id)), q))
        return ListPage([_record(row) for row in rows], total)


def events_about_participant(db: Database, participant_id: int) -> list[AuditRecord]:
    """Every audit event about one participant: the person, their enrolments and attendances."""
    with db.session() as session:
        attendance_ids = [str(i) for i in session.exec(
            select(Attendance.id).where(Attendance.participant_id == participant_id))]
        query = select(AuditEvent).where(or_(
            (AuditEvent.entity == "participant") & (AuditEvent.entity_id == str(participant_id)),
            (AuditEvent.entity.in_(("enrolment", "attendance")))
            & col(AuditEvent.entity_id).like(f"%:{participant_id}"),
            (AuditEvent.entity == "attendance") & col(AuditEvent.entity_id).in_(attendance_ids),
        )).order_by(col(AuditEvent.at), col(AuditEvent.id))
        return [_record(row) for row in session.exec(query)]


def record_export(db: Database, what: str, summary: str | None = None, *, entity_id: str | int | None = None) -> None:
    """Record that something was exported (a report, a spreadsheet, a register extract).

    ``what`` names the kind of export (e.g. "report", "register_extract"); ``summary``
    says which (period, file type), never personal data."""
    what = clean_text(what, field="what", label="what", max_length=32)
    summary = clean_text(summary, field="summary", label="summary", max_length=300, required=False)
    with db.session() as session:
        audit(session, "export", what, entity_id, summary)
