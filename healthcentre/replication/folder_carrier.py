"""A shared folder (network share, synced folder or USB stick) as the carrier of sealed blobs.

Layout below the folder: ``<site>/changes/<origin>/<first>-<last>.hcset``,
``<site>/snapshots/<origin>/<first>-<last>.hcset`` and ``<site>/acks/<device>.json``.
Every file is written to a temporary name and renamed, so a reader never sees half a
file; a half-written, foreign or misnamed file is skipped with its reason logged.
Change sets every laptop has acknowledged are deleted, and a laptop's older snapshots
when it files a newer one.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from healthcentre.replication.carriers import BlobConflict, BlobEntry, CarrierError, DeviceEntry, parse_name

log = logging.getLogger(__name__)

SUFFIX = ".hcset"
_DIRECTORIES = {"changes": "changes", "snapshot": "snapshots"}


class FolderCarrier:
    """Blobs of one site in a shared folder; this laptop is ``device_id``."""

    def __init__(self, folder: Path, site_code: str, device_id: str, device_name: str | None = None) -> None:
        self.root = Path(folder) / site_code
        self.device_id = device_id
        self.device_name = device_name
        self.ident = f"folder:{Path(folder).resolve()}"
        if not Path(folder).is_dir():
            raise CarrierError("carrier_folder_unusable", path=folder, reason="not a folder")

    def _path(self, entry: BlobEntry) -> Path:
        return self.root / _DIRECTORIES[entry.kind] / entry.origin / f"{entry.first_seq}-{entry.last_seq}{SUFFIX}"

    def put(self, name: str, blob: bytes) -> None:
        """File ``blob`` atomically; the same bytes again is fine, other bytes raise BlobConflict."""
        entry = parse_name(name)
        if entry is None:
            raise ValueError(f"not a blob name: {name!r}")
        path = self._path(entry)
        if path.exists():
            if path.read_bytes() != blob:
                raise BlobConflict("relay_conflict", name=name)
            return
        _write_atomically(path, blob)
        if entry.kind == "snapshot":
            self._drop_older_snapshots(entry)

    def _drop_older_snapshots(self, newest: BlobEntry) -> None:
        for entry in self.list():
            if entry.kind == "snapshot" and entry.origin == newest.origin and entry.last_seq < newest.last_seq:
                self._path(entry).unlink(missing_ok=True)

    def list(self) -> list[BlobEntry]:
        """Every well-named blob file; anything else is skipped with a logged reason."""
        entries = []
        for kind, directory in _DIRECTORIES.items():
            for path in sorted((self.root / directory).glob(f"*/*{SUFFIX}")):
                entry = parse_name(f"{path.parent.name}/{kind}/{path.name[: -len(SUFFIX)]}")
                if entry is None:
                    log.info("skipped %s: not a blob name", path)
                    continue
                try:
                    size = path.stat().st_size
                except OSError as error:
                    log.info("skipped %s: %s", path, error)
                    continue
                entries.append(BlobEntry(entry.origin, kind, entry.first_seq, entry.last_seq, size=size))
        return entries

    def get(self, entry: BlobEntry) -> bytes:
        """The bytes of a listed blob."""
        try:
            return self._path(entry).read_bytes()
        except OSError as error:
            raise CarrierError("carrier_folder_unusable", path=self._path(entry), reason=str(error)) from None

    def ack(self, vector: dict[str, int]) -> None:
        """Write this laptop's ack file, then delete change sets every laptop has acknowledged."""
        record = {"device": self.device_id, "name": self.device_name, "vector": vector,
                  "acked_at": datetime.now(UTC).isoformat(timespec="seconds")}
        _write_atomically(self.root / "acks" / f"{self.device_id}.json", json.dumps(record).encode("utf-8"))
        self._prune(self._acknowledged_by_all())

    def devices(self) -> list[DeviceEntry]:
        """The laptops that left an ack file."""
        return [DeviceEntry(record["device"], record.get("name"), record.get("acked_at")) for record in self._acks()]

    def _acks(self) -> list[dict]:
        records = []
        for path in sorted((self.root / "acks").glob("*.json")):
            try:
                record = json.loads(path.read_text(encoding="utf-8"))
                vector = record.get("vector")
                if (not isinstance(vector, dict) or record.get("device") != path.stem
                        or not all(type(seq) is int for seq in vector.values())):
                    raise ValueError("not an ack")
            except (OSError, ValueError, AttributeError) as error:
                log.info("skipped %s: %s", path, error)
                continue
            records.append(record)
        return records

    def _acknowledged_by_all(self) -> dict[str, int]:
        vectors = [record["vector"] for record in self._acks()]
        origins = set.intersection(*(set(vector) for vector in vectors)) if vectors else set()
        return {origin: min(vector[origin] for vector in vectors) for origin in origins}

    def _prune(self, vector: dict[str, int]) -> None:
        for entry in self.list():
            if entry.kind == "changes" and entry.last_seq <= vector.get(entry.origin, 0):
                self._path(entry).unlink(missing_ok=True)


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise CarrierError("carrier_folder_unusable", path=path.parent, reason=str(error)) from None
