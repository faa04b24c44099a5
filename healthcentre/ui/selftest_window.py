"""The self-test's window step: the real main window, built offscreen on the self-test's register."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion

from healthcentre import config
from healthcentre.data.database import Database
from healthcentre.ui import i18n
from healthcentre.ui.app import application, open_window


def open_main_window(db: Database) -> str:
    """Build, show and close the main window on ``db``; a short description of what ran.

    Fails when the translation of the configured language is missing (a packaging
    error) or when no window could be built."""
    app = application()
    language = config.load_settings().language
    if language != "en" and i18n.compiled_translation(language) is None:
        raise RuntimeError(f"the {language} translation (.qm) is missing")
    i18n.install(language)
    window = open_window(db, ask_site=False)
    if window is None:
        raise RuntimeError("no site to open the main window on")
    window.show()
    app.processEvents()
    pages = len(window.views)
    window.close()
    app.processEvents()
    return f"{pages} pages, Qt {qVersion()}, PySide6 {pyside_version}, {app.platformName()}"
