"""Logg: the audit log (who did what, when), read-only, filtered by kind of event."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from healthcentre.services import audit_log
from healthcentre.ui.views.base import View


class AuditLogView(View):
    """The newest audit events; kept on this computer only and never sent to the county."""

    name = "audit_log"
    watches = frozenset({"activities", "participants", "sessions", "attendance", "study_circles", "target_groups",
                         "site", "audit"})

    def __init__(self, window) -> None:
        super().__init__(window)
        self.actions = {"create": self.tr("Created"), "update": self.tr("Changed"), "delete": self.tr("Deleted"),
                        "erase": self.tr("Erased"), "export": self.tr("Exported")}
        self.entities = {"participant": self.tr("Participant"), "activity": self.tr("Activity"),
                         "session": self.tr("Session"), "attendance": self.tr("Attendance"),
                         "enrolment": self.tr("Activity's list"), "site": self.tr("Site"),
                         "study_circle": self.tr("Study circle"), "target_group": self.tr("Target group"),
                         "report": self.tr("Report"), "register_extract": self.tr("Register extract"),
                         "county_submission": self.tr("County submission")}
        self.filter = QComboBox()
        self.filter.setObjectName("audit-filter")
        self.filter.setAccessibleName(self.tr("Show events of kind"))
        self.filter.addItem(self.tr("All events"), None)
        for code, text in self.actions.items():
            self.filter.addItem(text, code)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("audit-table")
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("User"), self.tr("What"),
                                              self.tr("Record"), self.tr("Id"), self.tr("Details")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        note = QLabel(self.tr("Who created, changed, erased or exported what, and when. The log is kept on this "
                              "computer only and is never sent to the county."))
        note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.filter)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.title()}</h2>"))
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("Audit log")

    def refresh(self) -> None:
        action = self.filter.currentData()
        self.main.ops.run(lambda db: audit_log.list_audit_events(db, action=action), success=self.show_events,
                          parent=self)

    def show_events(self, events: list[audit_log.AuditRecord]) -> None:
        """Fill the table, newest first."""
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            values = (event.at.astimezone().strftime("%Y-%m-%d %H:%M"), event.os_user,
                      self.actions.get(event.action, event.action), self.entities.get(event.entity, event.entity),
                      event.entity_id or "", event.summary or "")
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))


VIEW = AuditLogView
