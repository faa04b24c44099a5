"""Change sets: a run of one laptop's changes, or a whole register (a snapshot), as canonical bytes.

The bytes are JSON with sorted keys and no spaces, so the same change set is always the
same bytes (sealing is deterministic, a repeated upload is the same blob). Each carries
the register's schema version: a laptop reads change sets of its version or older, and
keeps a newer one unapplied until the app is updated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from healthcentre.contract.relay import KINDS
from healthcentre.errors import HealthcentreError
from healthcentre.register.store import Change

SCHEMA_VERSION = 1


@dataclass
class ChangeSet:
    """What travels: ``changes`` in seq order (a snapshot: every origin's), the sender's vector and names."""

    site_code: str
    origin: str
    kind: str
    first_seq: int
    last_seq: int
    vector: dict[str, int] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)
    devices: dict[str, str] = field(default_factory=dict)
    tombstones: dict[str, str] = field(default_factory=dict)
    schema: int = SCHEMA_VERSION

    def to_bytes(self) -> bytes:
        """The canonical bytes."""
        body = {"site_code": self.site_code, "origin": self.origin, "kind": self.kind, "first_seq": self.first_seq,
                "last_seq": self.last_seq, "vector": self.vector, "changes": [c.as_list() for c in self.changes],
                "devices": self.devices, "tombstones": self.tombstones, "schema": self.schema}
        return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def read(data: bytes) -> ChangeSet:
    """The change set in ``data`` (a newer schema is read as far as its outside); HealthcentreError if malformed."""
    try:
        body = json.loads(data.decode("utf-8"))
        schema = int(body["schema"])
        if schema > SCHEMA_VERSION:
            return ChangeSet(body["site_code"], body["origin"], body["kind"], int(body["first_seq"]),
                             int(body["last_seq"]), dict(body.get("vector", {})), schema=schema)
        change_set = ChangeSet(
            str(body["site_code"]), str(body["origin"]), str(body["kind"]), int(body["first_seq"]),
            int(body["last_seq"]), {str(k): int(v) for k, v in body["vector"].items()},
            [Change(*row) for row in body["changes"]], dict(body["devices"]), dict(body["tombstones"]), schema)
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise HealthcentreError("register_change_set_malformed") from None
    if change_set.kind not in KINDS:
        raise HealthcentreError("register_change_set_malformed")
    return change_set
