"""The site key ring: the secret keys a site's laptops seal their change sets with.

Each generation is a random 32-byte key; the highest generation seals, older ones
are kept so blobs sealed before a rotation still open. ``rotate()`` adds a
generation when a laptop leaves the site, so it cannot read what comes after.
The ring is kept like the county token (OS keyring, else a 0600 file) and never
leaves the site's laptops: the county's relay only ever sees sealed bytes.
"""

from __future__ import annotations

import base64
import binascii
import json
from pathlib import Path

import nacl.utils

from healthcentre.errors import HealthcentreError
from healthcentre.secret_store import SecretStore

KEY_BYTES = 32
KEYRING_SERVICE = "healthcentre-site-key"
KEY_FILE = "site-keys.json"

_STORE = SecretStore(KEYRING_SERVICE, KEY_FILE)


class SealError(HealthcentreError):
    """A sealed blob cannot be opened or trusted, or the key ring is unusable; nothing was applied."""


class SiteKeyRing:
    """The generations of one site's key; the highest is the current one."""

    def __init__(self, site_code: str, keys: dict[int, bytes]) -> None:
        if not keys:
            raise SealError("key_ring_invalid", reason="no key")
        for generation, key in keys.items():
            if not isinstance(generation, int) or generation < 1 or len(key) != KEY_BYTES:
                raise SealError("key_ring_invalid", reason=f"generation {generation}")
        self.site_code = site_code
        self._keys = dict(keys)

    @classmethod
    def create(cls, site_code: str) -> SiteKeyRing:
        """A new ring with one fresh random key (the first laptop of a site makes it)."""
        return cls(site_code, {1: nacl.utils.random(KEY_BYTES)})

    @property
    def current(self) -> int:
        """The generation new blobs are sealed with."""
        return max(self._keys)

    @property
    def generations(self) -> tuple[int, ...]:
        """Every generation this ring holds, oldest first."""
        return tuple(sorted(self._keys))

    def key(self, generation: int) -> bytes | None:
        """The key of ``generation``, or None when this ring does not have it."""
        return self._keys.get(generation)

    def rotate(self) -> int:
        """Add a fresh key as the new current generation (after a laptop is removed); returns it."""
        generation = self.current + 1
        self._keys[generation] = nacl.utils.random(KEY_BYTES)
        return generation

    def to_json(self) -> str:
        """The ring as JSON, for storing it and for handing it over at pairing."""
        keys = {str(generation): base64.b64encode(key).decode("ascii") for generation, key in self._keys.items()}
        return json.dumps({"site": self.site_code, "keys": keys}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SiteKeyRing:
        """The ring stored by ``to_json``; SealError ``key_ring_invalid`` on anything else."""
        try:
            data = json.loads(text)
            site = data["site"]
            keys = {int(generation): base64.b64decode(key, validate=True) for generation, key in data["keys"].items()}
        except (ValueError, TypeError, KeyError, AttributeError, binascii.Error) as error:
            raise SealError("key_ring_invalid", reason=type(error).__name__) from None
        if not isinstance(site, str) or not site:
            raise SealError("key_ring_invalid", reason="site")
        return cls(site, keys)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SiteKeyRing) and (self.site_code, self._keys) == (other.site_code, other._keys)

    def __repr__(self) -> str:  # never the keys themselves: a ring may end up in a log
        return f"SiteKeyRing({self.site_code!r}, generations={self.generations})"


def store_key_ring(ring: SiteKeyRing) -> str:
    """Keep ``ring`` on this laptop; returns where: ``keyring`` or ``file``."""
    return _STORE.store(ring.site_code, ring.to_json())


def load_key_ring(site_code: str) -> SiteKeyRing | None:
    """The ring kept for ``site_code``, or None when this laptop has not joined that site's register."""
    text = _STORE.load(site_code)
    return None if text is None else SiteKeyRing.from_json(text)


def delete_key_ring(site_code: str) -> None:
    """Forget the ring of ``site_code`` (the laptop leaves the site)."""
    _STORE.delete(site_code)


def key_file() -> Path:
    """The fallback file the rings are kept in where no OS keyring exists."""
    return _STORE.file()
