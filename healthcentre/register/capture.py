"""Capture: every change made through the services to a replicated row goes into the change log.

This is the one place changes are recorded: a session class whose flush events write the
log in the same transaction as the change (so a rolled-back service call leaves no trace,
and a committed one always has its log). ``install`` makes a database use it. Row inserts,
field updates and deletions come from the unit of work; bulk deletions (``delete(...)``
statements) are seen before they run. A database cascade needs no entry: every laptop
cascades the same way when the parent's deletion arrives.
"""

from __future__ import annotations

import json

from sqlalchemy import column as text_column, event, inspect, select, table as bare_table
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session as DbSession

from healthcentre.data.database import Database
from healthcentre.data.uids import derived_uid
from healthcentre.register import erasure
from healthcentre.register.clock import Clock
from healthcentre.register.entities import BY_MODEL, BY_TABLE, CREATED, DELETED, ERASED, PURGED, Entity, decode, encode
from healthcentre.register.store import Change, add_changes, is_erased, self_origin, set_seq, tombstones, vector

APPLYING = "register_applying"


class CapturingSession(DbSession):
    """A database session that records replicated changes in the change log as it flushes."""


def install(db: Database) -> Database:
    """Make every service call on ``db`` record its replicated changes; returns ``db``."""
    db.session_class = CapturingSession
    return db


