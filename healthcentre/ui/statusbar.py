"""The status bar: online or offline, when data was last sent, how many periods wait."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtNetwork import QNetworkInformation, QNetworkInterface
from PySide6.QtWidgets import QLabel, QStatusBar

from healthcentre.ui import county_bridge
from healthcentre.ui.sync_text import describe_last_sync, pending_count

REFRESH_MS = 60_000


def is_online() -> bool:
    """Whether the machine looks connected (Qt's network information, else any running interface)."""
    info = QNetworkInformation.instance()
    if info is not None and info.reachability() != QNetworkInformation.Reachability.Unknown:
        return info.reachability() in (QNetworkInformation.Reachability.Online,
                                       QNetworkInformation.Reachability.Site)
    flags = QNetworkInterface.InterfaceFlag
    return any(
        interface.flags() & flags.IsUp and interface.flags() & flags.IsRunning
        and not interface.flags() & flags.IsLoopBack
        for interface in QNetworkInterface.allInterfaces()
    )


class StatusBar(QStatusBar):
    """Shows network state, last sync and pending periods; ``refresh()`` re-reads them."""

    def __init__(self, window) -> None:
        super().__init__()
        self.main = window
        self.network = QLabel()
        self.last_sync = QLabel()
        self.pending = QLabel()
        self.busy = QLabel()
        for label in (self.busy, self.network, self.last_sync, self.pending):
            self.addPermanentWidget(label)
        QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability)
        info = QNetworkInformation.instance()
        if info is not None:
            info.reachabilityChanged.connect(self._show_network)
        window.ops.busy_changed.connect(self._show_busy)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self.refresh()

    def _show_busy(self, busy: bool) -> None:
        self.busy.setText(self.tr("Working…") if busy else "")

    def _show_network(self, *_args) -> None:
        self.network.setText(self.tr("● Online") if is_online() else self.tr("○ Offline"))

    def refresh(self) -> None:
        """Re-read the network state and, on the worker, the sync status."""
        self._show_network()
        self.main.ops.run(county_bridge.sync_status, success=self._show_sync, failure=self._show_sync_error)

    def _show_sync(self, status) -> None:
        if status is None:
            self.last_sync.setText(self.tr("County sync: not yet configured"))
            self.pending.setText("")
            return
        self.last_sync.setText(self.tr("Last sent: {when}").format(when=describe_last_sync(status)))
        self.pending.setText(self.tr("Periods waiting: {count}").format(count=pending_count(status)))

    def _show_sync_error(self, _exc) -> None:
        self.last_sync.setText(self.tr("County sync: status unavailable"))
        self.pending.setText("")
