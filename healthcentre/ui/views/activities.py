"""Aktiviteter: the site's activities, newest first, with the activity editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidgetItem, QVBoxLayout,
)

from healthcentre.services import activities
from healthcentre.ui.dialogs.activity_editor import ActivityEditor
from healthcentre.ui.dialogs.confirm import confirm
from healthcentre.ui.views.base import View
from healthcentre.ui.widgets import fill_combo, list_table

SEARCH_DELAY_MS = 250


class ActivitiesView(View):
    """The list of activities with search by title and kind."""

    name = "activities"
    watches = frozenset({"activities", "sessions", "catalogues"})

    def __init__(self, window) -> None:
        super().__init__(window)
        self.records = []
        self.editor: ActivityEditor | None = None
        self._number = 0
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by title…"))
        self.search.setAccessibleName(self.tr("Search activities by title"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Filter by kind"))
        self.table = list_table("activity-table", self.tr("Activities"),
                                [self.tr("Title"), self.tr("Kind"), self.tr("Starts"), self.tr("Ends"),
                                 self.tr("Target groups"), self.tr("Sessions")])
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.count = QLabel()
        new = QPushButton(self.tr("&New activity…"))
        new.setObjectName("new-activity-button")
        new.clicked.connect(self.new_activity)
        open_button = QPushButton(self.tr("&Open…"))
        open_button.clicked.connect(self.open_selected)
        delete = QPushButton(self.tr("&Delete…"))
        delete.clicked.connect(self.delete_selected)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.kind.currentIndexChanged.connect(lambda _i: self._timer.start())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.kind, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        for button in (delete, open_button, new):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.title()}</h2>"))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def title(self) -> str:
        return self.tr("Activities")

    def refresh(self) -> None:
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        fill_combo(self.kind, [(None, self.tr("All kinds"))] + self.main.catalogues.kind_items(), current)
        self.kind.blockSignals(False)
        self._number += 1
        number, site_id, text, kind = self._number, self.main.site.id, self.search.text(), self.kind.currentData()
        self.main.ops.run(lambda db: activities.search_activities(db, site_id=site_id, text=text, kind=kind),
                          success=lambda records: self._show(number, records), parent=self)

    def _show(self, number: int, records) -> None:
        if number != self._number:
            return
        self.records = records
        cat = self.main.catalogues
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            cells = [record.title, cat.kind_name(record.kind_code), record.start_date.isoformat(),
                     record.end_date.isoformat() if record.end_date else "", cat.group_names(record.target_groups),
                     str(record.session_count)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.count.setText(self.tr("%n activity(ies)", "", len(records)))

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def new_activity(self) -> None:
        """Open the editor on a new activity (Ctrl+N)."""
        self._open(None)

    def open_selected(self) -> None:
        """Open the editor on the selected activity."""
        record = self._selected()
        if record is not None:
            self._open(record.id)

    def _open(self, activity_id: int | None) -> None:
        self.editor = ActivityEditor(self.main, activity_id, parent=self)
        self.editor.open()

    def delete_selected(self) -> None:
        """Delete the selected activity with its sessions and attendance, after asking."""
        record = self._selected()
        if record is None:
            return
        text = self.tr("Delete “{title}” with its {count} session(s) and all attendance?").format(
            title=record.title, count=record.session_count)
        if confirm(self, self.tr("Delete activity"), text, self.tr("Delete")):
            self.main.ops.run(lambda db: activities.delete_activity(db, record.id),
                              success=lambda _r: self.main.notify_changed({"activities", "attendance"}), parent=self)


VIEW = ActivitiesView
