"""The real main window on a fresh register, in Swedish, for pytest-qt tests."""

from __future__ import annotations

import functools
import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from healthcentre.ui import catalogue_cache, i18n
from healthcentre.ui.mainwindow import MainWindow


WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def patient_waits(monkeypatch):
    """``qtbot.waitUntil`` waits up to 30 s unless a test says otherwise (pytest-qt's default is 5 s).

    The CI machine is shared: work that takes 50 ms here can take seconds under load.
    A condition that never comes still fails the test, only later."""
    monkeypatch.setattr(QtBot, "waitUntil", functools.partialmethod(QtBot.waitUntil, timeout=WAIT_MS))


@pytest.fixture(autouse=True)
def collected_between_tests(qapp):
    """Each test's deleted Qt objects are destroyed and Python's garbage collected before the next
    test starts, on the GUI thread and with no worker running.

    Left to chance, the collector could run inside a later test while its worker thread was
    delivering a result, and free a widget the previous test left behind: an intermittent crash
    of the test process (seen about once in five runs of tests/ui)."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def error_boxes(monkeypatch):
    """Warnings and errors the app would show in a modal box, recorded instead of shown.

    A modal box nobody answers would stall the test until its timeout; instead each
    text lands in this list, and a test that ends with one it did not take out
    (``error_boxes.pop()``) fails with the message the user would have read.
    """
    shown: list[str] = []

    def record(_parent, _title, text, *_args, **_kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    yield shown
    assert not shown, f"the app showed an error box no test expected: {shown}"


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
