"""What the anonymisation withholds on the demo years, and the independent attacker run on all of it.

For the small (seed 11), medium (seed 23, two years) and large demo registers, every
site's year is built at k as the county would receive it; the information loss
(``healthcentre.anonymised.loss``) is summed, and the independent attacker
(``healthcentre.anonymised.attacker``) bounds every withheld cell, with the documented
outside knowledge where it holds (a site's first year). Run alone with
``python -m bench.county_loss [--threshold K] [--reasons]`` or as the bench's
``anonymisation`` scenario.
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
from pathlib import Path

from healthcentre import demo
from healthcentre.anonymised import attacker, attacker_rows, counts, loss
from healthcentre.anonymised import relations as rel
from healthcentre.services import sites

YEAR = 2025
DEMOS = (("small", 11, (YEAR,)), ("medium", 23, (YEAR - 1, YEAR)))


@dataclasses.dataclass
class Measured:
    """One demo's summed information loss, the cells the attacker narrowed below k and the seconds taken."""

    name: str
    loss: loss.Loss
    narrowed: int
    seconds: float


def measure(db, name: str, years, threshold: int) -> Measured:
    """Build, measure and attack every site's year of ``years`` in ``db``."""
    started = time.perf_counter()
    total, narrowed = loss.Loss(), 0
    for year in years:
        for site in sites.list_sites(db):
            built = counts.build_year(db, site_id=site.id, year=year, threshold=threshold)
            total += loss.measure(built)
            exact = counts.people_values(counts.exact_grid(db, site_id=site.id, year=year))
            knowledge = attacker_rows.Knowledge(first_year=rel.is_first_year(exact, year))
            narrowed += len(attacker.attack(built.released, year=year, threshold=threshold, knowledge=knowledge))
    return Measured(name, total, narrowed, time.perf_counter() - started)


def measure_demos(scratch: Path, large: Path | None, threshold: int) -> list[Measured]:
    """The small and medium demo (generated in ``scratch``) and the large register at ``large``."""
    from bench import dataset

    found = []
    for size, seed, years in DEMOS:
        db = dataset.open_plain(scratch / f"loss-{size}.db")
        try:
            demo.generate(db, size=size, seed=seed, year=YEAR)
            found.append(measure(db, size, years, threshold))
        finally:
            db.close()
    if large is not None:
        db = dataset.open_plain(large)
        try:
            found.append(measure(db, "large", (dataset.YEAR,), threshold))
        finally:
            db.close()
    return found


def main(argv: list[str] | None = None) -> int:
    """Print the figures of every demo; 1 when the attacker narrows any cell below k."""
    from bench import dataset

    parser = argparse.ArgumentParser(prog="python -m bench.county_loss", description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=int, default=5)
    parser.add_argument("--reasons", action="store_true", help="list each withheld total >= k and its reason")
    parser.add_argument("--no-large", action="store_true", help="the small and medium demo only")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="healthcentre-loss-") as scratch:
        found = measure_demos(Path(scratch), None if args.no_large else dataset.cached_large(), args.threshold)
    for measured in found:
        print(f"{measured.name}, k={args.threshold}: {measured.loss.summary()}; "
              f"{measured.narrowed} cells narrowed below k ({measured.seconds:.1f} s)")
        for t in measured.loss.totals if args.reasons else ():
            print(f"  {t.period} {t.table} {'/'.join(t.key)} = {t.value:g}: {t.reason}")
    return 1 if any(measured.narrowed for measured in found) else 0


if __name__ == "__main__":
    raise SystemExit(main())
