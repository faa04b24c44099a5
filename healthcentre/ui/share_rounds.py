"""Rounds with the shared folder from the window: one staff start (progress, Cancel) and the quiet ones.

``exchange_now`` runs one round on the worker with a progress dialog; ``AutoExchange`` runs one
quietly every few minutes while the register is shared (no dialogs: a folder out of reach is
only logged). Either way the pages are told the register changed and the status bar says what
came.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from healthcentre.changes import REGISTER
from healthcentre.services import sharing

log = logging.getLogger(__name__)

MESSAGE_MS = 15_000
AUTO_EXCHANGE_MS = 5 * 60_000
FIRST_AUTO_EXCHANGE_MS = 45_000


class AutoExchange(QObject):
    """A quiet round with the shared folder or the relay every few minutes while the register is shared."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main = window
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.exchange_due)
        self.timer.start(AUTO_EXCHANGE_MS)
        QTimer.singleShot(FIRST_AUTO_EXCHANGE_MS, self, self.exchange_due)

    def exchange_due(self):
        """Queue one quiet round on the worker (nothing happens when the register is not shared or the
        window is closed); the job, or None."""
        if not self.main.isVisible():
            return None
        settings = self.main.settings()

        def work(db):
            return sharing.exchange(db, settings=settings) if sharing.current(db) is not None else None
        return self.main.ops.run(work, success=self._done,
                                 failure=lambda exc: log.warning("automatic exchange failed: %s", exc))

    def _done(self, report) -> None:
        if report is None:
            return
        if report.applied or report.snapshot_applied:
            self.main.notify_changed(REGISTER)
            self.main.statusBar().showMessage(sharing.summary(report)[0], MESSAGE_MS)
        for name, reason in report.rejected:
            log.warning("automatic exchange did not use %s: %s", name, reason)


def exchange_now(window, *, parent=None, done=None):
    """One round with the shared folder or the relay on the worker, with progress and Cancel; returns the job."""
    step = QCoreApplication.translate("SharedRegister", "Change file {done} of {total}")
    settings = window.settings()

    def work(db, progress):
        return sharing.exchange(db, settings=settings, cancelled=lambda: progress.cancelled,
                                progress=lambda n, total: progress.report(n, total, step.format(done=n, total=total)))
    return window.ops.run_with_progress(work, label=exchanging_label(), parent=parent or window,
                                        success=lambda report: show_round(window, report, done))


def exchanging_label() -> str:
    """The progress dialog's text for a round."""
    return QCoreApplication.translate("SharedRegister", "Exchanging with colleagues' laptops…")


def show_round(window, report, done=None) -> None:
    """Tell the pages and the status bar what a round brought; a box when something was not used."""
    lines = sharing.summary(report)
    window.notify_changed(REGISTER)
    window.statusBar().showMessage(lines[0], MESSAGE_MS)
    if report.rejected or report.waiting:
        QMessageBox.information(window, QCoreApplication.translate("SharedRegister", "Shared register"),
                                "\n".join(lines))
    if done is not None:
        done(report)