class _Writer:
    """Appends this laptop's changes to the log within one flush (written in batches).

    ``bulk`` (putting a whole register into the log) reads the tombstones and the parents' uids
    once, table by table, instead of one look-up per row.
    """

    BATCH = 5000

    def __init__(self, connection, *, bulk: bool = False) -> None:
        self.connection = connection
        self.origin = self_origin(connection)
        self.vector = vector(connection)
        self.seq = self.vector.get(self.origin, 0)
        self.clock = Clock(connection)
        self.uids: dict[tuple[str, int], str] = {}
        self.loaded: set[str] = set()
        self.bulk = bulk
        self.erased = set(tombstones(connection)) if bulk else None
        self.buffer: list[Change] = []

    def parent_uid(self, entity: Entity, column: str, local_id) -> str | None:
        if local_id is None:
            return None
        parent = entity.parents[column][0]
        key = (parent, local_id)
        if key not in self.uids:
            table = BY_TABLE[parent].table
            if self.bulk and parent not in self.loaded:
                self.loaded.add(parent)
                self.uids.update(((parent, row_id), uid) for row_id, uid in
                                 self.connection.execute(select(table.c.id, table.c.uid)).all())
            if key not in self.uids:
                self.uids[key] = self.connection.execute(select(table.c.uid).where(table.c.id == local_id)).scalar()
        return self.uids[key]

    def value(self, entity: Entity, column: str, raw):
        if column in entity.parents:
            return self.parent_uid(entity, column, raw)
        return encode(entity, column, raw)

    def _erased(self, person: str) -> bool:
        return person in self.erased if self.erased is not None else is_erased(self.connection, person)

    def write(self, entity: Entity, row_uid: str, field: str, value, person: str | None, seen=None) -> None:
        self.seq += 1
        change = Change(self.origin, self.seq, self.clock.tick(), entity.name, row_uid, field,
                        json.dumps(value, sort_keys=True), person, json.dumps(seen, sort_keys=True) if seen else None)
        if person is not None and field != ERASED and self._erased(person):
            change = Change(change.origin, change.seq, change.hlc, change.entity, row_uid, PURGED, "null")
        self.buffer.append(change)
        if len(self.buffer) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the changes made so far to the log (before anything reads or purges it)."""
        add_changes(self.connection, self.buffer)
        self.buffer = []

    def person(self, entity: Entity, values: dict, row_uid: str) -> str | None:
        if entity.person is None:
            return None
        return row_uid if entity.person == "uid" else values.get(entity.person)

    def finish(self) -> None:
        self.flush()
        if self.seq != self.vector.get(self.origin, 0):
            set_seq(self.connection, self.origin, self.seq)
            self.clock.save()


def _fix_derived_uid(writer: _Writer, entity: Entity, obj, values: dict) -> str:
    if entity.derived_from is None:
        return obj.uid
    uid = derived_uid(entity.name, *(str(values[column]) for column in entity.derived_from))
    if uid != obj.uid:
        table = entity.table
        keys = [column for column in table.primary_key.columns]
        writer.connection.execute(table.update().where(*(c == getattr(obj, c.name) for c in keys)).values(uid=uid))
        set_committed_value(obj, "uid", uid)
    return uid


def _created(writer: _Writer, entity: Entity, obj) -> None:
    values = {column: writer.value(entity, column, getattr(obj, column)) for column in entity.fields}
    uid = _fix_derived_uid(writer, entity, obj, values)
    writer.write(entity, uid, CREATED, values, writer.person(entity, values, uid))


def _updated(writer: _Writer, entity: Entity, obj) -> None:
    state = inspect(obj)
    changed = {column: getattr(obj, column) for column in entity.fields
               if state.attrs[column].history.has_changes()
               and list(state.attrs[column].history.added) != list(state.attrs[column].history.deleted)}
    if not changed:
        return
    if entity.name == "participant" and changed.get("erased_at") is not None:
        erased_at = encode(entity, "erased_at", changed["erased_at"])
        writer.write(entity, obj.uid, ERASED, erased_at, obj.uid)
        writer.flush()
        kept = erasure.erase(writer.connection, obj.uid, erased_at)
        if kept != erased_at:  # erased before: the first erasure's time stands on every laptop
            value = decode(entity, "erased_at", kept)
            writer.connection.execute(entity.table.update().where(entity.table.c.uid == obj.uid)
                                      .values(erased_at=value))
            set_committed_value(obj, "erased_at", value)
        return
    person = obj.uid if entity.person == "uid" else None
    for column, raw in changed.items():
        writer.write(entity, obj.uid, column, writer.value(entity, column, raw), person)


def _deleted(writer: _Writer, entity: Entity, row_uid: str, person: str | None) -> None:
    seen = dict(writer.vector, **{writer.origin: writer.seq + 1})
    writer.write(entity, row_uid, DELETED, None, person, seen)


@event.listens_for(CapturingSession, "after_flush")
def _after_flush(session, _context) -> None:
    if session.info.get(APPLYING):
        return
    tracked = [(kind, obj) for kind, objs in (("new", session.new), ("dirty", session.dirty),
                                              ("deleted", session.deleted))
               for obj in objs if type(obj) in BY_MODEL]
    if not tracked:
        return
    writer = _Writer(session.connection())
    for kind, obj in tracked:
        entity = BY_MODEL[type(obj)]
        if kind == "new":
            _created(writer, entity, obj)
        elif kind == "dirty":
            _updated(writer, entity, obj)
        else:
            person = obj.uid if entity.person == "uid" else None
            if entity.person not in (None, "uid"):
                person = writer.parent_uid(entity, entity.person, getattr(obj, entity.person))
            _deleted(writer, entity, obj.uid, person)
    writer.finish()


@event.listens_for(CapturingSession, "do_orm_execute")
def _bulk_delete(state) -> None:
    if not state.is_delete or state.session.info.get(APPLYING):
        return
    table = state.statement.table
    entity = BY_TABLE.get(getattr(table, "name", None))
    if entity is None:
        return
    person_column = entity.person if entity.person not in (None, "uid") else None
    picks = [table.c.uid] + ([table.c[person_column]] if person_column else [])
    rows = state.session.execute(select(*picks).where(state.statement.whereclause)).all()
    if not rows:
        return
    writer = _Writer(state.session.connection())
    for row in rows:
        person = row[0] if entity.person == "uid" else (
            writer.parent_uid(entity, person_column, row[1]) if person_column else None)
        _deleted(writer, entity, row[0], person)
    writer.finish()


def seed_existing(connection) -> int:
    """Record a creation for every replicated row made before the register kept a log; returns how many.

    So a laptop with an existing register can share it: the others receive its rows like any
    new ones. Target groups of the county catalogue are left out (every laptop has them).
    """
    writer = _Writer(connection, bulk=True)
    for entity in BY_TABLE.values():
        table = entity.table
        log = bare_table("register_change", text_column("row_uid"), text_column("entity"))
        logged = select(log.c.row_uid).where(log.c.entity == entity.name)
        query = select(table.c.uid, *(table.c[column] for column in entity.fields)).where(table.c.uid.not_in(logged))
        if entity.name == "target_group":
            query = query.where(table.c.is_county.is_(False))
        for row in connection.execute(query).mappings().all():
            values = {column: writer.value(entity, column, row[column]) for column in entity.fields}
            writer.write(entity, row["uid"], CREATED, values, writer.person(entity, values, row["uid"]))
    seeded = writer.seq - writer.vector.get(writer.origin, 0)
    writer.finish()
    return seeded
