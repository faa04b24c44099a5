"""The main window: navigation list on the left, the chosen page on the right, menus, status bar.

At start the window is first shown as a shell (``MainWindow()``: title and "Opening the
register…"), painted before the register, SQLModel and the pages are even imported; ``attach``
then puts the register's pages into it. So this module imports only Qt at the top: the pages,
the menus' actions, the status bar and the worker are imported in ``attach``/``build`` (together
about 1.5 s of a cold start on the loaded 2-core machine, measured with ``python -X importtime``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMenu, QStackedWidget, QWidget,
)

from healthcentre import config, paths
from healthcentre.changes import Entity
from healthcentre.ui import i18n

if TYPE_CHECKING:
    from healthcentre.data.database import Database
    from healthcentre.data.models import Site
    from healthcentre.ui.catalogue_cache import Catalogues
    from healthcentre.ui.operations import Operations

MENU_KEYS = ("file", "edit", "go", "tools", "help")
NAV_STYLE = "QListWidget#navigation { border: none; padding-top: 8px; } QListWidget#navigation::item { padding: 8px 14px; }"

GEOMETRY_KEY = "main-window/geometry"


def window_settings() -> QSettings:
    """Where the window remembers its size and position between runs (the user's Qt settings)."""
    return QSettings(paths.APP_AUTHOR, paths.APP_NAME)


class MainWindow(QMainWindow):
    """The window staff work in. Pages and menu actions are plugged in (see views/ and actions.py).

    ``changed`` carries the ``Entity`` flags a write touched (``notify_changed``).
    Without ``db`` it is the start's shell, showing that the register is being opened, until
    ``attach`` gives it the register.
    """

    changed = Signal(object)

    def __init__(self, db: Database | None = None, site: Site | None = None, catalogues: Catalogues | None = None,
                 ops: Operations | None = None, settings_source: config.SettingsSource | None = None) -> None:
        super().__init__()
        self.settings_source = settings_source or config.SettingsSource()
        self.setObjectName("main-window")
        self.resize(QSize(1280, 720))
        self.views: dict = {}
        self._menus: dict[str, QMenu] = {}
        self.ops = None
        if db is None:
            self._show_opening()
        else:
            self.attach(db, site, catalogues, ops, settings_source)
        self.restoreGeometry(window_settings().value(GEOMETRY_KEY, b""))

    def _show_opening(self) -> None:
        self.setWindowTitle(self.tr("Healthcentre"))
        opening = QLabel(self.tr("Opening the register…"))
        opening.setObjectName("opening-register")
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(opening)

    def attach(self, db: Database, site: Site, catalogues: Catalogues, ops: Operations | None = None,
               settings_source: config.SettingsSource | None = None) -> None:
        """Show the register ``db`` for ``site``: the pages, menus and status bar replace the shell."""
        if settings_source is not None:
            self.settings_source = settings_source
        from healthcentre.ui.operations import Operations  # late: imports the register (see the module's doc)

        self.db = db
        self.site = site
        self.catalogues = catalogues
        self.ops = ops or Operations(db)
        self.ops.setParent(self)
        self.build()

    @property
    def attached(self) -> bool:
        """True once the window shows a register (False while it is the start's shell)."""
        return self.ops is not None

    # --- building -----------------------------------------------------------

    def build(self) -> None:
        """(Re)create pages, menus and status bar in the current language."""
        from healthcentre.ui.statusbar import StatusBar  # late, with the pages (see the module's doc)
        from healthcentre.ui.views import view_classes

        current = self.current_view_name()
        self.setWindowTitle(self.tr("Healthcentre – {site}").format(site=self.site.name))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setIconSize(QSize(0, 0))
        self.stack = QStackedWidget()
        self.views = {}
        for cls in view_classes():
            view = cls(self)
            self.views[view.name] = view
            self.stack.addWidget(view)
            QListWidgetItem(view.title(), self.nav)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.setFixedWidth(max(self.nav.sizeHintForColumn(0), self.fontMetrics().horizontalAdvance("M" * 10)) + 40)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        old = self.centralWidget()
        self.setCentralWidget(central)
        if old is not None:
            old.deleteLater()
        self._build_menus()
        self.setStatusBar(StatusBar(self))
        self.show_view(current or next(iter(self.views)))

    def _build_menus(self) -> None:
        from healthcentre.ui import actions  # late: the menus' dialogs import the services (see the module's doc)

        self.menuBar().clear()
        for old in self._menus.values():
            old.deleteLater()
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "go": self.tr("&Go"),
                  "tools": self.tr("&Tools"), "help": self.tr("&Help")}
        self._menus = {key: self.menuBar().addMenu(titles[key]) for key in MENU_KEYS}
        for position, view in enumerate(self.views.values(), start=1):
            shortcut = f"Ctrl+{position}" if position < 10 else None
            self.add_action("go", view.title(), lambda name=view.name: self.show_view(name), shortcut=shortcut,
                            name=f"go-{view.name}")
        actions.install_all(self)
        for key, menu in self._menus.items():
            menu.menuAction().setVisible(not menu.isEmpty())

    # --- what pages and actions use -------------------------------------------

    def menu(self, key: str) -> QMenu:
        """The menu ``key`` (one of MENU_KEYS)."""
        return self._menus[key]

    def add_action(self, menu: str, text: str, slot: Callable[[], object], *, shortcut: str | None = None,
                   name: str | None = None) -> QAction:
        """Add an action with ``text`` and optional ``shortcut`` to menu ``menu``; ``name`` is its objectName."""
        action = QAction(text, self._menus[menu])
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self._menus[menu].addAction(action)
        self._menus[menu].menuAction().setVisible(True)
        return action

    def settings(self) -> config.Settings:
        """The settings in force now: a change by IT shows at the next question, without a restart."""
        return self.settings_source.current()

    def show_view(self, name: str):
        """Bring page ``name`` to the front and return it."""
        view = self.views[name]
        self.nav.setCurrentRow(list(self.views).index(name))
        return view

    def current_view_name(self) -> str | None:
        """The name of the page in front (None before the first build)."""
        if not self.views:
            return None
        return list(self.views)[self.stack.currentIndex()]

    def notify_changed(self, entities: Entity) -> None:
        """Tell every page that ``entities`` (e.g. ``Entity.PARTICIPANTS | Entity.ATTENDANCE``) changed, so
        the pages that show them refresh; a change of target groups or site re-reads the catalogues."""
        if entities & (Entity.TARGET_GROUPS | Entity.SITE):
            self.reload_catalogues()
        for view in self.views.values():
            view.on_changed(entities)
        self.changed.emit(entities)
        self.statusBar().refresh()

    def reload_catalogues(self) -> None:
        """Re-read the catalogues (after a local target group changed)."""
        from healthcentre.ui import catalogue_cache

        def store(catalogues: Catalogues) -> None:
            self.catalogues = catalogues
            for view in self.views.values():
                view.on_changed(Entity.CATALOGUES)
        self.ops.run(lambda db: catalogue_cache.load(db, self.site.id), success=store, parent=self)

    def set_site(self, site: Site) -> None:
        """Register for ``site`` from now on; every page shows its data."""
        self.site = site
        self.notify_changed(Entity.SITE | Entity.ACTIVITIES | Entity.PARTICIPANTS | Entity.STUDY_CIRCLES | Entity.SYNC)
        self.setWindowTitle(self.tr("Healthcentre – {site}").format(site=site.name))

    def switch_language(self, language: str) -> None:
        """Show the whole window in ``language`` from now on."""
        i18n.install(language)
        QTimer.singleShot(0, self.build)

    def closeEvent(self, event) -> None:
        window_settings().setValue(GEOMETRY_KEY, self.saveGeometry())
        if self.ops is not None:
            self.ops.shutdown()
        super().closeEvent(event)
