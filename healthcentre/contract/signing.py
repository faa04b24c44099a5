"""Secrets shared by the laptop and the receiver: how a token is hashed and a transfer line signed.

Both sides must agree byte for byte, and the laptop bundle does not ship the
receiver, so these live here rather than in ``county.receiver``.
"""

from __future__ import annotations

import hashlib
import hmac


def hash_secret(secret: str) -> str:
    """The stored form of a token or code (SHA-256, hex)."""
    return hashlib.sha256(secret.strip().encode("utf-8")).hexdigest()


def signature(token_hash: str, data: bytes) -> str:
    """HMAC-SHA256 of ``data`` keyed by a token's hash (hex), for transfer files."""
    return hmac.new(bytes.fromhex(token_hash), data, hashlib.sha256).hexdigest()
