"""Transfer files: pending submissions carried to the county on a USB stick or a shared folder.

For a site that never has network. The format (``healthcentre.contract.transfer_format``)
is shared with the county, which imports the file with ``healthcentre-county import``
through the very same acceptance rule as HTTP, so re-importing is harmless.
"""

from __future__ import annotations

from pathlib import Path

from healthcentre import __version__
from healthcentre.contract.signing import hash_secret, signature
from healthcentre.contract.transfer_format import manifest, write_atomically
from healthcentre.data.database import Database
from healthcentre.errors import ValidationError
from healthcentre.sync import credentials, outbox, outcomes


def export_pending(db: Database, path: Path, *, threshold: int) -> int:
    """Build what changed (with ``threshold``, the county setting in force), write every pending
    submission to ``path`` and mark them exported.

    Returns how many were written. The file is complete or absent (written aside, then
    renamed); a crash before marking only means they are written again next time."""
    outbox.build_pending(db, threshold=threshold)
    lines = []
    for row in outcomes.pending(db):
        site_code = outcomes.site_code_of(row)
        token = credentials.load_token(site_code)
        if token is None:
            raise ValidationError("sync_not_enrolled")
        data = row.payload_json.encode("utf-8")
        lines.append((row.id, {"site_code": site_code, "signature": signature(hash_secret(token), data),
                               "submission": row.payload_json}))
    write_atomically(Path(path), [manifest(len(lines), __version__), *(entry for _, entry in lines)])
    for submission_id, _ in lines:
        outcomes.mark_exported(db, submission_id)
    return len(lines)
