"""Studiecirklar: each circle's leader, study association and theme, and whether it counts and why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPushButton, QSplitter, QTableWidgetItem, QVBoxLayout, QWidget,
)

from healthcentre.services import study_circles
from healthcentre.ui.dialogs.activity_editor import ActivityEditor
from healthcentre.ui.views.base import View
from healthcentre.ui.views.circle_panel import CirclePanel, hours_text
from healthcentre.ui.widgets import list_table


def load_circles(db, site_id: int) -> list[tuple]:
    """Every circle of the site with its rule status."""
    return [(record, study_circles.circle_status(db, record.activity_id))
            for record in study_circles.list_circles(db, site_id=site_id)]


class StudyCirclesView(View):
    """The list of circles on the left, the chosen circle's details and status on the right."""

    name = "study_circles"
    watches = frozenset({"activities", "sessions", "attendance", "study_circles", "participants"})

    def __init__(self, window) -> None:
        super().__init__(window)
        self.rows: list[tuple] = []
        self.editor: ActivityEditor | None = None
        self.table = list_table("circle-table", self.tr("Study circles"),
                                [self.tr("Circle"), self.tr("Study association"), self.tr("Meetings"),
                                 self.tr("Study hours"), self.tr("Counts")])
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.panel = CirclePanel(window)
        self.panel.open_activity.connect(self._open_activity)
        new = QPushButton(self.tr("&New study circle…"))
        new.clicked.connect(self.new_circle)
        self.count = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(new)
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
        site_id = self.main.site.id
        self.main.ops.run(lambda db: load_circles(db, site_id), success=self._show, parent=self)

    def _show(self, rows: list[tuple]) -> None:
        selected = self.panel.activity_id
        self.rows = rows
        names = dict(self.main.catalogues.association_items())
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for row, (record, status) in enumerate(rows):
            cells = [record.title, names.get(record.study_association_code, "—"), str(record.meetings),
                     hours_text(record.study_hours), self.tr("Yes") if status.counts else self.tr("No")]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        self.count.setText(self.tr("%n circle(s)", "", len(rows)))
        ids = [record.activity_id for record, _s in rows]
        if ids:
            self.table.selectRow(ids.index(selected) if selected in ids else 0)
            self._show_selected()
        else:
            self.panel.show_circle(None, None)

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.panel.show_circle(*self.rows[rows[0].row()])

    def new_circle(self) -> None:
        """Open the activity editor on a new activity of kind study circle."""
        self.editor = ActivityEditor(self.main, None, parent=self)
        self.editor.form.kind.setCurrentIndex(self.editor.form.kind.findData(study_circles.CIRCLE_KIND))
        self.editor.open()

    def _open_activity(self, activity_id: int) -> None:
        self.editor = ActivityEditor(self.main, activity_id, parent=self)
        self.editor.open()


VIEW = StudyCirclesView
