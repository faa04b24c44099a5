"""Starting the desktop application: Qt, language, the register, the site, the main window.

``run()`` is what ``healthcentre`` without a subcommand calls. ``open_window(db)``
builds the real main window on an open register (tests and the self-test use
it). The window is shown and painted first, as a shell saying the register is being
opened, before the register, SQLModel and the pages are imported (``_painted_shell``);
the register is then opened, the few reads at start (site, catalogues) done, and the
pages put into that same window. Every write, and after that every database call,
goes through the window's worker, where the register's integrity check runs ahead of
every write: behind the first page's reads when the site is known, first otherwise
(see ``StartupCheck``). The data layer is imported only in the functions that open
the register: at the top it cost about 1.3 s before the first paint (SQLAlchemy,
SQLModel's models; ``python -X importtime`` on the loaded 2-core machine).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from healthcentre import config, paths
from healthcentre.errors import HealthcentreError
from healthcentre.ui import i18n, qt_messages
from healthcentre.ui.mainwindow import MainWindow
from healthcentre.ui.single_instance import SingleInstance, bring_forward

if TYPE_CHECKING:
    from healthcentre.data.database import Database


# Set by bench/ only: print the time of the main window's first paint and quit (see _BenchFirstPaint).
BENCH_EXIT_ON_PAINT_ENV = "HEALTHCENTRE_BENCH_EXIT_ON_PAINT"
# Set by bench/ only: print the first paint, then the moment Översikt shows its figures, and quit.
BENCH_EXIT_WHEN_USABLE_ENV = "HEALTHCENTRE_BENCH_EXIT_WHEN_USABLE"


class _BenchFirstPaint(QObject):
    """Watches the main window; on its first paint prints ``first-paint <time.monotonic()>`` and quits.

    With ``until_usable`` it also prints ``first-usable <time>`` when Översikt shows its
    figures, and quits once both happened. Lets the benchmark measure the real start, from
    process launch to the first painted window and the first usable page, without a screen
    or a user to close the window."""

    def __init__(self, window, *, until_usable: bool = False) -> None:
        super().__init__(window)
        self.waiting = {"paint", "usable"} if until_usable else {"paint"}

    def watch_pages(self, window) -> None:
        """Wait for Översikt's figures, once the register's pages are in ``window``."""
        if "usable" in self.waiting:
            window.views["overview"].shown.connect(lambda: self._reached("usable", "first-usable"))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._reached("paint", "first-paint")
        return False

    def _reached(self, moment: str, label: str) -> None:
        if moment in self.waiting:
            self.waiting.discard(moment)
            print(f"{label} {time.monotonic():.6f}", flush=True)
            if not self.waiting:
                QTimer.singleShot(0, QApplication.quit)


def application() -> QApplication:
    """The one QApplication (created on first call), named for settings and the window manager."""
    app = QApplication.instance()
    if app is None:
        qt_messages.route_to_log()
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Healthcentre"))
    return app


class RegisterLetGo(Exception):
    """The start-up check found the register damaged before the window was built; the register
    is closed and the user was asked. ``restored``: they restored a backup, so open it anew."""

    def __init__(self, restored: bool) -> None:
        super().__init__("the register failed its start-up check")
        self.restored = restored


def open_window(db: Database, *, ask_site: bool = True, check: bool = False,
                window: MainWindow | None = None) -> MainWindow | None:
    """The main window on ``db`` for the configured site; asks for the site on first run.

    With ``check`` the register's integrity check runs on the worker ahead of every write
    (``window.startup_check``; for a register opened with ``check=False``): queued once the
    pages are built when the site is already registered, else before it is created or asked for. ``window``:
    the start's shell, already shown, to put the pages into (a new window otherwise).
    Returns None if the user closed the first-run dialog without choosing; raises
    ``RegisterLetGo`` if the check failed while the site was being chosen."""
    from healthcentre.ui import catalogue_cache
    from healthcentre.ui.data_protection import StartupCheck
    from healthcentre.ui.dialogs.first_run import FirstRunDialog
    from healthcentre.ui.operations import Operations
    from healthcentre.ui.site_choice import choose_site, known_site

    source = config.SettingsSource()
    settings = source.current()
    ops = Operations(db)
    startup_check = None
    site = known_site(db, settings)
    if site is None:  # the site is created or asked for, a write: the check goes ahead of it
        startup_check = StartupCheck(db, ops) if check else None
        site = choose_site(db, settings, ops)

    def damaged() -> bool:  # the check may fail while the site is created or the first-run dialog is open
        return startup_check is not None and startup_check.damaged

    if site is None and ask_site and not damaged():
        dialog = FirstRunDialog(ops, catalogue_cache.load(db, None).municipality_items(), settings)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            site = dialog.site
    if site is None or damaged():
        ops.shutdown()
        if damaged():
            raise RegisterLetGo(startup_check.restored)
        return None
    try:
        if window is None:
            window = MainWindow(db, site, catalogue_cache.load(db, site.id), ops, settings_source=source)
        else:
            window.attach(db, site, catalogue_cache.load(db, site.id), ops, settings_source=source)
        if check and startup_check is None:
            # Queued behind the first page's reads (Översikt's figures): the check took 350 ms of the
            # large register's 1.2 s start before them. Still ahead of every write, which from here
            # only a user's action in the running window can cause.
            window.views[window.current_view_name()].load_if_stale()
            startup_check = StartupCheck(db, ops)
        window.startup_check = startup_check
        if startup_check is not None:
            startup_check.window = window
        return window
    except BaseException:
        ops.shutdown()  # Qt aborts the process if a running worker thread is destroyed with the failed window
        raise


def _open_demo(data_dir: str | None, *, encrypt: bool) -> tuple[Database, Path | None]:
    from healthcentre import demo
    from healthcentre.data.database import open_database
    from healthcentre.services import sites

    temporary = None if data_dir else Path(tempfile.mkdtemp(prefix="healthcentre-demo-"))
    paths.set_data_dir(data_dir or temporary)
    db = open_database(encrypt=encrypt)
    if not sites.list_sites(db):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            demo.generate(db, size="small")
        finally:
            QApplication.restoreOverrideCursor()
    return db, temporary


def run(*, demo: bool = False, data_dir: str | None = None) -> int:
    """Open the window (on a demo data set if ``demo``) and run until it closes; the exit code.

    The register's integrity check runs on the worker after the window is up
    (``StartupCheck``); if the user restores a backup there, the register is opened anew."""
    app = application()
    guard = _single_instance(demo=demo, data_dir=data_dir)
    if guard is not None and not guard.acquire():
        return 0  # the register is open in another window, which was asked to come forward
    if guard is not None:
        guard.show_requested.connect(_bring_main_window_forward)
    try:
        return _run_window(app, demo=demo, data_dir=data_dir)
    finally:
        if guard is not None:
            guard.release()


def _single_instance(*, demo: bool, data_dir: str | None) -> SingleInstance | None:
    """The guard on this start's data directory (``--data-dir``, already set); none for a demo in its own
    temporary directory."""
    if demo and not data_dir:
        return None
    return SingleInstance(paths.data_dir())


def _bring_main_window_forward() -> None:
    """A later start asked: show the main window (whichever one is open after a restore) in front."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            bring_forward(widget)


