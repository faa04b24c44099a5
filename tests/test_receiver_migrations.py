"""The receiver's schema is managed by its own Alembic migrations: a new database gets them, one
made by the old create_all code is adopted with its rows, and one from a newer receiver is refused."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from click.testing import CliRunner
from sqlalchemy import create_engine

from healthcentre.receiver.cli import county
from healthcentre.receiver import schema, storage, store_tables
from healthcentre.data import backups
from healthcentre.errors import StorageError
from migration_helpers import CREATED, create_legacy_tables, fill_receiver, tree_with_revision

def _url(tmp_path) -> str:
    return storage.database_url_for(tmp_path)


def _path(tmp_path) -> str:
    return str(tmp_path / "county.db")


def _legacy_database(tmp_path):
    """A database as the receiver made it before it had migrations: metadata.create_all, then data."""
    engine = create_engine(_url(tmp_path))
    create_legacy_tables(engine)
    fill_receiver(engine)
    engine.dispose()


def _version(tmp_path) -> list[tuple]:
    return sqlite3.connect(_path(tmp_path)).execute("SELECT version_num FROM receiver_alembic_version").fetchall()


def _assert_rows_kept(engine) -> None:
    with engine.connect() as conn:
        assert [site["code"] for site in storage.list_sites(conn)] == ["HC-JKP-1", "RC-VMO-1"]
        assert [(row["period"], row["version"]) for row in storage.site_status(conn, "HC-JKP-1")] == [("2026-03", 2)]
        assert storage.count_submissions(conn) == 2
        assert storage.use_enrolment_code(conn, "a" * 64, CREATED) == "RC-VMO-1"


def test_receiver_migrations_form_a_single_line_of_history():
    script = ScriptDirectory.from_config(schema.MIGRATIONS.config())
    assert len(script.get_heads()) == 1
    assert schema.MIGRATIONS.shipped_head() == schema.MIGRATIONS.head()


@pytest.fixture
def database_url(tmp_path) -> str:
    """The receiver's database: a SQLite file here; test_receiver_postgres runs the same test on PostgreSQL."""
    return _url(tmp_path)


def test_a_new_database_is_migrated_to_head_and_matches_the_receiver_tables(database_url):
    engine = storage.open_store(database_url)
    with engine.connect() as conn:
        assert schema.MIGRATIONS.current_revision(conn) == schema.MIGRATIONS.head()
        context = MigrationContext.configure(conn, opts={"version_table": schema.MIGRATIONS.version_table})
        assert compare_metadata(context, store_tables.metadata) == []
        assert not conn.dialect.has_table(conn, "alembic_version")  # the laptop's history table is not touched
    fill_receiver(engine)
    _assert_rows_kept(engine)
    engine.dispose()


def test_a_database_made_by_create_all_is_stamped_at_the_first_revision_migrated_to_head_and_keeps_its_rows(
        tmp_path):
    _legacy_database(tmp_path)

    engine = storage.open_store(_url(tmp_path))

    assert _version(tmp_path) == [(schema.MIGRATIONS.head(),)]
    _assert_rows_kept(engine)
    with engine.begin() as conn:
        stored = storage.record_submission(conn, submission_id="00000000-0000-0000-0000-000000000003",
                                           site_code="HC-JKP-1", period="2026-03", version=3, created_at=CREATED,
                                           payload="{}", via="file")
    assert stored.outcome == "accepted"
    engine.dispose()
    [backup] = backups.list_backups(tmp_path / "county.db")  # stamped at 0001, copied, then migrated
    assert backup.kind == backups.migration_kind(schema.LEGACY_REVISION)


def test_a_legacy_database_is_backed_up_and_migrated_by_a_later_revision_keeping_its_rows(tmp_path, monkeypatch):
    later = tree_with_revision(schema.MIGRATIONS, tmp_path / "migrations",
                               'op.add_column("site", sa.Column("note", sa.Text(), nullable=True))')
    monkeypatch.setattr(schema, "MIGRATIONS", later)
    _legacy_database(tmp_path)

    engine = storage.open_store(_url(tmp_path))

    assert _version(tmp_path) == [(later.head(),)]
    _assert_rows_kept(engine)
    engine.dispose()
    [backup] = backups.list_backups(tmp_path / "county.db")
    assert backup.kind == backups.migration_kind("0001")
    copy = sqlite3.connect(backup.path)
    assert copy.execute("SELECT count(*) FROM submission").fetchone() == (2,)
    assert "note" not in [row[1] for row in copy.execute("PRAGMA table_info(site)")]


def _written_by_a_newer_receiver(tmp_path) -> None:
    """A receiver database whose recorded revision (9999) this version does not know."""
    storage.open_store(_url(tmp_path)).dispose()
    raw = sqlite3.connect(_path(tmp_path))
    raw.execute("UPDATE receiver_alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()


def test_a_database_from_a_newer_receiver_is_refused_untouched(tmp_path):
    _written_by_a_newer_receiver(tmp_path)

    with pytest.raises(StorageError) as refused:
        storage.open_store(_url(tmp_path))

    assert refused.value.code == "receiver_database_newer"
    assert "9999" in refused.value.message("en") and _path(tmp_path) in refused.value.message("sv")
    assert _version(tmp_path) == [("9999",)]


def test_the_county_commands_report_a_newer_schema_as_a_message(tmp_path):
    _written_by_a_newer_receiver(tmp_path)

    result = CliRunner().invoke(county, ["site", "list", "--database-url", _url(tmp_path)])

    assert result.exit_code == 1
    assert "9999" in result.output and "Traceback" not in result.output


def test_a_database_with_only_some_receiver_tables_is_refused_untouched(tmp_path):
    engine = create_engine(_url(tmp_path))
    store_tables.site_table.create(engine)
    engine.dispose()

    with pytest.raises(StorageError) as refused:
        storage.open_store(_url(tmp_path))

    assert refused.value.code == "receiver_database_unknown"
    tables = sqlite3.connect(_path(tmp_path)).execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    assert tables == [("site",)]
