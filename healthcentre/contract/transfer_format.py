"""The transfer-file format: submissions carried to the county on a USB stick or a shared folder.

UTF-8 JSON lines: a manifest, then one line per submission holding the site code, the
submission exactly as it would be sent over HTTP, and an HMAC-SHA256 of it keyed by the hash
of the site's token (the county keeps only that hash, so it can check the file without ever
holding the token). The laptop writes it (``healthcentre.sync.transfer``), the county reads it
(``healthcentre.receiver.file_import``): the format is part of the contract both import.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from healthcentre.contract.payload import CODE_PATTERN
from healthcentre.errors import ValidationError

FORMAT = "healthcentre-county-transfer"
FORMAT_VERSION = 1
MAX_LINE = 4 * 1024 * 1024


@dataclass(frozen=True)
class TransferLine:
    """One submission read from a transfer file (not yet validated)."""

    number: int
    site_code: str
    signature: str
    raw: bytes


def manifest(count: int, app_version: str) -> dict:
    """The first line of a transfer file holding ``count`` submissions."""
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "count": count,
            "app_version": app_version, "created_at": dt.datetime.now(dt.timezone.utc).isoformat()}


def write_atomically(path: Path, documents: list[dict]) -> None:
    """Write ``documents`` as JSON lines to ``path``: complete or absent (written aside, then renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".part")
    with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
        for document in documents:
            handle.write(json.dumps(document, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def _invalid(path: Path, reason: str) -> ValidationError:
    return ValidationError("transfer_file_invalid", field="path", path=str(path), reason=reason)


def read_transfer(path: Path) -> Iterator[TransferLine]:
    """The submissions of a transfer file, after checking its manifest and line count."""
    path = Path(path)
    with open(path, "rb") as handle:
        first = _manifest(path, handle.readline(MAX_LINE))
        count = 0
        for number, line in enumerate(handle, start=2):
            if not line.strip():
                continue
            yield _entry(path, number, line)
            count += 1
    if count != first["count"]:
        raise _invalid(path, f"manifest says {first['count']} submissions, file has {count}")


def _manifest(path: Path, line: bytes) -> dict:
    try:
        manifest = json.loads(line)
    except (ValueError, RecursionError):
        raise _invalid(path, "first line is not a manifest") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _invalid(path, "first line is not a manifest")
    if manifest.get("format_version") != FORMAT_VERSION or not isinstance(manifest.get("count"), int):
        raise _invalid(path, f"unsupported format version {manifest.get('format_version')!r}")
    return manifest


def _entry(path: Path, number: int, line: bytes) -> TransferLine:
    try:
        entry = json.loads(line)
        site_code = entry["site_code"]
        if not isinstance(site_code, str) or not re.fullmatch(CODE_PATTERN, site_code):
            raise ValueError("site code is not a code")
        return TransferLine(number, site_code, str(entry["signature"]), str(entry["submission"]).encode("utf-8"))
    except (ValueError, KeyError, TypeError, RecursionError):
        raise _invalid(path, f"line {number} is not a submission entry") from None
