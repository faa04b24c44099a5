"""Counts of what the register holds, for `healthcentre info` and the overview."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import select

from healthcentre.data.database import Database
from healthcentre.data.models import Activity, Attendance, Participant, Session, Site, StudyCircle


def register_counts(db: Database) -> dict[str, int]:
    """Rows per main entity (Swedish labels, as shown by `healthcentre info`)."""
    queries = {
        "Verksamheter": select(func.count(Site.id)),
        "Aktiviteter": select(func.count(Activity.id)),
        "Studiecirklar": select(func.count(StudyCircle.activity_id)),
        "Tillfällen": select(func.count(Session.id)),
        "Deltagare": select(func.count(Participant.id)).where(Participant.erased_at.is_(None)),
        "Glömda deltagare": select(func.count(Participant.id)).where(Participant.erased_at.is_not(None)),
        "Närvaro": select(func.count(Attendance.id)),
        "Oregistrerade besök": select(func.coalesce(func.sum(Session.unregistered_count), 0)),
    }
    with db.session() as session:
        return {label: session.exec(query).one() for label, query in queries.items()}