def _run_window(app: QApplication, *, demo: bool, data_dir: str | None) -> int:
    """Open the register and its window and run until it closes (again after a restore); the exit code."""
    settings = config.load_settings()  # the start's language and encryption; the window follows later changes
    i18n.install(settings.language)
    while True:
        bench = None
        if os.environ.get(BENCH_EXIT_ON_PAINT_ENV) or os.environ.get(BENCH_EXIT_WHEN_USABLE_ENV):
            bench = _BenchFirstPaint(None, until_usable=bool(os.environ.get(BENCH_EXIT_WHEN_USABLE_ENV)))
        shell = painted_shell(bench)
        try:
            code, restored = _run_register(app, shell, bench, demo=demo, data_dir=data_dir,
                                           encrypt=settings.encrypt_database)
        finally:
            if not shell.attached:
                shell.hide()
            shell.deleteLater()
        if not restored:
            return code


def painted_shell(watcher: QObject | None = None) -> MainWindow:
    """The main window as the start's shell ("Opening the register…"), shown and painted now,
    before the register is opened; ``watcher`` (the bench's) sees its first paint."""
    shell = MainWindow()
    if watcher is not None:
        shell.installEventFilter(watcher)
    shell.show()
    shell.repaint()
    QApplication.processEvents()
    return shell


def _run_register(app: QApplication, shell: MainWindow, bench: _BenchFirstPaint | None, *, demo: bool,
                  data_dir: str | None, encrypt: bool) -> tuple[int, bool]:
    """Open the register into ``shell`` and run until the window closes: the exit code, and
    whether the user restored a backup (so the register is to be opened anew)."""
    from healthcentre.data.integrity import DatabaseDamagedError
    from healthcentre.ui.data_protection import offer_restore, open_register_or_restore

    temporary = None
    try:
        db, temporary = (_open_demo(data_dir, encrypt=encrypt) if demo
                         else (open_register_or_restore(shell, check=False, encrypt=encrypt), None))
    except HealthcentreError as exc:
        QMessageBox.critical(shell, QCoreApplication.translate("App", "Healthcentre"), exc.message())
        return 1, False
    if db is None:  # the register is damaged and the user chose not to restore a backup
        return 1, False
    try:
        window = _open_checked_window(db, check=not demo, window=shell)
        if window is None:
            return 0, False
        if bench is not None:
            bench.watch_pages(window)
        code = app.exec()
        damaged = window.startup_check is not None and window.startup_check.damaged
        return (1, window.startup_check.restored) if damaged else (code, False)
    except DatabaseDamagedError as exc:
        db.close()
        return 1, offer_restore(exc, shell)
    except RegisterLetGo as exc:
        return 1, exc.restored
    finally:
        db.close()
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)


def _open_checked_window(db: Database, *, check: bool, window: MainWindow) -> MainWindow | None:
    """``open_window`` into the shell ``window`` on a register not yet checked; if reading it at start
    fails, check it then, so a damaged file gets the damaged-register question rather than a crash."""
    from healthcentre.data import backups

    try:
        return open_window(db, check=check, window=window)
    except Exception:
        if not check:
            raise
        db.close()
        backups.check_register(db.path)  # raises DatabaseDamagedError if the file is damaged
        raise
