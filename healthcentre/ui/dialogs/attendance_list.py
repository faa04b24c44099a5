"""The attendance check-list of one session, its head-count, and adding a participant in place."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout,
)

from healthcentre.services import participants
from healthcentre.ui.dialogs.participant_form import ParticipantForm
from healthcentre.ui.forms import FormErrors

MATCH_LIMIT = 8
SEARCH_DELAY_MS = 200


def person_text(record) -> str:
    """'Anna Svensson (1950)'."""
    name = record.display_name or "—"
    return f"{name} ({record.birth_year})" if record.birth_year else name


class AttendanceList(QGroupBox):
    """Who was present at the chosen session; unregistered visitors; add someone to the list."""

    def __init__(self, editor) -> None:
        super().__init__()
        self.editor = editor
        self.main = editor.main
        self.session_id: int | None = None
        self.form: ParticipantForm | None = None
        self._search_number = 0
        self.errors = FormErrors()
        self.checklist = QListWidget()
        self.checklist.setObjectName("attendance-checklist")
        self.checklist.setAccessibleName(self.tr("Attendance: tick those present"))
        self.checklist.itemChanged.connect(self._ticked)
        self.unregistered = QSpinBox()
        self.unregistered.setObjectName("unregistered-count")
        self.unregistered.setRange(0, 9999)
        self.unregistered.setAccessibleName(self.tr("Unregistered visitors"))
        self.unregistered.editingFinished.connect(self._save_unregistered)
        self.lookup = QLineEdit()
        self.lookup.setObjectName("attendance-add")
        self.lookup.setPlaceholderText(self.tr("Add a participant: type a name…"))
        self.lookup.setAccessibleName(self.tr("Add a participant to the list by name"))
        self.lookup.textEdited.connect(lambda _t: self._timer.start())
        self.lookup.returnPressed.connect(self._add_first_match)
        self.matches = QListWidget()
        self.matches.setObjectName("attendance-matches")
        self.matches.setAccessibleName(self.tr("Matching participants"))
        self.matches.itemActivated.connect(self._add_match)
        self.matches.hide()
        self.new_button = QPushButton(self.tr("&New participant…"))
        self.new_button.setObjectName("attendance-new-participant")
        self.new_button.clicked.connect(self.new_participant)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        QShortcut(QKeySequence("Ctrl+L"), editor, self.lookup.setFocus)
        self._layout()

    def _layout(self) -> None:
        count = QHBoxLayout()
        count.addWidget(QLabel(self.tr("&Unregistered visitors:")))
        count.itemAt(0).widget().setBuddy(self.unregistered)
        count.addWidget(self.errors.field("unregistered_count", self.unregistered))
        count.addStretch(1)
        add = QHBoxLayout()
        add.addWidget(self.lookup, 1)
        add.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checklist, 1)
        layout.addLayout(count)
        layout.addLayout(add)
        layout.addWidget(self.matches)
        layout.addWidget(self.errors.general)

    def show_session(self, session_id: int | None) -> None:
        """Show the check-list of ``session_id`` (None: nothing to tick yet)."""
        self.session_id = session_id
        state = self.editor.state
        session = state.session(session_id) if state else None
        self.setEnabled(session is not None)
        self.setTitle(self.tr("Attendance {date}").format(date=session.date.isoformat()) if session
                      else self.tr("Attendance (add a session first)"))
        current = self.checklist.currentRow()
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for record in state.participants if state else []:
            item = QListWidgetItem(person_text(record), self.checklist)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            present = session is not None and (record.id, session.id) in state.present
            item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
        self.checklist.setCurrentRow(min(max(current, 0), self.checklist.count() - 1))
        self.checklist.blockSignals(False)
        if session is not None and not self.unregistered.hasFocus():
            self.unregistered.setValue(session.unregistered_count)

    def _ticked(self, item: QListWidgetItem) -> None:
        if self.session_id is not None:
            self.editor.set_present(item.data(Qt.ItemDataRole.UserRole), self.session_id,
                                    item.checkState() == Qt.CheckState.Checked)

    def _save_unregistered(self) -> None:
        session = self.editor.state.session(self.session_id) if self.editor.state else None
        if session is None or session.unregistered_count == self.unregistered.value():
            return
        self.errors.clear()
        self.editor.set_unregistered(session.id, self.unregistered.value(), self.errors.show)

    # --- adding a participant without leaving the list --------------------------

    def _search(self) -> None:
        text = self.lookup.text().strip()
        self._search_number += 1
        number, site_id = self._search_number, self.main.site.id
        if not text:
            self.matches.hide()
            return
        self.main.ops.run(
            lambda db: participants.participant_records(
                db, participants.search_participant_ids(db, site_id=site_id, text=text, limit=MATCH_LIMIT)),
            success=lambda records: self._show_matches(number, records), parent=self)

    def _show_matches(self, number: int, records) -> None:
        if number != self._search_number:
            return
        self.matches.clear()
        for record in records:
            item = QListWidgetItem(person_text(record), self.matches)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
        if not records:
            QListWidgetItem(self.tr("No one found – use New participant…"), self.matches).setFlags(
                Qt.ItemFlag.NoItemFlags)
        self.matches.setVisible(True)
        self.matches.setMaximumHeight(self.matches.sizeHintForRow(0) * min(max(len(records), 1), 4) + 8)

    def _add_first_match(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._search()
            return
        first = self.matches.item(0)
        if self.matches.isVisible() and first is not None and first.data(Qt.ItemDataRole.UserRole):
            self._add_match(first)

    def _add_match(self, item: QListWidgetItem) -> None:
        participant_id = item.data(Qt.ItemDataRole.UserRole)
        if participant_id and self.session_id is not None:
            self._clear_lookup()
            self.editor.add_present(participant_id, self.session_id)

    def _clear_lookup(self) -> None:
        self.lookup.clear()
        self.matches.clear()
        self.matches.hide()

    def new_participant(self) -> None:
        """Register a new person (named as typed) and mark them present, without leaving the list."""
        self.form = ParticipantForm(self.main, name=self.lookup.text().strip(), parent=self)
        self.form.accepted.connect(self._created)
        self.form.open()

    def _created(self) -> None:
        if self.form.participant_id is not None and self.session_id is not None:
            self._clear_lookup()
            self.editor.add_present(self.form.participant_id, self.session_id)
