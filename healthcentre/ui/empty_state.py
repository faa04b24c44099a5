"""A short line under a list that says why it is empty ("nobody is due for erasure", "no activity matches …").

An empty table with no word looks broken to someone who is not an IT person; the
note is hidden whenever the list has something to show.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel


class EmptyNote(QLabel):
    """A quiet, wrapped line in the palette's placeholder colour, shown only when a list is empty."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("empty-note")
        self.setWordWrap(True)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hide()

    def show_if(self, empty: bool, text: str) -> None:
        """Show ``text`` when ``empty``, otherwise hide the note."""
        self.setText(text if empty else "")
        self.setVisible(empty)
