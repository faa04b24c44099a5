"""Running the scenarios and reporting them: ``python -m bench [--quick] [--only NAME ...]``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import dataset, startup
from bench.results import Row, machine, table, write_json

RESULTS = dataset.BENCH_DIR / "results" / "latest.json"
SITE_ID = 1  # Hälsocenter Jönköping, the demo's largest site
YEAR = dataset.YEAR


def timed(work: Callable[[], object], runs: int) -> list[float]:
    """Milliseconds of each of ``runs`` calls of ``work``."""
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


class Bench:
    """The run's settings, its scratch directory and the rows measured so far."""

    def __init__(self, runs: int, quick: bool, scratch: Path) -> None:
        self.runs, self.quick, self.scratch = runs, quick, scratch
        self.rows: list[Row] = []
        self.notes: dict = {}

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        print(f"  {row.label}: {row.median:.1f} {row.unit} {row.ratio_text()}", flush=True)
        return row

    def copy_of_large(self, name: str) -> Path:
        return dataset.data_dir_with(dataset.cached_large(), self.scratch / name)


def scenario_dataset(bench: Bench) -> None:
    runs = 1 if bench.quick else min(bench.runs, 3)
    seconds = [dataset.generate_large(bench.scratch / f"generated-{n}.db") for n in range(runs)]
    for n in range(runs):
        for path in bench.scratch.glob(f"generated-{n}.db*"):
            path.unlink()
    bench.add(Row("dataset", "Create the large demo register", "s", seconds, limit=60))


def scenario_startup(bench: Bench) -> None:
    bare = bench.add(Row("start_bare", "Cold start of a bare Qt window (the baseline)", "ms",
                         startup.bare_starts(bench.scratch / "start-bare", bench.runs)))
    empty_first, empty = startup.cold_starts(dataset.data_dir_with(None, bench.scratch / "start-empty"), bench.runs)
    large_first, large = startup.cold_starts(bench.copy_of_large("start-large"), bench.runs)
    bench.add(Row("start_empty", "Cold start to first paint, empty register (one site)", "ms",
                  [start["first-paint"] for start in empty], ratio=_ratio(empty, "first-paint", bare),
                  ratio_of="bare window", ratio_limit=3))
    bench.add(Row("start_large", "Cold start to first paint, large register", "ms",
                  [start["first-paint"] for start in large], ratio=_ratio(large, "first-paint", bare),
                  ratio_of="bare window", ratio_limit=3))
    bench.add(Row("start_large_usable", "Cold start to Översikt's figures shown, large register", "ms",
                  [start["first-usable"] for start in large], ratio=_ratio(large, "first-usable", bare),
                  ratio_of="bare window", ratio_limit=5))
    bench.add(Row("start_large_backup", "First start of the day, large (takes the daily backup)", "ms",
                  [large_first["first-paint"]]))
    bench.notes["first_start_empty_ms"] = empty_first["first-paint"]


def _ratio(starts: list[dict[str, float]], moment: str, baseline: Row) -> float:
    return Row("", "", "", [start[moment] for start in starts]).median / baseline.median


