"""The status bar: what needs doing before data can reach the county (not enrolled, refused…), online or
offline (from the last sync attempt), when data was last sent, periods waiting."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from healthcentre.sync import delivery
from healthcentre.ui.sync_text import attention_text, describe_last_sync, network_text

REFRESH_MS = 60_000
TOOLTIP_REFUSALS = 10
ATTENTION_WIDTH = 420  # pixels: a long refusal reason must not widen the window; all of it is in the tooltip


class StatusBar(QStatusBar):
    """Shows what needs doing, network state, last sync and pending periods; ``refresh()`` re-reads them."""

    def __init__(self, window) -> None:
        super().__init__()
        self.main = window
        self.attention = QLabel()
        self.attention.setObjectName("status-sync-state")
        self.network = QLabel()
        self.network.setObjectName("status-network")
        self.last_sync = QLabel()
        self.last_sync.setObjectName("status-last-sync")
        self.pending = QLabel()
        self.pending.setObjectName("status-pending")
        self.busy = QLabel()
        for label in (self.busy, self.attention, self.network, self.last_sync, self.pending):
            self.addPermanentWidget(label)
        window.ops.busy_changed.connect(self._show_busy)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self.refresh()

    def _show_busy(self, busy: bool) -> None:
        self.busy.setText(self.tr("Working…") if busy else "")

    def refresh(self) -> None:
        """Re-read the sync status on the worker (no network access)."""
        self.main.ops.run(delivery.sync_status, success=self.show_status, failure=self._show_error)

    def show_status(self, status: delivery.SyncStatus) -> None:
        """Show ``status`` (also called right after a sync)."""
        text = attention_text(status)
        metrics = self.attention.fontMetrics()
        self.attention.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, ATTENTION_WIDTH))
        self.attention.setToolTip("\n".join(filter(None, [text, status.advice(),
                                                           *status.refusal_lines(limit=TOOLTIP_REFUSALS)])))
        self.network.setText(network_text(status))
        self.network.setToolTip(status.last_error or "")
        self.last_sync.setText(self.tr("Last sent: {when}").format(when=describe_last_sync(status)))
        self.pending.setText(self.tr("Periods waiting: {count}").format(count=len(status.pending_periods)))
        self.pending.setToolTip(", ".join(status.pending_periods))

    def _show_error(self, _exc) -> None:
        self.last_sync.setText(self.tr("County sync: status unavailable"))
        self.pending.setText("")
