"""The application log: rotating files in the platform's log dir, set up once at start.

What is logged is what support needs (versions, start and stop, errors and where
they happened) and never personal data: no participant names, no SQL parameters,
no exception texts of unexpected errors (which may quote user input), only their
type and the code location.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import traceback
from pathlib import Path

from healthcentre import __version__, paths

LOG_FILE = "healthcentre.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Libraries whose debug output would carry row values (names) or is noise for support.
QUIET_LOGGERS = ("sqlalchemy", "alembic", "httpx", "httpcore", "urllib3", "PIL", "fontTools")

_handler: logging.Handler | None = None
log = logging.getLogger("healthcentre")


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the application's log records to a rotating file in ``paths.log_dir()``.

    Safe to call again (the previous file handler is replaced, e.g. after the
    data dir changed). Returns the log file, or None when the directory cannot be
    written; the app then runs without a log file rather than not at all.
    """
    global _handler
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    path = paths.log_dir() / LOG_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    _handler = handler
    sys.excepthook = _log_uncaught(sys.excepthook)
    log.info("healthcentre %s, Python %s, %s", __version__, platform.python_version(), platform.platform())
    return path


def _log_uncaught(previous):
    if getattr(previous, "_healthcentre", False):
        return previous

    def hook(kind, value, tb):
        log.error("uncaught %s\n%s", describe(kind, tb), "".join(traceback.format_tb(tb)).rstrip())
        previous(kind, value, tb)

    hook._healthcentre = True
    return hook


def describe(kind: type[BaseException], tb) -> str:
    """An exception's type and where it was raised, without its text (which may hold user input)."""
    frames = traceback.extract_tb(tb)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{kind.__module__}.{kind.__qualname__}{where}"


def log_files() -> list[Path]:
    """The current log file and its rotated predecessors, newest first."""
    directory = paths.log_dir()
    if not directory.is_dir():
        return []
    return sorted(directory.glob(LOG_FILE + "*"), key=lambda p: (len(p.name), p.name))
