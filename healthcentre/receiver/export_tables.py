"""The county pages' tables as plain rows for the downloads (``/oversikt.xlsx``, ``/trender.xlsx`` and the
PDFs): built from the same ``CountyOverview`` and ``Trend`` the pages show, so a file handed on says what
the page says. A cell is a number (typed), ``×`` where the figure is withheld or ``–`` where nothing was
reported; each table carries the one-line notes that explain its marks."""

from __future__ import annotations

import dataclasses

from healthcentre.contract.tables import INDICATOR_NAMES
from healthcentre.receiver import site_kinds
from healthcentre.receiver.county_overview import PARTIAL_NOTE, CountyOverview, Figure, Grid, indicator_figure
from healthcentre.receiver.trends import Series, Trend
from healthcentre.reports.formatting import WITHHELD

Cell = float | int | str | None


@dataclasses.dataclass(frozen=True)
class ExportTable:
    """One sheet of a workbook: its name (at most 31 characters), headings, rows and notes."""

    name: str
    headers: list[str]
    rows: list[list[Cell]]
    notes: list[str]
    partial: set[tuple[int, int]] = dataclasses.field(default_factory=set)  # (row, column) of partial sums


def withheld_note(threshold: int) -> str:
    """The one line under every table that has a withheld or missing figure."""
    return (f"{WITHHELD} visas inte: färre än {threshold} personer, eller ett tal som skulle avslöja ett sådant. "
            "– ingen verksamhet har rapporterat.")


def cell(figure: Figure) -> Cell:
    """A page's printed figure as a typed cell: the number, or the page's mark where there is none."""
    if figure.value is None:
        return WITHHELD if figure.text.startswith(WITHHELD) else "–"
    return int(figure.value) if float(figure.value).is_integer() else float(figure.value)


def _grid_table(name: str, grid: Grid, threshold: int) -> ExportTable:
    rows, partial = [], set()
    for r, (label, figures) in enumerate(grid.rows):
        rows.append([label, *(cell(f) for f in figures)])
        partial |= {(r, c + 1) for c, f in enumerate(figures) if f.partial}
    notes = [withheld_note(threshold), *([PARTIAL_NOTE] if partial else [])]
    return ExportTable(name, [grid.first, *grid.headings], rows, notes, partial)


def overview_tables(overview: CountyOverview, kinds: site_kinds.KindBreakdown | None = None) -> list[ExportTable]:
    """The overview page's tables of one period, one sheet each, in the page's order."""
    k = overview.threshold
    tables = [_grid_table("Verksamhet per kommun", overview.municipalities, k),
              _grid_table("Indikatorer per kommun", overview.indicators, k)]
    if kinds is not None:
        tables += [_grid_table("Verksamheter per typ", site_kinds.sites_grid(kinds), k),
                   _grid_table("Indikatorer per typ", site_kinds.indicator_grid(kinds), k)]
    return [*tables, _grid_table("Ålder och kön", overview.age_gender, k),
            _grid_table("Målgrupper", overview.target_groups, k)]


def _target_row(label: str, series: Series, years: list[int]) -> list[Cell]:
    by_year = {t["year"]: t["value"] for t in series.targets}
    return [label, *(by_year.get(year) for year in years)]


def trend_tables(trend: Trend, threshold: int) -> list[ExportTable]:
    """The trend page's tables of one indicator: per municipality and year with the county's target for each
    year beside the values, the spread with its target, per kind of site and per quarter."""
    years = trend.count.years or trend.years
    by_year = lambda figures: dict(zip(trend.years, figures))  # noqa: E731 - one line, used twice below
    rows, partial = [], set()
    for name, figures in [*trend.municipalities, ("Länet totalt", trend.county)]:
        known = by_year(figures)
        rows.append([name, *(cell(known[y]) if y in known else None for y in years)])
        partial |= {(len(rows) - 1, c + 1) for c, y in enumerate(years) if y in known and known[y].partial}
    rows.append(_target_row("Mål, länet", trend.count, years))
    spread = dict(zip(trend.years, trend.spread))
    rows.append(["Kommuner med minst en", *(spread.get(y) for y in years)])
    rows.append(_target_row("Mål, kommuner med minst en", trend.municipalities_with, years))
    label = INDICATOR_NAMES[trend.indicator]
    notes = [f"{label} per kommun och år. Målraderna är länets mål för varje år (tomt: inget mål det året).",
             withheld_note(threshold), *([PARTIAL_NOTE] if partial else [])]
    tables = [ExportTable("Per kommun och år", ["Kommun", *map(str, years)], rows, notes, partial)]
    kind_rows = [[site_kinds.KIND_NAMES[kind], *(cell_of(year, kind, trend.indicator) for year in trend.by_kind)]
                 for kind in site_kinds.ORDER if any(a["code"] == kind for year in trend.by_kind for a in year.areas)]
    kind_rows += [[f"Kommuner med {site_kinds.KIND_NAMES[kind].lower()} som rapporterat (av 13)",
                   *(year.municipalities_with[kind] for year in trend.by_kind)] for kind in site_kinds.SPREAD_KINDS]
    tables.append(ExportTable("Per typ av verksamhet", ["Typ av verksamhet", *map(str, trend.years)], kind_rows,
                              [withheld_note(threshold)]))
    quarter_rows = [[name, *(cell(f) for f in figures)]
                    for name, figures in [*trend.municipality_quarters, ("Länet totalt", trend.county_quarters)]]
    tables.append(ExportTable("Per kommun och kvartal", ["Kommun", *trend.quarters], quarter_rows,
                              [withheld_note(threshold)]))
    return tables


def cell_of(year: site_kinds.KindBreakdown, kind: str, indicator: str) -> Cell:
    """The indicator of one kind of site in one year's breakdown, or ``–`` where no such site reported."""
    area = next((a for a in year.areas if a["code"] == kind), None)
    return cell(indicator_figure(area, indicator)) if area else "–"
