"""Importing a transfer file at the county: each line through the same acceptance rule as HTTP.

A line counts as authenticated when its signature matches the token of one of the
site's enrolled (not revoked) devices; each line is accepted or refused on its own, and re-importing a file
changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine

from healthcentre.contract.payload import DEFAULT_THRESHOLD
from healthcentre.receiver import auth, device_store, intake, storage
from healthcentre.receiver.intake import Rejected
from healthcentre.contract.transfer_format import read_transfer


@dataclass
class ImportReport:
    """How many lines were accepted, older, duplicates, and the refused ones with reasons."""

    accepted: int = 0
    older: int = 0
    duplicate: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)


def import_file(engine: Engine, path: Path, *, threshold: int = DEFAULT_THRESHOLD,
                language: str = "sv") -> ImportReport:
    """Import every submission of the transfer file at ``path`` (a damaged file imports nothing),
    refusing those anonymised below the county's ``threshold``."""
    report = ImportReport()
    for line in list(read_transfer(path)):
        try:
            with storage.reading(engine) as conn:
                site = storage.get_site(conn, line.site_code)
                hashes = device_store.active_token_hashes(conn, line.site_code) if site else []
            if site is None or not auth.signature_valid(hashes, line.raw, line.signature):
                raise Rejected(401, "receiver_token_missing")
            stored = intake.accept(engine, line.raw, site_code=site["code"], via="file", threshold=threshold)
        except Rejected as exc:
            report.refused.append((line.number, exc.body()[f"message_{language}"]))
            continue
        setattr(report, stored.outcome, getattr(report, stored.outcome) + 1)
    return report
