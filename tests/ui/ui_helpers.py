"""Helpers the window tests share: waiting for the worker, answering message boxes."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def settle(qtbot, window) -> None:
    """Wait until the worker has answered everything asked of it."""
    qtbot.waitUntil(lambda: window.ops.pending == 0)


def answer_next_box(button_text: str) -> None:
    """When the next message box appears, press the button whose text starts with ``button_text``."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        for button in box.buttons():
            if button.text().replace("&", "").startswith(button_text):
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")
    QTimer.singleShot(20, press)
