"""The activity's list of participants (enrolment) and attendance at its sessions."""

from __future__ import annotations

import dataclasses

from sqlalchemy import delete, func
from sqlmodel import select

from healthcentre.data.database import Database
from healthcentre.data.models import Activity, Attendance, Enrolment, Participant, Session
from healthcentre.errors import ValidationError
from healthcentre.services._common import audit, get_or_raise, mark_period
from healthcentre.services.participant_search import participant_records
from healthcentre.services.participants import ParticipantRecord


@dataclasses.dataclass(frozen=True)
class AttendanceGrid:
    """Participants × sessions of one activity, and who was present when."""

    participants: list[ParticipantRecord]
    sessions: list[Session]
    present: frozenset[tuple[int, int]]  # (participant_id, session_id)


def _enrol(session, activity_id: int, participant_id: int) -> None:
    exists = session.exec(select(Enrolment.id).where(Enrolment.activity_id == activity_id,
                                                     Enrolment.participant_id == participant_id)).first()
    if exists is None:
        session.add(Enrolment(activity_id=activity_id, participant_id=participant_id))


def enrol(db: Database, *, activity_id: int, participant_id: int) -> None:
    """Put a participant on the activity's list (a row of its attendance check-list)."""
    with db.session() as session:
        get_or_raise(session, Activity, activity_id, "activity")
        get_or_raise(session, Participant, participant_id, "participant")
        _enrol(session, activity_id, participant_id)
        audit(session, "create", "enrolment", f"{activity_id}:{participant_id}")


def unenrol(db: Database, *, activity_id: int, participant_id: int) -> None:
    """Take a participant off the activity's list, with their attendance at its sessions."""
    with db.session() as session:
        activity = get_or_raise(session, Activity, activity_id, "activity")
        sessions = list(session.exec(select(Session).where(Session.activity_id == activity_id)))
        for row in sessions:
            mark_period(session, activity.site_id, row.date)
        session.exec(delete(Attendance).where(Attendance.participant_id == participant_id,
                                              Attendance.session_id.in_([s.id for s in sessions])))
        session.exec(delete(Enrolment).where(Enrolment.activity_id == activity_id,
                                             Enrolment.participant_id == participant_id))
        audit(session, "delete", "enrolment", f"{activity_id}:{participant_id}")


def enrolled_ids(db: Database, activity_id: int) -> list[int]:
    """Ids of the participants on the activity's list, by name."""
    with db.session() as session:
        return list(session.exec(
            select(Enrolment.participant_id).join(Participant, Participant.id == Enrolment.participant_id)
            .where(Enrolment.activity_id == activity_id).order_by(Participant.display_name, Participant.id)
        ))


def record_attendance(db: Database, *, activity_id: int, session_id: int, participant_id: int) -> Attendance:
    """Register that a participant was present at a session of this activity (enrolling them if needed)."""
    with db.session() as session:
        activity, row = _session_of(session, activity_id, session_id)
        get_or_raise(session, Participant, participant_id, "participant")
        exists = session.exec(select(Attendance.id).where(Attendance.session_id == session_id,
                                                          Attendance.participant_id == participant_id)).first()
        if exists is not None:
            raise ValidationError("attendance_duplicate", field="participant_id")
        _enrol(session, activity_id, participant_id)
        attendance = Attendance(session_id=session_id, participant_id=participant_id)
        session.add(attendance)
        session.flush()
        mark_period(session, activity.site_id, row.date)
        audit(session, "create", "attendance", attendance.id)
        return attendance


def remove_attendance(db: Database, *, session_id: int, participant_id: int) -> None:
    """Register that a participant was not present after all."""
    with db.session() as session:
        row = get_or_raise(session, Session, session_id, "session")
        activity = session.get(Activity, row.activity_id)
        session.exec(delete(Attendance).where(Attendance.session_id == session_id,
                                              Attendance.participant_id == participant_id))
        mark_period(session, activity.site_id, row.date)
        audit(session, "delete", "attendance", f"{session_id}:{participant_id}")


def set_attendance(db: Database, *, activity_id: int, session_id: int, participant_id: int, present: bool) -> None:
    """Tick or untick one box of the check-list; doing what is already done is harmless."""
    if present:
        try:
            record_attendance(db, activity_id=activity_id, session_id=session_id, participant_id=participant_id)
        except ValidationError as exc:
            if exc.code != "attendance_duplicate":
                raise
    else:
        remove_attendance(db, session_id=session_id, participant_id=participant_id)


