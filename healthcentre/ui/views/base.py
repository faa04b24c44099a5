"""The base of every page of the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from healthcentre.changes import Entity


class View(QWidget):
    """One page behind an entry of the navigation list.

    ``name`` is a stable id (``window.show_view(name)``), ``watches`` the ``Entity``
    flags (as passed to ``window.notify_changed``) whose change makes the page
    refresh. ``refresh()`` reloads the page; it runs when the page is first
    shown and whenever a watched entity changed (at once if visible, else on
    the next show).
    """

    name: str = ""
    watches: Entity = Entity(0)

    def __init__(self, window) -> None:
        super().__init__()
        self.main = window
        self._stale = True
        self.setObjectName(f"view-{self.name}")

    def title(self) -> str:
        """The page's name in the navigation list (translated)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Load what the page shows (through ``self.main.ops``)."""

    def on_changed(self, entities: Entity) -> None:
        """Refresh now or on the next show when a watched entity changed."""
        if entities & self.watches:
            self._stale = True
            if self.isVisible():
                self._refresh_now()

    def load_if_stale(self) -> None:
        """Refresh now if the page has not loaded what it shows yet, rather than at its show event
        (the start queues the page in front's reads ahead of the register's check this way)."""
        if self._stale:
            self._refresh_now()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_now()

    def _refresh_now(self) -> None:
        self._stale = False
        self.refresh()
