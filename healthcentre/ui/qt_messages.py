"""Qt's own warnings go to the log, not the console.

Qt writes its diagnostics (e.g. the offscreen platform's "does not support
propagateSizeHints()") to stderr. They mean nothing to a user and would break the
self-test's one-line output, so they are kept in the rotating log at their level."""

from __future__ import annotations

import logging

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

log = logging.getLogger("healthcentre.qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _to_log(kind: QtMsgType, context, message: str) -> None:
    log.log(_LEVELS.get(kind, logging.WARNING), "Qt: %s", message)


def route_to_log() -> None:
    """Send every later Qt message to the ``healthcentre.qt`` logger instead of stderr."""
    qInstallMessageHandler(_to_log)
