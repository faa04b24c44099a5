"""Aktiviteter: the site's activities, newest first, with the activity editor."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from healthcentre.changes import Entity
from healthcentre.services import activities
from healthcentre.services.listing import ListQuery
from healthcentre.ui.dialogs.activity_editor import ActivityEditor
from healthcentre.ui.dialogs.confirm import confirm
from healthcentre.ui.list_model import Column, ListModel, list_view, year_items
from healthcentre.ui.views.base import View
from healthcentre.ui.widgets import fill_combo

SEARCH_DELAY_MS = 250


class ActivitiesView(View):
    """The list of activities: search by title, filters by kind, year and target group, sorted by the header."""

    name = "activities"
    watches = Entity.ACTIVITIES | Entity.SESSIONS | Entity.CATALOGUES

    def __init__(self, window) -> None:
        super().__init__(window)
        self.editor: ActivityEditor | None = None
        self.search = QLineEdit()
        self.search.setObjectName("activity-search")
        self.search.setPlaceholderText(self.tr("Search by title…"))
        self.search.setAccessibleName(self.tr("Search activities by title"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Filter by kind"))
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Filter by year"))
        fill_combo(self.year, year_items(self.tr("All years")))
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Filter by target group"))
        self.model = ListModel(window, activities.activity_list, self._columns(),
                               ListQuery(activities.ActivityFilters(site_id=window.site.id)), self)
        self.model.loaded.connect(self._show_count)
        self.table = list_view("activity-table", self.tr("Activities"), self.model)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.count = QLabel()
        self.count.setObjectName("activity-count")
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
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.kind, self.year, self.group):
            combo.currentIndexChanged.connect(lambda _i: self.run_search())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.kind, self.year, self.group):
            filters.addWidget(combo, 1)
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

    def _columns(self) -> list[Column]:
        def catalogues():
            return self.main.catalogues  # replaced when a catalogue changes

        return [
            Column(self.tr("Title"), lambda r: r.title, "title", stretch=True),
            Column(self.tr("Kind"), lambda r: catalogues().kind_name(r.kind_code), "kind", chars=16),
            Column(self.tr("Starts"), lambda r: r.start_date.isoformat(), "starts", chars=11),
            Column(self.tr("Ends"), lambda r: r.end_date.isoformat() if r.end_date else "", "ends", chars=11),
            Column(self.tr("Target groups"), lambda r: catalogues().group_names(r.target_groups), "groups",
                   chars=30, tip=lambda r: catalogues().group_names(r.target_groups)),
            Column(self.tr("Sessions"), lambda r: str(r.session_count), "sessions", chars=8, right=True),
        ]

    def title(self) -> str:
        return self.tr("Activities")

    def refresh(self) -> None:
        for combo, items in ((self.kind, [(None, self.tr("All kinds"))] + self.main.catalogues.kind_items()),
                             (self.group, [(None, self.tr("All target groups"))]
                              + self.main.catalogues.group_items())):
            current = combo.currentData()
            combo.blockSignals(True)
            fill_combo(combo, items, current)
            combo.blockSignals(False)
        self.run_search()

    def query(self) -> ListQuery:
        """The list as the fields ask for it, in the order the header shows."""
        filters = activities.ActivityFilters(site_id=self.main.site.id, kind=self.kind.currentData(),
                                             year=self.year.currentData(), target_group=self.group.currentData())
        return ListQuery(filters, sort=self.model.query.sort, descending=self.model.query.descending,
                         text=self.search.text())

    def run_search(self) -> None:
        """Fetch the list as the fields ask for it, on the worker."""
        self._timer.stop()
        self.model.set_query(self.query())

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n activity(ies)", "", self.model.total) if self.model.total else
                           self.tr("No activity matches the search and filters."))

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

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
            changed = Entity.ACTIVITIES | Entity.ATTENDANCE
            self.main.ops.run(lambda db: activities.delete_activity(db, record.id),
                              success=lambda _r: self.main.notify_changed(changed), parent=self)


VIEW = ActivitiesView
