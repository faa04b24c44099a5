"""Backups of the register: taken with SQLite's online backup API, rotated, restored.

Backups live in ``backups/`` next to the register file (in the data directory).
One is taken automatically at start (at most once a day) and before every schema
migration; the user can take one at any time. Daily backups are rotated: the
newest of each of the last 7 days and of each of the last 4 weeks are kept. The
other kinds (manual, before a migration, before a restore, before encryption) are
kept up to the newest ``KEEP_OTHER`` of them.

A backup of an encrypted register is encrypted with the same key; when a plain
register is encrypted, its existing backups are encrypted too. Each backup is
written to a temporary name, synced to disk and then renamed, so a backup that is
listed is always complete. Restoring first keeps an exact copy of the current file
(damaged or not), then atomically replaces it by the chosen backup.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
from pathlib import Path

from healthcentre import paths
from healthcentre.data import encryption, integrity
from healthcentre.data.integrity import check_integrity
from healthcentre.errors import StorageError

BACKUP_DIR = "backups"
DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
BEFORE_ENCRYPT = "before-encrypt"
KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_OTHER = 10

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<seq>\d+))?-(?P<kind>[a-z0-9-]+)\.db$")


@dataclasses.dataclass(frozen=True)
class BackupInfo:
    """One backup file: its name (what the user picks), when it was taken and why."""

    name: str
    path: Path
    created: dt.datetime
    kind: str
    size: int

    @property
    def created_local(self) -> dt.datetime:
        """When the backup was taken, in the machine's local time."""
        return self.created.astimezone()


def backup_dir(db_path: Path | None = None) -> Path:
    """The folder holding the backups of the register at ``db_path``."""
    db_path = Path(db_path) if db_path is not None else paths.database_path()
    return db_path.parent / BACKUP_DIR


def migration_kind(revision: str) -> str:
    """The kind of the backup taken before migrating away from ``revision``."""
    return f"before-migration-{revision}".lower()


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    created = dt.datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.timezone.utc)
    return BackupInfo(name=path.name, path=path, created=created, kind=match["kind"], size=path.stat().st_size)


def list_backups(db_path: Path | None = None) -> list[BackupInfo]:
    """Every complete backup of the register at ``db_path``, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = [info for info in map(_parse, folder.glob("*.db")) if info is not None]
    return sorted(found, key=lambda info: (info.created, info.name), reverse=True)


def _target(db_path: Path, kind: str, now: dt.datetime) -> Path:
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{db_path.stem}-{stamp}-{kind}.db"
    seq = 1
    while target.exists():
        seq += 1
        target = folder / f"{db_path.stem}-{stamp}-{seq}-{kind}.db"
    return target


def _finish(tmp: Path, target: Path) -> BackupInfo:
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, target)
    encryption.fsync_dir(target.parent)
    return _parse(target)


def _copy_with_backup_api(source: Path, tmp: Path, key: str | None) -> None:
    src = encryption.connect(source, key)
    try:
        dst = encryption.connect(tmp, key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            dst.close()
    finally:
        src.close()


def create_backup(db_path: Path | None = None, *, kind: str = MANUAL, now: dt.datetime | None = None) -> BackupInfo:
    """Take a consistent backup of the register (online backup API) and rotate old ones.

    Safe while the register is open elsewhere: the copy is one consistent snapshot."""
    db_path = Path(db_path) if db_path is not None else paths.database_path()
    if not db_path.exists():
        raise StorageError("backup_no_database", path=str(db_path))
    target = _target(db_path, kind, now or dt.datetime.now(dt.timezone.utc))
    tmp = target.with_name(target.name + ".tmp")
    try:
        _copy_with_backup_api(db_path, tmp, encryption.file_key(db_path))
        info = _finish(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    rotate(db_path, now=now)
    return info


def daily_backup_if_due(db_path: Path, *, now: dt.datetime | None = None) -> BackupInfo | None:
    """Take the day's automatic backup unless one was already taken today (local date)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    today = now.astimezone().date()
    if any(info.kind == DAILY and info.created_local.date() == today for info in list_backups(db_path)):
        return None
    return create_backup(db_path, kind=DAILY, now=now)


def _kept_daily(daily: list[BackupInfo]) -> set[str]:
    keep: set[str] = set()
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    for info in daily:  # newest first: the first seen of a day or week is its newest
        day = info.created_local.date()
        week = day.isocalendar()[:2]
        if day not in days and len(days) < KEEP_DAYS:
            days.append(day)
            keep.add(info.name)
        if week not in weeks and len(weeks) < KEEP_WEEKS:
            weeks.append(week)
            keep.add(info.name)
    return keep


