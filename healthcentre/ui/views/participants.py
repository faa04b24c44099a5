"""Deltagare: search-as-you-type over tens of thousands of participants, filters, the form."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout,
)

from healthcentre.data.catalogues import AGE_BANDS
from healthcentre.services import participants
from healthcentre.ui.dialogs.participant_form import ParticipantForm
from healthcentre.ui.labels import gender_items
from healthcentre.ui.views.base import View
from healthcentre.ui.views.participant_model import PAGE_SIZE, ParticipantTableModel
from healthcentre.ui.widgets import fill_combo

SEARCH_DELAY_MS = 250


def search_with_first_page(db, filters: dict) -> tuple[list[int], list]:
    """The ids matching ``filters`` and the records of the first page, in one job on the worker."""
    ids = participants.search_participant_ids(db, **filters)
    return ids, participants.participant_records(db, ids[:PAGE_SIZE])


class ParticipantsView(View):
    """The participant list with search, filters and the participant form."""

    name = "participants"
    watches = frozenset({"participants", "catalogues"})

    def __init__(self, window) -> None:
        super().__init__(window)
        self._search_number = 0
        self.form: ParticipantForm | None = None
        self.search = QLineEdit()
        self.search.setObjectName("participant-search")
        self.search.setPlaceholderText(self.tr("Search by name…"))
        self.search.setAccessibleName(self.tr("Search participants by name"))
        self.search.setClearButtonEnabled(True)
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Filter by target group"))
        self.age = QComboBox()
        self.age.setAccessibleName(self.tr("Filter by age band"))
        fill_combo(self.age, [(None, self.tr("All ages"))] + [(code, self.tr("{band} years").format(band=code))
                                                               for code, _f, _l in AGE_BANDS])
        self.gender = QComboBox()
        self.gender.setAccessibleName(self.tr("Filter by gender"))
        fill_combo(self.gender, [(None, self.tr("All genders"))] + gender_items())
        self.model = ParticipantTableModel(window, self)
        self.table = QTableView()
        self.table.setObjectName("participant-table")
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("M") * 18)
        header.resizeSection(4, self.fontMetrics().horizontalAdvance("M") * 20)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.count = QLabel()
        self.count.setObjectName("participant-count")
        self.new_button = QPushButton(self.tr("&New participant…"))
        self.new_button.clicked.connect(self.new_participant)
        self.edit_button = QPushButton(self.tr("&Open…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        for combo in (self.group, self.age, self.gender):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self._layout()
        self._fill_groups()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.group, 2)
        filters.addWidget(self.age, 1)
        filters.addWidget(self.gender, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{self.title()}</h2>")
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.search, self.group)
        self.setTabOrder(self.group, self.age)
        self.setTabOrder(self.age, self.gender)
        self.setTabOrder(self.gender, self.table)

    def _fill_groups(self) -> None:
        current = self.group.currentData()
        self.group.blockSignals(True)
        fill_combo(self.group, [(None, self.tr("All target groups"))] + self.main.catalogues.group_items(), current)
        self.group.blockSignals(False)

    def title(self) -> str:
        return self.tr("Participants")

    def refresh(self) -> None:
        self._fill_groups()
        self.run_search()

    def filters(self) -> dict:
        """The search as keyword arguments of ``search_participant_ids``."""
        return dict(site_id=self.main.site.id, text=self.search.text(), target_group=self.group.currentData(),
                    age_band=self.age.currentData(), gender=self.gender.currentData())

    def run_search(self) -> None:
        """Search now on the worker; an answer to an older search is ignored."""
        self._timer.stop()
        self._search_number += 1
        number, filters = self._search_number, self.filters()
        self.main.ops.run(lambda db: search_with_first_page(db, filters),
                          success=lambda found: self._show(number, *found), parent=self)

    def _show(self, number: int, ids: list[int], first_page: list) -> None:
        if number != self._search_number:
            return
        self.model.set_ids(ids, first_page)
        self.count.setText(self.tr("%n participant(s)", "", len(ids)))

    def focus_search(self) -> None:
        """Put the cursor in the search field (Ctrl+F)."""
        self.search.setFocus()
        self.search.selectAll()

    def new_participant(self) -> None:
        """Open an empty participant form."""
        self._open_form(None)

    def edit_selected(self) -> None:
        """Open the form of the selected participant."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        record = self.model.record_at(rows[0].row())
        if record is not None:
            self._open_form(record)

    def _open_form(self, record) -> None:
        self.form = ParticipantForm(self.main, record, parent=self)
        self.form.open()

VIEW = ParticipantsView
