"""The county counts of a site: the one module that computes them, exact and anonymised.

``exact_tables`` gives one period's exact tables (for the site's own, internal use);
``build_year`` gives every period of a year, exact and as released to the county
(anonymised consistently across all tables and all 17 periods, against what was
published before); ``period_tables`` is one released period. The tables are those
of ``healthcentre.contract.tables`` as payload ``Table`` objects.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from healthcentre.anonymised import queries
from healthcentre.contract import tables
from healthcentre.anonymised import relations as rel
from healthcentre.contract.payload import DEFAULT_THRESHOLD, Cell, Dimension, Submission, Table
from healthcentre.contract.tables import TOTAL
from healthcentre.data.database import Database
from healthcentre.data.models import Gender

if TYPE_CHECKING:
    from healthcentre.anonymised.disclosure import Breach

Grid = dict[str, dict[str, dict[tuple[str, ...], float]]]  # period -> table code -> cell key -> value
# The register's genders as the county's codes (``tables.GENDERS``).
GENDER_CODES: dict[Gender | None, str] = {
    Gender.WOMAN: "kvinna", Gender.MAN: "man", Gender.OTHER: "annat", Gender.UNKNOWN: "okant", None: "okant",
}


@dataclasses.dataclass(frozen=True)
class YearCounts:
    """A site's year: exact and released tables per period, and how many people cells are withheld."""

    year: int
    threshold: int
    exact: dict[str, tuple[Table, ...]]
    released: dict[str, tuple[Table, ...]]
    withheld_cells: int
    people_cells: int
    breaches: tuple[Breach, ...]
    reasons: Mapping[rel.Ref, tuple[rel.Ref, ...]] = dataclasses.field(default_factory=dict)


def _cross_tab(inner, kind_totals, categories_of_second) -> dict[tuple[str, ...], float]:
    """Kind × target group with margins: kinds add up, target groups do not."""
    cells = {}
    for kind in tables.KIND_CODES:
        for group in categories_of_second:
            cells[(kind, group)] = inner.get((kind, group), 0)
        cells[(kind, TOTAL)] = kind_totals.get((kind,), 0)
    for group in [*categories_of_second, TOTAL]:
        cells[(TOTAL, group)] = sum(cells[(kind, group)] for kind in tables.KIND_CODES)
    return cells


def _additive(inner: Mapping[tuple[str, str], float], rows, columns) -> dict[tuple[str, ...], float]:
    """A two-way table whose both dimensions add up."""
    cells = {(r, c): inner.get((r, c), 0) for r in rows for c in columns}
    for r in rows:
        cells[(r, TOTAL)] = sum(cells[(r, c)] for c in columns)
    for c in [*columns, TOTAL]:
        cells[(TOTAL, c)] = sum(cells[(r, c)] for r in rows)
    return cells


