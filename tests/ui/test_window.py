"""The main window: pages, language switch, first run, and the background worker."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication

from healthcentre import config
from healthcentre.errors import ValidationError
from healthcentre.services import sites
from healthcentre.ui.dialogs.first_run import FirstRunDialog
from healthcentre.ui.operations import Operations
from ui_helpers import settle


def _nav(window) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_every_page_is_in_the_navigation_in_swedish(qtbot, window):
    assert _nav(window) == ["Översikt", "Aktiviteter", "Deltagare", "Studiecirklar", "Målgrupper", "Uppföljning",
                            "Rapporter", "Händelselogg", "Inställningar"]
    for name in window.views:
        window.show_view(name)
        settle(qtbot, window)


def test_switching_language_translates_the_window_and_is_remembered(qtbot, window):
    view = window.show_view("settings")
    view.language.setCurrentIndex(view.language.findData("en"))
    view.language.activated.emit(view.language.currentIndex())
    qtbot.waitUntil(lambda: _nav(window)[0] == "Overview")
    assert window.current_view_name() == "settings"
    assert config.load_settings().language == "en"
    settings = window.views["settings"]
    settings.language.setCurrentIndex(settings.language.findData("sv"))
    settings.language.activated.emit(settings.language.currentIndex())
    qtbot.waitUntil(lambda: _nav(window)[0] == "Översikt")


def test_the_first_run_dialog_creates_the_site(qtbot, db):
    ops = Operations(db)
    dialog = FirstRunDialog(ops, [("0685", "Vetlanda")], config.load_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.message("name") != "")
    dialog.name.setText("Hälsocenter Vetlanda")
    dialog.municipality.setCurrentIndex(dialog.municipality.findData("0685"))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.site is not None)
    ops.shutdown()
    assert [(s.name, s.municipality_code) for s in sites.list_sites(db)] == [("Hälsocenter Vetlanda", "0685")]


def test_work_runs_off_the_gui_thread_and_errors_come_back(qtbot, db):
    ops = Operations(db)
    threads, failures = [], []
    ops.run(lambda _db: threads.append(QApplication.instance().thread().isCurrentThread()))
    ops.run(lambda _db: (_ for _ in ()).throw(ValidationError("required", label="title")), failure=failures.append)
    qtbot.waitUntil(lambda: ops.pending == 0)
    ops.shutdown()
    assert threads == [False]
    assert failures[0].message() == "Titel måste fyllas i."


def test_cancelled_work_stops_and_reports_nothing(qtbot, db):
    ops = Operations(db)
    results, steps, queued = [], [], []
    job_known = threading.Event()

    def long_work(_db, progress):
        job_known.wait(10)
        for step in range(1000):
            progress.check()
            steps.append(step)
            progress.report(step, 1000)
            if step == 3:
                queued[0].cancel()
        return "done"

    queued.append(ops.run_with_progress(long_work, label="Testar", success=results.append))
    job_known.set()
    qtbot.waitUntil(lambda: ops.pending == 0)
    ops.shutdown()
    assert results == [] and steps == [0, 1, 2, 3]


@pytest.mark.parametrize("view_name", ["target_groups", "study_circles", "followup", "overview"])
def test_each_page_loads_without_errors(qtbot, window, view_name):
    window.show_view(view_name)
    settle(qtbot, window)
