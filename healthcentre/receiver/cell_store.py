"""The statements on the cells of the latest submissions (``store_tables.latest_cell_table``).

When a submission becomes the latest of its site and period, its cells replace the previous latest's, one
row each (a withheld cell with no value), so that the county's pages add up a period in one grouped query
instead of parsing every payload's JSON (``aggregate``), and the trend of one cell reads one short range
per period. Migration 0006 filled them from the latest payloads stored before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from sqlalchemy import delete, func, select
from sqlalchemy.engine import Connection

from healthcentre.contract.payload import Table
from healthcentre.receiver.store_tables import latest_cell_table, site_table

KEY_SEPARATOR = "|"  # never part of a code (``contract.payload.CODE_PATTERN``)
Grouping = Literal["municipality", "kind"]
Only = tuple[str, tuple[str, ...]]  # one cell: table code and key


def key_text(key: Sequence[str]) -> str:
    """A cell key as stored."""
    return KEY_SEPARATOR.join(key)


def key_parts(text: str) -> tuple[str, ...]:
    """A stored cell key as the payload has it."""
    return tuple(text.split(KEY_SEPARATOR)) if text else ()


COLUMNS = ("period", "table_code", "cell_key", "site_code", "value")


def cell_rows(site_code: str, period: str, tables: Iterable[Table]) -> list[tuple]:
    """The rows (in ``COLUMNS`` order) of a submission's parsed ``tables``."""
    return [(period, table.code, key_text(cell.key), site_code, None if cell.withheld else cell.value)
            for table in tables for cell in table.cells]


def replace(conn: Connection, site_code: str, period: str, tables: Iterable[Table]) -> None:
    """Make ``tables`` (of the submission just made the latest, as parsed) the site's cells of ``period``,
    in the caller's transaction. Written through the driver's executemany: SQLAlchemy's per-row parameter
    handling cost ~2.5 ms for a submission's 354 cells."""
    cell = latest_cell_table
    conn.execute(delete(cell).where(cell.c.site_code == site_code, cell.c.period == period))
    rows = cell_rows(site_code, period, tables)
    if rows:
        marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        conn.exec_driver_sql(f"INSERT INTO {cell.name} ({', '.join(COLUMNS)}) "
                             f"VALUES ({', '.join([marker] * len(COLUMNS))})", rows)


def _area(grouping: Grouping):
    return site_table.c.municipality_code if grouping == "municipality" else site_table.c.kind


def sums(conn: Connection, periods: Sequence[str], grouping: Grouping, only: Only | None = None) -> list:
    """The cells of the latest submission of every site for ``periods``, summed per period, area (the sites'
    municipality or kind), table and key: rows of period, area, table_code, cell_key, ``total`` (None if no
    site published it) and ``known`` (how many sites published it). ``only``: that one cell."""
    cell = latest_cell_table
    area = _area(grouping).label("area")
    query = (select(cell.c.period, area, cell.c.table_code, cell.c.cell_key,
                    func.sum(cell.c.value).label("total"), func.count(cell.c.value).label("known"))
             .select_from(cell.join(site_table, site_table.c.code == cell.c.site_code))
             .where(cell.c.period.in_(list(periods)))
             .group_by(cell.c.period, area, cell.c.table_code, cell.c.cell_key))
    if only is not None:
        query = query.where(cell.c.table_code == only[0], cell.c.cell_key == key_text(only[1]))
    return conn.execute(query).all()

