"""Read access to the county catalogues: municipalities, activity kinds, study associations."""

from __future__ import annotations

from sqlmodel import select

from healthcentre.data.database import Database
from healthcentre.data.models import ActivityKind, Municipality, StudyAssociation


def list_municipalities(db: Database) -> list[Municipality]:
    """The county's municipalities, by name."""
    with db.session() as session:
        return list(session.exec(select(Municipality).order_by(Municipality.name)))


def list_activity_kinds(db: Database) -> list[ActivityKind]:
    """Activity kinds in their catalogue order."""
    with db.session() as session:
        return list(session.exec(select(ActivityKind).order_by(ActivityKind.sort_order)))


def list_study_associations(db: Database) -> list[StudyAssociation]:
    """The study associations a circle can be run with, by name."""
    with db.session() as session:
        return list(session.exec(select(StudyAssociation).order_by(StudyAssociation.name)))
