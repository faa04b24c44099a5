"""Checking a register file before it is opened, and the error a damaged one raises.

At start the register is checked with ``PRAGMA quick_check``: it finds damaged
pages, broken b-trees and bad records like ``integrity_check`` but skips
cross-checking every index against its table, which makes it several times
faster on a large file (see bench/integrity_check.py for the figures). Backups are
checked with the full ``integrity_check`` before one is offered or restored.

A file that fails is never opened for writing, migrated or replaced here: the
caller gets a DatabaseDamagedError carrying the newest good backup
(``backups.check_register``), so the user can choose to restore it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from healthcentre import messages
from healthcentre.data import encryption
from healthcentre.errors import StorageError


class DatabaseDamagedError(StorageError):
    """The register file cannot be opened or fails its integrity check; it was left untouched.

    ``newest_backup`` is the newest backup that passed its own check (or None), so
    the UI and the command line can offer to restore it.
    """

    def __init__(self, code: str, *, path: Path, reason: str, newest_backup=None) -> None:
        self.path = Path(path)
        self.newest_backup = newest_backup
        super().__init__(code, path=str(path), reason=reason)

    def message(self, language: str | None = None) -> str:
        """The problem, then the way out: restore the newest good backup, or ask IT."""
        text = super().message(language)
        if self.newest_backup is None:
            return text + " " + messages.text("database_no_backup", language)
        return text + " " + messages.text(
            "database_restore_offer", language, name=self.newest_backup.name,
            when=self.newest_backup.created_local.strftime("%Y-%m-%d %H:%M"))


def check_integrity(path: Path, *, quick: bool = False) -> list[str]:
    """The problems SQLite finds in the file at ``path``: empty when it is sound.

    ``quick`` runs ``quick_check`` instead of the full ``integrity_check``. A file
    that cannot be read at all (not a database, wrong key) gives one problem."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        connection = encryption.connect(path, encryption.file_key(path))
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}")]
    except Exception as exc:  # sqlite3.DatabaseError or SQLCipher's own DatabaseError
        return [str(exc)]
    finally:
        connection.close()
    return [] if rows == ["ok"] else rows


def unreadable_reason(path: Path) -> str | None:
    """None if SQLite can read the schema of ``path``; else the reason it cannot."""
    try:
        connection = encryption.connect(path, encryption.file_key(path))
    except sqlite3.Error as exc:
        return str(exc)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:  # "file is not a database", wrong key
        return str(exc)
    finally:
        connection.close()
    return None
