"""One study circle: its details form and its rule status per circle and per participant."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from healthcentre.changes import Entity
from healthcentre.services import study_circles
from healthcentre.ui.colours import status_style
from healthcentre.ui.forms import FormErrors
from healthcentre.ui.widgets import fill_combo, select_value


def hours_text(hours: int) -> str:
    """Whole study hours in the user's locale (1 234): the study rules report no parts of an hour."""
    return QLocale().toString(int(hours))




class CirclePanel(QWidget):
    """Leader, study association and theme (saved through the services) and the rule status."""

    open_activity = Signal(int)

    def __init__(self, window) -> None:
        super().__init__()
        self.main = window
        self.activity_id: int | None = None
        self.leader_participant_id: int | None = None
        self.errors = FormErrors()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.leader = QLineEdit()
        self.leader.setAccessibleName(self.tr("Circle leader"))
        self.association = QComboBox()
        self.association.setAccessibleName(self.tr("Study association"))
        self.theme = QLineEdit()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.setPlaceholderText(self.tr("e.g. older people and alcohol"))
        self.save_button = QPushButton(self.tr("&Save details"))
        self.save_button.clicked.connect(self.save)
        self.open_button = QPushButton(self.tr("Sessions and &attendance…"))
        self.open_button.clicked.connect(lambda: self.open_activity.emit(self.activity_id))
        self.status = QLabel()
        self.status.setObjectName("circle-status")
        self.status.setWordWrap(True)
        self.people = QTableWidget(0, 4)
        self.people.setAccessibleName(self.tr("Participants' status"))
        self.people.setHorizontalHeaderLabels([self.tr("Participant"), self.tr("Meetings"), self.tr("Counts"),
                                               self.tr("Why")])
        self.people.verticalHeader().hide()
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.setWordWrap(True)
        header = self.people.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._layout()
        self.setEnabled(False)

    def _layout(self) -> None:
        details = QGroupBox(self.tr("Details"))
        form = QFormLayout(details)
        form.addRow(self.tr("&Leader"), self.errors.field("leader_name", self.leader))
        form.addRow(self.tr("Study &association"), self.errors.field("study_association_code", self.association))
        form.addRow(self.tr("&Theme"), self.errors.field("theme", self.theme))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        form.addRow(self.errors.general)
        status = QGroupBox(self.tr("Does it count for the study association?"))
        status_layout = QVBoxLayout(status)
        status_layout.addWidget(self.status)
        status_layout.addWidget(self.people, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(details)
        layout.addWidget(status, 1)

    def show_circle(self, record, status) -> None:
        """Show ``record`` and its ``status`` (None, None: no circle chosen)."""
        self.setEnabled(record is not None)
        self.errors.clear()
        if record is None:
            self.activity_id = None
            self.heading.setText(self.tr("No study circles yet. Create one with “New study circle…”."))
            self.status.clear()
            self.people.setRowCount(0)
            return
        changed = record.activity_id != self.activity_id
        self.activity_id = record.activity_id
        self.leader_participant_id = record.leader_participant_id
        self.heading.setText(f"<h3>{record.title}</h3>" + self.tr("{meetings} meeting(s), {counted} of them "
                                                                    "counting, {hours} study hours")
                             .format(meetings=status.meetings, counted=status.reported_meetings,
                                     hours=hours_text(status.study_hours)))
        if changed:
            fill_combo(self.association, [(None, "—")] + self.main.catalogues.association_items())
            select_value(self.association, record.study_association_code)
            self.leader.setText(record.leader_name or "")
            self.theme.setText(record.theme or "")
        lines = status.messages()
        self.status.setText("<br>".join(lines))
        self.status.setStyleSheet(status_style(status.counts))
        self.people.setRowCount(len(status.participants))
        for row, person in enumerate(status.participants):
            cells = [person.display_name or self.tr("(forgotten)"), str(person.meetings),
                     self.tr("Yes") if person.counts else self.tr("No"), " ".join(person.messages())]
            for column, text in enumerate(cells):
                self.people.setItem(row, column, QTableWidgetItem(text))
        self.people.resizeRowsToContents()

    def save(self) -> None:
        """Store leader, association and theme; errors show at their field."""
        activity_id = self.activity_id
        values = dict(leader_name=self.leader.text(), leader_participant_id=self.leader_participant_id, study_association_code=self.association.currentData(),
                      theme=self.theme.text())
        self.errors.clear()
        self.main.ops.run(lambda db: study_circles.set_circle_details(db, activity_id=activity_id, **values),
                          success=lambda _r: self.main.notify_changed(Entity.STUDY_CIRCLES),
                          failure=self.errors.show, parent=self)
