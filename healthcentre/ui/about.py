"""Help menu: About (the version from the package metadata) and Spara felsökningsinfo (support zip).

Strings use ``QCoreApplication.translate("About", …)``: lupdate files ``window.tr(…)``
under the context "window", while at run time it looks in "MainWindow", so such
strings would never be translated.
"""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, qVersion
from PySide6.QtWidgets import QFileDialog, QMessageBox

from healthcentre import __version__, config, paths, support


def install(window) -> None:
    """Add 'Save troubleshooting info…' and 'About Healthcentre' to the Help menu."""
    window.menu("help").addSeparator()
    window.add_action("help", QCoreApplication.translate("About", "Save &troubleshooting info…"),
                      lambda: save_support_info(window), name="support-info")
    window.add_action("help", QCoreApplication.translate("About", "&About Healthcentre"),
                      lambda: show_about(window), name="about")


def about_text() -> str:
    """The About text: version, Qt, Python, OS and where data, settings and logs are."""
    rows = [
        (QCoreApplication.translate("About", "Version"), __version__),
        ("Qt", qVersion()),
        ("Python", platform.python_version()),
        (QCoreApplication.translate("About", "System"), platform.platform(terse=True)),
        (QCoreApplication.translate("About", "Data"), str(paths.data_dir())),
        (QCoreApplication.translate("About", "Machine configuration"), str(config.machine_config_path())),
        (QCoreApplication.translate("About", "Logs"), str(paths.log_dir())),
    ]
    table = "".join(f"<tr><td><b>{name}</b></td><td>{value}</td></tr>" for name, value in rows)
    intro = QCoreApplication.translate(
        "About", "Register and county follow-up for Hälsocenter, Recovery college and meeting places.")
    name = QCoreApplication.translate("App", "Healthcentre")  # the application's name, as in app.py
    return f"<h3>{name} {__version__}</h3><p>{intro}</p><table cellpadding=2>{table}</table>"


def show_about(window) -> None:
    """Show the About dialog."""
    QMessageBox.about(window, QCoreApplication.translate("About", "About Healthcentre"), about_text())


def save_support_info(window) -> None:
    """Ask where to save the support zip, write it on the worker and say where it is."""
    title = QCoreApplication.translate("About", "Save troubleshooting info")
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation) or str(Path.home())
    chosen, _filter = QFileDialog.getSaveFileName(
        window, title, str(Path(folder) / support.default_file_name()),
        QCoreApplication.translate("About", "Zip files (*.zip)"))
    if not chosen:
        return
    done = QCoreApplication.translate(
        "About", "Saved {file}. It holds logs, versions and settings, no personal data; send it to your IT support.")
    window.ops.run(
        lambda _db: support.write_support_zip(Path(chosen), qt_version=qVersion()),
        success=lambda written: QMessageBox.information(window, title, done.format(file=written)),
        parent=window,
    )
