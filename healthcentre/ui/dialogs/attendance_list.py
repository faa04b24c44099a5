"""The attendance check-list of one session, its head-count, and adding a participant in place."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout,
)

from healthcentre.services import participant_search
from healthcentre.ui.dialogs.checklist import CheckList, person_text, same_name
from healthcentre.ui.dialogs.participant_form import ParticipantForm
from healthcentre.ui.forms import FormErrors

MATCH_LIMIT = 8
SEARCH_DELAY_MS = 200


class AttendanceList(QGroupBox):
    """Who was present at the chosen session; unregistered visitors; add someone to the list."""

    def __init__(self, editor) -> None:
        super().__init__()
        self.editor = editor
        self.main = editor.main
        self.session_id: int | None = None
        self.form: ParticipantForm | None = None
        self._search_number = 0
        self._shown_text: str | None = None  # the text the shown matches were found for
        self._match_records: list = []
        self._enter_waiting = False  # Enter came before the matches of the typed text
        self.errors = FormErrors()
        self.checklist = CheckList()
        self.checklist.setObjectName("attendance-checklist")
        self.checklist.setAccessibleName(self.tr("Attendance: click a row or press Space to tick those present"))
        self.checklist.toggled.connect(self._toggle)
        self.count = QLabel()
        self.count.setObjectName("attendance-count")
        self.mark_all = QPushButton(self.tr("Mark &all"))
        self.mark_all.setObjectName("attendance-mark-all")
        self.mark_all.clicked.connect(lambda: self._set_all(True))
        self.unmark_all = QPushButton(self.tr("Unmar&k all"))
        self.unmark_all.setObjectName("attendance-unmark-all")
        self.unmark_all.clicked.connect(lambda: self._set_all(False))
        self.unregistered = QSpinBox()
        self.unregistered.setObjectName("unregistered-count")
        self.unregistered.setRange(0, 9999)
        self.unregistered.setAccessibleName(self.tr("Unregistered visitors"))
        self.unregistered.editingFinished.connect(self._save_unregistered)
        self.lookup = QLineEdit()
        self.lookup.setObjectName("attendance-add")
        self.lookup.setPlaceholderText(self.tr("Add a participant: type a name…"))
        self.lookup.setAccessibleName(self.tr("Add a participant to the list by name"))
        self.lookup.textEdited.connect(self._typed)
        self.lookup.returnPressed.connect(self._add_first_match)
        self.matches = QListWidget()
        self.matches.setObjectName("attendance-matches")
        self.matches.setAccessibleName(self.tr("Matching participants"))
        self.matches.itemActivated.connect(self._add_match)
        self.matches.hide()
        self.choose_hint = QLabel()
        self.choose_hint.setObjectName("attendance-same-name")
        self.choose_hint.setWordWrap(True)
        self.choose_hint.hide()
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
        marks = QHBoxLayout()
        marks.addWidget(self.count, 1)
        marks.addWidget(self.mark_all)
        marks.addWidget(self.unmark_all)
        count = QHBoxLayout()
        count.addWidget(QLabel(self.tr("&Unregistered visitors:")))
        count.itemAt(0).widget().setBuddy(self.unregistered)
        count.addWidget(self.errors.field("unregistered_count", self.unregistered))
        count.addStretch(1)
        add = QHBoxLayout()
        add.addWidget(self.lookup, 1)
        add.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(marks)
        layout.addWidget(self.checklist, 1)
        layout.addLayout(count)
        layout.addLayout(add)
        layout.addWidget(self.choose_hint)
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
        people = state.participants if state else []
        ticked = {p for p, s in state.present if s == session.id} if session is not None else set()
        present, total = self.checklist.show_people(people, ticked), len(people)
        self.count.setText(self.tr("{present} of {total} present").format(present=present, total=total))
        self.mark_all.setEnabled(present < total)
        self.unmark_all.setEnabled(present > 0)
        if session is not None and not self.unregistered.hasFocus():
            self.unregistered.setValue(session.unregistered_count)

    def _toggle(self, item: QListWidgetItem) -> None:
        if self.session_id is not None:
            self.editor.set_present(item.data(Qt.ItemDataRole.UserRole), self.session_id,
                                    item.checkState() != Qt.CheckState.Checked)

    def _set_all(self, present: bool) -> None:
        if self.session_id is not None:
            self.editor.set_all_present(self.session_id, present)

    def _save_unregistered(self) -> None:
        session = self.editor.state.session(self.session_id) if self.editor.state else None
        if session is None or session.unregistered_count == self.unregistered.value():
            return
        self.errors.clear()
        self.editor.set_unregistered(session.id, self.unregistered.value(), self.errors.show)

    # --- adding a participant without leaving the list --------------------------

    def _typed(self, _text: str) -> None:
        self._enter_waiting = False
        self.choose_hint.hide()
        self._timer.start()

    def _search(self) -> None:
        text = self.lookup.text().strip()
        self._search_number += 1
        number, site_id = self._search_number, self.main.site.id
        if not text:
            self._shown_text, self._match_records = None, []
            self.matches.hide()
            return
        self.main.ops.run(
            lambda db: participant_search.participant_records(
                db, participant_search.search_participant_ids(db, site_id=site_id, text=text, limit=MATCH_LIMIT)),
            success=lambda records: self._show_matches(number, text, records), parent=self)

    def _show_matches(self, number: int, text: str, records) -> None:
        if number != self._search_number:
            return
        self._shown_text, self._match_records = text, list(records)
        self.matches.clear()
        for record in records:
            item = QListWidgetItem(person_text(record), self.matches)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
        if not records:
            QListWidgetItem(self.tr("No one found – use New participant…"), self.matches).setFlags(
                Qt.ItemFlag.NoItemFlags)
        self.matches.setVisible(True)
        self.matches.setMaximumHeight(self.matches.sizeHintForRow(0) * min(max(len(records), 1), 4) + 8)
        if self._enter_waiting:
            self._enter_waiting = False
            self._take_first_match()

    def _add_first_match(self) -> None:
        """Enter in the name field: add the first match, once, however soon after the last letter it came."""
        text = self.lookup.text().strip()
        if not text:
            return
        if self._timer.isActive() or text != self._shown_text:
            self._timer.stop()
            self._enter_waiting = True
            self._search()
            return
        self._take_first_match()

    def _take_first_match(self) -> None:
        if not self._match_records:
            return
        first = self._match_records[0]
        namesakes = [r for r in self._match_records if same_name(r, first)]
        if len(namesakes) > 1:
            self.choose_hint.setText(self.tr("{count} participants are called {name}: choose one by birth year "
                                             "with the arrow keys and Enter.").format(count=len(namesakes),
                                                                                      name=first.display_name))
            self.choose_hint.show()
            self.matches.setCurrentRow(0)
            self.matches.setFocus()
            return
        self._add_match(self.matches.item(0))

    def _add_match(self, item: QListWidgetItem) -> None:
        participant_id = item.data(Qt.ItemDataRole.UserRole)
        if participant_id and self.session_id is not None:
            self._clear_lookup()
            self.lookup.setFocus()
            self.editor.add_present(participant_id, self.session_id)

    def _clear_lookup(self) -> None:
        self.lookup.clear()
        self._shown_text, self._match_records = None, []
        self.matches.clear()
        self.matches.hide()
        self.choose_hint.hide()

    def new_participant(self) -> None:
        """Register a new person (named as typed) and mark them present, without leaving the list."""
        self.form = ParticipantForm(self.main, name=self.lookup.text().strip(), parent=self)
        self.form.accepted.connect(self._created)
        self.form.open()

    def _created(self) -> None:
        if self.form.participant_id is not None and self.session_id is not None:
            self._clear_lookup()
            self.editor.add_present(self.form.participant_id, self.session_id)
