"""Write-path driver for the kill-loop test: a fork server that runs one write scenario per child.

Started once per scenario (``python driver.py``), it imports the application and
then reads commands from its command pipe (the file descriptor named by its first argument;
replies go to the one named by the second, so nothing a library prints can be mistaken for
an answer), one JSON object a line:
``{"scenario": ..., "db": ..., "log": ..., "seed": ...}``. For each it forks a child
that opens the register and runs the scenario's writes in a loop until it is
killed; it answers with the child's pid. The child is reaped only after the test
says so (any line), so the pid it kills is never one reused by another process;
then the server answers with ``done`` and the child's wait status.
Forking from a process that has imported everything (but opened nothing) lets
the test kill hundreds of real writers within minutes.

A scenario appends one line per transaction to the log file only AFTER the
service call returned (the commit is done), and fsyncs the log, so every line in
the log is a transaction that reported success.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import random
import sys
import tempfile
from pathlib import Path

from healthcentre import config
from healthcentre.data.database import open_database
from healthcentre.services import activities, attendance, participant_search, participants, sessions, sites

SCENARIOS = {}


def scenario(name):
    """Register a write scenario: a function (db_path, log, rng, rounds) that writes
    ``rounds`` times, or until killed when ``rounds`` is None."""
    def register(function):
        SCENARIOS[name] = function
        return function
    return register


class Log:
    """The success log: one line per committed transaction, durable before the next write."""

    def __init__(self, path: str) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def committed(self, *fields) -> None:
        os.write(self._fd, (" ".join(str(f) for f in fields) + "\n").encode())
        os.fsync(self._fd)


def _rounds(rounds: int | None):
    return itertools.count() if rounds is None else range(rounds)


def _site(db) -> int:
    existing = sites.list_sites(db)
    if existing:
        return existing[0].id
    return sites.create_site(db, name="Mötesplats Tranås", kind="meeting_place", municipality_code="0687").id


@scenario("register")
def register_forever(db_path: str, log: Log, rng: random.Random, rounds: int | None = None) -> None:
    """Staff work: activities with target groups and sessions, participants, attendance."""
    db = open_database(Path(db_path), encrypt=config.load_settings().encrypt_database)
    site_id = _site(db)
    for _ in _rounds(rounds):
        activity = activities.create_activity(
            db, site_id=site_id, kind="TRAFF", title=f"Träff {rng.randrange(10**9)}",
            start_date=dt.date(2026, 1, 1), target_groups=["ALDRE", "ANHORIGA"])
        log.committed("activity", activity.id)
        meeting = sessions.add_session(db, activity_id=activity.id, date=dt.date(2026, 1, rng.randint(1, 28)),
                                       minutes=90)
        log.committed("session", meeting.id)
        for _ in range(rng.randint(1, 3)):
            person = participants.create_participant(
                db, site_id=site_id, display_name=f"Deltagare {rng.randrange(10**12)}", birth_year=1950,
                gender="man", municipality_code="0687", target_groups=["ALDRE"], confirm_duplicate=True)
            log.committed("participant", person.id)
            row = attendance.record_attendance(db, activity_id=activity.id, session_id=meeting.id,
                                               participant_id=person.id)
            log.committed("attendance", row.id)


@scenario("migration")
def migrate_once(db_path: str, log: Log, rng: random.Random, rounds: int | None = None) -> None:
    """Start the application on a register at revision 0001: backup, then migrate to head."""
    db = open_database(Path(db_path), encrypt=config.load_settings().encrypt_database)
    log.committed("migrated", db.revision())
    db.close()


@scenario("import")
def import_forever(db_path: str, log: Log, rng: random.Random, rounds: int | None = None) -> None:
    """Import spreadsheets of participants, all rows or none, one file after another."""
    from healthcentre.reports.importing import apply_import, plan_import

    db = open_database(Path(db_path), encrypt=config.load_settings().encrypt_database)
    site_id = _site(db)
    folder = Path(db_path).parent
    for _ in _rounds(rounds):
        batch = f"B{rng.randrange(10**12)}"
        path = folder / f"{batch}.csv"
        rows = "".join(f"Import {batch} {n};19{40 + n};kvinna;ALDRE\n" for n in range(20))
        path.write_text("Namn;Födelseår;Kön;Målgrupp\n" + rows, encoding="utf-8")
        plan = plan_import(db, path, kind="participants", site_id=site_id)
        apply_import(db, plan, duplicates="create")
        log.committed("import", batch, 20)
        path.unlink()


@scenario("sync")
def sync_forever(db_path: str, log: Log, rng: random.Random, rounds: int | None = None) -> None:
    """A change in a random month of the year, then sync: build the period's new version and
    deliver everything pending to the real receiver the test runs (the site is enrolled)."""
    from healthcentre.sync import delivery

    db = open_database(Path(db_path), encrypt=config.load_settings().encrypt_database)
    activity = activities.list_activities(db)[0]
    person = participant_search.list_participants(db)[0]
    for _ in _rounds(rounds):
        day = dt.date(2025, rng.randint(1, 12), rng.randint(1, 28))
        meeting = sessions.add_session(db, activity_id=activity.id, date=day, minutes=60)
        attendance.record_attendance(db, activity_id=activity.id, session_id=meeting.id, participant_id=person.id)
        log.committed("session", meeting.id)
        result = delivery.sync_now(db, config.load_settings())
        log.committed("synced", result.delivered, result.remaining)


NEEDS_SETUP = {"sync"}


def _warm_up() -> None:
    """Run every scenario once on a scratch register, so forked writers start warm
    (modules imported, mappers configured) and reach their writes within milliseconds."""
    import healthcentre.sync.delivery  # noqa: F401  (the sync scenario's imports)

    with tempfile.TemporaryDirectory() as scratch:
        for name, function in SCENARIOS.items():
            if name not in NEEDS_SETUP:
                function(str(Path(scratch) / f"{name}.db"), Log(str(Path(scratch) / "log")), random.Random(0),
                         rounds=1)


def _serve(requests, replies) -> None:
    commands = iter(requests.readline, "")
    for line in commands:
        command = json.loads(line)
        pid = os.fork()
        if pid == 0:
            try:
                rng = random.Random(command["seed"])
                SCENARIOS[command["scenario"]](command["db"], Log(command["log"]), rng)
                os._exit(0)
            except BaseException:
                import traceback

                traceback.print_exc()
                os._exit(3)
        print(pid, file=replies, flush=True)
        next(commands)  # the test has sent its SIGKILL: only now may the pid be reaped (and reused)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"done": pid, "status": status}), file=replies, flush=True)


if __name__ == "__main__":
    _warm_up()
    _serve(os.fdopen(int(sys.argv[1]), "r"), os.fdopen(int(sys.argv[2]), "w"))
