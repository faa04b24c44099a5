"""Site tokens and one-time enrolment codes: random secrets, stored only as SHA-256 hashes.

A token is 32 random bytes (URL-safe text), so a plain SHA-256 is enough to keep
the stored hash useless to a thief; the same hash keys the HMAC that signs a
transfer file, so the county can check a file without ever holding the token.
"""

from __future__ import annotations

import datetime as dt
import hmac
import secrets

from sqlalchemy.engine import Connection

from healthcentre.receiver import admin_audit, storage
from healthcentre.contract.signing import hash_secret, signature

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed by hand
CODE_LENGTH = 12
DEFAULT_CODE_HOURS = 72


def new_token() -> str:
    """A fresh site token."""
    return secrets.token_urlsafe(32)


def normalise_code(code: str) -> str:
    """An enrolment code as typed (any case, dashes, spaces) in its canonical form."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def create_enrolment_code(conn: Connection, site_code: str, *, hours: float = DEFAULT_CODE_HOURS,
                          actor: str | None = None) -> tuple[str, dt.datetime]:
    """A new single-use code for ``site_code`` valid for ``hours``; only its hash is kept. Audited (never the
    code) as created by ``actor`` (None: the command line)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    expires_at = storage.utcnow() + dt.timedelta(hours=hours)
    storage.add_enrolment_code(conn, code_hash=hash_secret(raw), site_code=site_code, expires_at=expires_at)
    admin_audit.record(conn, "enrolment_code", f"{site_code}, giltig till {expires_at:%Y-%m-%d %H:%M} UTC", actor)
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4)), expires_at


class SiteAlreadyEnrolled(Exception):
    """The site already has an enrolled laptop. Until several laptops share one site register,
    a second token would replace the first laptop's (its data would stop counting), so the
    county must release the site first (``county site release``) when a laptop is replaced."""

    def __init__(self, site_code: str) -> None:
        super().__init__(f"site {site_code} already has an enrolled laptop")
        self.site_code = site_code


def enrol(conn: Connection, code: str) -> tuple[dict, str] | None:
    """Spend an enrolment code: (site, new token), or None if the code is not valid.

    Raises ``SiteAlreadyEnrolled`` (after which the caller rolls back, so the code is not spent)
    when the site already has a laptop: no enrolment ever revokes another laptop's token."""
    site_code = storage.use_enrolment_code(conn, hash_secret(normalise_code(code)), storage.utcnow())
    if site_code is None:
        return None
    ensure_not_enrolled(conn, site_code)
    token = new_token()
    storage.set_token_hash(conn, site_code, hash_secret(token))
    return storage.get_site(conn, site_code), token


def ensure_not_enrolled(conn: Connection, site_code: str) -> None:
    """Raise ``SiteAlreadyEnrolled`` when ``site_code`` has a laptop's token."""
    site = storage.get_site(conn, site_code)
    if site is not None and site["token_hash"]:
        raise SiteAlreadyEnrolled(site_code)


def site_for_token(conn: Connection, token: str | None) -> dict | None:
    """The site a bearer token belongs to, or None."""
    if not token:
        return None
    return storage.site_by_token_hash(conn, hash_secret(token))


def bearer(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer ...`` header."""
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    return value.strip() or None if scheme.lower() == "bearer" else None


def signature_valid(token_hash: str | None, data: bytes, given: str) -> bool:
    """Whether ``given`` signs ``data`` with the site's current token."""
    if not token_hash or not given.isascii():  # compare_digest raises on non-ASCII text
        return False
    return hmac.compare_digest(signature(token_hash, data), given)
