"""Logg: the audit log (who did what, when), read-only, searched, filtered by kind of event, sorted."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from healthcentre.changes import Entity
from healthcentre.services import audit_log
from healthcentre.services.listing import ListQuery
from healthcentre.ui.list_model import Column, ListModel, list_view
from healthcentre.ui.views.base import View

SEARCH_DELAY_MS = 250


class AuditLogView(View):
    """The newest audit events; kept on this computer only and never sent to the county."""

    name = "audit_log"
    watches = (Entity.ACTIVITIES | Entity.PARTICIPANTS | Entity.SESSIONS | Entity.ATTENDANCE
               | Entity.STUDY_CIRCLES | Entity.TARGET_GROUPS | Entity.SITE | Entity.AUDIT)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.actions = {"create": self.tr("Created"), "update": self.tr("Changed"), "delete": self.tr("Deleted"),
                        "erase": self.tr("Erased"), "export": self.tr("Exported")}
        self.entities = {"participant": self.tr("Participant"), "activity": self.tr("Activity"),
                         "session": self.tr("Session"), "attendance": self.tr("Attendance"),
                         "enrolment": self.tr("Activity's list"), "site": self.tr("Site"),
                         "study_circle": self.tr("Study circle"), "target_group": self.tr("Target group"),
                         "report": self.tr("Report"), "register_extract": self.tr("Register extract"),
                         "demo": self.tr("Demo data"),
                         "county_submission": self.tr("County submission"),
                         "site_register": self.tr("Shared register"),
                         "site_register_invitation": self.tr("Invitation to the shared register")}
        self.search = QLineEdit()
        self.search.setObjectName("audit-search")
        self.search.setPlaceholderText(self.tr("Search user, record or details…"))
        self.search.setAccessibleName(self.tr("Search the audit log"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox()
        self.filter.setObjectName("audit-filter")
        self.filter.setAccessibleName(self.tr("Show events of kind"))
        self.filter.addItem(self.tr("All events"), None)
        for code, text in self.actions.items():
            self.filter.addItem(text, code)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = ListModel(window, audit_log.audit_list, self._columns(), ListQuery(audit_log.AuditFilters()),
                               self)
        self.model.loaded.connect(self._show_count)
        self.table = list_view("audit-table", self.tr("Audit log"), self.model)
        self.count = QLabel()
        self.count.setObjectName("audit-count")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        note = QLabel(self.tr("Who created, changed, erased or exported what, and when. The log is kept on this "
                              "computer only and is never sent to the county."))
        note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.title()}</h2>"))
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def title(self) -> str:
        return self.tr("Audit log")

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), lambda e: e.at.astimezone().strftime("%Y-%m-%d %H:%M"), "at", chars=17),
            Column(self.tr("User"), lambda e: e.os_user, "user", chars=14),
            Column(self.tr("What"), lambda e: self.actions.get(e.action, e.action), "action", chars=12),
            Column(self.tr("Record"), lambda e: self.entities.get(e.entity, e.entity), "entity", chars=18),
            Column(self.tr("Id"), lambda e: e.entity_id or "", "entity_id", chars=10),
            Column(self.tr("Details"), lambda e: e.summary or "", "summary", stretch=True,
                   tip=lambda e: e.summary or ""),
        ]

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n event(s)", "", self.model.total) if self.model.total else
                           self.tr("No event matches the search and the kind chosen."))

    def refresh(self) -> None:
        self._timer.stop()
        self.model.set_query(ListQuery(audit_log.AuditFilters(action=self.filter.currentData()),
                                       sort=self.model.query.sort, descending=self.model.query.descending,
                                       text=self.search.text()))


VIEW = AuditLogView
