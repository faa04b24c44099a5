"""A replicated row made from its changes: the same set of changes gives the same row on every laptop.

The row exists if its latest creation or deletion (by stamp, then origin) is a creation;
its fields are that creation's values overlaid by each field's latest later change; an
erased person's row keeps only what erasure leaves. A row whose parent is not here yet
waits (``register_pending``); a row whose parent was deleted is gone, and attendance a
laptop added without having seen the deletion is listed as a conflict (``conflicts``).
"""

from __future__ import annotations

import json

from sqlalchemy import delete, insert, literal, select, text, update

from healthcentre.data.models import utcnow
from healthcentre.register import conflicts
from healthcentre.register.entities import BY_NAME, DELETED, LIFE, PERSONAL, PURGED, ERASED, Entity, decode
from healthcentre.register.store import Change, device_names, row_changes, rows_changes, tombstones

_WAITING, _GONE, _INSERTING = object(), object(), object()


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


class Context:
    """What recomputing many rows in one transaction reads once: tombstones, laptop names, local ids,
    and (``prefetch``) the changes and ids of the rows about to be recomputed, ``CHUNK`` rows at a time.
    New rows are inserted in batches (``flush``): before anything reads the tables again."""

    CHUNK = 2000

    def __init__(self, connection) -> None:
        self.connection = connection
        self.erased = tombstones(connection)
        self.devices = device_names(connection)
        self._ids: dict[tuple[str, str], int | None] = {}
        self._changes: dict[tuple[str, str], list[Change]] = {}
        self._inserts: dict[str, list[dict]] = {}

    def prefetch(self, entity_name: str, row_uids: list[str]) -> None:
        """Read the changes and local ids of ``row_uids`` (rows of one entity, at most ``CHUNK``)."""
        for uid in row_uids:
            self._changes[(entity_name, uid)] = []
        for change in rows_changes(self.connection, entity_name, row_uids):
            self._changes[(entity_name, change.row_uid)].append(change)
        self._read_ids(entity_name, row_uids)

    def _read_ids(self, entity_name: str, row_uids: list[str]) -> None:
        table = BY_NAME[entity_name].table
        local = table.c.id if "id" in table.c else literal(1)
        found = dict(self.connection.execute(select(table.c.uid, local).where(table.c.uid.in_(row_uids))).all())
        self._ids.update(((entity_name, uid), found.get(uid)) for uid in row_uids)

    def changes(self, entity_name: str, row_uid: str) -> list[Change]:
        """The changes kept about one row (prefetched ones are used once and let go)."""
        found = self._changes.pop((entity_name, row_uid), None)
        return found if found is not None else row_changes(self.connection, entity_name, row_uid)

    def local_id(self, entity_name: str, row_uid: str):
        """The local integer id of the row with ``row_uid``, or None."""
        key = (entity_name, row_uid)
        if self._inserts.get(entity_name) and self._ids.get(key, 0) is _INSERTING:
            self.flush()
        if key not in self._ids:
            self._read_ids(entity_name, [row_uid])
        return self._ids[key]

    def insert(self, entity_name: str, row_uid: str, values: dict) -> None:
        """Queue a new row (inserted at the next ``flush``)."""
        self._inserts.setdefault(entity_name, []).append(values)
        self._ids[(entity_name, row_uid)] = _INSERTING

    def flush(self) -> None:
        """Insert the queued rows, one statement per table, and learn their local ids."""
        inserts, self._inserts = self._inserts, {}
        for entity_name, rows in inserts.items():
            self.connection.execute(insert(BY_NAME[entity_name].table), rows)
            uids = [row["uid"] for row in rows]
            for start in range(0, len(uids), self.CHUNK):
                self._read_ids(entity_name, uids[start:start + self.CHUNK])

    def deleted(self, entity_name: str, row_uid: str) -> None:
        """Forget the local ids known so far (a deletion cascades to rows below it), this row's too."""
        self._ids.clear()
        self._ids[(entity_name, row_uid)] = None


