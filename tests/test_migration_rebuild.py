"""A migration that rebuilds a parent table the SQLite way (Alembic's batch mode: copy, DROP, rename)
keeps every row of the tables that refer to it, in the register and in the county receiver; one that
leaves a reference dangling is refused with a message and the database is left as it was. Foreign
keys are enforced again on every connection afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from healthcentre.receiver import schema, storage
from healthcentre.data import database
from healthcentre.errors import StorageError
from healthcentre.services import attendance, sessions
from migration_helpers import fill_receiver, tree_with_revision

REBUILD = '''
with op.batch_alter_table("{table}", recreate="always") as batch:
    batch.add_column(sa.Column("note", sa.Text(), nullable=True))
'''
REBUILD_LOSING_ROWS = REBUILD + 'op.execute("DELETE FROM {table} WHERE {where}")\n'
VERSION_TABLES = ("alembic_version", "receiver_alembic_version")


def _columns(path: Path) -> dict[str, list[str]]:
    """Every table of ours (not the version table) and its columns."""
    raw = sqlite3.connect(path)
    try:
        tables = [name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                                  " AND name NOT LIKE 'sqlite_%'") if name not in VERSION_TABLES]
        return {table: [row[1] for row in raw.execute(f'PRAGMA table_info("{table}")')] for table in tables}
    finally:
        raw.close()


def _rows(path: Path, columns: dict[str, list[str]]) -> dict[str, list[tuple]]:
    """The rows of each table in ``columns``, read through those columns only (a rebuild may add one)."""
    raw = sqlite3.connect(path)
    try:
        return {table: sorted(raw.execute(f'SELECT {", ".join(names)} FROM "{table}"').fetchall(), key=repr)
                for table, names in columns.items()}
    finally:
        raw.close()


def _dump(path: Path) -> list[str]:
    """Schema and rows of the whole database, as SQL."""
    raw = sqlite3.connect(path)
    try:
        return list(raw.iterdump())
    finally:
        raw.close()


def _foreign_keys_on_every_pooled_connection(engine) -> list[int]:
    """``PRAGMA foreign_keys`` on each connection the engine's pool holds (all checked out at once)."""
    connections = [engine.connect() for _ in range(max(engine.pool.checkedin(), 1))]
    try:
        return [conn.exec_driver_sql("PRAGMA foreign_keys").scalar() for conn in connections]
    finally:
        for conn in connections:
            conn.close()


def _no_dangling_references(path: Path) -> bool:
    raw = sqlite3.connect(path)
    try:
        return raw.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        raw.close()


# --- the laptop register ------------------------------------------------------------


@pytest.fixture
def register(db, site, course, anna) -> Path:
    """A closed register at the shipped head with a site, a course with sessions, an enrolled participant
    with an attendance, their target groups, audit events and period marks (all through the services)."""
    first = sessions.list_sessions(db, course.id)[0]
    attendance.record_attendance(db, activity_id=course.id, session_id=first.id, participant_id=anna.id)
    db.close()
    return db.path


def _register_tree(monkeypatch, tmp_path, body: str):
    tree = tree_with_revision(database.REGISTER, tmp_path / "register-migrations", body)
    monkeypatch.setattr(database, "REGISTER", tree)
    return tree


@pytest.mark.parametrize(("table", "children"), [
    ("activity", ("session", "enrolment", "attendance", "activity_target_group")),
    ("site", ("activity", "participant", "period_mark", "session", "attendance")),
])
def test_rebuilding_a_register_parent_table_keeps_every_child_row_and_foreign_keys_on(
        register, tmp_path, monkeypatch, table, children):
    columns = _columns(register)
    before = _rows(register, columns)
    assert all(before[child] for child in children)
    tree = _register_tree(monkeypatch, tmp_path, REBUILD.format(table=table))

    db = database.open_database(register)

    try:
        assert db.revision() == tree.head()
        assert _foreign_keys_on_every_pooled_connection(db.engine) == [1]
    finally:
        db.close()
    assert _rows(register, columns) == before
    assert "note" in _columns(register)[table]
    assert _no_dangling_references(register)


def test_a_register_migration_leaving_a_dangling_reference_is_refused_and_changes_nothing(
        register, tmp_path, monkeypatch):
    before = _dump(register)
    _register_tree(monkeypatch, tmp_path, REBUILD_LOSING_ROWS.format(table="activity", where="1 = 1"))

    with pytest.raises(StorageError) as refused:
        database.open_database(register)

    assert refused.value.code == "migration_dangling_references"
    assert "session → activity" in refused.value.message("sv")
    assert "session → activity" in refused.value.message("en")
    assert _dump(register) == before


def test_foreign_keys_are_enforced_again_after_a_refused_migration(register, tmp_path, monkeypatch):
    _register_tree(monkeypatch, tmp_path, REBUILD_LOSING_ROWS.format(table="activity", where="1 = 1"))
    engine = database.make_engine(register)
    try:
        with pytest.raises(StorageError):
            database.upgrade(engine)

        assert _foreign_keys_on_every_pooled_connection(engine) == [1]
    finally:
        engine.dispose()


def test_a_migration_run_outside_the_migration_transaction_is_refused_before_it_runs(
        register, tmp_path, monkeypatch):
    before = _dump(register)
    tree = _register_tree(monkeypatch, tmp_path, REBUILD.format(table="activity"))
    engine = database.make_engine(register)
    try:
        with pytest.raises(RuntimeError, match="migration_transaction"), engine.begin() as connection:
            tree.upgrade(connection)
    finally:
        engine.dispose()
    assert _dump(register) == before


# --- the county receiver --------------------------------------------------------------


@pytest.fixture
def receiver_db(tmp_path) -> Path:
    """The receiver's SQLite file at its shipped head with sites, an enrolment code and submissions."""
    engine = storage.open_store(storage.database_url_for(tmp_path))
    fill_receiver(engine)
    engine.dispose()
    return tmp_path / "county.db"


def _receiver_tree(monkeypatch, tmp_path, body: str):
    tree = tree_with_revision(schema.MIGRATIONS, tmp_path / "receiver-migrations", body)
    monkeypatch.setattr(schema, "MIGRATIONS", tree)
    return tree


def test_rebuilding_the_receiver_site_table_keeps_every_submission_and_foreign_keys_on(
        receiver_db, tmp_path, monkeypatch):
    columns = _columns(receiver_db)
    before = _rows(receiver_db, columns)
    assert all(before[child] for child in ("submission", "latest", "enrolment_code"))
    tree = _receiver_tree(monkeypatch, tmp_path, REBUILD.format(table="site"))

    engine = storage.open_store(storage.database_url_for(tmp_path))

    try:
        with engine.connect() as conn:
            assert tree.current_revision(conn) == tree.head()
        assert _foreign_keys_on_every_pooled_connection(engine) == [1]
    finally:
        engine.dispose()
    assert _rows(receiver_db, columns) == before
    assert "note" in _columns(receiver_db)["site"]
    assert _no_dangling_references(receiver_db)


def test_a_receiver_migration_leaving_a_dangling_reference_is_refused_and_changes_nothing(
        receiver_db, tmp_path, monkeypatch):
    before = _dump(receiver_db)
    _receiver_tree(monkeypatch, tmp_path, REBUILD_LOSING_ROWS.format(table="site", where="code = 'RC-VMO-1'"))

    with pytest.raises(StorageError) as refused:
        storage.open_store(storage.database_url_for(tmp_path))

    assert refused.value.code == "migration_dangling_references"
    assert "enrolment_code → site" in refused.value.message("en")
    assert _dump(receiver_db) == before
