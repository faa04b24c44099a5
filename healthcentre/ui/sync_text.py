"""Wording of the county sync status for the status bar and the overview."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication


def last_sync_time(status) -> dt.datetime | None:
    """When data was last delivered to the county, from the outbox's sync status."""
    for name in ("last_sent_at", "last_delivered_at", "last_sync_at"):
        when = getattr(status, name, None)
        if when is not None:
            return when
    return None


def pending_periods(status) -> list[str]:
    """The periods that wait to be sent."""
    return list(getattr(status, "pending_periods", ()) or ())


def pending_count(status) -> int:
    """How many periods wait to be sent."""
    return len(pending_periods(status))


def describe_last_sync(status) -> str:
    """'2026-03-04 14:05' in local time, or 'never'."""
    when = last_sync_time(status)
    if when is None:
        return QCoreApplication.translate("SyncText", "never")
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")
