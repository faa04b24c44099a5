"""Finished documents (PDF, spreadsheets): where to save one, and opening it in the system's viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget, suggestion: str, pattern: str) -> Path | None:
    """Ask where to save a document, starting in the home folder with ``suggestion``; None if cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Documents", "Save as"),
                                          str(Path.home() / suggestion), pattern)
    return Path(name) if name else None


def open_document(window, path: Path) -> None:
    """Say in the window's status bar where a finished document was saved, and open it in the system's viewer."""
    window.statusBar().showMessage(QCoreApplication.translate("Documents", "Saved: {path}").format(path=path), 8000)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
