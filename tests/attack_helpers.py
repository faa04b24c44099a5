"""The demo registers the attacker tests share, and the true counts of a site's year as the attacker's cells."""

from __future__ import annotations

from pathlib import Path

from healthcentre import demo
from healthcentre.anonymised import attacker_rows, counts
from healthcentre.contract import tables
from healthcentre.data.database import Database, open_database
from healthcentre.services import sites

YEAR = 2025
# (size, seed, years): the small demo (three sites) and the medium one (five sites, two years).
DEMOS = {"small": ("small", 11, (YEAR,)), "medium": ("medium", 23, (YEAR - 1, YEAR))}


def demo_register(path: Path, name: str) -> Database:
    """A register holding the demo ``name`` of ``DEMOS``."""
    size, seed, _ = DEMOS[name]
    db = open_database(path / "healthcentre.db", key=None, before_migration=None, daily_backup=False)
    demo.generate(db, size=size, seed=seed, year=YEAR)
    return db


def site_years(db: Database, name: str) -> list[tuple[int, int]]:
    """Every (site id, year) of the demo ``name``."""
    return [(s.id, year) for year in DEMOS[name][2] for s in sites.list_sites(db)]


def true_cells(db: Database, *, site_id: int, year: int) -> tuple[dict, dict]:
    """The true counts of every cell of a site's year, and its cells of events (published as they are)."""
    grid = counts.exact_grid(db, site_id=site_id, year=year)
    values = {(period, code, key): value for period, by_table in grid.items()
              for code, cells in by_table.items() for key, value in cells.items()}
    events = {cell: value for cell, value in values.items() if tables.BY_CODE[cell[1]].measure == "events"}
    return values, events


def first_year_of(values: dict, year: int) -> attacker_rows.Knowledge:
    """The outside knowledge the county may hold: in a site's first year every participant is new."""
    whole = f"{year:04d}"
    return attacker_rows.Knowledge(first_year=values[(whole, *tables.NEW_PEOPLE)] == values[(whole, *tables.PEOPLE_TOTAL)])
