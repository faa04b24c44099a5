"""The window's view of the county follow-up, which other parts of the program provide.

``healthcentre.county.outbox`` (what waits to be sent) and
``healthcentre.county.counts`` (the anonymised tables) are imported lazily: until
they exist on a machine's build, the window shows a "not yet configured" state.
``outbox.sync_status(db)`` is used when the outbox offers it; otherwise the
status is put together from the outbox's recorded status and waiting periods.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
from types import ModuleType

from healthcentre.data.database import Database


@dataclasses.dataclass(frozen=True)
class SyncSummary:
    """When data was last sent and which periods wait."""

    last_sent_at: dt.datetime | None
    pending_periods: list[str]
    last_error: str | None


def county_module(name: str) -> ModuleType | None:
    """``healthcentre.county.<name>``, or None when this build does not have it."""
    full = f"healthcentre.county.{name}"
    try:
        return importlib.import_module(full)
    except ModuleNotFoundError as exc:
        if exc.name in (full, "healthcentre.county"):
            return None
        raise


def _moment(text: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def sync_status(db: Database):
    """What waits to be sent and when the last delivery was (None: sync not available)."""
    outbox = county_module("outbox")
    if outbox is None:
        return None
    if hasattr(outbox, "sync_status"):
        return outbox.sync_status(db)
    status = outbox.load_status(db)
    periods = sorted(set(outbox.marked_periods(db)) | {row.period for row in outbox.pending(db)})
    return SyncSummary(last_sent_at=_moment(status.get("last_sent_at")), pending_periods=periods,
                       last_error=status.get("last_error"))