def _set_present_ids(session, activity: Activity, row: Session, participant_ids, present: bool) -> list[int]:
    """Make each of ``participant_ids`` present (or absent) at ``row``; returns the ids that changed."""
    wanted = set(participant_ids)
    for participant_id in wanted:
        get_or_raise(session, Participant, participant_id, "participant")
    already = set(session.exec(select(Attendance.participant_id).where(Attendance.session_id == row.id)))
    changing = sorted(wanted - already if present else wanted & already)
    if not changing:
        return []
    if present:
        for participant_id in changing:
            _enrol(session, activity.id, participant_id)
            session.add(Attendance(session_id=row.id, participant_id=participant_id))
    else:
        session.exec(delete(Attendance).where(Attendance.session_id == row.id,
                                              Attendance.participant_id.in_(changing)))
    mark_period(session, activity.site_id, row.date)
    for participant_id in changing:
        audit(session, "create" if present else "delete", "attendance", f"{row.id}:{participant_id}")
    return changing


def _session_of(session, activity_id: int, session_id: int) -> tuple[Activity, Session]:
    activity = get_or_raise(session, Activity, activity_id, "activity")
    row = get_or_raise(session, Session, session_id, "session")
    if row.activity_id != activity_id:
        raise ValidationError("attendance_wrong_activity", field="session_id")
    return activity, row


def set_all_present(db: Database, *, activity_id: int, session_id: int, present: bool) -> list[int]:
    """Tick ("Markera alla") or untick every participant on the activity's list at one session,
    in one transaction; returns the ids whose box changed (what an undo gives back)."""
    with db.session() as session:
        activity, row = _session_of(session, activity_id, session_id)
        enrolled = session.exec(select(Enrolment.participant_id).where(Enrolment.activity_id == activity_id))
        return _set_present_ids(session, activity, row, list(enrolled), present)


def set_present_many(db: Database, *, activity_id: int, session_id: int, participant_ids, present: bool) -> list[int]:
    """Tick (or untick) several participants at one session in one transaction (enrolling those
    ticked); returns the ids that changed. Undoing "Markera alla" is this with the ids it changed."""
    with db.session() as session:
        activity, row = _session_of(session, activity_id, session_id)
        return _set_present_ids(session, activity, row, participant_ids, present)


def set_session_attendance(session, activity: Activity, row: Session, participant_ids) -> None:
    """Inside an open transaction: exactly ``participant_ids`` were present at ``row``."""
    wanted = set(participant_ids)
    others = set(session.exec(select(Attendance.participant_id).where(Attendance.session_id == row.id))) - wanted
    _set_present_ids(session, activity, row, others, False)
    _set_present_ids(session, activity, row, wanted, True)


def session_attendance(db: Database, session_id: int) -> list[int]:
    """Ids of the participants present at a session."""
    with db.session() as session:
        return list(session.exec(select(Attendance.participant_id).where(Attendance.session_id == session_id)))


def attendance_grid(db: Database, activity_id: int) -> AttendanceGrid:
    """Everything the attendance grid of one activity shows, read in one go."""
    with db.session() as session:
        get_or_raise(session, Activity, activity_id, "activity")
        sessions = list(session.exec(select(Session).where(Session.activity_id == activity_id)
                                     .order_by(Session.date, Session.id)))
        present = frozenset(session.exec(
            select(Attendance.participant_id, Attendance.session_id).join(Session)
            .where(Session.activity_id == activity_id)
        ).all())
    ids = enrolled_ids(db, activity_id)
    return AttendanceGrid(participants=participant_records(db, ids), sessions=sessions,
                          present=frozenset((p, s) for p, s in present))


def present_counts(db: Database, activity_ids: list[int]) -> dict[int, int]:
    """How many registered participants were present at each session of the activities (by session id)."""
    if not activity_ids:
        return {}
    with db.session() as session:
        rows = session.exec(
            select(Attendance.session_id, func.count(Attendance.id)).join(Session)
            .where(Session.activity_id.in_(list(activity_ids))).group_by(Attendance.session_id)
        )
        return {session_id: count for session_id, count in rows}
