"""Everything a period report shows, gathered through the county counts and the services.

A period is a month, a quarter or a year (compared with the period before it), or a
custom run of whole months (shown month by month: unique people cannot be added up)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from healthcentre.data.database import Database
from healthcentre.errors import ValidationError
from healthcentre.anonymised.withheld_why import Why
from healthcentre.reports.figures import Figures, released_figures, site_ids
from healthcentre.reports.formatting import (
    MONTHS_SHORT_SV, last_day_of_month, months_between, period_code, period_label, previous_period,
)
from healthcentre.reports.register_rows import ActivityRow, activity_rows
from healthcentre.services import catalogues, sites, study_circles

MAX_CUSTOM_MONTHS = 12


@dataclasses.dataclass(frozen=True)
class Column:
    """A column of the comparison tables: a county period code and its heading."""

    period: str
    heading: str


@dataclasses.dataclass(frozen=True)
class CircleLine:
    """A study circle of the period with its rule status and the site that runs it."""

    record: study_circles.StudyCircleRecord
    status: study_circles.CircleStatus
    site_name: str


@dataclasses.dataclass(frozen=True)
class PeriodReportData:
    """The figures and lists of one period report."""

    scope: str
    municipalities: list[str]
    start: dt.date
    end: dt.date
    label: str
    internal: bool
    threshold: int
    columns: list[Column]
    current: str | None
    months: list[Column]
    figures: Figures
    activities: list[ActivityRow]
    circles: list[CircleLine]
    why: dict[tuple[str, str, tuple[str, ...]], Why] = dataclasses.field(default_factory=dict)

    @property
    def several_sites(self) -> bool:
        """Whether the report covers more than one site, so its lists must say which site each line is."""
        return len({a.site_name for a in self.activities} | {c.site_name for c in self.circles}) > 1


def _code(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _heading(period: str) -> str:
    if len(period) == 4:
        return period
    if period[5] == "Q":
        return f"Kv {period[6]} {period[:4]}"
    return f"{MONTHS_SHORT_SV[int(period[5:7]) - 1]} {period[:4]}"


def _columns(start: dt.date, end: dt.date) -> tuple[list[Column], str | None, list[Column]]:
    code = period_code(start, end)
    if code is not None:
        before = period_code(*previous_period(start, end))
        chart_from = start if start.month != end.month else dt.date(start.year, 1, 1)
        months = [Column(_code(y, m), MONTHS_SHORT_SV[m - 1]) for y, m in months_between(chart_from, end)]
        return [Column(before, _heading(before)), Column(code, _heading(code))], code, months
    if start.day != 1 or end != last_day_of_month(end.year, end.month):
        raise ValidationError("report_custom_months", field="start")
    months = [Column(_code(y, m), _heading(_code(y, m))) for y, m in months_between(start, end)]
    if len(months) > MAX_CUSTOM_MONTHS:
        raise ValidationError("report_custom_too_long", field="end", max=MAX_CUSTOM_MONTHS)
    return months, None, months


def gather(db: Database, *, site_id: int | None, start: dt.date, end: dt.date, internal: bool,
           threshold: int,
           progress: Callable[[int, int], None] | None = None,
           cancel: Callable[[], bool] | None = None) -> PeriodReportData:
    """Read everything the report of [start, end] shows, for one site or all sites
    with ``threshold`` (the county setting, from the edge)."""
    if end < start:
        raise ValidationError("end_before_start", field="end")
    columns, current, months = _columns(start, end)
    periods = list(dict.fromkeys([c.period for c in columns] + [m.period for m in months]))
    released = released_figures(db, site_id=site_id, periods=periods, internal=internal, threshold=threshold,
                                progress=progress, cancel=cancel)
    ids = site_ids(db, site_id)
    chosen = [s for s in sites.list_sites(db) if s.id in ids]
    names = {m.code: m.name for m in catalogues.list_municipalities(db)}
    scope = chosen[0].name if site_id is not None else f"Alla verksamheter på datorn ({len(chosen)})"
    site_names = {s.id: s.name for s in chosen}
    circles = [CircleLine(record, study_circles.circle_status(db, record.activity_id), site_names[sid])
               for sid in ids for record in study_circles.list_circles(db, site_id=sid)
               if record.start_date <= end and (record.end_date or record.start_date) >= start]
    return PeriodReportData(
        scope=scope, municipalities=sorted({names.get(s.municipality_code, s.municipality_code) for s in chosen}),
        start=start, end=end, label=period_label(start, end), internal=internal, threshold=threshold,
        columns=columns, current=current, months=months, figures=released.figures,
        activities=activity_rows(db, site_ids=ids, start=start, end=end), circles=circles, why=released.why,
    )
