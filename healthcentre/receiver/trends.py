"""The year-over-year follow-up of one indicator of the action plans (``contract.tables.INDICATORS``):
the county and each of the 13 municipalities over every year and quarter with data, the spread
(in how many municipalities it is above 0), and the county's targets.

On track or behind: the target path runs straight from the first year with data (its value) to each
target in year order, and stays at the last target after it. The latest year with data is on track
when its value is at least the path's value that year, behind otherwise. The latest year counts as it
stands, so a year still in progress may show as behind until its last months are reported."""

from __future__ import annotations

import dataclasses
import re

from sqlalchemy.engine import Engine

from healthcentre.contract.tables import INDICATOR_NAMES
from healthcentre.receiver import aggregate, site_kinds, storage, target_store
from healthcentre.receiver.intake import Rejected
from healthcentre.receiver.county_overview import Figure, indicator_cell, indicator_figure, spread_of
from healthcentre.reports.formatting import number

from healthcentre.receiver.target_store import COUNT, SPREAD


@dataclasses.dataclass(frozen=True)
class Progress:
    """The latest year's value against the target path (see the module)."""

    year: int
    value: float
    expected: float
    on_track: bool


@dataclasses.dataclass(frozen=True)
class Series:
    """One measure of the indicator over the years, its target path (None where there is none) and progress."""

    years: list[int]
    values: list[float | None]
    path: list[float | None]
    targets: list[dict]
    progress: Progress | None


@dataclasses.dataclass(frozen=True)
class Trend:
    """Everything the trend page shows for one indicator."""

    indicator: str
    years: list[int]
    county: list[Figure]
    municipalities: list[tuple[str, list[Figure]]]
    spread: list[int]
    quarters: list[str]
    county_quarters: list[Figure]
    municipality_quarters: list[tuple[str, list[Figure]]]
    count: Series
    municipalities_with: Series
    by_kind: list[site_kinds.KindBreakdown]  # one per year of ``years``


def path_value(start: tuple[int, float], targets: list[dict], year: int) -> float:
    """The target path's value in ``year``: straight lines from ``start`` (year, value) through each target."""
    points = [start, *((t["year"], t["value"]) for t in targets if t["year"] > start[0])]
    if len(points) == 1:
        return targets[-1]["value"] if targets else start[1]
    for (y0, v0), (y1, v1) in zip(points, points[1:]):
        if year <= y1:
            return v0 + (v1 - v0) * (max(year, y0) - y0) / (y1 - y0)
    return points[-1][1]


def progress(years: list[int], values: list[float | None], targets: list[dict]) -> Progress | None:
    """The latest known value against the target path; None without targets or without known values."""
    known = [(year, value) for year, value in zip(years, values) if value is not None]
    if not targets or not known:
        return None
    year, value = known[-1]
    expected = path_value(known[0], targets, year)
    return Progress(year, value, expected, value >= expected)


def _series(years: list[int], values: list[float | None], targets: list[dict]) -> Series:
    """The measure over ``years`` extended to its last target year, with the target path drawn from its first value."""
    last = max([*years, *(t["year"] for t in targets)]) if years or targets else 0
    span = list(range(years[0], last + 1)) if years else []
    by_year = dict(zip(years, values))
    known = [(y, by_year[y]) for y in span if by_year.get(y) is not None]
    path = [path_value(known[0], targets, y) if targets and known and y >= known[0][0] else None for y in span]
    return Series(span, [by_year.get(y) for y in span], path, targets, progress(years, values, targets))


def _per_municipality(results: list[dict], indicator: str) -> list[tuple[str, list[Figure]]]:
    """Each municipality's name and its figure of ``indicator`` in each of ``results`` (periods in order)."""
    names = [area["name"] for area in results[0]["municipalities"]] if results else []
    return [(name, [indicator_figure(result["municipalities"][index], indicator) for result in results])
            for index, name in enumerate(names)]


def indicator_code(asked: str) -> str:
    """The indicator code a page or download asked for (any case); 422 naming the known ones otherwise."""
    code = asked.strip().upper()
    if code not in INDICATOR_NAMES:
        raise Rejected(422, "target_indicator_unknown", indicator=asked[:40], codes=", ".join(INDICATOR_NAMES))
    return code


def build(engine: Engine, indicator: str, threshold: int) -> Trend:
    """The trend of ``indicator`` over every year and quarter some site has reported."""
    with storage.reading(engine) as conn:
        periods = storage.reported_periods(conn)
        targets = target_store.list_targets(conn, indicator)
    years = [int(p) for p in periods if re.fullmatch(r"\d{4}", p)]
    quarters = [p for p in periods if re.fullmatch(r"\d{4}-Q[1-4]", p)]
    only = indicator_cell(indicator)
    year_periods = [f"{year:04d}" for year in years]
    every = aggregate.indicators_over(engine, year_periods + quarters, threshold, only)  # one query for both
    results, by_quarter = every[:len(years)], every[len(years):]
    county = [indicator_figure(result["county"], indicator) for result in results]
    spread = [spread_of(result, indicator) for result in results]
    county_quarters = [indicator_figure(result["county"], indicator) for result in by_quarter]
    return Trend(indicator, years, county, _per_municipality(results, indicator), spread, quarters, county_quarters,
                 _per_municipality(by_quarter, indicator),
                 _series(years, [f.value for f in county], [t for t in targets if t["measure"] == COUNT]),
                 _series(years, [float(s) for s in spread], [t for t in targets if t["measure"] == SPREAD]),
                 site_kinds.breakdowns(engine, year_periods, threshold, only))


def describe(progress: Progress | None) -> str:
    """On track or behind in words (never by colour alone), or that no target is set."""
    if progress is None:
        return "Inget mål satt."
    state = "I fas" if progress.on_track else "Efter"
    return (f"{state}: {number(progress.value)} år {progress.year}, målbanan är {number(progress.expected, 1)} "
            f"det året.")
