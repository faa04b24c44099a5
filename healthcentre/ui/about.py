"""Help menu: About (the version from the package metadata) and Spara felsökningsinfo (support zip)."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtCore import QStandardPaths, qVersion
from PySide6.QtWidgets import QFileDialog, QMessageBox

from healthcentre import __version__, config, paths, support


def install(window) -> None:
    """Add 'Save troubleshooting info…' and 'About Healthcentre' to the Help menu."""
    window.menu("help").addSeparator()
    window.add_action("help", window.tr("Save &troubleshooting info…"), lambda: save_support_info(window),
                      name="support-info")
    window.add_action("help", window.tr("&About Healthcentre"), lambda: show_about(window), name="about")


def about_text(window) -> str:
    """The About text: version, Qt, Python, OS and where data, settings and logs are."""
    rows = [
        (window.tr("Version"), __version__),
        ("Qt", qVersion()),
        ("Python", platform.python_version()),
        (window.tr("System"), platform.platform(terse=True)),
        (window.tr("Data"), str(paths.data_dir())),
        (window.tr("Machine configuration"), str(config.machine_config_path())),
        (window.tr("Logs"), str(paths.log_dir())),
    ]
    table = "".join(f"<tr><td><b>{name}</b></td><td>{value}</td></tr>" for name, value in rows)
    intro = window.tr("Register and county follow-up for Hälsocenter, Recovery college and meeting places.")
    return f"<h3>Healthcentre {__version__}</h3><p>{intro}</p><table cellpadding=2>{table}</table>"


def show_about(window) -> None:
    """Show the About dialog."""
    QMessageBox.about(window, window.tr("About Healthcentre"), about_text(window))


def save_support_info(window) -> None:
    """Ask where to save the support zip, write it on the worker and say where it is."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation) or str(Path.home())
    chosen, _filter = QFileDialog.getSaveFileName(
        window, window.tr("Save troubleshooting info"), str(Path(folder) / support.default_file_name()),
        window.tr("Zip files (*.zip)"))
    if not chosen:
        return
    window.ops.run(
        lambda _db: support.write_support_zip(Path(chosen), qt_version=qVersion()),
        success=lambda written: QMessageBox.information(
            window, window.tr("Save troubleshooting info"),
            window.tr("Saved {file}. It holds logs, versions and settings, no personal data; "
                      "send it to your IT support.").format(file=written)),
        parent=window,
    )
