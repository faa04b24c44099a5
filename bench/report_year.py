"""Benchmark of issue 5: a year report, the spreadsheet export and the county-wide tables on the
large demo register (50,000 participants, 1,000,000 attendances).

Run: ``.venv/bin/python -m bench.report_year``; prints the seconds and writes
``bench/results/report_year.json``. Nothing here is imported by the application."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import time
from pathlib import Path

from bench import dataset

RESULTS = dataset.BENCH_DIR / "results" / "report_year.json"


def _timed(label: str, work, results: dict) -> None:
    started = time.perf_counter()
    work()
    results[label] = round(time.perf_counter() - started, 2)
    print(f"{label}: {results[label]} s", flush=True)


def main() -> dict:
    """Time the reports on the cached large register; returns and stores the seconds per scenario."""
    from healthcentre.reports.period_report import render_period_report
    from healthcentre.contract.payload import DEFAULT_THRESHOLD as K
    from healthcentre.reports.spreadsheet import collect_sheets, write_xlsx
    from healthcentre.services import sites

    source = dataset.cached_large()
    results: dict = {"year": dataset.YEAR, "register": source.name}
    with tempfile.TemporaryDirectory() as folder:
        db = dataset.open_plain(source)
        try:
            first = sites.list_sites(db)[0].id
            start, end = dt.date(dataset.YEAR, 1, 1), dt.date(dataset.YEAR, 12, 31)
            out = Path(folder)
            _timed("year_report_one_site_anonymised", lambda: render_period_report(
                db, site_id=first, start=start, end=end, out=out / "a.pdf", threshold=K), results)
            _timed("year_report_all_sites_internal", lambda: render_period_report(
                db, site_id=None, start=start, end=end, internal=True, out=out / "b.pdf", threshold=K), results)
            _timed("year_report_all_sites_anonymised", lambda: render_period_report(
                db, site_id=None, start=start, end=end, out=out / "c.pdf", threshold=K), results)
            _timed("xlsx_export_year_all_sites_internal", lambda: write_xlsx(collect_sheets(
                db, site_id=None, period=str(dataset.YEAR), internal=True, threshold=K), out / "d.xlsx"), results)
        finally:
            db.close()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
