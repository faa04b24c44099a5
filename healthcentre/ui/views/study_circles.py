"""Studiecirklar: each circle's leader, study association and theme, and whether it counts and why."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from healthcentre.changes import Entity
from healthcentre.services import circle_search, study_circles
from healthcentre.services.listing import ListQuery
from healthcentre.ui.dialogs.activity_editor import ActivityEditor
from healthcentre.ui.list_model import Column, ListModel, list_view, year_items
from healthcentre.ui.views.base import View
from healthcentre.ui.views.circle_panel import CirclePanel, hours_text
from healthcentre.ui.widgets import fill_combo

SEARCH_DELAY_MS = 250
CIRCLE_PAGE = 40  # each row carries its rule status: a page a little taller than the screen


class StudyCirclesView(View):
    """The list of circles on the left (sorted and filtered by the service), the chosen circle's
    details and status on the right."""

    name = "study_circles"
    watches = Entity.ACTIVITIES | Entity.SESSIONS | Entity.ATTENDANCE | Entity.STUDY_CIRCLES | Entity.PARTICIPANTS

    def __init__(self, window) -> None:
        super().__init__(window)
        self.editor: ActivityEditor | None = None
        self.search = QLineEdit()
        self.search.setObjectName("circle-search")
        self.search.setPlaceholderText(self.tr("Search title, leader or theme…"))
        self.search.setAccessibleName(self.tr("Search study circles"))
        self.search.setClearButtonEnabled(True)
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Filter by year"))
        fill_combo(self.year, year_items(self.tr("All years")))
        self.association = QComboBox()
        self.association.setAccessibleName(self.tr("Filter by study association"))
        self.counts = QComboBox()
        self.counts.setAccessibleName(self.tr("Filter by whether the circle counts"))
        fill_combo(self.counts, [(None, self.tr("Counting or not")), (True, self.tr("Counts")),
                                 (False, self.tr("Does not count"))])
        self.model = ListModel(window, circle_search.circle_list, self._columns(),
                               ListQuery(circle_search.CircleFilters(site_id=window.site.id)), self,
                               page_size=CIRCLE_PAGE)
        self.model.loaded.connect(self._show_loaded)
        self.table = list_view("circle-table", self.tr("Study circles"), self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        self.panel = CirclePanel(window)
        self.panel.open_activity.connect(self._open_activity)
        self.new_button = QPushButton(self.tr("&New study circle…"))
        self.new_button.clicked.connect(self.new_circle)
        self.count = QLabel()
        self.count.setObjectName("circle-count")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.year, self.association, self.counts):
            combo.currentIndexChanged.connect(lambda _i: self.run_search())
        self._layout()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Circle"), lambda r: r.record.title, "title", stretch=True),
            Column(self.tr("Study association"),
                   lambda r: self.main.catalogues.association_name(r.record.study_association_code), "association",
                   chars=22),
            Column(self.tr("Meetings"), lambda r: str(r.record.meetings), "meetings", chars=8, right=True),
            Column(self.tr("Study hours"), lambda r: hours_text(r.record.study_hours), "hours", chars=9,
                   right=True),
            Column(self.tr("Counts"), lambda r: self.tr("Yes") if r.status.counts else self.tr("No"), "counts",
                   chars=7, tip=lambda r: "\n".join(r.status.messages())),
        ]

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.year, 1)
        filters.addWidget(self.association, 2)
        filters.addWidget(self.counts, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        left_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.title()}</h2>"))
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Study circles")

    def refresh(self) -> None:
        current = self.association.currentData()
        self.association.blockSignals(True)
        fill_combo(self.association, [(None, self.tr("All study associations"))]
                   + self.main.catalogues.association_items(), current)
        self.association.blockSignals(False)
        self.run_search()

    def query(self) -> ListQuery:
        """The list as the fields ask for it, in the order the header shows."""
        filters = circle_search.CircleFilters(site_id=self.main.site.id, year=self.year.currentData(),
                                              association=self.association.currentData(),
                                              counts=self.counts.currentData())
        return ListQuery(filters, sort=self.model.query.sort, descending=self.model.query.descending,
                         text=self.search.text())

    def run_search(self) -> None:
        """Fetch the list as the fields ask for it, on the worker."""
        self._timer.stop()
        self.model.set_query(self.query())

    def _show_loaded(self) -> None:
        self.count.setText(self.tr("%n circle(s)", "", self.model.total) if self.model.total else
                           self.tr("No study circle matches the search and filters."))
        selected = self.panel.activity_id
        row = self.model.row_of(lambda r: r.record.activity_id == selected)
        if self.model.total:
            self.table.selectRow(row if row is not None else 0)
            self._show_selected()
        else:
            self.panel.show_circle(None, None)

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        found = self.model.row_at(rows[0].row()) if rows else None
        if found is not None:
            self.panel.show_circle(found.record, found.status)

    def new_circle(self) -> None:
        """Open the activity editor on a new activity of kind study circle."""
        self.editor = ActivityEditor(self.main, None, parent=self)
        self.editor.form.kind.setCurrentIndex(self.editor.form.kind.findData(study_circles.CIRCLE_KIND))
        self.editor.open()

    def _open_activity(self, activity_id: int) -> None:
        self.editor = ActivityEditor(self.main, activity_id, parent=self)
        self.editor.open()


VIEW = StudyCirclesView
