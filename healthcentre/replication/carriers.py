"""What carries sealed blobs between a site's laptops: one interface, a shared folder or the relay.

A carrier treats blobs as opaque bytes filed by name ``{origin}/{kind}/{first_seq}-{last_seq}``
(kind ``changes`` or ``snapshot``; the format is ``contract.relay``'s, shared with the county's relay); it
never holds the site key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from healthcentre.contract.relay import parse_blob_name
from healthcentre.errors import HealthcentreError


class CarrierError(HealthcentreError):
    """The carrier cannot be reached or refused; nothing on this laptop changed."""


class BlobConflict(CarrierError):
    """Different bytes are already filed under that name (the relay's 409)."""


@dataclass(frozen=True)
class BlobEntry:
    """One blob the carrier holds, as listed (size and digest when the carrier knows them)."""

    origin: str
    kind: str
    first_seq: int
    last_seq: int
    size: int | None = None
    sha256: str | None = None
    stored_at: str | None = None

    @property
    def name(self) -> str:
        """The blob's carrier name."""
        return f"{self.origin}/{self.kind}/{self.first_seq}-{self.last_seq}"


@dataclass(frozen=True)
class DeviceEntry:
    """A laptop of the site as the carrier knows it."""

    device_id: str
    name: str | None = None
    last_seen: str | None = None
    revoked: bool = False


def parse_name(name: str) -> BlobEntry | None:
    """The entry a blob name stands for, or None when ``name`` is not a valid blob name."""
    parts = parse_blob_name(name)
    return BlobEntry(*parts) if parts is not None else None


class Carrier(Protocol):
    """The one interface the exchange drives; ``ident`` names the carrier in the laptop's ledger."""

    ident: str

    def put(self, name: str, blob: bytes) -> None:
        """File ``blob`` under ``name``; the same bytes again is fine, other bytes raise BlobConflict."""

    def list(self) -> list[BlobEntry]:
        """Every blob of the site the carrier holds."""

    def get(self, entry: BlobEntry) -> bytes:
        """The bytes of a listed blob."""

    def ack(self, vector: dict[str, int]) -> None:
        """Record what this laptop has applied, so blobs every laptop has can be pruned."""

    def devices(self) -> list[DeviceEntry]:
        """The site's laptops the carrier knows."""
