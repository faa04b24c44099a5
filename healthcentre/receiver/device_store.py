"""The statements on the county's devices: each laptop of a site, enrolled with its own token.

A site has as many devices as laptops; each holds its own token (only its SHA-256 hash is kept),
so enrolling one laptop never touches another's, and revoking one ends only that one. Timestamps
are naive UTC like the rest of the receiver's (``store_tables.naive_utc``).
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import bindparam, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from healthcentre.receiver.store_tables import device_table, naive_utc, site_table, utcnow

LAST_SEEN_RESOLUTION = dt.timedelta(minutes=1)  # last_seen is written at most this often per device

_ACTIVE_BY_TOKEN_HASH = (
    select(device_table.c.id.label("device_id"), device_table.c.name.label("device_name"),
           device_table.c.last_seen_at, device_table.c.relay_origin, site_table)
    .join(site_table, site_table.c.code == device_table.c.site_code)
    .where(device_table.c.token_hash == bindparam("token_hash"), device_table.c.revoked_at.is_(None)))
_REVOKED_BY_TOKEN_HASH = select(device_table.c.id).where(device_table.c.token_hash == bindparam("token_hash"),
                                                         device_table.c.revoked_at.is_not(None))


def add_device(conn: Connection, *, site_code: str, name: str, token_hash: str) -> str:
    """Enrol a new device of ``site_code`` named ``name`` with ``token_hash``; its id."""
    device_id = str(uuid.uuid4())
    conn.execute(insert(device_table).values(id=device_id, site_code=site_code, name=name[:120],
                                             token_hash=token_hash, enrolled_at=naive_utc(utcnow())))
    return device_id


def device_by_token_hash(conn: Connection, token_hash: str) -> dict | None:
    """The active device whose token hashes to ``token_hash``, with its site's columns, or None."""
    row = conn.execute(_ACTIVE_BY_TOKEN_HASH, {"token_hash": token_hash}).first()
    return dict(row._mapping) if row else None


def is_revoked_token(conn: Connection, token_hash: str) -> bool:
    """Whether ``token_hash`` belonged to a device the county has revoked (for a clearer refusal)."""
    return conn.execute(_REVOKED_BY_TOKEN_HASH, {"token_hash": token_hash}).first() is not None


def list_devices(conn: Connection, site_code: str, *, include_revoked: bool = True) -> list[dict]:
    """The devices of a site (without token hashes), oldest enrolment first."""
    table = device_table
    query = (select(table.c.id, table.c.name, table.c.enrolled_at, table.c.last_seen_at,
                    table.c.last_submission_at, table.c.revoked_at, table.c.up_to_date_through)
             .where(table.c.site_code == site_code).order_by(table.c.enrolled_at, table.c.id))
    if not include_revoked:
        query = query.where(table.c.revoked_at.is_(None))
    return [dict(row._mapping) for row in conn.execute(query)]


def active_token_hashes(conn: Connection, site_code: str) -> list[str]:
    """The token hashes of the site's active devices (a transfer file is signed with one of them)."""
    rows = conn.execute(select(device_table.c.token_hash).where(device_table.c.site_code == site_code,
                                                                device_table.c.revoked_at.is_(None)))
    return [row.token_hash for row in rows]


def count_active(conn: Connection, site_code: str) -> int:
    """How many devices of the site are enrolled and not revoked."""
    return conn.execute(select(func.count()).select_from(device_table).where(
        device_table.c.site_code == site_code, device_table.c.revoked_at.is_(None))).scalar_one()


def find_devices(conn: Connection, site_code: str, name_or_id: str) -> list[dict]:
    """The active devices of the site whose id or name is ``name_or_id``."""
    return [d for d in list_devices(conn, site_code, include_revoked=False)
            if name_or_id in (d["id"], d["name"])]


def revoke(conn: Connection, device_id: str) -> bool:
    """End one device's enrolment: its token stops working at once. False if already revoked."""
    done = conn.execute(update(device_table).where(device_table.c.id == device_id,
                                                   device_table.c.revoked_at.is_(None))
                        .values(revoked_at=naive_utc(utcnow())))
    return done.rowcount == 1


def revoke_site(conn: Connection, site_code: str) -> int:
    """End the enrolment of every device of a site; how many were active."""
    done = conn.execute(update(device_table).where(device_table.c.site_code == site_code,
                                                   device_table.c.revoked_at.is_(None))
                        .values(revoked_at=naive_utc(utcnow())))
    return done.rowcount


def touch_seen(conn: Connection, device_id: str, now: dt.datetime) -> None:
    """Record that the device was seen ``now`` (skipped if it was seen within ``LAST_SEEN_RESOLUTION``)."""
    now = naive_utc(now)
    conn.execute(update(device_table).where(
        device_table.c.id == device_id,
        or_(device_table.c.last_seen_at.is_(None), device_table.c.last_seen_at < now - LAST_SEEN_RESOLUTION))
        .values(last_seen_at=now))


def needs_touch(last_seen_at: dt.datetime | None, now: dt.datetime) -> bool:
    """Whether ``touch_seen`` would write (so a read-only request skips the write transaction)."""
    return last_seen_at is None or naive_utc(last_seen_at) < naive_utc(now) - LAST_SEEN_RESOLUTION


def record_submission_from(conn: Connection, device_id: str) -> None:
    """Note that the device's submission was just accepted."""
    now = naive_utc(utcnow())
    conn.execute(update(device_table).where(device_table.c.id == device_id)
                 .values(last_submission_at=now, last_seen_at=now))


def confirm_month(conn: Connection, device_id: str, through: str) -> str:
    """Record that the device has sent everything it holds up to the end of ``through`` (``YYYY-MM``);
    an older month than the one it already said changes nothing (months never un-close). The month now
    recorded."""
    column = device_table.c.up_to_date_through
    conn.execute(update(device_table).where(device_table.c.id == device_id, or_(column.is_(None), column < through))
                 .values(up_to_date_through=through))
    return conn.execute(select(column).where(device_table.c.id == device_id)).scalar_one()


def confirmed_through(conn: Connection) -> dict[str, str]:
    """Site code → the latest month every active device of the site has said it is up to date through; a
    site with an active device that has not said so yet is absent."""
    column = device_table.c.up_to_date_through
    rows = conn.execute(select(device_table.c.site_code, func.min(column).label("through"),
                               func.count().label("devices"), func.count(column).label("confirmed"))
                        .where(device_table.c.revoked_at.is_(None)).group_by(device_table.c.site_code))
    return {row.site_code: row.through for row in rows if row.devices == row.confirmed}
