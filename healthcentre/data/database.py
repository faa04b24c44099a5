"""Opening the local register: one SQLite file, durable settings, migrations at start.

The engine sets foreign keys on, WAL journaling and ``synchronous=FULL`` on every
connection, so a commit that returned is on disk even if the battery dies next.
Every transaction starts with an explicit ``BEGIN`` (the DB-API driver would
otherwise run schema statements outside it), so a migration killed half-way
leaves the file at the old revision, untouched.
Schema changes happen only through the Alembic migrations shipped in the package;
before any migration runs, a backup is taken (``healthcentre.data.backups``).

At start an existing file is checked first (``healthcentre.data.integrity``): a
damaged one is never opened for writing. A plain file is encrypted in place when
the machine configuration asks for it, and the day's backup is taken.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session as DbSession

from healthcentre import paths
from healthcentre.data import backups, encryption
from healthcentre.migration_tree import MigrationTree, migration_transaction
from healthcentre.errors import StorageError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _set_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event below issues BEGIN itself
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _begin(connection) -> None:
    connection.exec_driver_sql("BEGIN")


_FROM_FILE = object()


def make_engine(path: Path, key=_FROM_FILE) -> Engine:
    """An engine on the SQLite file at ``path`` with the register's pragmas.

    With ``key`` the file is opened with SQLCipher (``PRAGMA key`` before anything else);
    by default the key follows the file: the stored key if it is encrypted, else none."""
    if key is _FROM_FILE:
        key = encryption.file_key(Path(path))
    if key is None:
        engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    else:
        engine = create_engine(
            f"sqlite:///{path}", module=encryption.sqlcipher_module(),
            creator=lambda: encryption.connect(path, key, check_same_thread=False),
        )
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


REGISTER = MigrationTree(MIGRATIONS_DIR)


def alembic_config():
    """The Alembic configuration pointing at the register's migrations inside the package."""
    return REGISTER.config()


def head_revision() -> str:
    """The newest schema revision this version of the application knows."""
    return REGISTER.head()


def shipped_head() -> str | None:
    """The newest revision read from the migration files without loading Alembic (``MigrationTree``)."""
    return REGISTER.shipped_head()


class Database:
    """The open local register. Services take one of these and do their work in ``session()``."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.session_class: type[DbSession] = DbSession  # the site register puts its capturing one here

    @contextlib.contextmanager
    def session(self) -> Iterator[DbSession]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self.session_class(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def revision(self) -> str | None:
        """The schema revision the file is at."""
        with self.engine.connect() as connection:
            return REGISTER.current_revision(connection)

    def close(self) -> None:
        """Release every connection (the file can then be copied, replaced or deleted)."""
        self.engine.dispose()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` on the database behind ``engine``, in one transaction with
    foreign keys checked before the commit (``migration_tree.migration_transaction``)."""
    with migration_transaction(engine) as connection:
        REGISTER.upgrade(connection, revision)


def _migrate(path: Path, engine: Engine, before_migration, checked: bool) -> None:
    with engine.connect() as connection:
        stored = REGISTER.stored_revision(connection)
    if stored is not None and stored == REGISTER.shipped_head():
        return  # the everyday start: nothing to migrate, no need to load Alembic
    with engine.connect() as connection:
        current = REGISTER.current_revision(connection)
    if current == REGISTER.head():
        return
    if current is not None and not REGISTER.is_known(current):
        raise StorageError("database_newer", revision=current)
    if current is not None and not checked:
        backups.check_register(path)  # a migration writes: never on a file not yet checked
    if current is not None and before_migration is not None:
        before_migration(path, current)
    upgrade(engine)


_AUTO = object()


def _prepare(path: Path, key, daily_backup: bool, check: bool, encrypt: bool) -> str | None:
    """Check, encrypt if ``encrypt``, and back up an existing file; returns the key to use.

    The key comes first, so an encrypted file whose key is missing says so rather than
    look damaged. Without ``check`` the file is still checked before it is encrypted in place."""
    key = encryption.key_for(path, encrypt=encrypt) if key is _AUTO else key
    if check:
        backups.check_register(path)
    existing = path.exists() and path.stat().st_size > 0
    if existing and key is not None and not encryption.is_encrypted(path):
        if not check:
            backups.check_register(path)
        backups.create_backup(path, kind=backups.BEFORE_ENCRYPT)
        encryption.encrypt_in_place(path, key)
        backups.encrypt_plain_backups(path, key)
    if existing and daily_backup:
        backups.daily_backup_if_due(path)
    return key


def _migration_backup(path: Path, revision: str) -> None:
    backups.create_backup(path, kind=backups.migration_kind(revision))


def open_database(
    path: Path | None = None, *, key=_AUTO, encrypt: bool = False,
    before_migration: Callable[[Path, str], None] | None = _migration_backup, daily_backup: bool = True,
    check: bool = True,
) -> Database:
    """Open (or create) the register at ``path`` and bring its schema to the newest revision.

    An existing file is checked first; a damaged one raises
    ``DatabaseDamagedError`` (``healthcentre.data.integrity``) (a StorageError) and is left untouched.
    ``key`` is the SQLCipher key (None: plain); by default it follows the file and
    ``encrypt`` (the machine configuration's ``database.encrypt``, passed by the edge;
    ``encryption.key_for``), and a plain file is encrypted in place when ``encrypt``. The day's backup is taken unless
    ``daily_backup`` is false. ``before_migration(path, current_revision)`` is
    called before an existing file is migrated; by default it takes a backup.
    ``check=False`` skips the start's integrity check when nothing is to be written
    at opening (a file to encrypt or migrate is still checked first): the desktop
    app then runs ``check_after_open`` as the first job of its one database worker,
    ahead of every write, to have its window up sooner.
    """
    path = Path(path) if path is not None else paths.database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = _prepare(path, key, daily_backup, check, encrypt)
    engine = make_engine(path, key)
    try:
        _migrate(path, engine, before_migration, check)
    except StorageError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        if not check:
            backups.check_register(path)  # a damaged file gets the damaged-register error and its backup
        raise StorageError("database_open_failed", path=str(path), reason=str(getattr(exc, "orig", exc))) from exc
    return Database(path, engine)


def check_after_open(db: Database) -> None:
    """The start's check and daily backup for a register opened with ``check=False``.

    Raises ``DatabaseDamagedError`` (``healthcentre.data.integrity``) if the file is damaged; the caller must
    then write nothing more to it (the app's worker stops taking jobs)."""
    backups.check_register(db.path)
    backups.daily_backup_if_due(db.path)
