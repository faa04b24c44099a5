"""Conflicts of the shared site register for staff: list them, mark one as seen to.

A conflict is attendance a laptop added to a session (or activity) another laptop deleted
meanwhile. The deletion stands on every laptop; the list says who was marked present on
which day, so staff can add the session again if it was deleted by mistake.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlmodel import select

from healthcentre.data.database import Database
from healthcentre.data.models import Participant, utcnow
from healthcentre.data.register_models import RegisterConflict
from healthcentre.errors import NotFoundError
from healthcentre.services._common import audit

RESOLUTIONS = ("seen", "session_added_again")


@dataclass(frozen=True)
class ConflictRecord:
    """One conflict as the window and the command line show it."""

    id: int
    kind: str
    session_date: str | None
    participant_id: int | None
    participant_name: str | None
    found_at: dt.datetime
    resolution: str | None


def list_conflicts(db: Database, *, include_resolved: bool = False) -> list[ConflictRecord]:
    """The register's conflicts, newest first (open ones only unless ``include_resolved``)."""
    with db.session() as session:
        query = select(RegisterConflict).order_by(RegisterConflict.found_at.desc(), RegisterConflict.id.desc())
        if not include_resolved:
            query = query.where(RegisterConflict.resolved_at.is_(None))
        records = []
        for conflict in session.exec(query):
            detail = json.loads(conflict.detail)
            person = session.exec(select(Participant).where(Participant.uid == detail.get("participant"))).first()
            records.append(ConflictRecord(conflict.id, conflict.kind, detail.get("date"),
                                          person.id if person else None, person.display_name if person else None,
                                          conflict.found_at, conflict.resolution))
        return records


def resolve_conflict(db: Database, conflict_id: int, resolution: str = "seen") -> None:
    """Mark a conflict as dealt with (``seen``, or ``session_added_again`` when staff re-created it)."""
    if resolution not in RESOLUTIONS:
        raise NotFoundError("unknown_code", label="resolution", code=resolution)
    with db.session() as session:
        conflict = session.get(RegisterConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise NotFoundError("register_conflict_unknown", id=conflict_id)
        conflict.resolved_at = utcnow()
        conflict.resolution = resolution
        session.add(conflict)
        audit(session, "update", "register_conflict", conflict_id, resolution)
