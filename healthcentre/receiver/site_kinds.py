"""The county's follow-up by kind of site (Hälsocenter, Recovery college, meeting place): the latest
submission of every site summed per kind, how many municipalities have a site of each kind that
reported, and how many sites of each kind reported in each municipality.

A site's kind is what ``county site add --kind`` registered or its laptop last sent (``site_kind`` in the
submission); a site of unknown kind is counted as such. The sums are those of ``aggregate``: every count of
people a site releases is 0 or at least the threshold, so a sum of them is too, and a withheld cell at
every site of a kind stays withheld (shown ×)."""

from __future__ import annotations

import dataclasses

from sqlalchemy.engine import Engine

from healthcentre.catalogues import MUNICIPALITIES
from healthcentre.contract import tables
from healthcentre.contract.payload import SITE_KINDS
from healthcentre.receiver import aggregate, storage
from healthcentre.receiver.cell_store import Only
from healthcentre.receiver.county_overview import Figure, Grid, indicator_figure
from healthcentre.reports.formatting import number

UNKNOWN = "okand"
KIND_NAMES = {"halsocenter": "Hälsocenter", "recovery_college": "Recovery college",
              "meeting_place": "Mötesplatser", "other": "Övriga verksamheter", UNKNOWN: "Typ okänd"}
ORDER = (*SITE_KINDS, UNKNOWN)
SPREAD_KINDS = ("halsocenter", "recovery_college", "meeting_place")  # "Hälsocenter i merparten av kommunerna"


@dataclasses.dataclass(frozen=True)
class KindBreakdown:
    """One period by kind of site: ``areas`` (an area per kind that reported, shaped like ``aggregate``'s
    municipalities: code, name, sites, tables), ``municipalities_with`` (kind → how many of the 13
    municipalities have a site of it that reported) and ``sites_per_municipality`` (municipality
    name → kind → sites that reported)."""

    period: str
    areas: list[dict]
    municipalities_with: dict[str, int]
    sites_per_municipality: list[tuple[str, dict[str, int]]]


def breakdowns(engine: Engine, periods: list[str], threshold: int, only: Only | None = None) -> list[KindBreakdown]:
    """The indicators of each of ``periods`` by kind of site (see the module), in one query for all;
    ``only``: just that cell (a trend)."""
    with storage.reading(engine) as conn:
        reported = storage.sites_by_kind(conn, periods)
        by_kind = aggregate.areas_over(conn, periods, "kind", threshold, only, reported)
    counts: dict[str, dict[str, dict[str, int]]] = {period: {} for period in periods}
    for row in reported:
        per_kind = counts[row.period].setdefault(row.municipality_code, {})
        per_kind[row.kind or UNKNOWN] = per_kind.get(row.kind or UNKNOWN, 0) + row.sites
    return [_breakdown(period, by_kind.get(period, {}), counts[period]) for period in periods]


def breakdown(engine: Engine, period: str, threshold: int) -> KindBreakdown:
    """The indicators of ``period`` by kind of site (see the module)."""
    return breakdowns(engine, [period], threshold)[0]


def _breakdown(period: str, by_kind: dict, counts: dict[str, dict[str, int]]) -> KindBreakdown:
    areas = {kind or UNKNOWN: area for kind, area in by_kind.items()}
    shown = [{"code": kind, "name": KIND_NAMES[kind], **areas[kind]} for kind in ORDER if kind in areas]
    having = {kind: sum(1 for per_kind in counts.values() if per_kind.get(kind)) for kind in ORDER}
    return KindBreakdown(period, shown, having, [(name, counts.get(code, {})) for code, name in MUNICIPALITIES])


def indicator_grid(kinds: KindBreakdown) -> Grid:
    """The action plans' indicators per kind of site (rows) for the period, as the overview prints them."""
    rows = [(area["name"], [indicator_figure(area, code) for code, *_ in tables.INDICATORS]) for area in kinds.areas]
    return Grid("Indikatorer per typ av verksamhet, länet", "Typ av verksamhet",
                [sv for _, sv, _ in tables.INDICATORS], rows)


def sites_grid(kinds: KindBreakdown) -> Grid:
    """Sites that reported per municipality and kind, and the number of municipalities with each kind."""
    shown = [kind for kind in ORDER if kind != UNKNOWN or kinds.municipalities_with[UNKNOWN]]
    rows = [(name, [_count(per_kind.get(kind, 0)) for kind in shown]) for name, per_kind in kinds.sites_per_municipality]
    rows.append(("Kommuner med minst en", [_count(kinds.municipalities_with[kind]) for kind in shown]))
    return Grid("Rapporterande verksamheter per kommun och typ", "Kommun", [KIND_NAMES[k] for k in shown], rows)


def _count(value: int) -> Figure:
    return Figure(number(value), value)
