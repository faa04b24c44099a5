"""The benchmark's registers: the large demo set (cached), an empty one, and working copies.

The cached file is keyed by a hash of the demo generator's source, the migrations
and the seed, size and year, so a change to the generator or the schema builds it
anew. Scenarios that write get a copy in a temporary data directory.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import time
from pathlib import Path

import healthcentre
from healthcentre import paths

BENCH_DIR = Path(__file__).resolve().parent
CACHE_DIR = BENCH_DIR / "cache"
SEED = 2026
SIZE = "large"
YEAR = 2025  # the demo's last year: fixed so the cache does not change on 1 January
GRID_PARTICIPANTS = 30
GRID_SESSIONS = 40
GRID_TITLE = "Benchmark: stor kurs"
SITE_NAME = "Hälsocenter Jönköping"  # the demo's largest site (10 000 people), id 1
CIRCLE_SITE_NAME = "Mötesplats Träffpunkt Öxnehaga"  # the demo's site with the most study circles (617)


def cache_key() -> str:
    """A short hash of everything the cached register depends on."""
    package = Path(healthcentre.__file__).parent
    digest = hashlib.sha256(f"{SIZE}:{SEED}:{YEAR}".encode())
    sources = sorted((package / "demo").glob("*.py")) + sorted((package / "data" / "migrations" / "versions").glob("*.py"))
    for source in sources + [package / "data" / "models.py", package / "catalogues.py"]:
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def open_plain(path: Path):
    """Open the register at ``path`` without encryption or the daily backup (setup, not measured)."""
    from healthcentre.data.database import open_database

    return open_database(path, key=None, daily_backup=False)


def generate_large(path: Path) -> float:
    """Create the large demo register at ``path``; the seconds it took (open, migrate, generate)."""
    from healthcentre import demo

    path.unlink(missing_ok=True)
    started = time.perf_counter()
    db = open_plain(path)
    try:
        demo.generate(db, size=SIZE, seed=SEED, year=YEAR)
    finally:
        db.close()
    return time.perf_counter() - started


def cached_large() -> Path:
    """The cached large register, built first if the cache holds none for this key."""
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    path = CACHE_DIR / f"large-{cache_key()}.db"
    if not path.exists():
        for stale in CACHE_DIR.glob("large-*.db*"):
            stale.unlink()
        building = path.with_suffix(".building")
        print(f"building the large demo register (cached as {path.name}) …", flush=True)
        generate_large(building)
        _checkpoint(building)
        building.rename(path)
    return path


def _checkpoint(path: Path) -> None:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def data_dir_with(source: Path | None, target: Path, site_name: str = SITE_NAME) -> Path:
    """A data directory at ``target`` whose register is a copy of ``source`` (or a register with one site),
    the app set to register for ``site_name``."""
    target.mkdir(parents=True, exist_ok=True)
    register = target / paths.DATABASE_FILE
    if source is not None:
        shutil.copyfile(source, register)
    else:
        from healthcentre.services import sites

        db = open_plain(register)
        try:
            sites.create_site(db, name=SITE_NAME, kind="halsocenter", municipality_code="0680")
        finally:
            db.close()
    _choose_site(target / "config", site_name)
    return target


def _choose_site(config_dir: Path, site_name: str) -> None:
    """Make the app of this data directory register for ``site_name``, as a user who chose it would."""
    from healthcentre import config

    before = os.environ.get("XDG_CONFIG_HOME")
    os.environ["XDG_CONFIG_HOME"] = str(config_dir)
    try:
        config.save_user_setting("site.name", site_name)
    finally:
        if before is None:
            del os.environ["XDG_CONFIG_HOME"]
        else:
            os.environ["XDG_CONFIG_HOME"] = before


def add_grid_activity(db, site_id: int) -> int:
    """A course of the site with GRID_PARTICIPANTS people and GRID_SESSIONS sessions, most boxes ticked.

    The demo has no activity that large; it is made through the services like a user would."""
    from healthcentre.services import activities, attendance, participant_search, sessions

    start = dt.date(YEAR, 1, 7)
    course = activities.create_activity(db, site_id=site_id, kind="KURS", title=GRID_TITLE,
                                        start_date=start, end_date=dt.date(YEAR, 12, 20), target_groups=["VUXNA"])
    people = participant_search.search_participant_ids(db, site_id=site_id, limit=GRID_PARTICIPANTS)
    dates = [start + dt.timedelta(weeks=week) for week in range(GRID_SESSIONS)]
    session_ids = [sessions.add_session(db, activity_id=course.id, date=day, minutes=90).id for day in dates]
    for index, person in enumerate(people):
        attendance.enrol(db, activity_id=course.id, participant_id=person)
        for number, session_id in enumerate(session_ids[:-1]):
            if (index + number) % 4:
                attendance.record_attendance(db, activity_id=course.id, session_id=session_id,
                                             participant_id=person)
    return course.id



def cached_grid() -> Path:
    """The cached large register plus the benchmark course (``add_grid_activity``), built first if missing."""
    large = cached_large()
    path = CACHE_DIR / f"grid-{cache_key()}.db"
    if not path.exists():
        for stale in CACHE_DIR.glob("grid-*.db*"):
            stale.unlink()
        building = path.with_suffix(".building")
        shutil.copyfile(large, building)
        print("adding the benchmark course (30 people, 40 sessions) through the services …", flush=True)
        db = open_plain(building)
        try:
            add_grid_activity(db, site_id=1)
        finally:
            db.close()
        _checkpoint(building)
        building.rename(path)
    return path


def grid_activity_id(data_dir: Path) -> int:
    """The id of the benchmark course in the register of ``data_dir``."""
    import sqlite3

    connection = sqlite3.connect(data_dir / paths.DATABASE_FILE)
    try:
        return connection.execute("SELECT id FROM activity WHERE title = ?", (GRID_TITLE,)).fetchone()[0]
    finally:
        connection.close()
