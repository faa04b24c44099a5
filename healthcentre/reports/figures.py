"""The county tables a report or export shows, for one site or every site on the machine.

All figures come from ``healthcentre.anonymised.counts`` (the one place counts are made):
exact counts for internal use, or the anonymised tables exactly as released to the county
(``outbox.release_year``: the same published history the outbox builds against, so a
report shows what the county received or will receive). For
every site together, tables are added up cell by cell; an anonymised cell withheld at
any site stays withheld in the sum, so the sum never reveals more than the parts."""

from __future__ import annotations

import collections
import dataclasses
from collections.abc import Callable, Iterable, Sequence

from healthcentre.anonymised import counts, withheld_why
from healthcentre.sync import outbox
from healthcentre.contract.payload import Cell, Table
from healthcentre.data.database import Database
from healthcentre.errors import HealthcentreError
from healthcentre.services import sites

Figures = dict[str, dict[str, Table]]  # period code -> table code -> table


class Cancelled(HealthcentreError):
    """The user cancelled a long report."""

    def __init__(self) -> None:
        super().__init__("report_cancelled")


def site_ids(db: Database, site_id: int | None) -> list[int]:
    """The one site asked for, or every site on the machine."""
    if site_id is not None:
        return [sites.get_site(db, site_id).id]
    ids = [site.id for site in sites.list_sites(db)]
    if not ids:
        from healthcentre.errors import ValidationError

        raise ValidationError("report_no_sites")
    return ids


@dataclasses.dataclass(frozen=True)
class Released:
    """The county tables of some periods, and why each withheld headline total of at least k is withheld."""

    figures: Figures
    why: dict[tuple[str, str, tuple[str, ...]], withheld_why.Why]


def county_figures(db: Database, *, site_id: int | None, periods: Sequence[str], internal: bool,
                   threshold: int,
                   progress: Callable[[int, int], None] | None = None,
                   cancel: Callable[[], bool] | None = None) -> Figures:
    """The county tables of ``periods`` (month, quarter or year codes) for the site or all sites.

    ``internal``: exact counts; otherwise the tables the outbox releases with ``threshold``
    (the edge passes the county setting, so a report shows the very tables sent)."""
    return released_figures(db, site_id=site_id, periods=periods, internal=internal, threshold=threshold,
                            progress=progress, cancel=cancel).figures


def released_figures(db: Database, *, site_id: int | None, periods: Sequence[str], internal: bool,
                     threshold: int,
                     progress: Callable[[int, int], None] | None = None,
                     cancel: Callable[[], bool] | None = None) -> Released:
    """``county_figures``, with why each withheld headline total of people of at least k is withheld
    (``withheld_why``; none for exact counts)."""
    years = sorted({int(period[:4]) for period in periods})
    ids = site_ids(db, site_id)
    per_site: list[Figures] = []
    why: dict = {}
    built: dict[int, list] = collections.defaultdict(list)
    steps, done = len(ids) * len(years), 0
    for sid in ids:
        merged: Figures = {}
        for year in years:
            if cancel is not None and cancel():
                raise Cancelled()
            wanted = [period for period in periods if int(period[:4]) == year]
            if internal:  # exact counts need no anonymisation of the whole year
                source = counts.exact_year(db, site_id=sid, year=year)
            else:
                built[year].append(outbox.release_year(db, sid, year, threshold).counts)
                source = built[year][-1].released
            for period in wanted:
                merged[period] = {table.code: table for table in source[period]}
            done += 1
            if progress is not None:
                progress(done, steps)
        per_site.append(merged)
    for year, year_counts in built.items():
        why.update(withheld_why.withheld_totals(year_counts, [p for p in periods if int(p[:4]) == year]))
    if len(per_site) == 1:
        return Released(per_site[0], why)
    return Released({period: {code: add_tables([f[period][code] for f in per_site]) for code in per_site[0][period]}
                     for period in periods}, why)


def add_tables(parts: Iterable[Table]) -> Table:
    """Tables of the same code added cell by cell; a cell withheld in any part is withheld."""
    parts = list(parts)
    values: dict[tuple[str, ...], float | None] = collections.OrderedDict()
    for table in parts:
        for cell in table.cells:
            if cell.key in values and values[cell.key] is None:
                continue
            values[cell.key] = None if cell.withheld else values.get(cell.key, 0) + cell.value
    cells = tuple(Cell(key=key, value=value, withheld=value is None) for key, value in values.items())
    return parts[0].model_copy(update={"cells": cells})


def has_data(figures: Figures, period: str) -> bool:
    """Whether anything was registered in ``period``: a cell that is not 0, or one withheld.

    A period where every count is 0 had no session at all (before the site used the register,
    or a closed month), so a report shows "ingen uppgift" for it rather than zeros to compare with."""
    return any(item.withheld or item.value for table in figures[period].values() for item in table.cells)


def cell(figures: Figures, period: str, table: str, *key: str) -> tuple[float | None, bool]:
    """The value of one cell and whether it was withheld (a missing cell counts as 0)."""
    for item in figures[period][table].cells:
        if item.key == key:
            return item.value, item.withheld
    return 0, False
