"""Encryption at rest: the register works the same encrypted, is unreadable without the
key, and a plain register is converted in place keeping every row."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat

import pytest

from healthcentre import config
from healthcentre.data import backups, encryption
from healthcentre.data.database import open_database
from healthcentre.errors import StorageError
from healthcentre.services import activities, attendance, participant_search, participants, sessions, sites, statistics


@pytest.fixture
def want_encryption(tmp_path, monkeypatch):
    """A machine configuration from IT that turns encryption on."""
    machine = tmp_path / "machine.toml"
    machine.write_text("[database]\nencrypt = true\n", encoding="utf-8")
    monkeypatch.setenv(config.MACHINE_CONFIG_ENV, str(machine))
    assert config.load_settings().encrypt_database


def _open(path):
    """The register opened as the edges open it: encrypted when the machine configuration says so."""
    return open_database(path, encrypt=config.load_settings().encrypt_database)


def _happy_path(db) -> dict:
    site = sites.create_site(db, name="Hälsocenter Eksjö", kind="halsocenter", municipality_code="0686")
    course = activities.create_activity(db, site_id=site.id, kind="KURS", title="Sömn och återhämtning",
                                        start_date=dt.date(2026, 2, 1), target_groups=["ALDRE"])
    meeting = sessions.add_session(db, activity_id=course.id, date=dt.date(2026, 2, 3), minutes=120)
    person = participants.create_participant(db, site_id=site.id, display_name="Greta Holm", birth_year=1948,
                                             gender="woman", municipality_code="0686", target_groups=["ALDRE"])
    attendance.record_attendance(db, activity_id=course.id, session_id=meeting.id, participant_id=person.id)
    return statistics.register_counts(db)


@pytest.mark.parametrize("mode", ["plain", "encrypted"])
def test_the_register_works_the_same_plain_and_encrypted(mode, tmp_path, request):
    if mode == "encrypted":
        request.getfixturevalue("want_encryption")
    path = tmp_path / "data" / "healthcentre.db"
    db = _open(path)
    counts = _happy_path(db)
    db.close()

    assert encryption.is_encrypted(path) == (mode == "encrypted")
    db = _open(path)
    assert statistics.register_counts(db) == counts
    assert participant_search.search_participants(db, "Greta")[0].birth_year == 1948
    db.close()


def test_an_encrypted_register_is_unreadable_with_plain_sqlite(want_encryption, tmp_path):
    path = tmp_path / "data" / "healthcentre.db"
    db = _open(path)
    _happy_path(db)
    db.close()
    raw = path.read_bytes()
    assert b"Greta Holm" not in raw and b"SQLite format 3" not in raw[:16]
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM participant").fetchone()


def test_the_key_is_kept_in_a_private_file_where_no_keyring_exists(want_encryption, tmp_path):
    _open(tmp_path / "data" / "healthcentre.db").close()
    key_file = encryption.key_file_path()
    assert key_file.is_relative_to(tmp_path / "config")
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(key_file.read_text()) == 64


def test_an_encrypted_register_without_its_key_gives_a_clear_error(want_encryption, tmp_path):
    path = tmp_path / "data" / "healthcentre.db"
    _open(path).close()
    encryption.key_file_path().unlink()
    with pytest.raises(StorageError) as caught:
        _open(path)
    assert caught.value.code == "database_key_missing"
    assert "nyckeln" in caught.value.message("sv")


def test_turning_encryption_on_converts_a_plain_register_keeping_every_row(tmp_path, monkeypatch):
    path = tmp_path / "data" / "healthcentre.db"
    db = _open(path)
    _happy_path(db)
    db.close()
    _open(path).close()  # the day's (plain) backup
    plain = sqlite3.connect(path)
    tables = [r[0] for r in plain.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    rows = {t: sorted(plain.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    plain.close()

    machine = tmp_path / "machine.toml"
    machine.write_text("[database]\nencrypt = true\n", encoding="utf-8")
    monkeypatch.setenv(config.MACHINE_CONFIG_ENV, str(machine))
    _open(path).close()

    assert encryption.is_encrypted(path)
    converted = encryption.connect(path, encryption.stored_key())
    assert {t: sorted(converted.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables} == rows
    converted.close()
    kinds = {b.kind for b in backups.list_backups(path)}
    assert backups.BEFORE_ENCRYPT in kinds
    assert all(encryption.is_encrypted(b.path) for b in backups.list_backups(path))


def test_a_backup_of_an_encrypted_register_is_encrypted_and_restores(want_encryption, tmp_path):
    path = tmp_path / "data" / "healthcentre.db"
    db = _open(path)
    counts = _happy_path(db)
    info = backups.create_backup(path)
    participants.create_participant(db, site_id=1, display_name="Efter Kopian")
    db.close()
    assert encryption.is_encrypted(info.path)
    assert backups.restore_backup(info.name, path) is not None
    db = _open(path)
    assert statistics.register_counts(db) == counts
    db.close()
