"""Who has reported: for each site and month of a year, whether the month has arrived, arrived late,
had no activity, is late (not arrived although due) or is not due yet.

A month is due ``due_days`` days after its last day (``ReceiverSettings.report_due_days``, set by the
county). It counts as reported when any submission of that month arrived; reported late when the first
one arrived after the due date. A laptop sends a month only when something changed in it; a month with no
submission counts as without activity once every active laptop of the site has said it is up to date
through it (``contract.month_status``), and until then as late once due."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt

from sqlalchemy.engine import Connection

from healthcentre.receiver import device_store, storage

REPORTED, REPORTED_LATE, NO_ACTIVITY, LATE, NOT_DUE = "reported", "reported_late", "no_activity", "late", "not_due"


@dataclasses.dataclass(frozen=True)
class Month:
    """One site's month: its state and when its first submission arrived (naive UTC, None if never)."""

    state: str
    received_at: dt.datetime | None


@dataclasses.dataclass(frozen=True)
class SiteMonths:
    """A row of the grid: the site, its twelve months and the time of its latest submission that year."""

    site: dict
    months: list[Month]
    last: dt.datetime | None


def due_date(year: int, month: int, due_days: int) -> dt.date:
    """The day by which ``month`` of ``year`` should have arrived: ``due_days`` after its last day."""
    return dt.date(year, month, calendar.monthrange(year, month)[1]) + dt.timedelta(days=due_days)


def month_state(received: dt.datetime | None, due: dt.date, today: dt.date, confirmed: bool = False) -> Month:
    """A month that arrived at ``received`` (None: not yet), due on ``due``, as it stands on ``today``;
    ``confirmed``: every laptop of the site has said it is up to date through the month."""
    if received is not None:
        return Month(REPORTED if received.date() <= due else REPORTED_LATE, received)
    if confirmed:
        return Month(NO_ACTIVITY, None)
    return Month(LATE if today > due else NOT_DUE, None)


def grid(conn: Connection, year: int, due_days: int, today: dt.date, sites: list[dict]) -> list[SiteMonths]:
    """The reporting grid of ``year`` for ``sites`` (those the user may see), by municipality and name."""
    arrived = storage.reported_months(conn, year)
    confirmed = device_store.confirmed_through(conn)
    periods = [f"{year:04d}-{month:02d}" for month in range(1, 13)]
    dues = [due_date(year, month, due_days) for month in range(1, 13)]
    rows = []
    for site in sorted(sites, key=lambda s: (s["municipality_code"], s["name"])):
        received = [arrived.get((site["code"], period)) for period in periods]
        through = confirmed.get(site["code"], "")
        months = [month_state(moment, due, today, period <= through)
                  for moment, due, period in zip(received, dues, periods)]
        rows.append(SiteMonths(site, months, max((m for m in received if m), default=None)))
    return rows


def late_count(rows: list[SiteMonths]) -> int:
    """How many site-months are late (due and not arrived)."""
    return sum(1 for row in rows for month in row.months if month.state == LATE)
