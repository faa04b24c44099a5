"""One Alembic migration tree shipped in the package: where its scripts are, which version table it
writes, and running it on a connection the application passes in.

Two trees use this: the laptop's register (``healthcentre/data/migrations``, table ``alembic_version``)
and the county receiver's database (``healthcentre/receiver/migrations``, its own version
table, so the two can never mistake each other's history). Alembic is imported only when a
migration is looked at or run: importing it costs a third of the app's start (bench/), and a
database already at the newest revision needs none of it (``shipped_head`` and ``stored_revision``).

Migrations run in ``migration_transaction``: on SQLite with foreign keys off, so that a table rebuilt
the SQLite way keeps the rows that refer to it, and checked before commit (see there).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import re
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import MetaData
from sqlalchemy.engine import Connection, Engine

from healthcentre.errors import StorageError

_MIGRATED = "healthcentre.migrated"  # in connection.info: a migration ran, so its transaction checks references
_ASSIGNED = r"""^{name}(?:\s*:[^=]+)?\s*=\s*['"]([^'"]+)['"]"""  # revision = "0003" (or: revision: str = '0003')


@functools.cache
def _head_from_files(versions: Path) -> str | None:
    revisions, revised = set(), set()
    for script in versions.glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revision = re.search(_ASSIGNED.format(name="revision"), source, re.MULTILINE)
        down = re.search(_ASSIGNED.format(name="down_revision"), source, re.MULTILINE)
        if revision:
            revisions.add(revision.group(1))
        if down:
            revised.add(down.group(1))
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 else None


@dataclasses.dataclass(frozen=True)
class MigrationTree:
    """The migrations in ``directory`` (its ``env.py`` calls ``run_env``), recorded in ``version_table``."""

    directory: Path
    version_table: str = "alembic_version"

    def config(self):
        """The Alembic configuration of this tree; ``env.py`` finds the version table in its attributes."""
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(self.directory))
        config.attributes["version_table"] = self.version_table
        return config

    def head(self) -> str:
        """The newest revision this version of the application knows."""
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(self.config()).get_current_head()

    def shipped_head(self) -> str | None:
        """The newest revision read from the scripts' ``revision``/``down_revision`` lines, without Alembic.

        The one revision no other file revises (None if that is not exactly one); the tests
        check it equals ``head()``."""
        return _head_from_files(self.directory / "versions")

    def is_known(self, revision: str) -> bool:
        """Whether ``revision`` is one of this tree's (False for one from a newer version of the application)."""
        from alembic.script import ScriptDirectory
        from alembic.util import CommandError

        try:
            return ScriptDirectory.from_config(self.config()).get_revision(revision) is not None
        except CommandError:
            return False

    def stored_revision(self, connection: Connection) -> str | None:
        """The revision recorded in the database (None without a version table), with one plain query."""
        if not connection.dialect.has_table(connection, self.version_table):
            return None
        rows = connection.exec_driver_sql(f"SELECT version_num FROM {self.version_table}").all()
        return rows[0][0] if len(rows) == 1 else None

    def current_revision(self, connection: Connection) -> str | None:
        """The revision the database is at, as Alembic reads it."""
        from alembic.runtime.migration import MigrationContext

        context = MigrationContext.configure(connection, opts={"version_table": self.version_table})
        return context.get_current_revision()

    def upgrade(self, connection: Connection, revision: str = "head") -> None:
        """Run the migrations up to ``revision`` on ``connection``, inside the caller's
        ``migration_transaction``: the only transaction a migration may run in, so on SQLite one
        with foreign keys still enforced is refused before anything runs."""
        from alembic import command

        if connection.dialect.name == "sqlite" and _foreign_keys(connection):
            raise RuntimeError("migrations run inside migration_transaction(engine) only")
        config = self.config()
        config.attributes["connection"] = connection
        connection.info[_MIGRATED] = True
        command.upgrade(config, revision)

    def stamp(self, connection: Connection, revision: str) -> None:
        """Record that the database is at ``revision`` without running anything (a schema made before
        the tree existed)."""
        from alembic import command

        config = self.config()
        config.attributes["connection"] = connection
        command.stamp(config, revision)


@contextlib.contextmanager
def migration_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction to migrate in: committed when the block ends, rolled back if it raises.

    On SQLite, following its procedure for schema changes ALTER TABLE cannot make
    (https://www.sqlite.org/lang_altertable.html): a table is rebuilt by creating a copy, filling it,
    dropping the old table and renaming the copy (Alembic's batch mode). With foreign keys enforced,
    that DROP deletes, nulls or refuses for the rows of every table referring to it (ON DELETE
    CASCADE / SET NULL / RESTRICT). So foreign keys are turned off *before* the transaction begins
    (inside one the pragma does nothing) and, if a migration ran in it (``MigrationTree.upgrade``),
    ``PRAGMA foreign_key_check`` runs before the commit: a reference left dangling rolls everything
    back (StorageError ``migration_dangling_references``); a database already at head is not scanned.
    Foreign keys are enforced again afterwards, also when the migration failed; a connection on
    which that fails is discarded, never handed back to the pool."""
    with engine.connect() as connection:
        enforced = connection.dialect.name == "sqlite" and _foreign_keys(connection)
        if enforced:
            _foreign_keys(connection, False)
        connection.info.pop(_MIGRATED, None)
        try:
            with connection.begin():
                yield connection
                if enforced and connection.info.pop(_MIGRATED, False):
                    _refuse_dangling_references(connection)
        finally:
            if enforced:
                _enforce_again(connection)


def _foreign_keys(connection: Connection, value: bool | None = None) -> bool:
    """Set (unless None) and read SQLite's ``foreign_keys`` on the driver's connection itself, so
    that no transaction is begun for it (SQLAlchemy's own execute would begin one)."""
    cursor = connection.connection.cursor()
    try:
        if value is not None:
            cursor.execute(f"PRAGMA foreign_keys={'ON' if value else 'OFF'}")
        cursor.execute("PRAGMA foreign_keys")
        return bool(cursor.fetchone()[0])
    finally:
        cursor.close()


def _refuse_dangling_references(connection: Connection) -> None:
    """Raise if any row refers to a row that does not exist (table → the table it refers to)."""
    violations = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    if violations:
        pairs = sorted({f"{table} → {parent}" for table, _rowid, parent, _key in violations})
        raise StorageError("migration_dangling_references", count=len(violations), tables=", ".join(pairs))


def _enforce_again(connection: Connection) -> None:
    """Foreign keys back on; a connection that cannot say so is thrown away (a new one gets them on)."""
    try:
        enforced = _foreign_keys(connection, True)
    except connection.dialect.loaded_dbapi.Error:
        enforced = False
    if not enforced:
        connection.invalidate()


def run_env(target_metadata: MetaData) -> None:
    """The body of every tree's ``env.py``: migrate the connection the application passed in."""
    from alembic import context

    config = context.config
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("healthcentre migrations run through the application only (MigrationTree)")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        version_table=config.attributes["version_table"],
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
