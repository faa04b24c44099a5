"""The statements on the relay: each site's sealed blobs and each laptop's acknowledgement of what it applied.

The receiver cannot open a blob (it is sealed with the site's key, which only the site's laptops hold);
it files it by name (``contract.relay``), lists and returns it, deletes change sets once every laptop
of the site that exchanges through the relay has applied them, and a laptop's older snapshots when it
files a newer one. A laptop (device) files blobs under one register origin only, its own: the first it
uses is bound to it, and no other active device of the site may use it.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import and_, delete, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from healthcentre.receiver.store_tables import device_table, naive_utc, relay_ack_table, relay_blob_table, utcnow

CREATED, SAME, CONFLICT = "created", "same", "conflict"
_LISTED = (relay_blob_table.c.origin, relay_blob_table.c.kind, relay_blob_table.c.first_seq,
           relay_blob_table.c.last_seq, relay_blob_table.c.size, relay_blob_table.c.sha256,
           relay_blob_table.c.stored_at)


def claim_origin(conn: Connection, device: dict, origin: str) -> bool:
    """Whether ``device`` may file blobs of ``origin``: its own (bound now if it had none), and no other
    active device of the site's."""
    if device["relay_origin"] is not None:
        return device["relay_origin"] == origin
    taken = conn.execute(select(device_table.c.id).where(
        device_table.c.site_code == device["code"], device_table.c.relay_origin == origin,
        device_table.c.revoked_at.is_(None), device_table.c.id != device["device_id"])).first()
    if taken is not None:
        return False
    conn.execute(update(device_table).where(device_table.c.id == device["device_id"],
                                            device_table.c.relay_origin.is_(None))
                 .values(relay_origin=origin))
    return True


def _key(site_code: str, origin: str, kind: str, first_seq: int, last_seq: int):
    blob = relay_blob_table.c
    return and_(blob.site_code == site_code, blob.origin == origin, blob.kind == kind,
                blob.first_seq == first_seq, blob.last_seq == last_seq)


def put_blob(conn: Connection, site_code: str, name: tuple[str, str, int, int], data: bytes) -> str:
    """File ``data`` under ``name`` (origin, kind, first, last): CREATED, SAME (those bytes were there) or
    CONFLICT (other bytes are). A new snapshot replaces the origin's older ones."""
    origin, kind, first_seq, last_seq = name
    digest = hashlib.sha256(data).hexdigest()
    there = conn.execute(select(relay_blob_table.c.sha256).where(_key(site_code, *name))).scalar()
    if there is not None:
        return SAME if there == digest else CONFLICT
    try:
        with conn.begin_nested():
            conn.execute(insert(relay_blob_table).values(
                site_code=site_code, origin=origin, kind=kind, first_seq=first_seq, last_seq=last_seq,
                size=len(data), sha256=digest, stored_at=naive_utc(utcnow()), data=data))
    except IntegrityError:  # the same name filed meanwhile by a concurrent request
        there = conn.execute(select(relay_blob_table.c.sha256).where(_key(site_code, *name))).scalar()
        return SAME if there == digest else CONFLICT
    if kind == "snapshot":
        blob = relay_blob_table.c
        conn.execute(delete(relay_blob_table).where(blob.site_code == site_code, blob.origin == origin,
                                                    blob.kind == "snapshot", blob.last_seq < last_seq))
    return CREATED


def list_blobs(conn: Connection, site_code: str) -> list[dict]:
    """The site's blobs without their bytes, in name order."""
    blob = relay_blob_table.c
    rows = conn.execute(select(*_LISTED).where(blob.site_code == site_code)
                        .order_by(blob.origin, blob.kind, blob.first_seq, blob.last_seq))
    return [dict(row._mapping) for row in rows]


def get_blob(conn: Connection, site_code: str, name: tuple[str, str, int, int]) -> bytes | None:
    """The bytes filed under ``name`` for the site, or None."""
    return conn.execute(select(relay_blob_table.c.data).where(_key(site_code, *name))).scalar()


def acknowledge(conn: Connection, device: dict, vector: dict[str, int]) -> int:
    """Record what ``device`` has applied, then delete the change sets every exchanging laptop of the site
    has applied; how many were deleted."""
    values = {"vector": json.dumps(vector, sort_keys=True), "acked_at": naive_utc(utcnow())}
    done = conn.execute(update(relay_ack_table).where(relay_ack_table.c.device_id == device["device_id"])
                        .values(**values))
    if done.rowcount == 0:
        conn.execute(insert(relay_ack_table).values(device_id=device["device_id"], **values))
    return _prune(conn, device["code"], _applied_by_all(conn, device["code"]))


def _applied_by_all(conn: Connection, site_code: str) -> dict[str, int]:
    """The changes every active device of the site that has acknowledged has applied (origin → seq)."""
    rows = conn.execute(select(relay_ack_table.c.vector)
                        .join(device_table, device_table.c.id == relay_ack_table.c.device_id)
                        .where(device_table.c.site_code == site_code, device_table.c.revoked_at.is_(None)))
    vectors = [json.loads(row.vector) for row in rows]
    origins = set.intersection(*(set(vector) for vector in vectors)) if vectors else set()
    return {origin: min(vector[origin] for vector in vectors) for origin in origins}


def _prune(conn: Connection, site_code: str, vector: dict[str, int]) -> int:
    """Delete the site's change sets that ``vector`` covers (origin → seq); how many."""
    blob = relay_blob_table.c
    covered = [and_(blob.origin == origin, blob.last_seq <= seq) for origin, seq in vector.items()]
    if not covered:
        return 0
    return conn.execute(delete(relay_blob_table).where(blob.site_code == site_code, blob.kind == "changes",
                                                       or_(*covered))).rowcount


def devices(conn: Connection, site_code: str) -> list[dict]:
    """The site's devices that exchange through the relay: their origin, name, last seen and whether revoked."""
    device = device_table.c
    rows = conn.execute(select(device.relay_origin, device.name, device.last_seen_at, device.revoked_at)
                        .where(device.site_code == site_code, device.relay_origin.is_not(None))
                        .order_by(device.enrolled_at, device.id))
    return [dict(row._mapping) for row in rows]
