"""Schema changes go through Alembic only, and migrating keeps every row."""

import sqlite3

from alembic.script import ScriptDirectory

from healthcentre.data.database import (
    alembic_config, head_revision, make_engine, open_database, shipped_head, upgrade,
)
from healthcentre.errors import StorageError


def test_migrations_form_a_single_line_of_history():
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1


def test_the_start_up_reads_the_same_newest_revision_as_alembic_without_loading_it():
    assert shipped_head() == head_revision()


def test_database_from_the_first_migration_migrates_to_head_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine(path)
    upgrade(engine, "0001")
    engine.dispose()
    raw = sqlite3.connect(path)
    stamp = "'2025-01-01 00:00:00', 'old', '2025-01-01 00:00:00', 'old'"
    raw.execute(f"INSERT INTO site (id, name, kind, municipality_code, created_at, created_by, changed_at, changed_by)"
                f" VALUES (1, 'Gamla HC', 'HALSOCENTER', '0604', {stamp})")
    raw.execute(f"INSERT INTO participant (id, site_id, display_name, birth_year, registered_on, created_at,"
                f" created_by, changed_at, changed_by) VALUES (1, 1, 'Kvar Kvist', 1960, '2025-01-01', {stamp})")
    raw.commit()
    raw.close()

    backups = []
    db = open_database(path, before_migration=lambda p, rev: backups.append(rev))

    assert db.revision() == head_revision()
    assert backups == ["0001"]
    from healthcentre.services import participants, sites
    assert [s.name for s in sites.list_sites(db)] == ["Gamla HC"]
    assert participants.get_participant(db, 1).display_name == "Kvar Kvist"


def test_default_migration_takes_a_backup_copy_first(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine(path)
    upgrade(engine, "0001")
    engine.dispose()
    open_database(path).close()
    from healthcentre.data import backups
    [backup] = [b for b in backups.list_backups(path) if b.kind == backups.migration_kind("0001")]
    assert sqlite3.connect(backup.path).execute("SELECT count(*) FROM municipality").fetchone() == (13,)


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "new.db"
    open_database(path).close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    try:
        open_database(path)
    except StorageError as exc:
        assert exc.code == "database_newer"
    else:
        raise AssertionError("a newer schema must be refused")
    assert sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    try:
        open_database(path)
    except StorageError as exc:
        assert exc.code == "database_open_failed"
        assert str(path) in exc.message("sv")
    else:
        raise AssertionError("junk must be refused")
    assert path.read_bytes() == b"this is not sqlite" * 100
