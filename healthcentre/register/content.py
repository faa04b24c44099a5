"""The register's replicated content: its hash, and the snapshot a joining laptop starts from.

The hash covers every replicated row by its global id, with references as the referred
row's id and without local ids or audit columns, so two laptops holding the same register
have the same hash whatever order their changes came in.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select

from healthcentre.register.change_set import ChangeSet
from healthcentre.register.entities import BY_NAME, ENTITIES, encode
from healthcentre.register.store import all_changes, device_names, tombstones, vector


def _uids(connection, entity_name: str) -> dict[int, str]:
    table = BY_NAME[entity_name].table
    return dict(connection.execute(select(table.c.id, table.c.uid)).all())


def content(connection) -> dict[str, dict[str, dict]]:
    """Every replicated row: entity → uid → field values (references as uids)."""
    parent_uids = {name: _uids(connection, name) for name in {p for e in ENTITIES for p, _ in e.parents.values()}}
    result = {}
    for entity in ENTITIES:
        columns = [entity.table.c[name] for name in entity.fields]
        rows = {}
        for row in connection.execute(select(entity.table.c.uid, *columns)).all():
            values = {}
            for name, value in zip(entity.fields, row[1:]):
                if name in entity.parents:
                    values[name] = parent_uids[entity.parents[name][0]].get(value)
                else:
                    values[name] = encode(entity, name, value)
            rows[row[0]] = values
        result[entity.name] = rows
    return result


def content_hash(connection) -> str:
    """SHA-256 of the canonical JSON of ``content``."""
    text = json.dumps(content(connection), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def snapshot(connection, site_code: str, origin: str) -> ChangeSet:
    """The whole register as a change set of kind ``snapshot``: the (purged) log, vector, erasures, laptops."""
    return ChangeSet(site_code, origin, "snapshot", 0, 0, vector(connection), all_changes(connection),
                     device_names(connection), tombstones(connection))
