"""Crash safety: the app's write paths are killed with SIGKILL at random points, hundreds
of times, and after every kill the register opens, passes ``PRAGMA integrity_check``,
holds every transaction that reported success and no half-written one.

Each write path (registration, plain and encrypted; import; migration 0001→head; sync to a
real receiver) is a scenario of ``driver.py`` (run in a forked child of a fork
server, so a kill costs milliseconds, not an interpreter start). The kill counts
per scenario are printed in the test output.

The checks close every connection they open before the next writer starts: a
connection left open in this process while another process writes defeats
SQLite's POSIX locks, and the harness then "finds" corruption the app never made.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from healthcentre import config
from healthcentre.data import encryption
from healthcentre.data.database import head_revision, make_engine, open_database, upgrade

DRIVER = Path(__file__).with_name("driver.py")
pytestmark = pytest.mark.slow


@dataclasses.dataclass
class Scenario:
    """A write path to kill: how often, how long after the fork at most, and its checks."""

    name: str
    kills: int
    max_delay: float
    check: Callable[[sqlite3.Connection, list[list[str]]], None]
    before_each: Callable[[Path], None] | None = None
    before_open: Callable[[sqlite3.Connection], None] | None = None
    encrypted: bool = False


class ForkServer:
    """The driver process; ``run`` forks one writer and kills it after ``delay`` seconds."""

    def __init__(self, workdir: Path) -> None:
        self.stderr = open(workdir / "driver.err", "w+")
        command_read, command_write = os.pipe()
        reply_read, reply_write = os.pipe()
        # its own pipes, not stdout: whatever a library prints goes to driver.err, never into an answer
        self.process = subprocess.Popen([sys.executable, str(DRIVER), str(command_read), str(reply_write)],
                                        stdin=subprocess.DEVNULL, stdout=self.stderr, stderr=self.stderr,
                                        pass_fds=(command_read, reply_write))
        os.close(command_read)
        os.close(reply_write)
        self.commands = os.fdopen(command_write, "w")
        self.replies = os.fdopen(reply_read, "r")

    def run(self, command: dict, delay: float) -> str:
        """'killed' if the writer was killed, 'finished' if it ended by itself first."""
        self.commands.write(json.dumps(command) + "\n")
        self.commands.flush()
        pid = int(self.replies.readline())
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)  # a child that already ended stays a zombie until "reap": no error
        self.commands.write("reap\n")
        self.commands.flush()
        status = json.loads(self.replies.readline())["status"]
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
            return "killed"
        self.stderr.seek(0)
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, self.stderr.read()
        return "finished"

    def close(self) -> None:
        self.commands.close()
        self.process.wait(timeout=30)
        self.replies.close()
        self.stderr.close()


def _log_lines(path: Path) -> list[list[str]]:
    """The transactions that reported success: only complete lines count."""
    if not path.exists():
        return []
    text = path.read_text()
    complete = text[: text.rfind("\n") + 1]
    return [line.split() for line in complete.splitlines()]


def _ids(raw: sqlite3.Connection, table: str) -> set[int]:
    return {row[0] for row in raw.execute(f'SELECT id FROM "{table}"')}


def check_register(raw: sqlite3.Connection, log: list[list[str]]) -> None:
    """Every logged row exists; no activity without its target groups or audit event; no
    attendance without its enrolment (each written in the same transaction)."""
    tables = {"activity": "activity", "session": "session", "participant": "participant", "attendance": "attendance"}
    for kind, table in tables.items():
        logged = {int(fields[1]) for fields in log if fields[0] == kind}
        assert logged <= _ids(raw, table), f"a committed {kind} is missing"
    half = raw.execute("SELECT a.id FROM activity a LEFT JOIN activity_target_group g ON g.activity_id = a.id "
                       "GROUP BY a.id HAVING count(g.target_group_id) != 2").fetchall()
    assert half == [], "activity without both of its target groups"
    unaudited = raw.execute("SELECT id FROM activity WHERE CAST(id AS TEXT) NOT IN "
                            "(SELECT entity_id FROM audit_event WHERE entity = 'activity')").fetchall()
    assert unaudited == [], "activity without its audit event"
    orphans = raw.execute(
        "SELECT t.id FROM attendance t JOIN session s ON s.id = t.session_id LEFT JOIN enrolment e"
        " ON e.activity_id = s.activity_id AND e.participant_id = t.participant_id WHERE e.id IS NULL").fetchall()
    assert orphans == [], "attendance without its enrolment"


def check_import(raw: sqlite3.Connection, log: list[list[str]]) -> None:
    """Every imported file is in whole (all 20 rows) or not at all; logged files are in whole."""
    batches: dict[str, int] = {}
    for (name,) in raw.execute("SELECT display_name FROM participant WHERE display_name LIKE 'Import %'"):
        batch = name.split()[1]
        batches[batch] = batches.get(batch, 0) + 1
    assert set(batches.values()) <= {20}, f"half an import: {batches}"
    assert {fields[1] for fields in log if fields[0] == "import"} <= set(batches)


def _tables(raw: sqlite3.Connection) -> set[str]:
    return {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


@pytest.fixture(scope="module")
def old_register(tmp_path_factory) -> Path:
    """A register at the first schema revision with a site and 300 participants."""
    path = tmp_path_factory.mktemp("old") / "old.db"
    engine = make_engine(path)
    upgrade(engine, "0001")
    engine.dispose()
    raw = sqlite3.connect(path)
    stamp = "'2025-01-01 00:00:00', 'old', '2025-01-01 00:00:00', 'old'"
    raw.execute(f"INSERT INTO site (id, name, kind, municipality_code, created_at, created_by, changed_at,"
                f" changed_by) VALUES (1, 'Gamla HC', 'HALSOCENTER', '0604', {stamp})")
    raw.executemany(f"INSERT INTO participant (site_id, display_name, birth_year, registered_on, created_at,"
                    f" created_by, changed_at, changed_by) VALUES (1, ?, 1960, '2025-01-01', {stamp})",
                    [(f"Person {n}",) for n in range(300)])
    raw.commit()
    raw.execute("PRAGMA journal_mode=DELETE")
    raw.close()
    return path


def _migration(old_register: Path) -> Scenario:
    first_tables = _tables(sqlite3.connect(old_register))

    def fresh_copy(db_path: Path) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(old_register, db_path)

    def at_old_or_new_revision(raw: sqlite3.Connection) -> None:
        revision = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert revision in {"0001", head_revision()}
        if revision == "0001":
            assert _tables(raw) == first_tables, "a migration left half its tables"

    def all_rows_kept(raw: sqlite3.Connection, log: list[list[str]]) -> None:
        assert raw.execute("SELECT count(*) FROM participant").fetchone() == (300,)
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)

    return Scenario("migration 0001→head", kills=40, max_delay=0.3, check=all_rows_kept,
                    before_each=fresh_copy, before_open=at_old_or_new_revision)


def _scenarios(old_register: Path) -> dict[str, Scenario]:
    return {
        "register": Scenario("registration", kills=150, max_delay=0.3, check=check_register),
        "register-encrypted": Scenario("registration (encrypted)", kills=50, max_delay=0.3,
                                       check=check_register, encrypted=True),
        "migration": _migration(old_register),
        "import": Scenario("import", kills=40, max_delay=1.5, check=check_import),
    }


def _verify(db_path: Path, scenario: Scenario, log_path: Path) -> None:
    raw = encryption.connect(db_path, encryption.file_key(db_path))
    try:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        if scenario.before_open:
            scenario.before_open(raw)
    finally:
        raw.close()
    open_database(db_path, daily_backup=False, encrypt=config.load_settings().encrypt_database).close()
    assert encryption.is_encrypted(db_path) == scenario.encrypted
    raw = encryption.connect(db_path, encryption.file_key(db_path))
    try:
        scenario.check(raw, _log_lines(log_path))
    finally:
        raw.close()


@pytest.mark.parametrize("name", ["register", "register-encrypted", "migration", "import"])
def test_killing_a_write_path_at_random_loses_no_committed_transaction(name, tmp_path, old_register, capsys,
                                                                       monkeypatch):
    scenario = _scenarios(old_register)[name]
    if scenario.encrypted:
        machine = tmp_path / "machine.toml"
        machine.write_text("[database]\nencrypt = true\n", encoding="utf-8")
        monkeypatch.setenv(config.MACHINE_CONFIG_ENV, str(machine))
    db_path = tmp_path / "data" / "healthcentre.db"
    db_path.parent.mkdir(parents=True, exist_ok=True)
    log_path = tmp_path / "committed.log"
    rng = random.Random(f"kill-loop-{name}")
    server = ForkServer(tmp_path)
    outcomes = {"killed": 0, "finished": 0}
    committed = mid_write = 0
    try:
        while outcomes["killed"] < scenario.kills:
            if scenario.before_each:
                scenario.before_each(db_path)
                log_path.unlink(missing_ok=True)
            before = len(_log_lines(log_path))
            command = {"scenario": name.removesuffix("-encrypted"), "db": str(db_path), "log": str(log_path),
                       "seed": rng.randrange(2**32)}
            outcome = server.run(command, rng.uniform(0, scenario.max_delay))
            outcomes[outcome] += 1
            _verify(db_path, scenario, log_path)
            written = len(_log_lines(log_path)) - before
            committed += written
            mid_write += outcome == "killed" and written > 0
    finally:
        server.close()
    with capsys.disabled():
        print(f"\nkill loop [{scenario.name}]: {outcomes['killed']} kills ({mid_write} after the writer had"
              f" committed at least once), {outcomes['finished']} runs finished before the kill,"
              f" {committed} committed transactions checked")
    assert outcomes["killed"] == scenario.kills


def _receiver_rows(receiver) -> tuple[set[str], dict[tuple[str, str], str]]:
    """Every submission id the receiver stored, and its latest submission per (site, period)."""
    from healthcentre.receiver import store_tables
    from sqlalchemy import select

    engine = receiver.engine()
    try:
        with engine.connect() as conn:
            stored = set(conn.execute(select(store_tables.submission_table.c.submission_id)).scalars())
            latest = {(site, period): sid for site, period, sid in conn.execute(select(
                store_tables.latest_table.c.site_code, store_tables.latest_table.c.period, store_tables.latest_table.c.submission_id))}
    finally:
        engine.dispose()
    return stored, latest


def _sync_register(db_path: Path, receiver) -> None:
    """A Hälsocenter enrolled at ``receiver`` with a year-long course and six participants."""
    import datetime as dt

    from healthcentre.sync import enrolment
    from healthcentre.services import activities, participants, sites

    db = open_database(db_path, encrypt=config.load_settings().encrypt_database)
    site = sites.create_site(db, name="Hälsocenter Nässjö", kind="halsocenter", municipality_code="0682")
    activities.create_activity(db, site_id=site.id, kind="KURS", title="Hälsa i vardagen",
                               start_date=dt.date(2025, 1, 1), end_date=dt.date(2025, 12, 31),
                               target_groups=["ALDRE", "ANHORIGA"])
    for n in range(6):
        participants.create_participant(db, site_id=site.id, display_name=f"Deltagare {n}", birth_year=1950 + n,
                                        gender="woman", municipality_code="0682", target_groups=["ALDRE"])
    enrolled = enrolment.enrol(db, code=receiver.add_site("HC-NASSJO", "0682"), url=receiver.url, site_id=site.id)
    config.remember_receiver_url(enrolled.url)
    db.close()


def _newest_local_versions(db_path: Path) -> dict[str, tuple[str, str]]:
    raw = sqlite3.connect(db_path)
    try:
        rows = raw.execute("SELECT period, id, state, version FROM outbox_submission ORDER BY version").fetchall()
    finally:
        raw.close()
    return {period: (sid, state) for period, sid, state, _ in rows}


def test_killing_sync_delivers_every_period_exactly_once(tmp_path, capsys):
    from receiver_process import Receiver

    from healthcentre.sync import delivery, submission_states

    db_path = tmp_path / "data" / "healthcentre.db"
    log_path = tmp_path / "committed.log"
    receiver = Receiver(tmp_path / "county").start()
    server = None
    try:
        _sync_register(db_path, receiver)

        def check_sync(raw: sqlite3.Connection, log: list[list[str]]) -> None:
            check_register(raw, log)
            stored, _ = _receiver_rows(receiver)
            delivered = {row[0] for row in raw.execute("SELECT id FROM outbox_submission WHERE state = ?",
                                                       (submission_states.DELIVERED,))}
            assert delivered <= stored, "a submission marked delivered never reached the county"

        scenario = Scenario("sync to the real receiver", kills=30, max_delay=2.0, check=check_sync)
        rng = random.Random("kill-loop-sync")
        server = ForkServer(tmp_path)
        outcomes = {"killed": 0, "finished": 0}
        while outcomes["killed"] < scenario.kills:
            command = {"scenario": "sync", "db": str(db_path), "log": str(log_path), "seed": rng.randrange(2**32)}
            outcomes[server.run(command, rng.uniform(0.05, scenario.max_delay))] += 1
            _verify(db_path, scenario, log_path)
        db = open_database(db_path, daily_backup=False, encrypt=config.load_settings().encrypt_database)
        try:
            final = delivery.sync_now(db, config.load_settings())
        finally:
            db.close()
        assert final.remaining == 0 and final.error is None
        newest = _newest_local_versions(db_path)
        stored, latest = _receiver_rows(receiver)
        assert {period: sid for (_, period), sid in latest.items()} == {p: sid for p, (sid, _) in newest.items()}
        assert all(state == submission_states.DELIVERED for _, state in newest.values())
        syncs = sum(1 for fields in _log_lines(log_path) if fields[0] == "synced")
        with capsys.disabled():
            print(f"\nkill loop [{scenario.name}]: {outcomes['killed']} kills, {syncs} syncs completed, "
                  f"{len(stored)} submissions stored, {len(latest)} periods each delivered exactly once")
    finally:
        if server is not None:
            server.close()
        receiver.stop()
