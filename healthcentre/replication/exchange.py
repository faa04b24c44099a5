"""The exchange loop: send this laptop's new change sets, fetch and apply the others', acknowledge.

It treats change sets as opaque bytes behind a ``RegisterPort`` (the register's side) and
a ``Carrier`` (folder or relay). A kill at any point loses nothing and applies nothing
twice: an upload is recorded only after the carrier has it (sealing is deterministic, so a
repeated upload is the same blob), and a blob is recorded applied only after the
register applied it (applying is idempotent, and a blob the version vector covers is
skipped). A blob that fails to open, whose outside disagrees with its inside, or that
differs from the one applied under its name is rejected and reported, never applied.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from healthcentre.errors import HealthcentreError
from healthcentre.replication.carriers import BlobConflict, BlobEntry, Carrier
from healthcentre.replication.ledger import JsonFileLedger, Ledger
from healthcentre.replication.sealing import BlobHeader, open_blob, seal
from healthcentre.replication.site_key import SealError, SiteKeyRing

log = logging.getLogger(__name__)


class ChangeSetLike(Protocol):
    """What the exchange needs of a change set (CORE's ChangeSet has it)."""

    site_code: str
    origin: str
    kind: str
    first_seq: int
    last_seq: int
    vector: dict[str, int]

    def to_bytes(self) -> bytes:
        """Canonical bytes of the change set."""


class RegisterPort(Protocol):
    """The site register as the exchange drives it (CORE's functions, bound to one database)."""

    def local_change_set(self, after_seq: int) -> ChangeSetLike | None:
        """This laptop's own changes with seq > ``after_seq``, or None."""

    def read(self, data: bytes) -> ChangeSetLike:
        """The change set in ``data``; a HealthcentreError when it is malformed."""

    def apply(self, data: bytes) -> object:
        """Apply a change set (idempotent, one transaction); a HealthcentreError holds it back."""

    def version_vector(self) -> dict[str, int]:
        """Contiguous seqs applied per origin, own included."""

    def snapshot(self) -> ChangeSetLike:
        """The whole register as a change set of kind ``snapshot``."""

    def erasures(self) -> int:
        """How many people have been erased in the register (only ever grows)."""


@dataclass
class ExchangeReport:
    """What one exchange did, for the window and the log."""

    uploaded: list[str] = field(default_factory=list)
    applied: list[str] = field(default_factory=list)
    snapshot_applied: str | None = None
    replayed: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (blob name, message in the current language)
    waiting: list[str] = field(default_factory=list)  # origins whose next change set is not on the carrier yet
    cancelled: bool = False


@dataclass
class _Run:
    port: RegisterPort
    carrier: Carrier
    key_ring: SiteKeyRing
    site_code: str
    device_id: str
    state: dict
    ledger: Ledger
    report: ExchangeReport
    cancelled: Callable[[], bool]

    def save(self) -> None:
        self.ledger.save(self.state)


def exchange(port: RegisterPort, carrier: Carrier, key_ring: SiteKeyRing, site_code: str, device_id: str, *,
             ledger: Ledger | None = None, progress: Callable[[int, int], None] = lambda done, total: None,
             cancelled: Callable[[], bool] = lambda: False) -> ExchangeReport:
    """One round with ``carrier``: upload, apply the others' change sets in order, acknowledge.

    ``ledger`` remembers per carrier what was uploaded and applied (default: a file in the
    data dir); ``progress(done, total)`` is called after each step; ``cancelled()`` is asked
    between steps and stops the round cleanly (everything done so far is kept).
    """
    ledger = ledger or JsonFileLedger.for_site(site_code)
    state = ledger.load()
    state.setdefault(carrier.ident, {"uploaded_through": 0, "applied": {}})
    run = _Run(port, carrier, key_ring, site_code, device_id, state, ledger, ExchangeReport(), cancelled)
    _upload(run)
    listing = carrier.list()
    entries = [entry for entry in listing if entry.origin != device_id]
    changes = sorted((entry for entry in entries if entry.kind == "changes"),
                     key=lambda entry: (entry.origin, entry.first_seq, entry.last_seq))
    total, done = len(changes) + 2, 1
    progress(done, total)
    _snapshot_if_behind(run, entries, changes)
    for entry in changes:
        if cancelled():
            run.report.cancelled = True
            return run.report
        _consider(run, entry)
        done += 1
        progress(done, total)
    if not _snapshot_after_erasure(run):
        _publish_if_stale(run, listing)
    carrier.ack(port.version_vector())
    progress(total, total)
    return run.report


def publish_snapshot(port: RegisterPort, carrier: Carrier, key_ring: SiteKeyRing, site_code: str,
                     device_id: str) -> str:
    """File a sealed snapshot of the register; the carrier drops this laptop's older ones.

    Named ``{device}/snapshot/{own seq}-{sum of the vector}``, so a newer snapshot sorts higher.
    Used when the newest snapshot is behind this laptop, and after an erasure.
    """
    snapshot = port.snapshot()
    vector = dict(snapshot.vector)
    header = BlobHeader(site_code, device_id, "snapshot", vector.get(device_id, 0), sum(vector.values()))
    try:
        carrier.put(header.name, seal(key_ring, header, snapshot.to_bytes()))
    except BlobConflict:
        log.info("a snapshot %s is already filed", header.name)
    return header.name


def _upload(run: _Run) -> None:
    mine = run.state[run.carrier.ident]
    change_set = run.port.local_change_set(mine["uploaded_through"])
    if change_set is None:
        return
    header = BlobHeader(run.site_code, run.device_id, "changes", change_set.first_seq, change_set.last_seq)
    try:
        run.carrier.put(header.name, seal(run.key_ring, header, change_set.to_bytes()))
    except BlobConflict as error:
        run.report.rejected.append((header.name, error.message()))
        return
    mine["uploaded_through"] = change_set.last_seq
    run.save()
    run.report.uploaded.append(header.name)


def _snapshot_if_behind(run: _Run, entries: list[BlobEntry], changes: list[BlobEntry]) -> None:
    """Apply the newest snapshot first when change sets this laptop lacks are no longer filed.

    Behind means: another laptop has only a snapshot filed and was never heard of here, or
    its oldest filed change set starts after a gap in what this laptop has.
    """
    vector = run.port.version_vector()
    lowest: dict[str, int | None] = {entry.origin: None for entry in entries}
    for entry in changes:
        lowest[entry.origin] = min(lowest[entry.origin] or entry.first_seq, entry.first_seq)
    behind = any(origin not in vector if first is None else first > vector.get(origin, 0) + 1
                 for origin, first in lowest.items())
    snapshots = [entry for entry in entries if entry.kind == "snapshot"]
    if not snapshots or not behind or run.cancelled():
        return
    newest = max(snapshots, key=lambda entry: (entry.last_seq, entry.origin))
    if newest.name in run.state[run.carrier.ident]["applied"]:
        return
    if _open_and_apply(run, newest):
        run.report.snapshot_applied = newest.name


def _consider(run: _Run, entry: BlobEntry) -> None:
    applied = run.state[run.carrier.ident]["applied"]
    if entry.name in applied:
        blob_digest = entry.sha256 or hashlib.sha256(run.carrier.get(entry)).hexdigest()
        if blob_digest == applied[entry.name]:
            run.report.replayed += 1
        else:
            _reject(run, entry, HealthcentreError("exchange_tampered", name=entry.name))
        return
    seen = run.port.version_vector().get(entry.origin, 0)
    if entry.last_seq <= seen:
        run.report.replayed += 1
    elif entry.first_seq > seen + 1:
        if entry.origin not in run.report.waiting:
            run.report.waiting.append(entry.origin)
    else:
        _open_and_apply(run, entry)


def _open_and_apply(run: _Run, entry: BlobEntry) -> bool:
    blob = run.carrier.get(entry)
    try:
        header, plaintext = open_blob(run.key_ring, blob, entry.name)
        change_set = run.port.read(plaintext)
        if not _agrees(header, entry, change_set):
            raise HealthcentreError("exchange_header_mismatch", name=entry.name)
        run.port.apply(plaintext)
    except (SealError, HealthcentreError) as error:
        _reject(run, entry, error)
        return False
    run.state[run.carrier.ident]["applied"][entry.name] = hashlib.sha256(blob).hexdigest()
    run.save()
    if entry.kind == "changes":
        run.report.applied.append(entry.name)
    return True


def _agrees(header: BlobHeader, entry: BlobEntry, change_set: ChangeSetLike) -> bool:
    outside = (header.origin, header.kind, header.first_seq, header.last_seq)
    if outside != (entry.origin, entry.kind, entry.first_seq, entry.last_seq):
        return False
    if change_set.site_code != header.site or change_set.origin != header.origin or change_set.kind != header.kind:
        return False
    if header.kind == "snapshot":
        vector = change_set.vector
        return (vector.get(header.origin, 0), sum(vector.values())) == (header.first_seq, header.last_seq)
    return (change_set.first_seq, change_set.last_seq) == (header.first_seq, header.last_seq)


def _reject(run: _Run, entry: BlobEntry, error: HealthcentreError) -> None:
    log.warning("rejected %s: %s", entry.name, error.message("en"))
    run.report.rejected.append((entry.name, error.message()))


def _snapshot_after_erasure(run: _Run) -> bool:
    """After an erasure this laptop has not yet cleared from the carrier: file a snapshot of the (redacted)
    register, which replaces this laptop's older snapshots that may hold the erased person. True if done.

    Change sets that carried the person go as every carrier prunes them, once every laptop has applied
    them; with each laptop filing a snapshot once it holds the erasure, the carrier keeps nothing of the
    person after each laptop has exchanged."""
    mine = run.state[run.carrier.ident]
    erased = run.port.erasures()
    if erased <= mine.get("erasures_cleared", 0):
        return False
    run.report.uploaded.append(publish_snapshot(run.port, run.carrier, run.key_ring, run.site_code, run.device_id))
    mine["erasures_cleared"] = erased
    run.save()
    return True


def _publish_if_stale(run: _Run, listing: list[BlobEntry]) -> None:
    """File a snapshot before acknowledging when the newest filed one holds less than this laptop.

    Carriers prune change sets every laptop acknowledged; since each laptop files a snapshot
    of what it acknowledges, a laptop that comes later still finds everything in a snapshot.
    """
    total = sum(run.port.version_vector().values())
    newest = max((entry.last_seq for entry in listing if entry.kind == "snapshot"), default=0)
    if total > newest:
        run.report.uploaded.append(publish_snapshot(run.port, run.carrier, run.key_ring, run.site_code, run.device_id))
