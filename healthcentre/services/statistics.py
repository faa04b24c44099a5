"""Counts of what the register holds, for `healthcentre info`, the overview and its charts."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import func
from sqlmodel import select

from healthcentre.catalogues import STUDY_CIRCLE_KIND
from healthcentre.data.database import Database
from healthcentre.data.models import Activity, Attendance, Participant, Session, Site, StudyCircle

if TYPE_CHECKING:
    from healthcentre.contract.payload import Table


def register_counts(db: Database) -> dict[str, int]:
    """Rows per main entity, keyed by a stable name (`healthcentre info` labels each as ``cli_count_<name>``)."""
    queries = {
        "sites": select(func.count(Site.id)),
        "activities": select(func.count(Activity.id)),
        "study_circles": select(func.count(StudyCircle.activity_id)),
        "sessions": select(func.count(Session.id)),
        "participants": select(func.count(Participant.id)).where(Participant.erased_at.is_(None)),
        "erased_participants": select(func.count(Participant.id)).where(Participant.erased_at.is_not(None)),
        "attendances": select(func.count(Attendance.id)),
        "unregistered_visits": select(func.coalesce(func.sum(Session.unregistered_count), 0)),
    }
    with db.session() as session:
        return {label: session.exec(query).one() for label, query in queries.items()}


def last_session_date(db: Database, *, site_id: int, until: dt.date | None = None) -> dt.date | None:
    """The date of the site's latest session up to ``until`` (default today), None if it has none.

    Where the site's newest data is: the Rapporter page opens on that period rather than on an empty one."""
    until = until or dt.date.today()
    query = (select(func.max(Session.date)).join(Activity, Activity.id == Session.activity_id)
             .where(Activity.site_id == site_id, Session.date <= until))
    with db.session() as session:
        return session.exec(query).one()


@dataclasses.dataclass(frozen=True)
class Glance:
    """One period of a site at a glance (the Översikt): the county's exact counts, never anonymised."""

    activities: int
    sessions: int
    participants: int
    visits: int
    unregistered_visits: int
    study_circles: int


def period_glance(db: Database, *, site_id: int, periods: list[str]) -> dict[str, Glance]:
    """The key figures of each of ``periods`` (months, quarters or years) for the site.

    The very numbers the county tables hold (``queries.glance_aggregates`` reads their totals):
    activities and study circles with a session in the period, sessions, unique participants
    present, registered and unregistered visits; a period with no session is all zeros."""
    from healthcentre.anonymised import queries

    with db.session() as session:
        years = {year: queries.glance_aggregates(session, site_id=site_id, year=year)
                 for year in {int(p[:4]) for p in periods}}
    empty = dict.fromkeys(queries.GLANCE_FIGURES, 0)
    return {period: Glance(**years[int(period[:4])].get(period, empty)) for period in periods}


def _figure_cells() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each figure of a Glance: the county table and the cell it is read from."""
    from healthcentre.contract.tables import TOTAL

    return {
        "activities": ("AKTIVITETER", (TOTAL, TOTAL)),
        "sessions": ("TILLFALLEN", (TOTAL, TOTAL)),
        "participants": ("DELTAGARE_ALDER_KON", (TOTAL, TOTAL)),
        "visits": ("BESOK", (TOTAL, "REG")),
        "unregistered_visits": ("BESOK", (TOTAL, "OREG")),
        "study_circles": ("AKTIVITETER", (STUDY_CIRCLE_KIND, TOTAL)),
    }


@dataclasses.dataclass(frozen=True)
class MonthlySeries:
    """A site's year month by month (the charts): ``months`` "YYYY-MM" in order, one Glance each."""

    year: int
    months: tuple[str, ...]
    glances: tuple[Glance, ...]

    def values(self, figure: str) -> tuple[int, ...]:
        """``figure`` (e.g. "visits") for each month, January first."""
        return tuple(getattr(glance, figure) for glance in self.glances)


def monthly_series(db: Database, *, site_id: int, year: int) -> MonthlySeries:
    """The site's key figures for each month of ``year``: the very numbers ``period_glance`` gives per month."""
    from healthcentre.contract.tables import month_periods

    months = tuple(month_periods(year))
    glances = period_glance(db, site_id=site_id, periods=list(months))
    return MonthlySeries(year, months, tuple(glances[month] for month in months))


def withheld_months(released: Mapping[str, Sequence[Table]], figure: str) -> tuple[str, ...]:
    """The months (of ``released``, tables per period as sent) in which the county sees ``figure`` withheld.

    The window shows the site's own exact numbers; this says where the county's copy has a gap."""
    table_code, key = _figure_cells()[figure]
    months = []
    for period, tables in sorted(released.items()):
        if not period[5:].isdigit():  # "YYYY-MM": quarters and the year are not charted by month
            continue
        table = next(t for t in tables if t.code == table_code)
        if any(cell.withheld for cell in table.cells if tuple(cell.key) == key):
            months.append(period)
    return tuple(months)
