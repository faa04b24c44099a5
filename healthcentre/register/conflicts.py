"""Conflicts the merge cannot settle alone: attendance added to a session another laptop deleted.

The deletion wins (the session and its attendance are gone on every laptop), but the
attendance was added by a laptop that had not seen the deletion, so it is listed in
``register_conflict`` for staff to look at, never silently lost. Every laptop that holds
both changes lists the same conflict, keyed by the attendance and the deletion.
"""

from __future__ import annotations

import json

from sqlalchemy import select, text

from healthcentre.data.models import Activity, Attendance, Session, utcnow
from healthcentre.register.entities import CREATED, LIFE
from healthcentre.register.store import Change, row_changes, seen_vector

ATTENDANCE_LOST = "attendance_lost"


def _concurrent(made: Change, deletion: Change) -> bool:
    return seen_vector(deletion).get(made.origin, 0) < made.seq


def _note(connection, made: Change, deletion: Change) -> None:
    values = json.loads(made.value)
    session_values = _created_values(connection, "session", values.get("session_id"))
    detail = {"session": values.get("session_id"), "participant": values.get("participant_id"),
              "date": session_values.get("date"), "deleted": deletion.entity}
    connection.execute(text(
        "INSERT OR IGNORE INTO register_conflict (kind, row_uid, cause_origin, cause_seq, detail, found_at)"
        " VALUES (:k, :u, :o, :s, :d, :at)"),
        {"k": ATTENDANCE_LOST, "u": made.row_uid, "o": deletion.origin, "s": deletion.seq,
         "d": json.dumps(detail, sort_keys=True), "at": utcnow()})


def _created_values(connection, entity_name: str, row_uid: str | None) -> dict:
    if row_uid is None:
        return {}
    born = [change for change in row_changes(connection, entity_name, row_uid) if change.field == CREATED]
    return json.loads(max(born, key=lambda change: change.order).value) if born else {}


def _latest_creation(connection, row_uid: str) -> Change | None:
    life = [change for change in row_changes(connection, "attendance", row_uid) if change.field in LIFE]
    latest = max(life, key=lambda change: change.order) if life else None
    return latest if latest is not None and latest.field == CREATED else None


def note_if_concurrent(connection, entity_name: str, made: Change, deletion: Change) -> None:
    """Attendance ``made`` whose session is gone through ``deletion``: a conflict if made unseen."""
    if entity_name == "attendance" and made.field == CREATED and _concurrent(made, deletion):
        _note(connection, made, deletion)


def note_lost_attendance(connection, entity_name: str, row_uid: str, deletion: Change) -> None:
    """Before a session or activity goes by another laptop's ``deletion``: note attendance it had not seen."""
    if entity_name == "session":
        where = Session.uid == row_uid
    elif entity_name == "activity":
        where = Session.activity_id == select(Activity.id).where(Activity.uid == row_uid).scalar_subquery()
    else:
        return
    query = select(Attendance.uid).join(Session, Session.id == Attendance.session_id).where(where)
    for attendance_uid in connection.execute(query).scalars().all():
        made = _latest_creation(connection, attendance_uid)
        if made is not None and _concurrent(made, deletion):
            _note(connection, made, deletion)
