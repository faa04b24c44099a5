"""The Rapporter page: documents are made on the worker and opened; the import previews first."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices

from healthcentre.changes import Entity
from healthcentre.reports.importing import ImportPlan
from healthcentre.services import participant_search
from ui_helpers import settle


@pytest.fixture
def opened(monkeypatch):
    """The files the page asked the system viewer to open (the viewer itself is not started)."""
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def test_the_period_report_is_made_in_the_background_and_opened(qtbot, window, course, tmp_path, opened):
    view = window.show_view("reports")
    view.kind.setCurrentIndex(view.kind.findData("month"))
    view.year.setValue(2026)
    view.part.setValue(3)
    view.make_period_report(out=tmp_path / "mars.pdf")
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert opened == [str(tmp_path / "mars.pdf")] and (tmp_path / "mars.pdf").stat().st_size > 0


def test_the_attendance_sheet_of_the_chosen_activity_is_made_and_opened(qtbot, window, course, tmp_path, opened):
    view = window.show_view("reports")
    window.notify_changed(Entity.ACTIVITIES)
    settle(qtbot, window)
    view.activity.setCurrentIndex(view.activity.findData(course.id))
    view.make_attendance_sheet(out=tmp_path / "lista.pdf")
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert (tmp_path / "lista.pdf").exists()


def test_the_import_shows_problems_and_imports_nothing_until_accepted(qtbot, window, site, tmp_path):
    from healthcentre.ui.dialogs.import_dialog import ImportDialog

    bad = tmp_path / "lista.csv"
    bad.write_text("Namn;Födelseår\nÅsa Ek;1950\nBo Ek;sjuttio\n", encoding="utf-8")
    dialog = ImportDialog(window, bad, kind="participants")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: isinstance(dialog.plan, ImportPlan))
    assert dialog.problems.count() == 1 and "Rad 3" in dialog.problems.item(0).text()
    assert not dialog.import_button.isEnabled()
    assert participant_search.count_participants(window.db) == 0
    bad.write_text("Namn;Födelseår\nÅsa Ek;1950\nBo Ek;1970\n", encoding="utf-8")
    dialog.check()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    dialog.import_button.click()
    qtbot.waitUntil(lambda: participant_search.count_participants(window.db) == 2, timeout=10000)
    qtbot.waitUntil(lambda: "2 importerade" in window.statusBar().currentMessage())


def test_the_import_preview_shows_municipality_and_target_group_names_not_only_codes(qtbot, window, site, tmp_path):
    from healthcentre.ui.dialogs.import_dialog import ImportDialog

    listing = tmp_path / "lista.csv"
    listing.write_text("Namn;Födelseår;Hemkommun;Målgrupper\nÅsa Ek;1950;0680;ALDRE\n", encoding="utf-8")
    dialog = ImportDialog(window, listing, kind="participants")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: isinstance(dialog.plan, ImportPlan))
    headers = [dialog.preview.horizontalHeaderItem(c).text() for c in range(dialog.preview.columnCount())]
    cells = dict(zip(headers, (dialog.preview.item(0, c).text() for c in range(dialog.preview.columnCount()))))
    assert cells["Hemkommun"] == "Jönköping (0680)"
    assert cells["Målgrupper"] == window.catalogues.group_names(["ALDRE"]) != "ALDRE"
