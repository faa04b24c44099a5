"""An honest in-memory stand-in for the site register port, for the exchange's tests only.

A dict of last-writer-wins fields (Lamport stamp, then device id) with this laptop's own
change log; it applies change sets idempotently and in per-origin seq order like the real
register must, and counts every change it takes, so a test sees one applied twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from healthcentre.errors import HealthcentreError


@dataclass
class MemoryChangeSet:
    """A change set of the in-memory register: ``changes`` are [seq, key, value, lamport, device]."""

    site_code: str
    origin: str
    kind: str
    first_seq: int
    last_seq: int
    vector: dict[str, int] = field(default_factory=dict)
    changes: list[list] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        """Canonical JSON."""
        return json.dumps(self.__dict__, sort_keys=True, separators=(",", ":")).encode("utf-8")


ERASED = "<erased>"


class InMemoryRegister:
    """The register port over a dict (tests only)."""

    def __init__(self, site_code: str, device_id: str) -> None:
        self.site_code = site_code
        self.device_id = device_id
        self.fields: dict[str, tuple[object, int, str]] = {}
        self.log: list[list] = []
        self.vector: dict[str, int] = {}
        self.lamport = 0
        self.taken: list[tuple[str, int]] = []  # (origin, seq) of every remote change applied
        self.erased: set[str] = set()  # keys erased here or by another laptop: their values are purged

    def set(self, key: str, value: object) -> None:
        """A local edit."""
        self.lamport += 1
        seq = self.vector.get(self.device_id, 0) + 1
        self.vector[self.device_id] = seq
        self.log.append([seq, key, value, self.lamport, self.device_id])
        self._merge(key, value, self.lamport, self.device_id)

    def erase(self, key: str) -> None:
        """Erase ``key`` as the register erases a person: a change that says so, and its values purged."""
        self.set(key, ERASED)

    def erasures(self) -> int:
        return len(self.erased)

    def values(self) -> dict[str, object]:
        """The fields' current values."""
        return {key: value for key, (value, _, _) in self.fields.items()}

    def local_change_set(self, after_seq: int) -> MemoryChangeSet | None:
        changes = [change for change in self.log if change[0] > after_seq]
        if not changes:
            return None
        return MemoryChangeSet(self.site_code, self.device_id, "changes", changes[0][0], changes[-1][0],
                               changes=changes)

    def read(self, data: bytes) -> MemoryChangeSet:
        try:
            return MemoryChangeSet(**json.loads(data))
        except (ValueError, TypeError):
            raise HealthcentreError("seal_truncated", name="memory") from None

    def apply(self, data: bytes) -> int:
        change_set = self.read(data)
        if change_set.kind == "snapshot":
            for key, value, lamport, device in change_set.changes:
                self._merge(key, value, lamport, device)
            for origin, seq in change_set.vector.items():
                if origin != self.device_id:
                    self.vector[origin] = max(self.vector.get(origin, 0), seq)
            return len(change_set.changes)
        taken = 0
        for seq, key, value, lamport, device in change_set.changes:
            if seq == self.vector.get(change_set.origin, 0) + 1:
                self._merge(key, value, lamport, device)
                self.vector[change_set.origin] = seq
                self.taken.append((change_set.origin, seq))
                taken += 1
        return taken

    def version_vector(self) -> dict[str, int]:
        return dict(self.vector)

    def snapshot(self) -> MemoryChangeSet:
        changes = [[key, value, lamport, device] for key, (value, lamport, device) in sorted(self.fields.items())]
        vector = self.version_vector()
        return MemoryChangeSet(self.site_code, self.device_id, "snapshot", 0, 0, vector=vector, changes=changes)

    def _merge(self, key: str, value: object, lamport: int, device: str) -> None:
        if value == ERASED or key in self.erased:  # erasure wins: purge the log, keep only the tombstone
            self.erased.add(key)
            self.log = [[seq, k, ERASED if k == key else v, lam, dev] for seq, k, v, lam, dev in self.log]
            value = ERASED
        self.lamport = max(self.lamport, lamport)
        current = self.fields.get(key)
        if current is None or (lamport, device) > (current[1], current[2]):
            self.fields[key] = (value, lamport, device)