def _probe(bench: Bench, data_dir: Path, mode: str, *extra: str) -> dict:
    command = [sys.executable, "-m", "bench.gui_probe", "--data-dir", str(data_dir), "--mode", mode,
               "--runs", str(bench.runs), *extra]
    result = subprocess.run(command, env=startup.environment(data_dir), capture_output=True, text=True,
                            timeout=900, cwd=dataset.BENCH_DIR.parent)
    if result.returncode != 0:
        raise RuntimeError(f"gui_probe failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def scenario_gui(bench: Bench) -> None:
    data_dir = dataset.data_dir_with(dataset.cached_grid(), bench.scratch / "gui")
    found = _probe(bench, data_dir, "interact", "--activity", str(dataset.grid_activity_id(data_dir)))
    bench.add(Row("search_all", "Search as you type, 50 000 people (per keystroke)", "ms", found["search_all_ms"],
                  limit=30))
    bench.add(Row("search_site", f"Search as you type, the site's list ({found['site_people']} people)", "ms",
                  found["search_site_ms"], limit=30))
    bench.add(Row("search_paint", "Painting the first page of a search's answer", "ms", found["paint_ms"]))
    bench.add(Row("scroll_page", "Scroll the participant list one page (fetched and painted)", "ms",
                  found["scroll_page_ms"]))
    bench.add(Row("gui_stall", "Longest GUI-thread call during search and scroll", "ms", [found["gui_stall_ms"]],
                  limit=100))
    bench.notes["gui_stalled_in"] = found["stalled_in"]
    bench.notes["gui_longest_stall_during"] = found["gui_stall_phase"]
    print(f"    longest stall during: {found['gui_stall_phase']}")
    for where in found["stalled_in"]:
        print(f"    GUI thread stalled in {where}")
    rows, columns = found["grid_shape"]
    bench.add(Row("grid_open", f"Open an activity in the attendance grid ({rows}×{columns})", "ms",
                  found["grid_open_ms"], limit=100))
    bench.add(Row("attend", "Register one attendance (tick to committed)", "ms", found["attend_ms"], limit=20))
    bench.add(Row("mark_all", f"Tick all {found['mark_all_people']} of a session (Markera alla, click to committed)",
                  "ms", found["mark_all_ms"], limit=100))


def scenario_lists(bench: Bench) -> None:
    people = _probe(bench, bench.copy_of_large("lists-people"), "participant-lists")
    bench.add(Row("participant_sort", f"Sort the participant list by a header click ({people['site_people']} people)",
                  "ms", people["participant_sort_ms"], limit=100))
    bench.add(Row("participant_filter", "Filter the participant list (target group, active this year)", "ms",
                  people["participant_filter_ms"], limit=100))
    data_dir = dataset.data_dir_with(dataset.cached_large(), bench.scratch / "lists-circles", dataset.CIRCLE_SITE_NAME)
    circles = _probe(bench, data_dir, "circle-lists")
    bench.add(Row("circle_open", f"Open the study-circle page ({circles['site_circles']} circles)", "ms",
                  circles["circle_open_ms"], limit=200))
    bench.add(Row("circle_sort", "Sort the study circles by a header click", "ms", circles["circle_sort_ms"],
                  limit=100))
    bench.add(Row("circle_filter", "Filter the study circles (year, association, counts, text)", "ms",
                  circles["circle_filter_ms"], limit=100))


def scenario_memory(bench: Bench) -> None:
    samples = [_probe(bench, bench.copy_of_large(f"memory-{n}"), "memory")["rss_mb"]
               for n in range(1 if bench.quick else 2)]
    bench.add(Row("memory", "Desktop app resident memory, large register, list scrolled", "MB", samples, limit=300))


def scenario_county(bench: Bench) -> None:
    from bench.county_floor import run_floor
    from healthcentre.anonymised import counts, queries

    db = dataset.open_plain(dataset.cached_large())
    try:
        counts.build_year(db, site_id=SITE_ID, year=YEAR)  # warm the page cache like the floor below
        floor = bench.add(Row("county_floor", "Bare SQL GROUP BYs for the same numbers (floor)", "ms",
                              timed(lambda: run_floor(db, site_id=SITE_ID, year=YEAR), bench.runs)))

        def aggregates():
            with db.session() as session:
                queries.year_aggregates(session, site_id=SITE_ID, year=YEAR)

        sql = bench.add(Row("county_sql", "The county counts' own SQL (year aggregates)", "ms",
                            timed(aggregates, bench.runs)))
        build = timed(lambda: counts.build_year(db, site_id=SITE_ID, year=YEAR), bench.runs)
        median = Row("", "", "", build).median
        bench.add(Row("county_year", "All county tables of a year, anonymised and proven", "ms", build, limit=1000,
                      ratio=median / floor.median, ratio_of="floor", ratio_limit=3))
        bench.notes["county_year_vs_own_sql"] = median / sql.median
    finally:
        db.close()


def scenario_duplicates(bench: Bench) -> None:
    from healthcentre.services import duplicates, participant_search

    db = dataset.open_plain(dataset.cached_large())
    try:
        people = participant_search.count_participants(db, site_id=SITE_ID)
        bench.add(Row("duplicates_count", f"Count possible duplicates for the participants page ({people} people)",
                      "ms", timed(lambda: duplicates.count_possible_duplicates(db, SITE_ID), bench.runs), limit=200))
        bench.add(Row("duplicates_groups", "List the groups of possible duplicates with their visits", "ms",
                      timed(lambda: duplicates.possible_duplicates(db, SITE_ID), bench.runs), limit=1000))
    finally:
        db.close()


def scenario_report(bench: Bench) -> None:
    from healthcentre.contract.payload import DEFAULT_THRESHOLD
    from healthcentre.reports.period_report import render_period_report

    db = dataset.open_plain(dataset.cached_large())
    out = bench.scratch / "report.pdf"
    try:
        samples = timed(lambda: render_period_report(db, site_id=SITE_ID, start=dt.date(YEAR, 1, 1),
                                                     end=dt.date(YEAR, 12, 31), out=out,
                                                     threshold=DEFAULT_THRESHOLD), bench.runs)
    finally:
        db.close()
    bench.add(Row("report", "Year PDF report", "ms", samples, limit=3000))


def scenario_receiver(bench: Bench) -> None:
    from bench import receiver_load
    from healthcentre.anonymised import counts

    db = dataset.open_plain(dataset.cached_large())
    try:
        released = counts.build_year(db, site_id=SITE_ID, year=YEAR).released
    finally:
        db.close()
    found = receiver_load.run(bench.scratch / "county", released, year=YEAR, versions=1 if bench.quick else 3,
                              runs=bench.runs * 2)
    bench.add(Row("receiver", f"Receiver, 2 workers, 13 concurrent senders ({found['submissions']} submissions)", "/s",
                  [found["per_second"]], limit=200, at_least=True))
    bench.add(Row("receiver_cpu", "Receiver process CPU per submission", "ms", [found["server_cpu_ms"]]))
    bench.add(Row("overview", "County overview of a year (HTML page)", "ms", found["overview_ms"], limit=200))
    bench.add(Row("indicators", "County indicators of a year (API)", "ms", found["indicators_ms"]))


def scenario_anonymisation(bench: Bench) -> None:
    from bench.county_loss import measure_demos

    for measured in measure_demos(bench.scratch, dataset.cached_large(), threshold=5):
        name, cost = measured.name, measured.loss
        bench.add(Row(f"loss_{name}_cells", f"People cells withheld, {name} demo (k=5)", "%",
                      [100 * cost.withheld_cells / cost.cells]))
        bench.add(Row(f"loss_{name}_people", f"People in withheld cells, {name} demo", "%",
                      [100 * cost.withheld_people / cost.people]))
        bench.add(Row(f"loss_{name}_totals", f"Withheld totals of people >= k, {name} demo", "totals",
                      [len(cost.totals)]))
        bench.add(Row(f"attack_{name}", f"Cells narrowed below k by the independent attacker, {name} demo", "cells",
                      [measured.narrowed], limit=0.5))
        bench.notes[f"loss_{name}_reasons"] = [f"{t.period} {t.table} {'/'.join(t.key)} = {t.value:g}: {t.reason}"
                                               for t in cost.totals]


def scenario_followup(bench: Bench) -> None:
    from bench import county_trend

    county_trend.run(bench)


def scenario_share(bench: Bench) -> None:
    from bench import shared_register

    shared_register.run(bench)


SCENARIOS: dict[str, Callable[[Bench], None]] = {
    "dataset": scenario_dataset, "startup": scenario_startup, "gui": scenario_gui, "lists": scenario_lists,
    "memory": scenario_memory,
    "duplicates": scenario_duplicates, "county": scenario_county, "report": scenario_report, "receiver": scenario_receiver,
    "anonymisation": scenario_anonymisation, "share": scenario_share, "followup": scenario_followup,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="The healthcentre benchmark suite.")
    parser.add_argument("--quick", action="store_true", help="fewer runs (3) and lighter loads")
    parser.add_argument("--only", action="append", choices=sorted(SCENARIOS), metavar="NAME",
                        help=f"run only this scenario (repeatable): {', '.join(SCENARIOS)}")
    parser.add_argument("--runs", type=int, help="runs per scenario (default 5, quick 3)")
    args = parser.parse_args(argv)
    runs = args.runs or (3 if args.quick else 5)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"healthcentre bench: {machine()}; {runs} runs; large register {dataset.cached_large().name}",
          flush=True)
    scratch = Path(tempfile.mkdtemp(prefix="healthcentre-bench-"))
    os.environ.update(startup.environment(scratch / "main"))  # never the user's register or settings
    bench = Bench(runs, args.quick, scratch)
    try:
        for name in args.only or SCENARIOS:
            print(f"[{name}]", flush=True)
            SCENARIOS[name](bench)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print()
    print(table(bench.rows))
    write_json(RESULTS, bench.rows, quick=args.quick, notes=bench.notes)
    print(f"\nwritten: {RESULTS.relative_to(dataset.BENCH_DIR.parent)}")
    return 0 if all(row.met is not False for row in bench.rows) else 1
