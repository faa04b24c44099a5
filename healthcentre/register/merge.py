"""Merging a change set into this laptop's register: idempotent, in one transaction, erasure first.

A run of changes from one laptop is taken in seq order from where this laptop is with that
laptop; what it already has is skipped, so applying twice changes nothing. A snapshot adds
every change it holds that this laptop lacks. Tombstones and erasures are taken before
anything else, so no change about an erased person is kept readable. Rows touched are then
recomputed from their changes (``rows``), parents before children.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from healthcentre.errors import HealthcentreError
from healthcentre.register import erasure
from healthcentre.register.change_set import ChangeSet
from healthcentre.register.clock import AHEAD_BOUND_MS, Clock
from healthcentre.register.entities import BY_NAME, ERASED, ORDER
from healthcentre.register.rows import Context, recompute, retry_pending
from healthcentre.register.store import (
    add_changes, remember_device, self_origin, set_seq, tombstones, vector,
)


@dataclass
class ApplyReport:
    """What applying one change set did; ``clock_ahead`` is minutes per origin beyond the clock bound."""

    applied: int = 0
    skipped: int = 0
    clock_ahead: dict[str, int] = field(default_factory=dict)


def _to_take(connection, change_set: ChangeSet) -> list:
    if change_set.kind == "snapshot":
        return change_set.changes
    have = vector(connection).get(change_set.origin, 0)
    if change_set.first_seq > have + 1:
        raise HealthcentreError("register_gap", first=change_set.first_seq, have=have)
    return [change for change in change_set.changes if change.seq > have and change.origin == change_set.origin]


def _erasures(known: dict[str, str], change_set: ChangeSet, changes: list) -> dict[str, str]:
    """Every erased person known here or carried by the change set, with the first erasure's time."""
    erased = dict(known)
    carried = [*change_set.tombstones.items(), *((c.row_uid, json.loads(c.value)) for c in changes if c.field == ERASED)]
    for person_uid, erased_at in carried:
        erased[person_uid] = min(erased.get(person_uid, erased_at), erased_at)
    return erased


def apply_change_set(connection, change_set: ChangeSet, site_code: str) -> ApplyReport:
    """Merge ``change_set`` into the register on ``connection`` (the caller's one transaction)."""
    if change_set.site_code != site_code:
        raise HealthcentreError("register_other_site", other=change_set.site_code, site=site_code)
    me = self_origin(connection)
    for origin, name in change_set.devices.items():
        if origin != me:
            remember_device(connection, origin, name)
    report, clock = ApplyReport(), Clock(connection)
    changes = _to_take(connection, change_set)
    known = tombstones(connection)
    erased = _erasures(known, change_set, changes)
    touched: set[tuple[str, str]] = set()
    for person_uid, erased_at in erased.items():
        if known.get(person_uid) != erased_at:  # a known erasure was purged here when it was first taken
            touched.update(erasure.erase_rows(connection, person_uid, erased_at)[1])
    have, fresh = vector(connection), []
    for change in changes:
        if change.entity not in BY_NAME:
            raise HealthcentreError("register_change_set_malformed")
        if change.seq <= have.get(change.origin, 0):  # the log holds every change up to the vector
            report.skipped += 1
            continue
        fresh.append(erasure.redact(change, erased))
        touched.add((change.entity, change.row_uid))
        beyond = clock.observe(change.hlc)
        if beyond and change.origin != me:
            report.clock_ahead[change.origin] = max(report.clock_ahead.get(change.origin, 0),
                                                   (beyond + AHEAD_BOUND_MS) // 60000)
    add_changes(connection, fresh)
    report.applied = len(fresh)
    _recompute(connection, touched)
    _advance(connection, change_set)
    clock.save()
    return report


def _recompute(connection, touched: set[tuple[str, str]]) -> None:
    """Every touched row from its changes, parents before children, then those that waited for a parent."""
    context = Context(connection)
    by_entity: dict[str, list[str]] = {}
    for entity_name, row_uid in touched:
        by_entity.setdefault(entity_name, []).append(row_uid)
    for entity_name in sorted(by_entity, key=ORDER.__getitem__):
        row_uids = sorted(by_entity[entity_name])
        for start in range(0, len(row_uids), Context.CHUNK):
            chunk = row_uids[start:start + Context.CHUNK]
            context.prefetch(entity_name, chunk)
            for row_uid in chunk:
                recompute(context, entity_name, row_uid)
            context.flush()
    retry_pending(context)


def _advance(connection, change_set: ChangeSet) -> None:
    if change_set.kind == "snapshot":
        for origin, seq in change_set.vector.items():
            set_seq(connection, origin, seq)
    else:
        set_seq(connection, change_set.origin, change_set.last_seq)
