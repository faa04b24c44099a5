"""Encryption at rest: SQLCipher connections and the database key.

When IT turns on ``database.encrypt`` in the machine configuration, the register
file (and every backup of it) is encrypted with SQLCipher 4 under a random
256-bit key. The key is kept in the OS keyring (Windows Credential Manager,
macOS Keychain, Secret Service); where no keyring backend exists it is kept in a
file readable only by the user (0600) in the user config directory. The key is
given to SQLCipher as a raw key, so opening a connection costs no key derivation.

An existing plain file is converted in place: a backup first, ``sqlcipher_export``
into a new file next to it, a check that every table kept every row, then an
atomic rename over the old file.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from pathlib import Path

from healthcentre import paths
from healthcentre.errors import StorageError

KEYRING_SERVICE = "healthcentre"
KEYRING_USER = "database-key"
KEY_FILE = "database.key"
SQLITE_HEADER = b"SQLite format 3\x00"


def _sqlcipher():
    import sqlcipher3  # imported on first use: plain registers never load it

    return sqlcipher3


def sqlcipher_module():
    """The DB-API module of SQLCipher (``sqlcipher3``), for SQLAlchemy's ``module=``."""
    return _sqlcipher().dbapi2


def connect(path: Path | str, key: str | None = None, **kwargs) -> sqlite3.Connection:
    """A DB-API connection to ``path``: plain ``sqlite3`` without a key, SQLCipher with one."""
    if key is None:
        return sqlite3.connect(str(path), **kwargs)
    connection = _sqlcipher().connect(str(path), **kwargs)
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{_checked(key)}'\"")
    return connection


def _checked(key: str) -> str:
    if len(key) != 64 or any(c not in "0123456789abcdef" for c in key):
        raise StorageError("database_key_invalid")
    return key


def is_encrypted(path: Path) -> bool:
    """Whether the file at ``path`` exists, is not empty and is not a plain SQLite file."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    return bool(header) and header != SQLITE_HEADER


# --- the key store ------------------------------------------------------------


def key_file_path() -> Path:
    """The fallback key file, used where the OS has no keyring backend."""
    return paths.user_config_dir() / KEY_FILE


def _keyring():
    """The OS keyring backend, or None where only keyring's "fail" backend exists."""
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return backend


def stored_key() -> str | None:
    """The database key from the keyring (or the key file), or None if there is none yet."""
    backend = _keyring()
    if backend is not None:
        return backend.get_password(KEYRING_SERVICE, KEYRING_USER)
    try:
        return key_file_path().read_text(encoding="ascii").strip() or None
    except FileNotFoundError:
        return None


def _store_key(key: str) -> None:
    backend = _keyring()
    if backend is not None:
        backend.set_password(KEYRING_SERVICE, KEYRING_USER, key)
        return
    path = key_file_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def key_store_name() -> str:
    """Where the key is kept, for the user and IT: the keyring's name or the key file."""
    backend = _keyring()
    return backend.name if backend is not None else str(key_file_path())


def get_or_create_key() -> str:
    """The stored database key; a new random 256-bit key is made and stored if none exists."""
    key = stored_key()
    if key is None:
        _store_key(secrets.token_hex(32))
        key = stored_key()
    return _checked(key)


def file_key(path: Path, *, encrypt: bool = False) -> str | None:
    """The key an existing file needs: the stored key if it is encrypted, else None.

    A file that is not plain SQLite while no key is stored is taken for damaged
    (None: opening it fails) unless ``encrypt`` (the machine configuration's ``database.encrypt``,
    from the edge): then it is an error naming the key store."""
    if not is_encrypted(path):
        return None
    key = stored_key()
    if key is None and not encrypt:
        return None
    if key is None:
        raise StorageError("database_key_missing", path=str(path), store=key_store_name())
    return _checked(key)


def key_for(path: Path, *, encrypt: bool) -> str | None:
    """The key to open the register at ``path`` with: the stored key if the file is
    encrypted or ``encrypt`` (the machine configuration wants encryption), None for a plain register."""
    if is_encrypted(path):
        return file_key(path, encrypt=encrypt)
    if encrypt:
        return get_or_create_key()
    return None


# --- converting a plain file --------------------------------------------------


def _row_counts(connection) -> dict[str, int]:
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (a no-op where directories cannot be opened)."""
    try:
        _fsync(directory)
    except (PermissionError, IsADirectoryError, OSError):
        pass


def export_encrypted(source: Path, target: Path, key: str, *, source_key: str | None = None) -> dict[str, int]:
    """Write an encrypted copy of ``source`` to ``target`` and check it row by row.

    Returns the row count of every table. ``target`` must not exist. Raises
    StorageError if the copy does not hold exactly the rows of the source."""
    plain = _sqlcipher().connect(str(source))
    try:
        plain.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            plain.execute(f"PRAGMA key = \"x'{_checked(source_key)}'\"")
        counts = _row_counts(plain)
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{_checked(key)}'\"", (str(target),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    check = connect(target, key)
    try:
        ok = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if not ok or _row_counts(check) != counts:
            raise StorageError("database_encrypt_failed", path=str(source))
    finally:
        check.close()
    _fsync(target)
    return counts


def checkpoint(path: Path, key: str | None = None) -> None:
    """Move everything committed in the write-ahead log into the main file and empty the log."""
    connection = connect(path, key)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        connection.close()


def encrypt_in_place(path: Path, key: str) -> dict[str, int]:
    """Replace the plain SQLite file at ``path`` by an encrypted copy with the same rows.

    The caller takes a backup first. The old file is only replaced (atomically)
    after the copy has been checked, so a crash leaves either the plain or the
    encrypted file, never half of one. Returns the row count of every table."""
    checkpoint(path)
    target = path.with_name(path.name + ".encrypting")
    target.unlink(missing_ok=True)
    try:
        counts = export_encrypted(path, target, key)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(target, path)
    fsync_dir(path.parent)
    return counts
