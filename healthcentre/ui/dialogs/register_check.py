"""Kontrollera registret: one dialog with a tab per kind of thing staff must sort out by hand.

The possible duplicates, and the shared register's conflicts, so staff find everything that
needs a person's judgement in one place.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from healthcentre.ui.dialogs.conflicts_tab import ConflictsTab
from healthcentre.ui.dialogs.duplicates_tab import DuplicatesTab


class RegisterCheckDialog(QDialog):
    """The tabs of things to sort out: possible duplicates, then conflicts."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register-check")
        self.setWindowTitle(self.tr("Check the register"))
        self.tabs = QTabWidget()
        self.duplicates = DuplicatesTab(window, self)
        self.add_tab(self.duplicates, self.tr("Possible duplicates"))
        self.conflicts = ConflictsTab(window, self)
        self.add_tab(self.conflicts, self.tr("Conflicts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(1040, 540)

    def add_tab(self, widget: QWidget, title: str) -> None:
        """Add a page after the ones there."""
        self.tabs.addTab(widget, title)
