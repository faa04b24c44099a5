"""Help menu: About shows the package version; 'Spara felsökningsinfo' writes the support zip."""

from __future__ import annotations

import zipfile

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from healthcentre import __version__
from healthcentre.ui import about


def _action(window, name):
    return next(a for a in window.menu("help").actions() if a.objectName() == name)


def test_the_about_text_shows_the_version_from_the_package_metadata(window):
    assert isinstance(_action(window, "about"), QAction)
    text = about.about_text()
    assert f"<h3>Hälsocenter {__version__}</h3>" in text and "Maskinkonfiguration" in text


def test_saving_troubleshooting_info_writes_the_zip_where_the_user_chose(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "felsokning.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    _action(window, "support-info").trigger()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    assert str(target) in told[0]
    with zipfile.ZipFile(target) as archive:
        assert "version.json" in archive.namelist()


def test_the_help_menu_entries_are_in_swedish(window):
    assert _action(window, "about").text() == "&Om Hälsocenter"
    assert _action(window, "support-info").text() == "Spara &felsökningsinfo…"