def _period_grid(agg, period: str, circles: dict[str, dict[str, int]]) -> dict[str, dict[tuple[str, ...], float]]:
    def get(name):
        return agg[name].get(period, {})

    groups = tables.TARGET_GROUP_CODES
    people: dict[tuple[str, str], float] = {}
    for (band, gender), n in get("people_age_gender").items():
        key = (band, GENDER_CODES[gender])
        people[key] = people.get(key, 0) + n
    age_gender = _additive(people, tables.AGE_BAND_CODES, tables.GENDERS)
    total = age_gender[(TOTAL, TOTAL)]
    activities = _cross_tab(get("activities_kind_tg"), get("activities_kind"), groups)
    sessions = _cross_tab(get("sessions_kind_tg"), get("sessions_kind"), groups)
    visits = {(kind, "REG"): n for (kind,), n in get("visits_kind").items()}
    visits.update({(kind, "OREG"): n for (kind,), n in get("unregistered_kind").items()})
    course_kinds = [key[0] for key in agg["course_kinds"][""]]
    indicators = {
        "KURSER_UNGA_VUXNA": sum(activities[(kind, "UNGA_VUXNA")] for kind in course_kinds),
        "KURSER_ALDRE": sum(activities[(kind, "ALDRE")] for kind in course_kinds),
        "KURSER_MED_HALSOCENTER": get("courses_with_hc").get((), 0),
        "KURSER_INOM_HALSOCENTER": get("courses_within_hc").get((), 0),
        "STUDIECIRKLAR_STARTADE": circles["started"].get(period, 0),
        "STUDIECIRKLAR_AVSLUTADE": circles["completed"].get(period, 0),
        "TRAFFAR_ALDRE": sessions[(tables.GATHERING_KIND, "ALDRE")],
    }
    return {
        "AKTIVITETER": activities,
        "TILLFALLEN": sessions,
        "STUDIETIMMAR": _cross_tab(get("hours_kind_tg"), get("hours_kind"), groups),
        "DELTAGARE_ALDER_KON": age_gender,
        "DELTAGARE_MALGRUPP": {**{(g,): get("people_target_group").get((g,), 0) for g in groups}, (TOTAL,): total},
        "DELTAGARE_NYA": {("NYA",): get("new_people").get((), 0),
                          ("FORSTA_ORGANISERADE",): get("first_organised").get((), 0), (TOTAL,): total},
        "BESOK": _additive(visits, tables.KIND_CODES, tables.VISIT_TYPES),
        "INDIKATORER": {(code,): indicators[code] for code in tables.INDICATOR_CODES},
    }


def _circles(session, *, site_id: int, year: int) -> dict[str, dict[str, int]]:
    """Study circles started (first session) and completed and counting (last session), per period."""
    dates = queries.circle_dates(session, site_id=site_id)
    ending = [aid for aid, _, last in dates if last.year == year]
    counting = queries.circles_that_count(session, ending)
    result: dict[str, dict[str, int]] = {"started": {}, "completed": {}}
    for aid, first, last in dates:
        for name, day, wanted in (("started", first, True), ("completed", last, aid in counting)):
            if day.year == year and wanted:
                for period in queries.periods_of_day(day):
                    result[name][period] = result[name].get(period, 0) + 1
    return result


def exact_grid(db: Database, *, site_id: int, year: int) -> Grid:
    """Every exact count of the site's ``year``, for all 17 periods."""
    with db.session() as session:
        agg = queries.year_aggregates(session, site_id=site_id, year=year)
        circles = _circles(session, site_id=site_id, year=year)
    return {period: _period_grid(agg, period, circles) for period in tables.year_periods(year)}


def _cell(key: tuple[str, ...], value: float | None) -> Cell:
    """A cell (immutable, so shared by every table that has the same key and value); None: withheld."""
    return _shared_cell(key, value, type(value))


@functools.lru_cache(maxsize=1 << 16)
def _shared_cell(key: tuple[str, ...], value: float | None, _kind: type) -> Cell:
    # The keys are the catalogue's codes, so the cells need no per-key check; the table still checks its margins.
    # ``_kind`` keeps 2 and 2.0 apart (equal as keys, but shown differently).
    return Cell.model_construct(key=key, value=value, withheld=value is None)


def _table(spec: tables.TableSpec, values: Mapping[tuple[str, ...], float]) -> Table:
    cells = tuple(_cell(key, values[key]) for key in tables.cell_keys(spec))
    dimensions = tuple(Dimension(code=d.code, additive=d.additive) for d in spec.dimensions)
    return Table(code=spec.code, measure=spec.measure, dimensions=dimensions, cells=cells)


def _tables(period_grid) -> tuple[Table, ...]:
    return tuple(_table(spec, period_grid[spec.code]) for spec in tables.TABLES)


