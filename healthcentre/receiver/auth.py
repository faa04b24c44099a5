"""Device tokens and one-time enrolment codes: random secrets, stored only as SHA-256 hashes.

A token is 32 random bytes (URL-safe text), so a plain SHA-256 is enough to keep
the stored hash useless to a thief; the same hash keys the HMAC that signs a
transfer file, so the county can check a file without ever holding the token.
"""

from __future__ import annotations

import datetime as dt
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy.engine import Connection

from healthcentre.receiver import admin_audit, device_store, storage, store_tables
from healthcentre.contract.signing import hash_secret, signature

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed by hand
CODE_LENGTH = 12
DEFAULT_CODE_HOURS = 72


def new_token() -> str:
    """A fresh device token."""
    return secrets.token_urlsafe(32)


def normalise_code(code: str) -> str:
    """An enrolment code as typed (any case, dashes, spaces) in its canonical form."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def create_enrolment_code(conn: Connection, site_code: str, *, hours: float = DEFAULT_CODE_HOURS,
                          actor: str | None = None) -> tuple[str, dt.datetime]:
    """A new single-use code for ``site_code`` valid for ``hours``; only its hash is kept. Audited (never the
    code) as created by ``actor`` (None: the command line)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    expires_at = store_tables.utcnow() + dt.timedelta(hours=hours)
    storage.add_enrolment_code(conn, code_hash=hash_secret(raw), site_code=site_code, expires_at=expires_at)
    admin_audit.record(conn, "enrolment_code", f"{site_code}, giltig till {expires_at:%Y-%m-%d %H:%M} UTC", actor)
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4)), expires_at


DEFAULT_DEVICE_NAME = "laptop"  # a laptop that does not say its name (an older app)


@dataclass(frozen=True)
class Enrolled:
    """A new device of a site: the site's row, the device's id and name, and its token (shown once)."""

    site: dict
    device_id: str
    device_name: str
    token: str


def device_name(name: object) -> str:
    """The name a laptop gave at enrolment, trimmed and cut to fit (``DEFAULT_DEVICE_NAME`` if none)."""
    text = " ".join(str(name).split())[:120] if isinstance(name, str) else ""
    return text or DEFAULT_DEVICE_NAME


def add_device(conn: Connection, site_code: str, name: str | None) -> tuple[str, str]:
    """A new device of ``site_code`` with a fresh token: (device id, token). No other device is touched."""
    token = new_token()
    device_id = device_store.add_device(conn, site_code=site_code, name=device_name(name),
                                        token_hash=hash_secret(token))
    return device_id, token


def enrol(conn: Connection, code: str, name: str | None = None) -> Enrolled | None:
    """Spend an enrolment code: a new device of its site named ``name``, or None if the code is not valid.

    Each laptop of a site enrols as its own device with its own token, so enrolling one never
    revokes another's (``county device revoke`` ends one)."""
    site_code = storage.use_enrolment_code(conn, hash_secret(normalise_code(code)), store_tables.utcnow())
    if site_code is None:
        return None
    device_id, token = add_device(conn, site_code, name)
    return Enrolled(storage.get_site(conn, site_code), device_id, device_name(name), token)


def device_for_token(conn: Connection, token: str | None) -> dict | None:
    """The active device a bearer token belongs to, with its site's columns (``code`` …), or None."""
    if not token:
        return None
    return device_store.device_by_token_hash(conn, hash_secret(token))


def token_revoked(conn: Connection, token: str | None) -> bool:
    """Whether ``token`` was a device's that the county has revoked."""
    return bool(token) and device_store.is_revoked_token(conn, hash_secret(token))


def bearer(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer ...`` header."""
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    return value.strip() or None if scheme.lower() == "bearer" else None


def signature_valid(token_hashes: list[str], data: bytes, given: str) -> bool:
    """Whether ``given`` signs ``data`` with the token of one of the site's active devices."""
    if not given.isascii():  # compare_digest raises on non-ASCII text
        return False
    return any(hmac.compare_digest(signature(token_hash, data), given) for token_hash in token_hashes)
