"""Wording of the county sync status (``delivery.SyncStatus``) for the status bar, Översikt and Uppföljning."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from healthcentre.sync.delivery import SyncStatus


def local_time(moment: dt.datetime | None, *, with_date: bool = True) -> str:
    """'2026-03-04 14:05' (or '14:05') in local time; 'never' for None."""
    if moment is None:
        return QCoreApplication.translate("SyncText", "never")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")


def describe_last_sync(status: SyncStatus) -> str:
    """When data was last delivered to the county, in local time, or 'never'."""
    return local_time(status.last_sent_at)


def _retry_time(moment: dt.datetime) -> str:
    same_day = moment.astimezone().date() == dt.datetime.now().astimezone().date()
    return local_time(moment, with_date=not same_day)


def attention_text(status: SyncStatus) -> str:
    """'⚠ Datorn är inte ansluten till länet', '⚠ Länet tog inte emot …: skäl', or '' if no one must act."""
    if not status.needs_attention:
        return ""
    return "⚠ " + status.headline()


def network_text(status: SyncStatus) -> str:
    """'Online', 'Offline – retrying at 14:35' or '' before the first attempt (from the last attempt)."""
    if status.online is None:
        return ""
    if status.online:
        return QCoreApplication.translate("SyncText", "● Online")
    if status.next_attempt_at is not None:
        retry = QCoreApplication.translate("SyncText", "○ Offline – retrying at {time}")
        return retry.format(time=_retry_time(status.next_attempt_at))
    return QCoreApplication.translate("SyncText", "○ Offline")


def pending_text(status: SyncStatus) -> str:
    """'Waiting to be sent: 2026-03, 2026-Q1' or 'Nothing waits to be sent.' (and through which month the
    county has been told everything is sent)."""
    if not status.pending_periods:
        nothing = QCoreApplication.translate("SyncText", "Nothing waits to be sent.")
        if status.confirmed_through is None:
            return nothing
        told = QCoreApplication.translate("SyncText", "The county knows everything through {month} is sent.")
        return f"{nothing} {told.format(month=status.confirmed_through)}"
    waiting = QCoreApplication.translate("SyncText", "Waiting to be sent: {periods}")
    return waiting.format(periods=", ".join(status.pending_periods))
