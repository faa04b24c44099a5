"""The self-test's window step: the real main window, built offscreen on the self-test's register."""

from __future__ import annotations

import datetime as dt

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion

from healthcentre import config
from healthcentre.data.database import Database
from healthcentre.ui import i18n
from healthcentre.ui.app import application, open_window
from healthcentre.ui.results import load_results


def open_main_window(db: Database) -> str:
    """Build, show and close the main window on ``db``; a short description of what ran.

    Fails when the translation of the configured language is missing (a packaging
    error), when no window could be built or when the results chart cannot be drawn
    (the charting library, or a Qt module it loads, left out of the bundle)."""
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
    from healthcentre.ui.results_chart import ResultsChart  # as the pages do: once the window is up

    chart = ResultsChart()
    chart.show_results(load_results(db, site_id=window.site.id, year=dt.date.today().year))
    chart.grab()
    window.close()
    app.processEvents()
    return f"{pages} pages, Qt {qVersion()}, PySide6 {pyside_version}, {app.platformName()}"
