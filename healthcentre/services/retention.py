"""Retention: participants with no attendance for the configured time are listed for erasure.

The time is ``retention.months`` in the configuration (default 24 months). A
participant is due when their last attendance, or their registration if they never
attended, lies before the cut-off. Erasure goes through
``participants.forget_participant``, one person per transaction, so the counts
already reported stay stable and each erasure is in the audit log.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func
from sqlmodel import select

from healthcentre.data.database import Database
from healthcentre.data.models import Attendance, Participant, Session
from healthcentre.services import participants


@dataclasses.dataclass(frozen=True)
class DueForErasure:
    """A participant the retention rule lists for erasure, and why."""

    participant_id: int
    site_id: int
    display_name: str | None
    registered_on: dt.date
    last_attended: dt.date | None


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (the month's last day if it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    next_month = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, min(day.day, (next_month - dt.timedelta(days=1)).day))


def participants_due_for_erasure(
    db: Database, *, months: int, today: dt.date | None = None, site_id: int | None = None,
) -> list[DueForErasure]:
    """Participants (not yet erased) with no attendance in the last ``months`` months
    (the edge passes the configured ``retention.months``), oldest activity first."""
    cutoff = months_before(today or dt.date.today(), months)
    last = (select(Attendance.participant_id, func.max(Session.date).label("last"))
            .join(Session, Session.id == Attendance.session_id).group_by(Attendance.participant_id).subquery())
    query = (select(Participant, last.c.last).outerjoin(last, last.c.participant_id == Participant.id)
             .where(Participant.erased_at.is_(None)))
    if site_id is not None:
        query = query.where(Participant.site_id == site_id)
    with db.session() as session:
        rows = session.exec(query).all()
    due = [
        DueForErasure(participant_id=p.id, site_id=p.site_id, display_name=p.display_name,
                      registered_on=p.registered_on, last_attended=_as_date(last_day))
        for p, last_day in rows
        if (_as_date(last_day) or p.registered_on) < cutoff
    ]
    return sorted(due, key=lambda d: (d.last_attended or d.registered_on, d.participant_id))


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def erase_participants(db: Database, participant_ids: Iterable[int]) -> int:
    """Erase each participant (right to erasure, see ``forget_participant``); returns how many."""
    count = 0
    for participant_id in participant_ids:
        participants.forget_participant(db, participant_id)
        count += 1
    return count
