"""A replicated row made from its changes: the same set of changes gives the same row on every laptop.

The row exists if its latest creation or deletion (by stamp, then origin) is a creation;
its fields are that creation's values overlaid by each field's latest later change; an
erased person's row keeps only what erasure leaves. A row whose parent is not here yet
waits (``register_pending``); a row whose parent was deleted is gone, and attendance a
laptop added without having seen the deletion is listed as a conflict (``conflicts``).
"""

from __future__ import annotations

import json

from sqlalchemy import delete, insert, select, text, update

from healthcentre.data.models import utcnow
from healthcentre.register import conflicts
from healthcentre.register.entities import BY_NAME, DELETED, LIFE, PERSONAL, PURGED, ERASED, Entity, decode
from healthcentre.register.store import Change, device_names, row_changes, tombstones

_WAITING, _GONE = object(), object()


def _latest_life(changes: list[Change]) -> Change | None:
    life = [change for change in changes if change.field in LIFE]
    return max(life, key=lambda change: change.order) if life else None


def _values(entity: Entity, changes: list[Change], born: Change, erased: dict[str, str]) -> dict:
    values = json.loads(born.value)
    latest: dict[str, Change] = {}
    for change in changes:
        if change.field in (*LIFE, PURGED, ERASED) or change.order <= born.order:
            continue
        if change.field not in latest or change.order > latest[change.field].order:
            latest[change.field] = change
    values.update({name: json.loads(change.value) for name, change in latest.items()})
    if entity.name == "participant" and born.row_uid in erased:
        values.update({name: None for name in PERSONAL}, erased_at=erased[born.row_uid])
    return values


def killer(connection, entity_name: str, row_uid: str, depth: int = 0) -> Change | None:
    """The deletion that ended this row or a non-nullable ancestor of it, if any."""
    changes = row_changes(connection, entity_name, row_uid)
    last = _latest_life(changes)
    if last is None or depth > 4:
        return None
    if last.field == DELETED:
        return last
    entity = BY_NAME[entity_name]
    values = json.loads(last.value)
    for column, (parent, nullable) in entity.parents.items():
        if not nullable and values.get(column):
            found = killer(connection, parent, values[column], depth + 1)
            if found is not None:
                return found
    return None


def local_id(connection, entity_name: str, row_uid: str):
    """The local integer id of the row with ``row_uid``, or None."""
    table = BY_NAME[entity_name].table
    return connection.execute(select(table.c.id).where(table.c.uid == row_uid)).scalar()


def _resolve(connection, entity: Entity, values: dict, born: Change):
    """The row's columns with parents as local ids; ``_WAITING`` or ``_GONE`` when a parent is missing."""
    row = {}
    for column in entity.fields:
        value = values.get(column)
        if column in entity.parents and value is not None:
            parent, nullable = entity.parents[column]
            found = local_id(connection, parent, value)
            if found is None:
                cause = killer(connection, parent, value)
                if cause is None:
                    return _WAITING
                if not nullable:
                    conflicts.note_if_concurrent(connection, entity.name, born, cause)
                    return _GONE
            value = found
        else:
            value = decode(entity, column, value)
        row[column] = value
    return row


def recompute(connection, entity_name: str, row_uid: str) -> bool:
    """Bring the local row in line with its changes; returns False when it must wait for a parent."""
    entity = BY_NAME[entity_name]
    changes = row_changes(connection, entity_name, row_uid)
    born = _latest_life(changes)
    table = entity.table
    if born is None and not any(change.field == PURGED for change in changes):
        return True  # a row from before the register, never created through it: left as it is
    if born is None or born.field == DELETED:
        if born is not None:
            conflicts.note_lost_attendance(connection, entity_name, row_uid, born)
        connection.execute(delete(table).where(table.c.uid == row_uid))
        return True
    row = _resolve(connection, entity, _values(entity, changes, born, tombstones(connection)), born)
    if row is _WAITING:
        connection.execute(text("INSERT OR IGNORE INTO register_pending (entity, row_uid) VALUES (:e, :u)"),
                           {"e": entity_name, "u": row_uid})
        return False
    if row is _GONE:
        connection.execute(delete(table).where(table.c.uid == row_uid))
        return True
    _upsert(connection, entity, row_uid, row, device_names(connection).get(born.origin, born.origin))
    return True


def _upsert(connection, entity: Entity, row_uid: str, row: dict, device: str) -> None:
    table = entity.table
    now, who = utcnow(), device[:64]
    audited = "changed_at" in table.c
    exists = connection.execute(select(table.c.uid).where(table.c.uid == row_uid)).first() is not None
    if exists:
        stamps = {"changed_at": now, "changed_by": who} if audited else {}
        connection.execute(update(table).where(table.c.uid == row_uid).values(**row, **stamps))
    else:
        stamps = {"created_at": now, "created_by": who, "changed_at": now, "changed_by": who} if audited else {}
        connection.execute(insert(table).values(**row, uid=row_uid, **stamps))


def retry_pending(connection) -> None:
    """Make the rows that waited for a parent, as long as some of them can be made."""
    while True:
        waiting = connection.execute(text("SELECT entity, row_uid FROM register_pending")).all()
        made = 0
        for entity_name, row_uid in waiting:
            connection.execute(text("DELETE FROM register_pending WHERE entity = :e AND row_uid = :u"),
                               {"e": entity_name, "u": row_uid})
            made += recompute(connection, entity_name, row_uid)
        if not made:
            return