def _withhold(table: Table, hidden: frozenset[tuple[str, ...]]) -> Table:
    """``table`` with the cells of ``hidden`` withheld (the same table when there are none)."""
    if not hidden:
        return table
    cells = tuple(_cell(cell.key, None) if cell.key in hidden else cell for cell in table.cells)
    return Table(code=table.code, measure=table.measure, dimensions=table.dimensions, cells=cells)


def exact_tables(db: Database, *, site_id: int, period: str) -> tuple[Table, ...]:
    """The exact (not anonymised) tables of one period: for the site's own, internal use only."""
    return _tables(exact_grid(db, site_id=site_id, year=int(period[:4]))[period])


def exact_year(db: Database, *, site_id: int, year: int) -> dict[str, tuple[Table, ...]]:
    """The exact tables of every period of the site's ``year`` from one pass over the data
    (internal reports and exports of many periods)."""
    return {period: _tables(grid) for period, grid in exact_grid(db, site_id=site_id, year=year).items()}


def people_values(grid: Grid) -> dict[rel.Ref, float]:
    """Every canonical count of people in ``grid``."""
    values = {}
    for period, by_table in grid.items():
        for spec in rel.people_specs():
            for key, value in by_table[spec.code].items():
                values.setdefault(rel.canonical(period, spec.code, key), value)
    return values


def build_year(db: Database, *, site_id: int, year: int, threshold: int = DEFAULT_THRESHOLD,
               published: Sequence[Submission] = ()) -> YearCounts:
    """Every period of the site's ``year``, exact and as released to the county (anonymised).

    ``published``: what the county already received for this site and year (any
    versions); the release then never gives away what those withheld."""
    # late: the protection (numpy, the disclosure programme) costs ~0.5 s to import, which Översikt's
    # exact figures (``exact_grid``) must not pay on the worker at the window's start (-X importtime)
    from healthcentre.anonymised.anonymise import suppress

    grid = exact_grid(db, site_id=site_id, year=year)
    mine = [s for s in published if s.period in grid]
    events = {period: rel.events_of(period_grid) for period, period_grid in grid.items()}
    suppression = suppress(people_values(grid), year=year, threshold=threshold, events=events, published=mine)
    released, exact, withheld, people = {}, {}, 0, 0
    for period, period_grid in grid.items():
        hidden = {}
        for spec in rel.people_specs():
            keys = frozenset(key for key in period_grid[spec.code]
                             if rel.canonical(period, spec.code, key) in suppression.withheld)
            hidden[spec.code] = keys
            withheld += len(keys)
            people += len(period_grid[spec.code])
        exact[period] = _tables(period_grid)
        released[period] = tuple(_withhold(table, hidden.get(table.code, frozenset())) for table in exact[period])
    return YearCounts(year=year, threshold=threshold, exact=exact, released=released, withheld_cells=withheld,
                      people_cells=people, breaches=suppression.breaches, reasons=suppression.reasons)


def period_tables(db: Database, *, site_id: int, period: str, threshold: int = DEFAULT_THRESHOLD,
                  published: Sequence[Submission] = ()) -> tuple[Table, ...]:
    """The anonymised tables of one period, as sent to the county (consistent with its whole year)."""
    return build_year(db, site_id=site_id, year=int(period[:4]), threshold=threshold,
                      published=published).released[period]


def periods_to_send(counts: YearCounts, published: Sequence[Submission]) -> list[str]:
    """The periods whose released tables differ from the newest version the county has (or it has none)."""
    from healthcentre.anonymised.anonymise import latest_versions  # late, as in build_year

    latest = latest_versions(published)
    return [period for period, released in counts.released.items()
            if period not in latest or latest[period].tables != released]


def indicators(db: Database, *, site_id: int, period: str) -> dict[str, float]:
    """The action plans' indicators of one period (counts of activities and sessions, never anonymised)."""
    grid = exact_grid(db, site_id=site_id, year=int(period[:4]))[period]
    return {key[0]: value for key, value in grid["INDIKATORER"].items()}
