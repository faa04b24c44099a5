"""Helpers the service modules share: lookups, stamping, audit and period marks."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from sqlmodel import Session as DbSession

from healthcentre.data.models import AuditEvent, PeriodMark, os_user, utcnow
from healthcentre.errors import NotFoundError, ValidationError

T = TypeVar("T")


def get_or_raise(session: DbSession, model: type[T], key, entity: str) -> T:
    """The row of ``model`` with primary key ``key``, or a NotFoundError naming ``entity``."""
    row = session.get(model, key)
    if row is None:
        raise NotFoundError("not_found", entity=entity, id=key)
    return row


def touch(row) -> None:
    """Record that ``row`` was changed now by the current OS user."""
    row.changed_at = utcnow()
    row.changed_by = os_user()


def audit(session: DbSession, action: str, entity: str, entity_id, summary: str | None = None) -> None:
    """Add an audit event (local only). ``summary`` must never contain personal data."""
    session.add(
        AuditEvent(action=action, entity=entity, entity_id=None if entity_id is None else str(entity_id), summary=summary)
    )


def period_of(day: dt.date) -> str:
    """The calendar month a date belongs to, as the county's period code YYYY-MM."""
    return f"{day.year:04d}-{day.month:02d}"


def mark_period(session: DbSession, site_id: int, day: dt.date | None) -> None:
    """Note that the site's data for the month of ``day`` changed and must be sent again."""
    if day is None:
        return
    key = (site_id, period_of(day))
    mark = session.get(PeriodMark, key)
    if mark is None:
        session.add(PeriodMark(site_id=site_id, period=key[1]))
    else:
        touch(mark)


def clean_text(value: str | None, *, field: str, label: str, max_length: int, required: bool = True) -> str | None:
    """Stripped text, checked for presence and length."""
    value = (value or "").strip()
    if not value:
        if required:
            raise ValidationError("required", field=field, label=label)
        return None
    if len(value) > max_length:
        raise ValidationError("too_long", field=field, label=label, max=max_length)
    return value
