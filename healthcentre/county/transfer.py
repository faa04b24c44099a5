"""Transfer files: pending submissions carried to the county on a USB stick or a shared folder.

For a site that never has network. The file is UTF-8 JSON lines: a manifest,
then one line per submission holding the site code, the submission exactly as
it would be sent over HTTP, and an HMAC-SHA256 of it keyed by the hash of the
site's token (the county keeps only that hash, so it can check the file without
ever holding the token). The county imports it with ``healthcentre county import``,
through the very same acceptance rule as HTTP, so re-importing is harmless.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from healthcentre import __version__
from healthcentre.county import credentials, outbox
from healthcentre.county.payload import CODE_PATTERN
from healthcentre.county.signing import hash_secret, signature
from healthcentre.data.database import Database
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


def export_pending(db: Database, path: Path) -> int:
    """Build what changed, write every pending submission to ``path`` and mark them exported.

    Returns how many were written. The file is complete or absent (written aside, then
    renamed); a crash before marking only means they are written again next time."""
    outbox.build_pending(db)
    lines = []
    for row in outbox.pending(db):
        site_code = outbox.site_code_of(row)
        token = credentials.load_token(site_code)
        if token is None:
            raise ValidationError("sync_not_enrolled")
        data = row.payload_json.encode("utf-8")
        lines.append((row.id, {"site_code": site_code, "signature": signature(hash_secret(token), data),
                               "submission": row.payload_json}))
    manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "count": len(lines),
                "app_version": __version__, "created_at": dt.datetime.now(dt.timezone.utc).isoformat()}
    _write_atomically(Path(path), [manifest, *(entry for _, entry in lines)])
    for submission_id, _ in lines:
        outbox.mark_exported(db, submission_id)
    return len(lines)


def _write_atomically(path: Path, documents: list[dict]) -> None:
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
        manifest = _manifest(path, handle.readline(MAX_LINE))
        count = 0
        for number, line in enumerate(handle, start=2):
            if not line.strip():
                continue
            yield _entry(path, number, line)
            count += 1
    if count != manifest["count"]:
        raise _invalid(path, f"manifest says {manifest['count']} submissions, file has {count}")


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
