"""The real main window on a fresh register, in Swedish, for pytest-qt tests."""

from __future__ import annotations

import pytest

from healthcentre.ui import catalogue_cache, i18n
from healthcentre.ui.mainwindow import MainWindow


@pytest.fixture
def window(qtbot, db, site):
    """The main window for the site, shown, with its first page loaded."""
    i18n.install("sv")
    main = MainWindow(db, site, catalogue_cache.load(db, site.id))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.ops.pending == 0)
    yield main
    main.close()
    i18n.install("sv")
