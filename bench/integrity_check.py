"""How long the start-up checks and the daily backup take on a large register file.

``python -m bench.integrity_check --mb 1000`` builds a register of about that size
(attendance rows of one large site, written with raw SQL for speed) in a scratch
directory, then times ``PRAGMA quick_check`` (run at every start),
``PRAGMA integrity_check`` (run on a backup before it is offered or restored) and
a backup with the online backup API (the daily backup at start). The file is
deleted afterwards. Figures are with the file in the OS cache (a second read).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from healthcentre.data import backups
from healthcentre.data.database import open_database
from healthcentre.data.integrity import check_integrity

STAMP = ("2025-01-01 00:00:00", "bench", "2025-01-01 00:00:00", "bench")


def build(path: Path, megabytes: int) -> int:
    """A register at ``path`` of at least ``megabytes`` MB; returns the number of attendance rows."""
    open_database(path).close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA synchronous=OFF")
    raw.execute("INSERT INTO site (id, name, kind, municipality_code, created_at, created_by, changed_at, changed_by)"
                " VALUES (1, 'Bench', 'HALSOCENTER', '0680', ?, ?, ?, ?)", STAMP)
    people = 20_000
    raw.executemany("INSERT INTO participant (id, site_id, display_name, birth_year, registered_on, created_at,"
                    " created_by, changed_at, changed_by) VALUES (?, 1, ?, 1950, '2025-01-01', ?, ?, ?, ?)",
                    [(n, f"Deltagare {n:06d}", *STAMP) for n in range(1, people + 1)])
    rows = session_id = 0
    while path.stat().st_size < megabytes * 1_000_000:
        session_id += 1
        day = dt.date(2015, 1, 1) + dt.timedelta(days=session_id % 3650)
        raw.execute("INSERT INTO activity (id, site_id, kind_code, title, start_date, with_halsocenter,"
                    " within_halsocenter, with_recovery_college, with_study_association, with_civil_society,"
                    " peer_coproduced, digital, created_at, created_by, changed_at, changed_by)"
                    " VALUES (?, 1, 'TRAFF', 'Träff', ?, 0, 0, 0, 0, 0, 0, 0, ?, ?, ?, ?)",
                    (session_id, day.isoformat(), *STAMP))
        raw.execute("INSERT INTO session (id, activity_id, date, minutes, unregistered_count, created_at, created_by,"
                    " changed_at, changed_by) VALUES (?, ?, ?, 90, 0, ?, ?, ?, ?)",
                    (session_id, session_id, day.isoformat(), *STAMP))
        first = (session_id * 37) % (people - 500)
        raw.executemany("INSERT INTO attendance (session_id, participant_id, created_at, created_by, changed_at,"
                        " changed_by) VALUES (?, ?, ?, ?, ?, ?)",
                        [(session_id, p, *STAMP) for p in range(first + 1, first + 401)])
        rows += 400
        if session_id % 200 == 0:
            raw.commit()
    raw.commit()
    raw.close()
    return rows


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=int, default=1000, help="size of the register to build, in MB")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="hc-integrity-"))
    try:
        path = scratch / "healthcentre.db"
        rows = build(path, args.mb)
        size = path.stat().st_size / 1e6
        check_integrity(path, quick=True)  # read the file once into the OS cache
        quick = timed(lambda: check_integrity(path, quick=True))
        full = timed(lambda: check_integrity(path))
        backup = timed(lambda: backups.create_backup(path, kind=backups.DAILY))
        print(f"register {size:.0f} MB, {rows} attendance rows")
        print(f"quick_check (every start): {quick:.1f} s")
        print(f"integrity_check (backups before restore): {full:.1f} s")
        print(f"backup with the online backup API (daily at start): {backup:.1f} s")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
