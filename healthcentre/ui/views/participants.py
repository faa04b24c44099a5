"""Deltagare: search-as-you-type over tens of thousands of participants, filters, the form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from healthcentre.catalogues import AGE_BANDS
from healthcentre.changes import Entity
from healthcentre.services import duplicates, participant_search
from healthcentre.services.listing import ListQuery
from healthcentre.ui.dialogs.participant_form import ParticipantForm
from healthcentre.ui.dialogs.register_check import RegisterCheckDialog
from healthcentre.ui.labels import gender_items, gender_text
from healthcentre.ui.list_model import Column, ListModel, list_view
from healthcentre.ui.views.base import View
from healthcentre.ui.widgets import fill_combo

SEARCH_DELAY_MS = 250


class ParticipantsView(View):
    """The participant list with search, filters and the participant form."""

    name = "participants"
    watches = Entity.PARTICIPANTS | Entity.CATALOGUES

    def __init__(self, window) -> None:
        super().__init__(window)
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
        self.active = QCheckBox(self.tr("Active this year"))
        self.active.setToolTip(self.tr("Only people present at a session this calendar year"))
        self.model = ListModel(window, participant_search.participant_list, self._columns(),
                               ListQuery(participant_search.ParticipantFilters(site_id=window.site.id)), self)
        self.model.loaded.connect(self._show_count)
        self.table = list_view("participant-table", self.tr("Participants"), self.model)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.count = QLabel()
        self.count.setObjectName("participant-count")
        self.new_button = QPushButton(self.tr("&New participant…"))
        self.new_button.clicked.connect(self.new_participant)
        self.edit_button = QPushButton(self.tr("&Open…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicates_button = QPushButton()
        self.duplicates_button.setObjectName("duplicates-button")
        self.duplicates_button.setVisible(False)
        self.duplicates_button.clicked.connect(self.open_duplicates)
        self.check: RegisterCheckDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        for combo in (self.group, self.age, self.gender):
            combo.currentIndexChanged.connect(lambda _i: self.run_search())
        self.active.toggled.connect(lambda _on: self.run_search())
        self._layout()
        self._fill_groups()

    def _columns(self) -> list[Column]:
        def catalogues():
            return self.main.catalogues  # replaced when a catalogue changes

        return [
            Column(self.tr("Name"), lambda r: r.display_name or self.tr("(forgotten)"), "name", chars=26),
            Column(self.tr("Born"), lambda r: str(r.birth_year or ""), "born", chars=6, right=True),
            Column(self.tr("Gender"), lambda r: gender_text(r.gender), "gender", chars=8),
            Column(self.tr("Municipality"), lambda r: catalogues().municipality_name(r.municipality_code),
                   "municipality", chars=12),
            Column(self.tr("Target groups"), lambda r: catalogues().group_names(r.target_groups), "groups",
                   stretch=True, tip=lambda r: catalogues().group_names(r.target_groups)),
            Column(self.tr("Consent"), lambda r: r.consent_date.isoformat() if r.consent_date else "", "consent",
                   chars=11),
        ]

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.group, 2)
        filters.addWidget(self.age, 1)
        filters.addWidget(self.gender, 1)
        filters.addWidget(self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(self.duplicates_button)
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
        self.setTabOrder(self.gender, self.active)
        self.setTabOrder(self.active, self.table)

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
        site_id = self.main.site.id
        self.main.ops.run(lambda db: duplicates.count_possible_duplicates(db, site_id),
                          success=self._show_duplicates, parent=self)

    def _show_duplicates(self, count: int) -> None:
        self.duplicates_button.setText(self.tr("Possible duplicates (%n)", "", count))
        self.duplicates_button.setVisible(count > 0)

    def open_duplicates(self) -> None:
        """Open the dialog that lists possible duplicates to merge or keep apart."""
        self.check = RegisterCheckDialog(self.main, parent=self)
        self.check.open()

    def query(self) -> ListQuery:
        """The list as the fields ask for it, in the order the header shows."""
        filters = participant_search.ParticipantFilters(
            site_id=self.main.site.id, target_group=self.group.currentData(), age_band=self.age.currentData(),
            gender=self.gender.currentData(), active_in=dt.date.today().year if self.active.isChecked() else None)
        return ListQuery(filters, sort=self.model.query.sort, descending=self.model.query.descending,
                         text=self.search.text())

    def run_search(self) -> None:
        """Search now on the worker; an answer to an older search is ignored."""
        self._timer.stop()
        self.model.set_query(self.query())

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n participant(s)", "", self.model.total) if self.model.total else
                           self.tr("No participant matches the search and filters."))

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
        record = self.model.row_at(rows[0].row())
        if record is not None:
            self._open_form(record)

    def _open_form(self, record) -> None:
        self.form = ParticipantForm(self.main, record, parent=self)
        self.form.open()

VIEW = ParticipantsView
