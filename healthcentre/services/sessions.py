"""Sessions (tillfällen) of an activity: date, length and the drop-in head-count."""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt

from sqlmodel import select

from healthcentre.data.database import Database
from healthcentre.data.models import Activity, Session
from healthcentre.services import activities, attendance
from healthcentre.services.participants import ParticipantRecord
from healthcentre.errors import ValidationError
from healthcentre.services._common import audit, get_or_raise, mark_period, touch

MIN_MINUTES = 1
MAX_MINUTES = 720
DEFAULT_MINUTES = 90  # a new activity's first session, before it has a usual length
DROP_IN_KIND = "TRAFF"  # the meeting-place gathering, offered first in "Dagens träff"

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


def usual_minutes(minutes: list[int]) -> int:
    """The usual length of an activity's sessions: the most common of ``minutes`` (in date order;
    a tie goes to the latest), DEFAULT_MINUTES when there are none yet."""
    if not minutes:
        return DEFAULT_MINUTES
    counts = collections.Counter(minutes)
    latest = {m: i for i, m in enumerate(minutes)}
    return max(counts, key=lambda m: (counts[m], latest[m]))


def default_session_date(start_date: dt.date, end_date: dt.date | None, today: dt.date) -> dt.date:
    """The date a new session starts with: today, moved into the activity's period."""
    if today < start_date:
        return start_date
    return end_date if end_date is not None and today > end_date else today


@dataclasses.dataclass(frozen=True)
class DropIn:
    """What "Dagens träff" shows for one gathering on one day: its session that day (if already
    entered), the length and head-count to start from, and the gathering's regulars."""

    activity_id: int
    date: dt.date
    session_id: int | None
    minutes: int
    unregistered_count: int
    participants: list[ParticipantRecord]
    present: frozenset[int]


def drop_in_activities(db: Database, *, site_id: int, day: dt.date) -> list[activities.ActivityRecord]:
    """The site's activities running on ``day`` (an open-ended one runs on), meeting-place gatherings first."""
    started = activities.search_activities(db, site_id=site_id, end=day)
    running = [a for a in started if a.end_date is None or a.end_date >= day]
    return sorted(running, key=lambda a: a.kind_code != DROP_IN_KIND)


def drop_in(db: Database, activity_id: int, day: dt.date) -> DropIn:
    """The day's entry of a gathering as "Dagens träff" starts it: the day's session if there is one,
    else the usual length and no visitors."""
    grid = attendance.attendance_grid(db, activity_id)
    same_day = next((s for s in grid.sessions if s.date == day), None)
    return DropIn(
        activity_id=activity_id, date=day, session_id=same_day.id if same_day else None,
        minutes=same_day.minutes if same_day else usual_minutes([s.minutes for s in grid.sessions]),
        unregistered_count=same_day.unregistered_count if same_day else 0, participants=grid.participants,
        present=frozenset(p for p, s in grid.present if same_day and s == same_day.id))


def record_drop_in(db: Database, *, activity_id: int, date: dt.date, minutes: int, unregistered_count: int,
                   participant_ids=()) -> Session:
    """Store a day of a drop-in gathering in one step: its session on ``date`` (created, or the one
    already there), its length, the head-count of unregistered visitors and exactly which registered
    participants came. All or nothing, so entering the day again corrects it instead of doubling it."""
    _check_minutes(minutes)
    _check_unregistered(unregistered_count)
    with db.session() as session:
        activity = get_or_raise(session, Activity, activity_id, "activity")
        _check_date(activity, date)
        row = session.exec(select(Session).where(Session.activity_id == activity_id, Session.date == date)
                           .order_by(Session.id)).first()
        action = "update" if row is not None else "create"
        if row is None:
            row = Session(activity_id=activity_id, date=date, minutes=minutes, unregistered_count=unregistered_count)
        else:
            row.minutes, row.unregistered_count = minutes, unregistered_count
            touch(row)
        session.add(row)
        session.flush()
        mark_period(session, activity.site_id, date)
        audit(session, action, "session", row.id)
        attendance.set_session_attendance(session, activity, row, participant_ids)
        return row
