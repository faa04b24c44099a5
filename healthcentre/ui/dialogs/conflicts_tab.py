"""The conflicts tab: attendance a colleague's laptop lost when it deleted the session meanwhile.

The deletion stands on every laptop; the list says who was marked present on which day, so
staff can add the session again if it was deleted by mistake, then mark the conflict dealt with.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from healthcentre.changes import Entity
from healthcentre.services import register_conflicts
from healthcentre.ui.sync_text import local_time


class ConflictsTab(QWidget):
    """Lists the shared register's open conflicts and marks the chosen one as dealt with."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = window
        self.conflicts: list[register_conflicts.ConflictRecord] = []
        intro = QLabel(self.tr("A colleague's laptop deleted a session (or activity) while this laptop marked "
                               "people present at it. The deletion stands on every laptop; add the session again "
                               "if it was deleted by mistake, then mark the conflict as dealt with."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflict-list")
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setHorizontalHeaderLabels([self.tr("Session day"), self.tr("Participant"), self.tr("Found")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No conflicts: every laptop's changes fitted together."))
        self.done_button = QPushButton(self.tr("&Mark as dealt with"))
        self.done_button.setObjectName("conflict-seen")
        self.done_button.clicked.connect(self.mark_seen)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.reload()

    def reload(self) -> None:
        """Fetch the open conflicts again on the worker."""
        self.main.ops.run(register_conflicts.list_conflicts, success=self._loaded, parent=self)

    def _loaded(self, conflicts: list[register_conflicts.ConflictRecord]) -> None:
        self.conflicts = conflicts
        self.table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            values = (conflict.session_date or "?", conflict.participant_name or self.tr("(forgotten)"),
                      local_time(conflict.found_at))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.empty.setVisible(not conflicts)
        self.table.setVisible(bool(conflicts))
        self.done_button.setEnabled(bool(conflicts))
        if conflicts:
            self.table.selectRow(0)

    def mark_seen(self) -> None:
        """Mark the chosen conflict as dealt with."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        conflict_id = self.conflicts[row].id
        self.main.ops.run(lambda db: register_conflicts.resolve_conflict(db, conflict_id),
                          success=lambda _none: self._resolved(), parent=self)

    def _resolved(self) -> None:
        self.main.notify_changed(Entity.PARTICIPANTS)
        self.reload()
