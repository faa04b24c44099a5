"""The sessions of an activity, adding one, and the attendance of the chosen session."""

from __future__ import annotations

import collections
import datetime as dt

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from healthcentre.services.sessions import (
    DEFAULT_MINUTES, MAX_MINUTES, MIN_MINUTES, default_session_date, usual_minutes,
)
from healthcentre.ui.dialogs.attendance_list import AttendanceList
from healthcentre.ui.dialogs.confirm import confirm
from healthcentre.ui.forms import FormErrors
from healthcentre.ui.widgets import date_edit, from_date, to_date

VISIBLE_SESSIONS = 8  # rows the session table shows at least before it scrolls


class SessionsPanel(QWidget):
    """Session table on top, the add-a-session row, and the chosen session's attendance below."""

    def __init__(self, editor) -> None:
        super().__init__()
        self.editor = editor
        self.selected_id: int | None = None
        self._date_set = False
        self.errors = FormErrors()
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("session-table")
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Minutes"), self.tr("Present"),
                                              self.tr("Unregistered")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next field; arrows choose the session
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height()
                                    + self.table.verticalHeader().defaultSectionSize() * VISIBLE_SESSIONS + 4)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.date = date_edit(dt.date.today())
        self.date.setObjectName("session-date")
        self.date.setAccessibleName(self.tr("Date of the new session"))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("session-minutes")
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length of the new session in minutes"))
        self.add_button = QPushButton(self.tr("Add &session"))
        self.add_button.setObjectName("add-session")
        self.add_button.setToolTip(self.tr("Add a session (Ctrl+T)"))
        self.add_button.clicked.connect(self.add_session)
        self.delete_button = QPushButton(self.tr("Delete session…"))
        self.delete_button.clicked.connect(self.delete_session)
        QShortcut(QKeySequence("Ctrl+T"), editor, self.add_session)
        self.attendance = AttendanceList(editor)
        self._layout()
        editor.state_changed.connect(self.render)

    def _layout(self) -> None:
        add = QHBoxLayout()
        add.addWidget(QLabel(self.tr("New session:")))
        add.addWidget(self.errors.field("date", self.date), 2)
        add.addWidget(self.errors.field("minutes", self.minutes), 1)
        add.addWidget(self.add_button)
        add.addStretch(0)
        add.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(add)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.attendance, 2)

    def render(self) -> None:
        """Show the editor's sessions, keeping the chosen one."""
        state = self.editor.state
        if not self._date_set:
            self._date_set = True
            activity = state.activity
            self.date.setDate(from_date(default_session_date(activity.start_date, activity.end_date,
                                                             dt.date.today())))
            self.minutes.setValue(usual_minutes([s.minutes for s in state.sessions]))
        self.table.blockSignals(True)
        self.table.setRowCount(len(state.sessions))
        present = collections.Counter(session_id for _participant, session_id in state.present)
        for row, session in enumerate(state.sessions):
            cells = [session.date.isoformat(), str(session.minutes), str(present[session.id]),
                     str(session.unregistered_count)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        if state.session(self.selected_id) is None:
            self.selected_id = state.sessions[-1].id if state.sessions else None
        if self.selected_id is not None:
            row = [s.id for s in state.sessions].index(self.selected_id)
            self.table.selectRow(row)
            self.table.scrollTo(self.table.model().index(row, 0))
        self.delete_button.setEnabled(self.selected_id is not None)
        self.attendance.show_session(self.selected_id)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and self.editor.state is not None:
            self.selected_id = self.editor.state.sessions[rows[0].row()].id
            self.attendance.show_session(self.selected_id)

    def add_session(self) -> None:
        """Add a session on the chosen date; it becomes the chosen session."""
        if self.editor.activity_id is None:
            return
        self.errors.clear()

        def added(session) -> None:
            self.selected_id = session.id
            self.date.setDate(self.date.date().addDays(7))
        self.editor.add_session(to_date(self.date.date()), self.minutes.value(), success=added,
                                failure=self.errors.show)

    def delete_session(self) -> None:
        """Delete the chosen session after asking."""
        session = self.editor.state.session(self.selected_id) if self.editor.state else None
        if session is None:
            return
        text = self.tr("Delete the session on {date} with its attendance?").format(date=session.date.isoformat())
        if confirm(self, self.tr("Delete session"), text, self.tr("Delete")):
            self.selected_id = None
            self.editor.delete_session(session.id)
