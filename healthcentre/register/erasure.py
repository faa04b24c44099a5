"""Erasure wins: once a participant is erased on any laptop, nothing about them comes back.

An erasure leaves a tombstone and purges the log: the person's row keeps only what the
erased row holds (site, registration date, when erased), every other change of their
fields and every target-group link of theirs becomes a purged placeholder (its seq kept,
so change sets stay contiguous). A change about an erased person that arrives later, from
an old change set or a snapshot, is redacted the same way before it is stored.
"""

from __future__ import annotations

import json

from sqlalchemy import text

from healthcentre.register.entities import CREATED, DELETED, ERASED, PERSONAL, PURGED
from healthcentre.register.store import Change, row_changes

_LINKS = "participant_target_group"
_KEEP = (CREATED, DELETED, ERASED)


def _redacted_row(value: str, erased_at: str) -> str:
    row = json.loads(value)
    row.update({name: None for name in PERSONAL}, erased_at=erased_at)
    return json.dumps(row, sort_keys=True)


def _placeholder(change: Change) -> Change:
    return Change(change.origin, change.seq, change.hlc, change.entity, change.row_uid, PURGED, "null")


def redact(change: Change, tombstones: dict[str, str]) -> Change:
    """``change`` as it may be kept given the erased participants ``tombstones`` (uid → erased at)."""
    person = change.person_uid
    if person not in tombstones:
        return change
    if change.entity == _LINKS:
        return _placeholder(change)
    if change.entity == "participant" and change.field == CREATED:
        return Change(change.origin, change.seq, change.hlc, change.entity, change.row_uid, CREATED,
                      _redacted_row(change.value, tombstones[person]), person)
    if change.entity == "participant" and change.field not in _KEEP:
        return _placeholder(change)
    return change


def erase(connection, person_uid: str, erased_at: str) -> str:
    """Record the tombstone and purge the log of the person; returns when they were first erased."""
    erased_at, _ = erase_rows(connection, person_uid, erased_at)
    return erased_at


def erase_rows(connection, person_uid: str, erased_at: str) -> tuple[str, list[tuple[str, str]]]:
    """``erase``, also returning the rows to recompute."""
    connection.execute(text("INSERT INTO register_tombstone (person_uid, erased_at) VALUES (:p, :a) ON CONFLICT"
                            " (person_uid) DO UPDATE SET erased_at = min(erased_at, excluded.erased_at)"),
                       {"p": person_uid, "a": erased_at})
    erased_at = connection.execute(text("SELECT erased_at FROM register_tombstone WHERE person_uid = :p"),
                                   {"p": person_uid}).scalar_one()
    tombstones = {person_uid: erased_at}
    for change in row_changes(connection, "participant", person_uid):
        kept = redact(change, tombstones)
        if kept != change:
            _overwrite(connection, kept)
    links = connection.execute(text("SELECT DISTINCT row_uid FROM register_change WHERE entity = :e"
                                    " AND person_uid = :p"), {"e": _LINKS, "p": person_uid}).scalars().all()
    connection.execute(text("UPDATE register_change SET field = :f, value = 'null', person_uid = NULL, seen = NULL"
                            " WHERE entity = :e AND person_uid = :p"), {"f": PURGED, "e": _LINKS, "p": person_uid})
    return erased_at, [("participant", person_uid), *((_LINKS, uid) for uid in links)]


def _overwrite(connection, change: Change) -> None:
    connection.execute(text("UPDATE register_change SET field = :field, value = :value, person_uid = :person_uid,"
                            " seen = :seen WHERE origin = :origin AND seq = :seq"), change.__dict__)
