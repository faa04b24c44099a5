"""Undo (Ctrl+Z) for attendance and head-counts.

An undo is a new forward write through the services — never a rollback — so the audit log
and the period marks for the county see it like any other change. What can be undone is
pushed here by the dialog that made the change, once its write succeeded, with the service
call that gives it back. Erasures ("forget") are never pushed: they cannot be undone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from healthcentre.changes import Entity
from healthcentre.data.database import Database

LIMIT = 50  # steps kept; older ones are dropped


@dataclasses.dataclass(frozen=True)
class Undoable:
    """One change that can be given back: what the user reads, the write that does it, what it touches."""

    text: str
    work: Callable[[Database], object]
    changed: Entity


class UndoStack(QObject):
    """The window's undo steps, newest last. ``undone(entities)`` fires after an undo was written."""

    undone = Signal(object)  # the Entity flags the undo touched

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._steps: list[Undoable] = []

    def push(self, text: str, work: Callable[[Database], object], changed: Entity) -> None:
        """Remember a change that ``work(db)`` gives back, and what it touches (``changed``)."""
        self._steps = [*self._steps, Undoable(text, work, changed)][-LIMIT:]

    def __len__(self) -> int:
        return len(self._steps)

    def undo(self) -> None:
        """Give back the newest change, on the worker, and say so in the status bar."""
        status = self.window.statusBar()
        if not self._steps:
            status.showMessage(QCoreApplication.translate("UndoStack", "Nothing to undo"), 5000)
            return
        step = self._steps.pop()

        def done(_result) -> None:
            self.window.notify_changed(step.changed)
            status.showMessage(QCoreApplication.translate("UndoStack", "Undone: {what}").format(what=step.text),
                               8000)
            self.undone.emit(step.changed)
        self.window.ops.run(step.work, success=done, parent=self.window)


def undo_stack(window) -> UndoStack:
    """The window's one undo stack (made on first use)."""
    stack = window.findChild(UndoStack)
    return UndoStack(window) if stack is None else stack


def install(window) -> None:
    """Add Edit → Undo (Ctrl+Z) to the main window."""
    window.add_action("edit", QCoreApplication.translate("UndoStack", "&Undo"), lambda: undo_stack(window).undo(),
                      shortcut="Ctrl+Z", name="undo")
