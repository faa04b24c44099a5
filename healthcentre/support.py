"""'Spara felsökningsinfo': one zip file a user can send to support.

It holds the log files, the versions (app, Python, Qt, OS, database schema), the
settings in force with where each came from, and the names and sizes of the files
in the data directory. Never the database or anything read from it: no personal
data leaves the machine this way. Secrets that might one day sit in a setting
(a password in a URL, a key or token) are replaced by ``***``.
"""

from __future__ import annotations

import datetime as dt
import json
import platform
import re
import zipfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from healthcentre import __version__, config, config_keys, logs, paths
from healthcentre.errors import HealthcentreError

SECRET_NAME = re.compile(r"(password|passwd|secret|token|api_?key|private)", re.IGNORECASE)
REDACTED = "***"


def default_file_name(now: dt.datetime | None = None) -> str:
    """A file name that says what the zip is and when it was made."""
    now = now or dt.datetime.now()
    return f"healthcentre-felsokning-{now:%Y%m%d-%H%M}.zip"


def write_support_zip(out: Path, *, qt_version: str | None = None) -> Path:
    """Write the support zip to ``out`` and return its path.

    ``qt_version`` is passed in by the window (the core does not import Qt).
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("version.json", json.dumps(version_info(qt_version), indent=2, ensure_ascii=False))
        archive.writestr("settings.json", json.dumps(settings_info(), indent=2, ensure_ascii=False))
        archive.writestr("data-dir.txt", data_dir_listing())
        for log_file in logs.log_files():
            archive.write(log_file, f"logs/{log_file.name}")
    return out


def version_info(qt_version: str | None = None) -> dict[str, object]:
    """The versions support asks for first."""
    return {
        "app": __version__,
        "python": platform.python_version(),
        "qt": qt_version,
        "os": platform.platform(),
        "machine": platform.machine(),
        "schema": schema_info(),
        "written": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }


def schema_info() -> dict[str, object]:
    """The schema revision of the database file (read, never migrated) and the app's newest."""
    from healthcentre.data.database import Database, head_revision, make_engine

    path = paths.database_path()
    info: dict[str, object] = {"app_head": head_revision(), "database": None, "database_bytes": None}
    if path.exists():
        database = Database(path, make_engine(path))
        try:
            info["database"] = database.revision()
        except Exception as exc:  # a damaged file is exactly what support needs to hear about
            info["database"] = f"unreadable: {type(exc).__name__}"
        finally:
            database.close()
        info["database_bytes"] = path.stat().st_size
    return info


def settings_info() -> dict[str, object]:
    """The settings in force with their sources and the files they came from, secrets redacted."""
    files = {"machine": str(config.machine_config_path()), "user": str(config.user_settings_path())}
    try:
        settings = config.load_settings()
    except HealthcentreError as exc:
        return {"files": files, "error": exc.message("en")}
    values = {}
    for key in config_keys.KEYS:
        value = redact(key.name, getattr(settings, key.attribute))
        values[key.name] = {"value": value, "source": settings.source(key.name).value}
    return {"files": files, "locked": sorted(settings.locked), "settings": values}


def redact(name: str, value: object) -> object:
    """``value`` with secrets hidden: whole values of secret-sounding keys, passwords in URLs."""
    if SECRET_NAME.search(name):
        return REDACTED if value is not None else None
    if isinstance(value, str) and "@" in value and "://" in value:
        parts = urlsplit(value)
        if parts.password or parts.username:
            host = parts.hostname or ""
            netloc = f"{REDACTED}@{host}" + (f":{parts.port}" if parts.port else "")
            return urlunsplit(parts._replace(netloc=netloc))
    return value


def data_dir_listing() -> str:
    """Names and sizes of the files in the data directory (not their content)."""
    root = paths.data_dir()
    lines = [f"{root}"]
    for path in sorted(root.rglob("*")):
        if path.is_file():
            lines.append(f"{path.relative_to(root)}\t{path.stat().st_size}")
    return "\n".join(lines) + "\n"
