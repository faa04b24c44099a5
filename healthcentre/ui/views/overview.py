"""Översikt: the register at a glance and what waits to be sent to the county."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout

from healthcentre.services import statistics
from healthcentre.ui import county_bridge
from healthcentre.ui.labels import site_kind_text
from healthcentre.ui.sync_text import describe_last_sync, pending_periods
from healthcentre.ui.views.base import View


def load_overview(db) -> tuple[dict[str, int], object]:
    """The register's counts and the county sync status."""
    return statistics.register_counts(db), county_bridge.sync_status(db)


class Tile(QFrame):
    """A big number with a caption."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("–")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_value(self, value: int) -> None:
        self.number.setText(f"{value:,}".replace(",", "\u00a0"))
        self.setAccessibleDescription(self.number.text())


class OverviewView(View):
    """Counts of the register in tiles, and the county sync box."""

    name = "overview"
    watches = frozenset({"activities", "sessions", "attendance", "participants", "study_circles", "sync", "site"})

    def __init__(self, window) -> None:
        super().__init__(window)
        self.tiles = {
            "Aktiviteter": Tile(self.tr("Activities")),
            "Tillfällen": Tile(self.tr("Sessions")),
            "Deltagare": Tile(self.tr("Participants")),
            "Närvaro": Tile(self.tr("Visits by registered participants")),
            "Oregistrerade besök": Tile(self.tr("Unregistered visits")),
            "Studiecirklar": Tile(self.tr("Study circles")),
        }
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        grid = QGridLayout()
        for position, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, position // 3, position % 3)
        self.sync = QLabel()
        self.sync.setWordWrap(True)
        self.sync.setObjectName("overview-sync")
        followup = QPushButton(self.tr("Open &follow-up"))
        followup.clicked.connect(lambda: self.main.show_view("followup"))
        box = QGroupBox(self.tr("County follow-up"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.sync)
        box_layout.addWidget(followup, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(box)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Overview")

    def refresh(self) -> None:
        site = self.main.site
        self.heading.setText(f"<h2>{site.name}</h2>" + self.tr("{kind} in {municipality}").format(
            kind=site_kind_text(site.kind), municipality=self.main.catalogues.municipality_name(site.municipality_code)))
        self.main.ops.run(load_overview, success=self._show, parent=self)

    def _show(self, loaded) -> None:
        counts, status = loaded
        for key, tile in self.tiles.items():
            tile.set_value(counts.get(key, 0))
        if status is None:
            self.sync.setText(self.tr("Sending counts to the county is not yet configured on this computer."))
            return
        periods = pending_periods(status)
        lines = [self.tr("Last sent to the county: {when}").format(when=describe_last_sync(status))]
        if periods:
            lines.append(self.tr("Waiting to be sent: {periods}").format(periods=", ".join(periods)))
        else:
            lines.append(self.tr("Nothing waits to be sent."))
        error = getattr(status, "last_error", None)
        if error:
            lines.append(self.tr("Last problem: {error}").format(error=error))
        self.sync.setText("<br>".join(lines))


VIEW = OverviewView
