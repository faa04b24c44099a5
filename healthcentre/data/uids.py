"""Stable global ids of the register's rows, the same on every laptop of a site.

Most rows get a random id when created. Rows whose identity is a pair of other rows (a
participant at a session, on an activity's list, in a target group; a circle of an
activity) and target groups (keyed by their code) get an id derived from what they join,
so the same fact typed on two laptops is one row, not two.
"""

from __future__ import annotations

import uuid

_NAMESPACE = uuid.UUID("6f0b6c1e-3a6e-4f4b-9a43-2f5d8c1b7e10")

# SQLite's own random hex id, the column default for rows inserted without one.
SQL_RANDOM_UID = "(lower(hex(randomblob(16))))"


def new_uid() -> str:
    """A random id (uuid4 as 32 hex digits)."""
    return uuid.uuid4().hex


def derived_uid(kind: str, *parts: str) -> str:
    """The id of a row identified by ``parts`` (uuid5 as 32 hex digits): the same everywhere."""
    return uuid.uuid5(_NAMESPACE, "|".join((kind, *parts))).hex
