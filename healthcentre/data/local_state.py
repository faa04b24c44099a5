"""The laptop's small key-value state (the ``setting`` table): the one module that reads and writes it.

Keys are grouped by a prefix (``county.`` for the sync status, ``share.`` for the shared
register, ``import.`` for remembered import mappings); nothing here is ever sent anywhere.
"""

from __future__ import annotations

from sqlmodel import select

from healthcentre.data.database import Database
from healthcentre.data.models import Setting, os_user, utcnow


def read_values(db: Database, prefix: str) -> dict[str, str]:
    """Every value whose key starts with ``prefix``, keyed without the prefix."""
    with db.session() as session:
        rows = session.exec(select(Setting).where(Setting.key.startswith(prefix, autoescape=True)))
        return {row.key.removeprefix(prefix): row.value for row in rows}


def read_value(db: Database, key: str) -> str | None:
    """The value kept under ``key``, or None."""
    with db.session() as session:
        row = session.get(Setting, key)
        return None if row is None else row.value


def write_values(db: Database, prefix: str, values: dict[str, str | None]) -> None:
    """Set ``prefix + name`` to each value in one transaction; None removes the key."""
    with db.session() as session:
        for name, value in values.items():
            key = prefix + name
            row = session.get(Setting, key)
            if value is None:
                if row is not None:
                    session.delete(row)
                continue
            row = row or Setting(key=key, value=value)
            row.value, row.changed_at, row.changed_by = value, utcnow(), os_user()
            session.add(row)
