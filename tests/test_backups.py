"""Backups: taken at start and before migrations, rotated, and restored without ever
overwriting the register without a copy; a damaged register is refused untouched."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3

import pytest
from click.testing import CliRunner

from healthcentre.cli import main
from healthcentre.data import backups
from healthcentre.data.database import open_database
from healthcentre.data.integrity import DatabaseDamagedError, check_integrity
from healthcentre.errors import StorageError
from healthcentre.services import participant_search, participants, sites

UTC = dt.timezone.utc


def _register_people(db, count: int, first: int = 0) -> None:
    site = (sites.list_sites(db) or [None])[0] or sites.create_site(
        db, name="Recovery college Värnamo", kind="recovery_college", municipality_code="0683")
    for n in range(first, first + count):
        participants.create_participant(db, site_id=site.id, display_name=f"Person {n:04d} med ett längre namn",
                                        birth_year=1940 + n % 60, gender="woman", municipality_code="0683")


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _corrupt_middle_pages(path, pages: int = 6) -> None:
    """Overwrite a few whole pages in the middle of the file with garbage."""
    page_size = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    count = path.stat().st_size // page_size
    with open(path, "r+b") as handle:
        handle.seek((count // 2 - pages // 2) * page_size)
        handle.write(os.urandom(page_size * pages))


@pytest.fixture
def filled(tmp_path):
    """A register with 400 participants, closed, with its daily backup taken at the second start."""
    path = tmp_path / "data" / "healthcentre.db"
    db = open_database(path)
    _register_people(db, 400)
    db.close()
    open_database(path).close()
    return path


def test_a_new_register_gets_no_backup_and_an_existing_one_gets_one_daily_backup(tmp_path):
    path = tmp_path / "data" / "healthcentre.db"
    open_database(path).close()
    assert backups.list_backups(path) == []
    open_database(path).close()
    open_database(path).close()
    assert [b.kind for b in backups.list_backups(path)] == [backups.DAILY]
    assert backups.list_backups(path)[0].path.parent == path.parent / "backups"


def test_the_daily_backup_is_taken_again_on_the_next_day(filled):
    tomorrow = dt.datetime.now(UTC) + dt.timedelta(days=1)
    assert backups.daily_backup_if_due(filled, now=tomorrow) is not None
    assert backups.daily_backup_if_due(filled, now=tomorrow) is None
    assert len(backups.list_backups(filled)) == 2


def test_rotation_keeps_seven_days_and_four_weeks(filled):
    for info in backups.list_backups(filled):
        info.path.unlink()
    start = dt.datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    for day in range(60):
        backups.daily_backup_if_due(filled, now=start + dt.timedelta(days=day))
    kept = backups.list_backups(filled)
    days = sorted({b.created_local.date() for b in kept})
    last_seven = [(start + dt.timedelta(days=d)).astimezone().date() for d in range(53, 60)]
    assert set(last_seven) <= set(days)
    weeks = {d.isocalendar()[:2] for d in days}
    assert len(weeks) == 4
    assert len(kept) <= 7 + 4


def test_a_backup_is_a_consistent_copy_made_while_the_register_is_open(tmp_path):
    path = tmp_path / "data" / "healthcentre.db"
    db = open_database(path)
    _register_people(db, 30)
    info = backups.create_backup(path)
    _register_people(db, 1, first=30)
    db.close()
    assert check_integrity(info.path) == []
    assert sqlite3.connect(info.path).execute("SELECT count(*) FROM participant").fetchone() == (30,)


def test_a_damaged_register_is_refused_untouched_and_its_newest_good_backup_restores(filled):
    _corrupt_middle_pages(filled)
    damaged = _digest(filled)

    with pytest.raises(DatabaseDamagedError) as caught:
        open_database(filled)

    assert _digest(filled) == damaged
    error = caught.value
    assert error.newest_backup is not None and error.newest_backup.kind == backups.DAILY
    assert "säkerhetskopia" in error.message("sv") and error.newest_backup.name in error.message("sv")
    assert "backup" in error.message("en")

    kept = backups.restore_backup(error.newest_backup.name, filled)

    assert _digest(kept.path) == damaged
    db = open_database(filled)
    assert participant_search.count_participants(db) == 400
    db.close()


def test_a_file_that_is_not_a_database_is_refused_with_the_choice_to_restore(filled):
    filled.write_bytes(b"\0" * 4096 * 3)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_database(filled)
    assert caught.value.code == "database_open_failed"
    assert caught.value.newest_backup is not None
    assert filled.read_bytes() == b"\0" * 4096 * 3


def test_without_any_backup_the_message_says_to_contact_it(tmp_path):
    path = tmp_path / "data" / "healthcentre.db"
    db = open_database(path)
    _register_people(db, 400)
    db.close()
    _corrupt_middle_pages(path)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_database(path)
    assert caught.value.newest_backup is None
    assert "IT" in caught.value.message("sv")


def test_a_damaged_backup_is_never_restored(filled):
    [info] = backups.list_backups(filled)
    _corrupt_middle_pages(info.path)
    before = _digest(filled)
    with pytest.raises(StorageError) as caught:
        backups.restore_backup(info.name, filled)
    assert caught.value.code == "backup_damaged"
    assert _digest(filled) == before
    assert backups.newest_good_backup(filled) is None


def test_restoring_an_unknown_name_is_a_clear_error(filled):
    with pytest.raises(StorageError) as caught:
        backups.restore_backup("finns-inte.db", filled)
    assert caught.value.code == "backup_not_found"


def test_command_line_lists_creates_and_restores_backups(tmp_path):
    data = tmp_path / "data"
    db = open_database(data / "healthcentre.db")
    _register_people(db, 5)
    db.close()
    runner = CliRunner()
    created = runner.invoke(main, ["--data-dir", str(data), "backup", "create"])
    assert created.exit_code == 0, created.output
    name = created.output.strip()
    listed = runner.invoke(main, ["--data-dir", str(data), "backup", "list"])
    assert name in listed.output and "manual" in listed.output

    db = open_database(data / "healthcentre.db", daily_backup=False)
    _register_people(db, 1, first=5)
    db.close()
    restored = runner.invoke(main, ["--data-dir", str(data), "backup", "restore", name, "--yes"])
    assert restored.exit_code == 0, restored.output
    assert "Kopia av det tidigare registret" in restored.output
    db = open_database(data / "healthcentre.db")
    assert participant_search.count_participants(db) == 5
    db.close()


def test_command_line_restore_without_a_name_takes_the_newest_good_backup(filled):
    _corrupt_middle_pages(filled)
    result = CliRunner().invoke(main, ["--data-dir", str(filled.parent), "backup", "restore", "--yes"])
    assert result.exit_code == 0, result.output
    assert check_integrity(filled) == []