def rotate(db_path: Path | None = None, *, now: dt.datetime | None = None) -> list[BackupInfo]:
    """Delete the backups the rotation no longer keeps; returns those deleted.

    Stale temporary files of an interrupted backup are removed as well."""
    everything = list_backups(db_path)
    daily = [info for info in everything if info.kind == DAILY]
    other = [info for info in everything if info.kind != DAILY]
    keep = _kept_daily(daily) | {info.name for info in other[:KEEP_OTHER]}
    removed = [info for info in everything if info.name not in keep]
    for info in removed:
        info.path.unlink(missing_ok=True)
        Path(f"{info.path}-wal").unlink(missing_ok=True)
    folder = backup_dir(db_path)
    if folder.is_dir():
        for stale in folder.glob("*.tmp"):
            stale.unlink(missing_ok=True)
    return removed


def newest_good_backup(db_path: Path | None = None) -> BackupInfo | None:
    """The newest backup that passes a full integrity check, or None."""
    for info in list_backups(db_path):
        try:
            if not check_integrity(info.path):
                return info
        except StorageError:  # an encrypted backup whose key is gone
            continue
    return None


def check_register(path: Path) -> None:
    """Raise DatabaseDamagedError if the existing register at ``path`` is unusable.

    Runs the quick check (``integrity``'s docstring); an empty or missing file
    passes (it is created anew)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    reason = integrity.unreadable_reason(path)
    code = "database_open_failed"
    if reason is None:
        problems = integrity.check_integrity(path, quick=True)
        if not problems:
            return
        reason, code = "; ".join(problems[:3]), "database_damaged"
    raise integrity.DatabaseDamagedError(code, path=path, reason=reason, newest_backup=newest_good_backup(path))


def find_backup(name: str, db_path: Path | None = None) -> BackupInfo:
    """The backup called ``name`` (as ``list_backups`` shows it)."""
    for info in list_backups(db_path):
        if info.name == name:
            return info
    raise StorageError("backup_not_found", name=name)


def _keep_current(db_path: Path) -> BackupInfo:
    """An exact copy of the current file and its write-ahead log, damaged or not."""
    target = _target(db_path, BEFORE_RESTORE, dt.datetime.now(dt.timezone.utc))
    wal = Path(f"{db_path}-wal")
    if wal.exists():
        shutil.copyfile(wal, f"{target}-wal")
    tmp = target.with_name(target.name + ".tmp")
    try:
        shutil.copyfile(db_path, tmp)
        return _finish(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def restore_backup(name: str, db_path: Path | None = None) -> BackupInfo | None:
    """Replace the register by the backup ``name``; returns the copy kept of the old file.

    The backup must pass a full integrity check. The current file (if any) is first
    copied byte for byte into the backups, then replaced atomically, so nothing
    is ever overwritten without a copy. Close the register before calling this."""
    db_path = Path(db_path) if db_path is not None else paths.database_path()
    info = find_backup(name, db_path)
    problems = check_integrity(info.path)
    if problems:
        raise StorageError("backup_damaged", name=name, reason="; ".join(problems[:3]))
    kept = _keep_current(db_path) if db_path.exists() else None
    tmp = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(info.path, tmp)
    wal = Path(f"{info.path}-wal")
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    try:
        fd = os.open(tmp, os.O_RDONLY)
        os.fsync(fd)
        os.close(fd)
        os.replace(tmp, db_path)
        if wal.exists():
            shutil.copyfile(wal, f"{db_path}-wal")
        encryption.fsync_dir(db_path.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return kept


def encrypt_plain_backups(db_path: Path, key: str) -> int:
    """Encrypt, in place, every plain backup of a register that has just been encrypted,
    so no readable copy of the register is left behind. Returns how many were encrypted."""
    done = 0
    for info in list_backups(db_path):
        if encryption.is_encrypted(info.path):
            continue
        tmp = info.path.with_name(info.path.name + ".tmp")
        tmp.unlink(missing_ok=True)
        try:
            encryption.export_encrypted(info.path, tmp, key)
            os.replace(tmp, info.path)
        finally:
            tmp.unlink(missing_ok=True)
        Path(f"{info.path}-wal").unlink(missing_ok=True)
        Path(f"{info.path}-shm").unlink(missing_ok=True)
        done += 1
    encryption.fsync_dir(backup_dir(db_path))
    return done
