"""The main window opens where and as large as it was when it was last closed."""

from __future__ import annotations

from healthcentre.ui import catalogue_cache
from healthcentre.ui.mainwindow import MainWindow
from ui_helpers import settle


def test_the_window_remembers_its_size_between_runs(qtbot, db, site):
    first = MainWindow(db, site, catalogue_cache.load(db, site.id))
    qtbot.addWidget(first)
    first.show()
    settle(qtbot, first)
    assert first.height() != 620
    first.resize(first.width(), 620)  # the offscreen screen is 800 wide: restoring clamps the width, so check height
    qtbot.waitUntil(lambda: first.height() == 620)
    first.close()
    second = MainWindow(db, site, catalogue_cache.load(db, site.id))
    qtbot.addWidget(second)
    second.show()
    settle(qtbot, second)
    assert second.height() == 620
    second.close()
