"""Which tables the site register replicates, and how their values travel.

One place names each replicated table, its value columns, the columns that refer to
another replicated row (sent as that row's uid, never the local integer id), how a
joining row's uid is derived, and which rows are about a person (purged on erasure).
Values travel as JSON: dates and times as ISO text, choices by their value.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import Date, DateTime, Enum, TypeDecorator

from healthcentre.data.models import (
    Activity, ActivityTargetGroup, Attendance, Enrolment, Participant, ParticipantTargetGroup, Session, Site,
    StudyCircle, TargetGroup,
)

CREATED, DELETED, ERASED, PURGED = "*", "-", "!", "~"
LIFE = (CREATED, DELETED)
AUDIT_COLUMNS = ("created_at", "created_by", "changed_at", "changed_by")
PERSONAL = ("display_name", "birth_year", "gender", "municipality_code", "consent_date", "first_organised_activity")


@dataclass(frozen=True)
class Entity:
    """A replicated table: ``parents`` maps a column to (parent entity, nullable)."""

    name: str
    model: type
    parents: dict[str, tuple[str, bool]] = field(default_factory=dict)
    derived_from: tuple[str, ...] | None = None  # columns whose values (parents as uids) make the uid
    person: str | None = None  # column naming the participant the row is about, purged on erasure

    @property
    def table(self):
        """The SQLAlchemy table."""
        return self.model.__table__

    @cached_property
    def fields(self) -> tuple[str, ...]:
        """The value columns: everything but the local id, the uid and the audit columns."""
        skip = {"uid", *AUDIT_COLUMNS}
        return tuple(c.name for c in self.table.columns if c.name not in skip and not _local_id(c))


def _local_id(column) -> bool:
    return column.primary_key and column.autoincrement in (True, "auto") and not column.foreign_keys \
        and column.name == "id"


ENTITIES: tuple[Entity, ...] = (
    Entity("site", Site),
    Entity("target_group", TargetGroup, {"site_id": ("site", True)}, derived_from=("code",)),
    Entity("participant", Participant, {"site_id": ("site", False)}, person="uid"),
    Entity("activity", Activity, {"site_id": ("site", False)}),
    Entity("activity_target_group", ActivityTargetGroup,
           {"activity_id": ("activity", False), "target_group_id": ("target_group", False)},
           derived_from=("activity_id", "target_group_id")),
    Entity("session", Session, {"activity_id": ("activity", False)}),
    Entity("participant_target_group", ParticipantTargetGroup,
           {"participant_id": ("participant", False), "target_group_id": ("target_group", False)},
           derived_from=("participant_id", "target_group_id"), person="participant_id"),
    Entity("enrolment", Enrolment, {"activity_id": ("activity", False), "participant_id": ("participant", False)},
           derived_from=("activity_id", "participant_id")),
    Entity("attendance", Attendance, {"session_id": ("session", False), "participant_id": ("participant", False)},
           derived_from=("session_id", "participant_id")),
    Entity("study_circle", StudyCircle, {"activity_id": ("activity", False), "leader_participant_id": ("participant", True)},
           derived_from=("activity_id",)),
)
BY_NAME = {entity.name: entity for entity in ENTITIES}
BY_TABLE = {entity.table.name: entity for entity in ENTITIES}
BY_MODEL = {entity.model: entity for entity in ENTITIES}
ORDER = {entity.name: index for index, entity in enumerate(ENTITIES)}


def encode(entity: Entity, column: str, value):
    """A column's Python value as JSON-able data."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def decode(entity: Entity, column: str, value):
    """JSON data back to the column's Python value (None stays None)."""
    if value is None:
        return None
    kind = entity.table.c[column].type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    return value
