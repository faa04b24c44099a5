"""Uppföljning: what the county receives from this computer, and what waits to be sent."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QVBoxLayout

from healthcentre.ui import county_bridge
from healthcentre.ui.sync_text import describe_last_sync, pending_periods
from healthcentre.ui.views.base import View


class FollowUpView(View):
    """The sync status and the periods waiting; the county tables once the counts exist."""

    name = "followup"
    watches = frozenset({"activities", "sessions", "attendance", "participants", "study_circles", "sync"})

    def __init__(self, window) -> None:
        super().__init__(window)
        intro = QLabel(self.tr("Only anonymised counts leave this computer: no names, no birth years, no row per "
                               "person. Counts below the county's threshold are not sent as numbers."))
        intro.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("followup-status")
        self.status.setWordWrap(True)
        self.periods = QListWidget()
        self.periods.setAccessibleName(self.tr("Periods waiting to be sent"))
        box = QGroupBox(self.tr("Sending to the county"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.status)
        box_layout.addWidget(QLabel(self.tr("Months changed since they were last sent:")))
        box_layout.addWidget(self.periods, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.title()}</h2>"))
        layout.addWidget(intro)
        layout.addWidget(box, 1)

    def title(self) -> str:
        return self.tr("Follow-up")

    def refresh(self) -> None:
        self.main.ops.run(county_bridge.sync_status, success=self._show, parent=self)

    def _show(self, status) -> None:
        self.periods.clear()
        if status is None:
            self.status.setText(self.tr("Sending counts to the county is not yet configured on this computer. "
                                        "Ask IT for the county address and the site's code."))
            return
        self.status.setText(self.tr("Last sent: {when}").format(when=describe_last_sync(status)))
        periods = pending_periods(status)
        self.periods.addItems(periods or [self.tr("Nothing waits to be sent.")])


VIEW = FollowUpView
