"""Counts of what the register holds, for `healthcentre info` and the overview."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import func
from sqlmodel import select

from healthcentre.catalogues import STUDY_CIRCLE_KIND
from healthcentre.data.database import Database
from healthcentre.data.models import Activity, Attendance, Participant, Session, Site, StudyCircle


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

    Read from the county counts (``counts.exact_grid``), so the overview shows the very
    numbers the county tables hold: activities and study circles with a session in the
    period, sessions, unique participants present, registered and unregistered visits."""
    from healthcentre.anonymised import counts
    from healthcentre.contract.tables import TOTAL

    grids = {year: counts.exact_grid(db, site_id=site_id, year=year) for year in {int(p[:4]) for p in periods}}
    result = {}
    for period in periods:
        grid = grids[int(period[:4])][period]
        result[period] = Glance(
            activities=int(grid["AKTIVITETER"][(TOTAL, TOTAL)]),
            sessions=int(grid["TILLFALLEN"][(TOTAL, TOTAL)]),
            participants=int(grid["DELTAGARE_ALDER_KON"][(TOTAL, TOTAL)]),
            visits=int(grid["BESOK"][(TOTAL, "REG")]),
            unregistered_visits=int(grid["BESOK"][(TOTAL, "OREG")]),
            study_circles=int(grid["AKTIVITETER"][(STUDY_CIRCLE_KIND, TOTAL)]),
        )
    return result
