"""Reading and writing the register's bookkeeping tables on one connection (inside a transaction)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import text


@dataclass(frozen=True)
class Change:
    """One row of the change log, as it travels in a change set."""

    origin: str
    seq: int
    hlc: str
    entity: str
    row_uid: str
    field: str
    value: str  # JSON text
    person_uid: str | None = None
    seen: str | None = None  # JSON version vector, on deletions: what the deleting laptop had seen

    def as_list(self) -> list:
        """The change as a JSON list (the change set's form)."""
        return [self.origin, self.seq, self.hlc, self.entity, self.row_uid, self.field, self.value,
                self.person_uid, self.seen]

    @property
    def order(self) -> tuple[str, str]:
        """The last-writer-wins order: stamp, then origin."""
        return (self.hlc, self.origin)


_COLUMNS = "origin, seq, hlc, entity, row_uid, field, value, person_uid, seen"


def self_origin(connection) -> str:
    """This laptop's origin id."""
    return connection.execute(text("SELECT origin FROM register_device WHERE is_self = 1")).scalar_one()


def device_names(connection) -> dict[str, str]:
    """Every known laptop's name by origin."""
    return dict(connection.execute(text("SELECT origin, name FROM register_device")).all())


def remember_device(connection, origin: str, name: str) -> None:
    """Note another laptop's name (kept when already known)."""
    connection.execute(text("INSERT OR IGNORE INTO register_device (origin, name, is_self) VALUES (:o, :n, 0)"),
                       {"o": origin, "n": name[:120]})


def vector(connection) -> dict[str, int]:
    """The version vector: highest seq per origin."""
    return dict(connection.execute(text("SELECT origin, seq FROM register_vector")).all())


def set_seq(connection, origin: str, seq: int) -> None:
    """Raise ``origin``'s entry of the vector to ``seq``."""
    connection.execute(text("INSERT INTO register_vector (origin, seq) VALUES (:o, :s) ON CONFLICT(origin)"
                            " DO UPDATE SET seq = max(seq, excluded.seq)"), {"o": origin, "s": seq})


def add_change(connection, change: Change) -> bool:
    """Store a change unless one with its (origin, seq) is there; returns whether it was new."""
    result = connection.execute(
        text(f"INSERT OR IGNORE INTO register_change ({_COLUMNS}) VALUES (:origin, :seq, :hlc, :entity, :row_uid,"
             " :field, :value, :person_uid, :seen)"), change.__dict__)
    return result.rowcount == 1


def add_changes(connection, changes: list[Change]) -> None:
    """Store this laptop's new changes in one statement (straight to the driver: a whole register may
    go into the log at once when sharing starts)."""
    if changes:
        connection.exec_driver_sql(f"INSERT OR IGNORE INTO register_change ({_COLUMNS}) VALUES"
                                   " (?, ?, ?, ?, ?, ?, ?, ?, ?)", [tuple(change.as_list()) for change in changes])


def _changes(rows) -> list[Change]:
    return [Change(*row) for row in rows]


def row_changes(connection, entity: str, row_uid: str) -> list[Change]:
    """Every change kept about one row."""
    return _changes(connection.execute(text(f"SELECT {_COLUMNS} FROM register_change WHERE entity = :e"
                                            " AND row_uid = :u"), {"e": entity, "u": row_uid}).all())


def rows_changes(connection, entity: str, row_uids: list[str]) -> list[Change]:
    """Every change kept about the rows ``row_uids`` of one entity (a chunk of at most a few thousand)."""
    marks = ", ".join(f":u{n}" for n in range(len(row_uids)))
    params = {"e": entity, **{f"u{n}": uid for n, uid in enumerate(row_uids)}}
    return _changes(connection.execute(text(f"SELECT {_COLUMNS} FROM register_change WHERE entity = :e"
                                            f" AND row_uid IN ({marks})"), params).all())


def changes_from(connection, origin: str, after_seq: int) -> list[Change]:
    """``origin``'s changes with seq above ``after_seq``, in seq order."""
    return _changes(connection.execute(text(f"SELECT {_COLUMNS} FROM register_change WHERE origin = :o"
                                            " AND seq > :s ORDER BY seq"), {"o": origin, "s": after_seq}).all())


def all_changes(connection) -> list[Change]:
    """The whole change log (a snapshot's content)."""
    return _changes(connection.execute(text(f"SELECT {_COLUMNS} FROM register_change ORDER BY origin, seq")).all())


def tombstones(connection) -> dict[str, str]:
    """Erased participants' uids with when they were erased."""
    return dict(connection.execute(text("SELECT person_uid, erased_at FROM register_tombstone")).all())


def is_erased(connection, person_uid: str | None) -> bool:
    """Whether the participant ``person_uid`` was erased on some laptop."""
    if person_uid is None:
        return False
    return connection.execute(text("SELECT 1 FROM register_tombstone WHERE person_uid = :p"),
                              {"p": person_uid}).first() is not None


def seen_vector(change: Change) -> dict[str, int]:
    """What the laptop making ``change`` had seen (empty when not recorded)."""
    return json.loads(change.seen) if change.seen else {}