def killer(context: Context, entity_name: str, row_uid: str, depth: int = 0) -> Change | None:
    """The deletion that ended this row or a non-nullable ancestor of it, if any."""
    changes = row_changes(context.connection, entity_name, row_uid)
    last = _latest_life(changes)
    if last is None or depth > 4:
        return None
    if last.field == DELETED:
        return last
    entity = BY_NAME[entity_name]
    values = json.loads(last.value)
    for column, (parent, nullable) in entity.parents.items():
        if not nullable and values.get(column):
            found = killer(context, parent, values[column], depth + 1)
            if found is not None:
                return found
    return None


def _resolve(context: Context, entity: Entity, values: dict, born: Change):
    """The row's columns with parents as local ids; ``_WAITING`` or ``_GONE`` when a parent is missing."""
    row = {}
    for column in entity.fields:
        value = values.get(column)
        if column in entity.parents and value is not None:
            parent, nullable = entity.parents[column]
            found = context.local_id(parent, value)
            if found is None:
                cause = killer(context, parent, value)
                if cause is None:
                    return _WAITING
                if not nullable:
                    conflicts.note_if_concurrent(context.connection, entity.name, born, cause)
                    return _GONE
            value = found
        else:
            value = decode(entity, column, value)
        row[column] = value
    return row


def recompute(context: Context, entity_name: str, row_uid: str) -> bool:
    """Bring the local row in line with its changes; returns False when it must wait for a parent."""
    connection, entity = context.connection, BY_NAME[entity_name]
    changes = context.changes(entity_name, row_uid)
    born = _latest_life(changes)
    if born is None and not any(change.field == PURGED for change in changes):
        return True  # a row from before the register, never created through it: left as it is
    if born is None or born.field == DELETED:
        if born is not None:
            conflicts.note_lost_attendance(connection, entity_name, row_uid, born)
        _delete(context, entity, row_uid)
        return True
    row = _resolve(context, entity, _values(entity, changes, born, context.erased), born)
    if row is _WAITING:
        connection.execute(text("INSERT OR IGNORE INTO register_pending (entity, row_uid) VALUES (:e, :u)"),
                           {"e": entity_name, "u": row_uid})
        return False
    if row is _GONE:
        _delete(context, entity, row_uid)
        return True
    _upsert(context, entity, row_uid, row, context.devices.get(born.origin, born.origin))
    return True


def _delete(context: Context, entity: Entity, row_uid: str) -> None:
    context.flush()
    context.connection.execute(delete(entity.table).where(entity.table.c.uid == row_uid))
    context.deleted(entity.name, row_uid)


def _upsert(context: Context, entity: Entity, row_uid: str, row: dict, device: str) -> None:
    table = entity.table
    now, who = utcnow(), device[:64]
    audited = "changed_at" in table.c
    if context.local_id(entity.name, row_uid) is not None:
        stamps = {"changed_at": now, "changed_by": who} if audited else {}
        context.connection.execute(update(table).where(table.c.uid == row_uid).values(**row, **stamps))
    else:
        stamps = {"created_at": now, "created_by": who, "changed_at": now, "changed_by": who} if audited else {}
        context.insert(entity.name, row_uid, {**row, "uid": row_uid, **stamps})


def retry_pending(context: Context) -> None:
    """Make the rows that waited for a parent, as long as some of them can be made."""
    connection = context.connection
    while True:
        context.flush()
        waiting = connection.execute(text("SELECT entity, row_uid FROM register_pending")).all()
        made = 0
        for entity_name, row_uid in waiting:
            connection.execute(text("DELETE FROM register_pending WHERE entity = :e AND row_uid = :u"),
                               {"e": entity_name, "u": row_uid})
            made += recompute(context, entity_name, row_uid)
        if not made:
            return
