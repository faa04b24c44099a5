"""The county's follow-up at county scale: 13 municipalities × 100 sites × 10 years × 17 periods.

A receiver database is generated straight into its tables (221,000 submissions, every one with the 354 cells
of the county's tables, about 78 million rows of latest cells; through intake it would take hours): sites of the three
kinds, values drawn from a fixed seed, some people counts withheld, a few months never sent and some sent
late. The payload text itself is left short: no page measured here reads it, they read the cells. Then the
pages' work is timed as a request does it: the trend page of one indicator (every year and quarter, the
13 municipalities, the kinds of site), the reporting grid of the last year, and the county overview of
one year. On SQLite (the file is kept in ``bench/cache/``) and on a throwaway PostgreSQL cluster.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from healthcentre.catalogues import MUNICIPALITIES
from healthcentre.contract import tables
from healthcentre.contract.payload import period_bounds
from healthcentre.receiver import aggregate, cell_store, reporting, schema, storage, trends
from healthcentre.receiver.reporting_page import render_reporting
from healthcentre.receiver.trends_page import render_trends

YEARS = tuple(range(2017, 2027))
SITE_KINDS = ("halsocenter", "recovery_college", "meeting_place")
INDICATOR = "STUDIECIRKLAR_STARTADE"
THRESHOLD = 5
DUE_DAYS = 15
TODAY = dt.date(2026, 12, 7)
ORDERED_CELLS = tuple(sorted((spec.code, spec.measure, cell_store.key_text(key))
                             for spec in tables.TABLES for key in tables.cell_keys(spec)))


def sites(per_municipality: int) -> list[dict]:
    """The generated sites, ``per_municipality`` in each of the 13 municipalities, the kinds in turn."""
    return [{"code": f"S-{code}-{n:03d}", "name": f"Verksamhet {n} {name}", "municipality_code": code,
             "kind": SITE_KINDS[n % len(SITE_KINDS)]}
            for code, name in MUNICIPALITIES for n in range(per_municipality)]


def _received(rng: random.Random, period: str) -> dt.datetime | None:
    """When a period arrived: mostly a few days after it ended, sometimes late, now and then never (months)."""
    _, last = period_bounds(period)
    if len(period) == 7 and "Q" not in period and rng.random() < 0.03:
        return None
    days = rng.choice((2, 4, 6, 9, 12)) if rng.random() > 0.08 else rng.randint(20, 60)
    return dt.datetime.combine(last, dt.time(9)) + dt.timedelta(days=days)


def rows(per_municipality: int, seed: int = 2030) -> Iterator[tuple[str, tuple]]:
    """Every row to write, as (table name, values in column order): the sites, then period by period its
    submissions, their latest rows and their cells (in the cells' key order, so they go in in order)."""
    rng = random.Random(seed)
    every = sites(per_municipality)
    for site in every:
        yield "site", (site["code"], site["name"], site["municipality_code"], dt.datetime(2016, 12, 1), site["kind"])
    number = 0
    for year in YEARS:
        for period in tables.year_periods(year):
            reported = []
            for site in every:
                received = _received(rng, period)
                if received is None or received.date() > TODAY:
                    continue
                number += 1
                submission_id = f"00000000-0000-4000-8000-{number:012d}"
                yield "submission", (submission_id, site["code"], period, 1, received, received, "http", "{}")
                yield "latest", (site["code"], period, 1, received, submission_id)
                reported.append(site["code"])
            reported.sort()
            for code, measure, key in ORDERED_CELLS:
                for site_code in reported:
                    value = _value(rng, measure)
                    yield "latest_cell", (period, code, key, site_code, value)


def _value(rng: random.Random, measure: str) -> float | None:
    """A generated cell: up to 40, a count of people under the threshold withheld."""
    value = float(rng.randint(0, 40))
    return None if measure == "people" and 0 < value < THRESHOLD else value


COLUMNS = {
    "site": ("code", "name", "municipality_code", "created_at", "kind"),
    "submission": ("submission_id", "site_code", "period", "version", "created_at", "received_at", "via", "payload"),
    "latest": ("site_code", "period", "version", "created_at", "submission_id"),
    "latest_cell": cell_store.COLUMNS,
}
ORDER = ("site", "submission", "latest", "latest_cell")


def _batches(per_municipality: int, size: int = 200_000) -> Iterator[dict[str, list[tuple]]]:
    """The rows in batches, grouped by table (each batch's tables written in foreign-key order)."""
    batch: dict[str, list[tuple]] = {name: [] for name in ORDER}
    count = 0
    for name, values in rows(per_municipality):
        batch[name].append(values)
        count += 1
        if count >= size and name == ORDER[-1]:
            yield batch
            batch, count = {name: [] for name in ORDER}, 0
    yield batch


def fill_sqlite(path: Path, per_municipality: int) -> None:
    """A receiver SQLite database at ``path`` with the generated data (schema by the receiver's migrations)."""
    storage.open_store(f"sqlite:///{path}").dispose()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode=OFF")
    raw.execute("PRAGMA synchronous=OFF")
    for batch in _batches(per_municipality):
        for name in ORDER:
            columns = COLUMNS[name]
            written = batch[name] if name == "latest_cell" else [tuple(map(_sqlite, values)) for values in batch[name]]
            raw.executemany(f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                            written)
        raw.commit()
    raw.execute("ANALYZE")
    raw.commit()
    raw.close()


def _sqlite(value: object) -> object:
    return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value


def fill_postgres(url: str, per_municipality: int) -> None:
    """The same data in the PostgreSQL database at ``url``, through COPY."""
    import psycopg

    storage.open_store(url).dispose()
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        for batch in _batches(per_municipality):
            for name in ORDER:
                with conn.cursor().copy(f"COPY {name} ({', '.join(COLUMNS[name])}) FROM STDIN") as copy:
                    for values in batch[name]:
                        copy.write_row(values)
        conn.execute("ANALYZE")


def cached_sqlite(cache: Path, per_municipality: int) -> Path:
    """The generated SQLite database for ``per_municipality`` sites, built once and kept in ``cache``."""
    path = cache / f"county-{per_municipality}x13x{len(YEARS)}y-{schema.MIGRATIONS.head()}.db"  # a new schema, anew
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        fill_sqlite(partial, per_municipality)
        partial.rename(path)
    return path


def trend_page(engine) -> str:
    """The trend page of one indicator, as its request builds it."""
    return render_trends(trends.build(engine, INDICATOR, THRESHOLD), THRESHOLD)


def reporting_page(engine) -> str:
    """The reporting grid of the last year for every site, as an analyst's request builds it."""
    with storage.reading(engine) as conn:
        every = storage.list_sites(conn)
        grid = reporting.grid(conn, YEARS[-1], DUE_DAYS, TODAY, every)
    return render_reporting(grid, YEARS[-1], DUE_DAYS, "")


def overview(engine) -> dict:
    """The county overview's figures of the last whole year, uncached."""
    return aggregate.indicators_over(engine, [str(YEARS[-2])], THRESHOLD)[0]


def _measure(bench, engine, where: str, per_municipality: int) -> None:
    """The pages' rows of one database: the trend first seen (its charts drawn) and seen again, the
    reporting grid and the year's overview figures."""
    from bench.results import Row
    from bench.runner import timed
    from healthcentre.receiver import svg_charts

    scale = f"13 × {per_municipality} sites × {len(YEARS)} years, {where}"

    def first_view() -> None:
        svg_charts._rendered.cache_clear()
        trend_page(engine)

    bench.add(Row(f"trend_first_{where}", f"Trend page of one indicator, first view ({scale})", "ms",
                  timed(first_view, bench.runs)))
    bench.add(Row(f"trend_{where}", f"Trend page of one indicator ({scale})", "ms",
                  timed(lambda: trend_page(engine), bench.runs), limit=300))
    bench.add(Row(f"grid_{where}", f"Reporting grid of a year, every site ({scale})", "ms",
                  timed(lambda: reporting_page(engine), bench.runs), limit=300))
    bench.add(Row(f"overview_{where}", f"County overview figures of one year ({scale})", "ms",
                  timed(lambda: overview(engine), bench.runs)))


def run(bench) -> None:
    """The county-scale rows on SQLite (generated once into ``bench/cache/``) and on PostgreSQL."""
    from bench import dataset

    per_municipality = 10 if bench.quick else 100
    engine = storage.open_store(f"sqlite:///{cached_sqlite(dataset.BENCH_DIR / 'cache', per_municipality)}")
    try:
        _measure(bench, engine, "sqlite", per_municipality)
    finally:
        engine.dispose()
    sys.path.insert(0, str(dataset.BENCH_DIR.parent / "tests"))  # the tests' throwaway PostgreSQL cluster
    from postgres_server import running_cluster

    with running_cluster() as server:
        url = server.new_database()
        started = time.perf_counter()
        fill_postgres(url, per_municipality)
        bench.notes["county_postgres_fill_s"] = round(time.perf_counter() - started)
        engine = storage.open_store(url)
        try:
            _measure(bench, engine, "postgresql", per_municipality)
        finally:
            engine.dispose()
