"""Work off the GUI thread: one worker thread owns the database, results come back by signal.

The idea is Anki's ``CollectionOp``/``QueryOp``: a view never calls a service on
the GUI thread. It hands a function of the database to the window's
``Operations`` and gets the result (or the error) back on the GUI thread. All
work runs on one worker thread, one job after the other, so database access is
serialised and the window never freezes.

Use it like this (``window.ops`` is the application's one ``Operations``)::

    window.ops.run(
        lambda db: participant_search.search_participant_ids(db, text="Sv"),
        success=self._show_ids,            # called on the GUI thread with the result
        failure=self._show_error,          # optional; default: a message box with the error
    )

Long work takes a ``Progress`` as second argument; the window shows a progress
dialog with a Cancel button (``label`` is its text)::

    def build(db, progress):
        for done, period in enumerate(periods):
            progress.check()               # raises Cancelled once the user pressed Cancel
            progress.report(done, len(periods), period)
            ...
        return result

    window.ops.run_with_progress(build, label=self.tr("Building reports…"), success=..., parent=self)

``run``/``run_with_progress`` return a ``Job``; ``job.cancel()`` asks the work to
stop (it must call ``progress.check()`` to notice). A cancelled job calls
neither ``success`` nor ``failure``. After a write, call
``window.notify_changed(Entity.PARTICIPANTS | …)`` so the views that show those
entities refresh themselves.

A job that raises ``DatabaseDamagedError`` (the start's integrity check, see
``healthcentre.ui.data_protection.StartupCheck``) stops the worker for good: every
later job is cancelled unrun, so a damaged register is never written.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from healthcentre.data.database import Database
from healthcentre.data.integrity import DatabaseDamagedError
from healthcentre.errors import HealthcentreError
from healthcentre.logs import describe

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by ``Progress.check()`` inside work the user cancelled."""


class Progress:
    """Handed to long work: report how far it got, check whether it should stop."""

    def __init__(self, job: Job) -> None:
        self._job = job

    @property
    def cancelled(self) -> bool:
        """True once the user (or the code) cancelled the job."""
        return self._job.is_cancelled

    def check(self) -> None:
        """Raise Cancelled if the job was cancelled; call it between steps."""
        if self.cancelled:
            raise Cancelled()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Tell the GUI how far the work got (thread-safe)."""
        self._job.progressed.emit(done, total, text)


class Job(QObject):
    """One piece of work queued on the worker. Its signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(self, number: int, fn: Callable, with_progress: bool) -> None:
        super().__init__()
        self.number = number
        self.fn = fn
        self.with_progress = with_progress
        self._cancel = threading.Event()
        self.success: Callable[[Any], None] | None = None
        self.failure: Callable[[BaseException], None] | None = None

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the work to stop; its callbacks will not be called."""
        self._cancel.set()


class _Worker(QObject):
    """Lives on the worker thread and runs jobs against the database."""

    done = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.damaged = False

    @Slot(object)
    def execute(self, job: Job) -> None:
        if job.is_cancelled or self.damaged:  # once the register failed its check, no job touches it
            self.failed.emit(job.number, [Cancelled()])
            return
        try:
            result = job.fn(self.db, Progress(job)) if job.with_progress else job.fn(self.db)
        except BaseException as exc:  # every error goes back to the GUI thread, none is lost
            self.damaged = self.damaged or isinstance(exc, DatabaseDamagedError)
            if not isinstance(exc, (HealthcentreError, Cancelled)):
                # type and place only: the error's text may quote personal data (a name in an IntegrityError)
                log.error("background work failed: %s", describe(type(exc), exc.__traceback__))
            self.failed.emit(job.number, [exc])
        else:
            # wrapped in a list: PySide6 miscounts references to a bare None sent across threads
            self.done.emit(job.number, [result])


class Operations(QObject):
    """The application's single worker thread and the jobs waiting on it."""

    _submit = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._numbers = itertools.count(1)
        self._jobs: dict[int, Job] = {}
        self._thread = QThread()
        self._thread.setObjectName("healthcentre-db-worker")
        self._worker = _Worker(db)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute, Qt.ConnectionType.QueuedConnection)
        self._worker.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._worker.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._thread.start()

    @property
    def pending(self) -> int:
        """How many jobs are queued or running."""
        return len(self._jobs)

    def run(self, fn: Callable[[Database], Any], *, success: Callable[[Any], None] | None = None,
            failure: Callable[[BaseException], None] | None = None, parent: QWidget | None = None) -> Job:
        """Run ``fn(db)`` on the worker; ``success(result)`` or ``failure(error)`` on the GUI thread."""
        return self._queue(fn, False, success, failure, parent)

    def run_with_progress(self, fn: Callable[[Database, Progress], Any], *, label: str,
                          success: Callable[[Any], None] | None = None,
                          failure: Callable[[BaseException], None] | None = None,
                          parent: QWidget | None = None) -> Job:
        """Run ``fn(db, progress)`` showing a progress dialog with Cancel over ``parent``."""
        job = self._queue(fn, True, success, failure, parent)
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel)

        def show_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(f"{label}\n{text}")

        job.progressed.connect(show_progress)
        job.finished.connect(dialog.deleteLater)
        return job

    def _queue(self, fn, with_progress, success, failure, parent) -> Job:
        job = Job(next(self._numbers), fn, with_progress)
        job.success = success
        job.failure = failure or (lambda exc: show_error(parent, exc))
        if parent is not None:  # a page rebuilt (e.g. a language switch) before its answer came wants none
            parent.destroyed.connect(job.cancel)
        self._jobs[job.number] = job
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        self._submit.emit(job)
        return job

    def _finish(self, number: int) -> Job | None:
        job = self._jobs.pop(number, None)
        if not self._jobs:
            self.busy_changed.emit(False)
        if job is not None:
            job.finished.emit()
        return job

    @Slot(int, object)
    def _on_done(self, number: int, wrapped: list) -> None:
        result = wrapped[0]
        job = self._finish(number)
        if job is not None and not job.is_cancelled and job.success is not None:
            job.success(result)

    @Slot(int, object)
    def _on_failed(self, number: int, wrapped: list) -> None:
        exc = wrapped[0]
        job = self._finish(number)
        if job is not None and not job.is_cancelled and not isinstance(exc, Cancelled):
            job.failure(exc)

    def shutdown(self) -> None:
        """Cancel what is queued, let the running job end and stop the worker thread."""
        for job in list(self._jobs.values()):
            job.cancel()
        self._thread.quit()
        self._thread.wait()


def error_text(exc: BaseException) -> str:
    """What the user reads for an error: the service's message, or a plain fallback."""
    if isinstance(exc, HealthcentreError):
        return exc.message()
    return QCoreApplication.translate("Operations", "Something went wrong: {error}").format(error=exc)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user about an error that no form field owns."""
    QMessageBox.warning(parent, QCoreApplication.translate("Operations", "Healthcentre"), error_text(exc))
