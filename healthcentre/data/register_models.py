"""The site register's own bookkeeping tables: this laptop as a device, its clock, the change log.

The change log holds every change to a replicated row, this laptop's and the others', each
stamped with a hybrid logical clock and keyed by (origin, seq). Rows are named by their
stable ``uid``, never by their local integer id. Nothing here is sent to the county.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel

from healthcentre.data.models import utcnow


class RegisterDevice(SQLModel, table=True):
    """This laptop (``is_self``) and every other laptop of the site heard of, by origin id."""

    __tablename__ = "register_device"

    origin: str = Field(primary_key=True, max_length=32)
    name: str = Field(default="", max_length=120)
    is_self: bool = Field(default=False)


class RegisterClock(SQLModel, table=True):
    """The hybrid logical clock's state: the highest physical milliseconds and counter used."""

    __tablename__ = "register_clock"

    id: int = Field(default=1, primary_key=True)
    wall_ms: int = 0
    counter: int = 0


class RegisterChange(SQLModel, table=True):
    """One change of one field of one replicated row (``*``: created, ``-``: deleted, ``!``: erased)."""

    __tablename__ = "register_change"
    __table_args__ = (Index("ix_register_change_row", "entity", "row_uid"),
                      Index("ix_register_change_person", "person_uid"))

    origin: str = Field(primary_key=True, max_length=32)
    seq: int = Field(primary_key=True)
    hlc: str = Field(max_length=24)
    entity: str = Field(max_length=32)
    row_uid: str = Field(max_length=32)
    field: str = Field(max_length=64)
    value: str = Field(sa_column=Column(Text, nullable=False))
    person_uid: str | None = Field(default=None, max_length=32)
    seen: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class RegisterVector(SQLModel, table=True):
    """The highest seq applied (or made, for this laptop) per origin: the version vector."""

    __tablename__ = "register_vector"

    origin: str = Field(primary_key=True, max_length=32)
    seq: int = 0


class RegisterTombstone(SQLModel, table=True):
    """A participant erased on some laptop of the site: nothing about them may come back."""

    __tablename__ = "register_tombstone"

    person_uid: str = Field(primary_key=True, max_length=32)
    erased_at: str = Field(max_length=40)


class RegisterPending(SQLModel, table=True):
    """A row whose change arrived before the row it refers to; it is made when that one arrives."""

    __tablename__ = "register_pending"

    entity: str = Field(primary_key=True, max_length=32)
    row_uid: str = Field(primary_key=True, max_length=32)


class RegisterHeld(SQLModel, table=True):
    """A change set from a newer version of the app, kept unapplied until this one is updated."""

    __tablename__ = "register_held"

    digest: str = Field(primary_key=True, max_length=64)
    schema_version: int
    data: str = Field(sa_column=Column(Text, nullable=False))
    received_at: dt.datetime = Field(default_factory=utcnow)


class RegisterConflict(SQLModel, table=True):
    """A change that could not be kept as made: attendance added to a session another laptop deleted."""

    __tablename__ = "register_conflict"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)
    row_uid: str = Field(max_length=32, description="the attendance that was lost")
    cause_origin: str = Field(max_length=32)
    cause_seq: int
    detail: str = Field(sa_column=Column(Text, nullable=False))
    found_at: dt.datetime = Field(default_factory=utcnow)
    resolved_at: dt.datetime | None = None
    resolution: str | None = Field(default=None, max_length=32)
