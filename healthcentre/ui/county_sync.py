"""Sending to the county from the window: Synka nu, the quiet background sync, enrolment, export to file.

``CountySync`` runs ``delivery.sync_now`` on the worker: by hand (Synka nu, with
progress and cancel) and every few minutes with ``only_due=True`` (quietly: no
dialogs; no network shows as "Offline – retrying at 14:35" in the status bar).
Installed through ``actions.py`` into the Tools menu.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from healthcentre import messages
from healthcentre.changes import Entity
from healthcentre.errors import ConfigError
from healthcentre.sync import delivery, enrolment, transfer
from healthcentre.sync.delivery import SyncResult
from healthcentre.services import sites
from healthcentre.ui.dialogs.enrol import EnrolDialog
from healthcentre.ui.operations import Job

log = logging.getLogger(__name__)

AUTO_SYNC_MS = 5 * 60_000
FIRST_AUTO_SYNC_MS = 30_000
MESSAGE_MS = 15_000


class CountySync(QObject):
    """The window's one sync runner; ``synced`` carries each ``SyncResult`` and its summary text."""

    synced = Signal(object, str)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main = window
        self.running = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_due)
        self.timer.start(AUTO_SYNC_MS)
        QTimer.singleShot(FIRST_AUTO_SYNC_MS, self, self.sync_due)

    def sync_now(self) -> Job | None:
        """Synka nu: build what changed and send everything pending, with progress and cancel.
        Returns the job (None when a sync is already running)."""
        if self.running:
            self.main.statusBar().showMessage(self.tr("Already sending to the county…"), MESSAGE_MS)
            return None
        step = self.tr("Sent {done} of {total}")
        try:
            settings = self.main.settings()
        except ConfigError as exc:  # IT's file is broken: say which line, send nothing
            self.main.statusBar().showMessage(exc.message(), MESSAGE_MS)
            return None

        def work(db, progress):
            return delivery.sync_now(db, settings, cancel=lambda: progress.cancelled,
                                     progress=lambda done, total: progress.report(done, total,
                                                                                  step.format(done=done, total=total)))
        job = self.main.ops.run_with_progress(work, label=self.tr("Sending to the county…"),
                                              success=lambda result: self._done(result, quiet=False),
                                              parent=self.main)
        self._watch(job, quiet=False)
        return job

    def sync_due(self) -> None:
        """The background sync: only what is due for a retry, no dialogs whatever happens."""
        if self.running:
            return
        try:
            settings = self.main.settings()
        except ConfigError as exc:
            log.warning("background sync skipped: %s", exc)
            return
        job = self.main.ops.run(lambda db: delivery.sync_now(db, settings, only_due=True),
                                success=lambda result: self._done(result, quiet=True),
                                failure=lambda exc: log.warning("background sync failed: %s", exc))
        self._watch(job, quiet=True)

    def _watch(self, job, *, quiet: bool) -> None:
        self.running = True
        job.finished.connect(lambda: self._finished(job, quiet))

    def _finished(self, job, quiet: bool) -> None:
        self.running = False
        if quiet:
            self.main.statusBar().refresh()
            return
        self.main.notify_changed(Entity.SYNC)
        if job.is_cancelled:
            self.main.statusBar().showMessage(self.tr("Sending was cancelled; what is left goes at the next sync."),
                                              MESSAGE_MS)

    def _done(self, result: SyncResult, *, quiet: bool) -> None:
        text = self.summary(result)
        if not quiet or result.delivered:
            self.main.statusBar().showMessage(text, MESSAGE_MS)
        if quiet and (result.built or result.delivered or result.rejected):
            self.main.notify_changed(Entity.SYNC)
        self.synced.emit(result, text)

    def summary(self, result: SyncResult) -> str:
        """One line about what a sync did: the problem, how much was sent, what still needs doing
        (not enrolled, refused periods…), or that nothing needed sending."""
        if result.error:
            return result.error
        if result.delivered:
            return self.tr("Sent {count} submissions to the county.").format(count=result.delivered)
        if result.status is not None and (result.status.needs_attention or result.status.pending_periods):
            return result.status.headline()
        return self.tr("Nothing new to send: the county has everything.")


def install(window) -> None:
    """Add Sync now, Enrol with the county and Export to file to the Tools menu."""
    if getattr(window, "county_sync", None) is None:
        window.county_sync = CountySync(window)
    window.menu("tools").addSeparator()
    window.add_action("tools", QCoreApplication.translate("CountySync", "&Sync now"), window.county_sync.sync_now,
                      shortcut="Ctrl+Shift+S", name="sync-now")
    window.add_action("tools", QCoreApplication.translate("CountySync", "&Enrol with the county…"),
                      lambda: enrol(window), name="enrol")
    window.add_action("tools", QCoreApplication.translate("CountySync", "E&xport to file…"),
                      lambda: export_to_file(window), name="export-file")


def enrol(window) -> None:
    """Ask for the one-time code (or the offline site code and token) and enrol the window's site."""
    dialog = EnrolDialog(window.ops, site_id=window.site.id, settings=window.settings(), parent=window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    QMessageBox.information(window, QCoreApplication.translate("CountySync", "Enrol with the county"),
                            enrolment.enrolled_message(dialog.result_))
    window.ops.run(lambda db: sites.get_site(db, window.site.id), success=window.set_site, parent=window)


def default_export_path() -> Path:
    """Where the transfer file is offered: the desktop (or home), named for today."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation) or str(Path.home())
    return Path(folder) / f"healthcentre-till-lanet-{dt.date.today():%Y%m%d}.jsonl"


def export_to_file(window) -> None:
    """Write every pending submission to a transfer file the county imports (sites without network)."""
    chosen, _filter = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("CountySync", "Export to file"), str(default_export_path()),
        QCoreApplication.translate("CountySync", "Transfer files (*.jsonl)"))
    if chosen:
        export_file(window, Path(chosen))


def export_file(window, path: Path) -> None:
    """Export to ``path`` on the worker and tell the user how many submissions it holds."""
    def written(count: int) -> None:
        window.notify_changed(Entity.SYNC)
        QMessageBox.information(window, QCoreApplication.translate("CountySync", "Export to file"),
                                messages.text("transfer_exported", count=count, path=path))
    threshold = window.settings().threshold
    window.ops.run(lambda db: transfer.export_pending(db, path, threshold=threshold), success=written, parent=window)
