"""The receiver's database schema: brought to the newest revision of its own migrations on opening.

The receiver's tables (``store_tables``) change only through the Alembic migrations in
``migrations/``, recorded in ``receiver_alembic_version`` so that they never meet the
laptop register's history (``alembic_version``) even in a shared database. Opening:

- a new database gets every migration;
- a database made before the receiver had migrations (its tables created by
  ``metadata.create_all``, no version table) is stamped at the first revision, which
  is exactly that schema, and keeps its rows;
- an older revision is migrated, after a backup copy when the database is a SQLite
  file (``healthcentre.data.backups``, in ``backups/`` next to it); on PostgreSQL the
  county's own dumps are the backup;
- a revision this version does not know (a newer receiver wrote it), or only some of
  the receiver's tables without a version table, is refused untouched with a message.

It all happens in one transaction, which on SQLite holds the write lock from the start and on
PostgreSQL first takes a transaction-scoped advisory lock, so two processes opening the same new
database at once never both create the tables (the second finds the first's work done); on
SQLite foreign keys are off in it and checked before its commit, so a migration that rebuilds
``site`` keeps every submission (``migration_tree.migration_transaction``).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from healthcentre.data import backups
from healthcentre.migration_tree import MigrationTree, migration_transaction
from healthcentre.errors import StorageError

MIGRATIONS = MigrationTree(Path(__file__).with_name("migrations"), "receiver_alembic_version")
LEGACY_REVISION = "0001"
LEGACY_TABLES = ("site", "enrolment_code", "submission", "latest")  # what create_all made before migrations
MIGRATION_LOCK_KEY = 0x6863_7276_6D69_6772  # "hcrvmigr": PostgreSQL's advisory lock for migrating the receiver


def migrate(engine: Engine) -> None:
    """Bring the receiver's database behind ``engine`` to the newest schema (see the module)."""
    with migration_transaction(engine) as connection:
        _one_at_a_time(connection)
        stored = MIGRATIONS.stored_revision(connection)
        if stored is not None and stored == MIGRATIONS.shipped_head():
            return  # the everyday start: no need to load Alembic
        current = stored if stored is not None else _adopt_legacy(connection, engine)
        if current is not None and not MIGRATIONS.is_known(current):
            raise StorageError("receiver_database_newer", database=_name(engine), revision=current,
                               head=MIGRATIONS.head())
        if current == MIGRATIONS.head():
            return
        if current is not None:
            _backup(engine, current)
        MIGRATIONS.upgrade(connection)


def _one_at_a_time(connection: Connection) -> None:
    """On PostgreSQL, wait until no other process is migrating (released when this transaction ends)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})


def _adopt_legacy(connection: Connection, engine: Engine) -> str | None:
    """Stamp a database made by ``create_all`` at the first revision (None if it has no tables of ours)."""
    present = [name for name in LEGACY_TABLES if connection.dialect.has_table(connection, name)]
    if not present:
        return None
    if len(present) < len(LEGACY_TABLES):
        raise StorageError("receiver_database_unknown", database=_name(engine), tables=", ".join(present))
    MIGRATIONS.stamp(connection, LEGACY_REVISION)
    return LEGACY_REVISION


def _backup(engine: Engine, revision: str) -> None:
    """A copy of a SQLite file before migrating it away from ``revision``."""
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        backups.create_backup(Path(engine.url.database), kind=backups.migration_kind(revision))


def _name(engine: Engine) -> str:
    """The database as a message names it: the file, or the URL without its password."""
    if engine.dialect.name == "sqlite":
        return engine.url.database or ":memory:"
    return engine.url.render_as_string(hide_password=True)
