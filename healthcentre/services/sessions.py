"""Sessions (tillfällen) of an activity: date, length and the drop-in head-count."""

from __future__ import annotations

import datetime as dt

from sqlmodel import select

from healthcentre.data.database import Database
from healthcentre.data.models import Activity, Session
from healthcentre.errors import ValidationError
from healthcentre.services._common import audit, get_or_raise, mark_period, touch

MIN_MINUTES = 1
MAX_MINUTES = 720

_UNSET = object()


def _check_minutes(minutes: int) -> int:
    if not isinstance(minutes, int) or not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValidationError("session_minutes_range", field="minutes", min=MIN_MINUTES, max=MAX_MINUTES)
    return minutes


def _check_unregistered(count: int) -> int:
    if not isinstance(count, int) or count < 0:
        raise ValidationError("unregistered_negative", field="unregistered_count")
    return count


def _check_date(activity: Activity, date: dt.date) -> dt.date:
    if date is None:
        raise ValidationError("required", field="date", label="date")
    if date < activity.start_date or (activity.end_date is not None and date > activity.end_date):
        raise ValidationError("session_outside_activity", field="date", date=date.isoformat())
    return date


def add_session(db: Database, *, activity_id: int, date: dt.date, minutes: int,
                unregistered_count: int = 0) -> Session:
    """Add a session of ``minutes`` (1–720) on ``date``, within the activity's period."""
    _check_minutes(minutes)
    _check_unregistered(unregistered_count)
    with db.session() as session:
        activity = get_or_raise(session, Activity, activity_id, "activity")
        row = Session(activity_id=activity_id, date=_check_date(activity, date), minutes=minutes,
                      unregistered_count=unregistered_count)
        session.add(row)
        session.flush()
        mark_period(session, activity.site_id, date)
        audit(session, "create", "session", row.id)
        return row


def update_session(db: Database, session_id: int, *, date=_UNSET, minutes=_UNSET,
                   unregistered_count=_UNSET) -> Session:
    """Change a session's date, length or head-count; fields not given stay."""
    with db.session() as session:
        row = get_or_raise(session, Session, session_id, "session")
        activity = session.get(Activity, row.activity_id)
        mark_period(session, activity.site_id, row.date)
        if date is not _UNSET:
            row.date = _check_date(activity, date)
        if minutes is not _UNSET:
            row.minutes = _check_minutes(minutes)
        if unregistered_count is not _UNSET:
            row.unregistered_count = _check_unregistered(unregistered_count)
        touch(row)
        session.add(row)
        mark_period(session, activity.site_id, row.date)
        audit(session, "update", "session", session_id)
        return row


def delete_session(db: Database, session_id: int) -> None:
    """Delete a session and its attendance."""
    with db.session() as session:
        row = get_or_raise(session, Session, session_id, "session")
        activity = session.get(Activity, row.activity_id)
        mark_period(session, activity.site_id, row.date)
        session.delete(row)
        audit(session, "delete", "session", session_id)


def get_session(db: Database, session_id: int) -> Session:
    """One session by id."""
    with db.session() as session:
        return get_or_raise(session, Session, session_id, "session")


def list_sessions(db: Database, activity_id: int) -> list[Session]:
    """The activity's sessions in date order."""
    with db.session() as session:
        get_or_raise(session, Activity, activity_id, "activity")
        return list(session.exec(select(Session).where(Session.activity_id == activity_id)
                                 .order_by(Session.date, Session.id)))
