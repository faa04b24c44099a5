"""Every directory the application uses, decided in one place.

Nothing is decided at import time: each call reads the override and the
environment anew, so tests and the command line can point the app elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "healthcentre"
APP_AUTHOR = "RegionJonkopingsLan"
DATA_DIR_ENV = "HEALTHCENTRE_DATA_DIR"
DATABASE_FILE = "healthcentre.db"

_override: Path | None = None


def set_data_dir(path: str | os.PathLike | None) -> None:
    """Point the whole application at another data directory (``--data-dir``)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    """The directory that holds the database and its backups, created on demand."""
    if _override is not None:
        path = _override
    elif os.environ.get(DATA_DIR_ENV):
        path = Path(os.environ[DATA_DIR_ENV]).expanduser().resolve()
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path() -> Path:
    """The SQLite file of the local register."""
    return data_dir() / DATABASE_FILE


def user_config_dir() -> Path:
    """Per-user settings (language, window state), below the machine configuration."""
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def site_config_dir() -> Path:
    """Machine-wide configuration that IT deploys (e.g. /etc/xdg, ProgramData)."""
    return Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    """Where rotating log files are written."""
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
