"""Översikt: this month, this year and last year at a glance, what waits to be sent to the county, and
the year's results month by month as charts (beside the figures)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from healthcentre.changes import Entity
from healthcentre.sync import delivery
from healthcentre.services import statistics
from healthcentre.ui.count_table import number_text
from healthcentre.ui.labels import site_kind_text
from healthcentre.ui.results import load_results
from healthcentre.ui.sync_text import attention_text, describe_last_sync, network_text, pending_text
from healthcentre.ui.views.base import View

FIGURES = ("activities", "sessions", "participants", "visits", "unregistered_visits", "study_circles")


def glance_periods(today: dt.date | None = None) -> list[str]:
    """This month, this year and last year."""
    today = today or dt.date.today()
    return [f"{today.year:04d}-{today.month:02d}", f"{today.year:04d}", f"{today.year - 1:04d}"]


def load_overview(db, site_id: int, periods: list[str]):
    """The key figures of ``periods`` for the site, and the county sync status."""
    return statistics.period_glance(db, site_id=site_id, periods=periods), delivery.sync_status(db)


def _big(text: str = "–", scale: float = 1.8) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


class OverviewView(View):
    """Key figures (rows) for this month, this year and last year (columns), and the county sync box."""

    name = "overview"
    shown = Signal()  # the figures are on screen (the bench's "first usable page")
    watches = (Entity.ACTIVITIES | Entity.SESSIONS | Entity.ATTENDANCE | Entity.PARTICIPANTS
               | Entity.STUDY_CIRCLES | Entity.SYNC | Entity.SITE)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.periods = glance_periods()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.numbers: dict[tuple[str, str], QLabel] = {}
        self.sync = QLabel()
        self.sync.setWordWrap(True)
        self.sync.setObjectName("overview-sync")
        followup = QPushButton(self.tr("Open &follow-up"))
        followup.clicked.connect(lambda: self.main.show_view("followup"))
        box = QGroupBox(self.tr("County follow-up"))
        box_layout = QHBoxLayout(box)
        box_layout.addWidget(self.sync, 1)
        box_layout.addWidget(followup, 0, Qt.AlignmentFlag.AlignBottom)
        figures = self._figures()
        box.setMaximumWidth(figures.maximumWidth())
        self.chart = None  # the results chart, made when its numbers first arrive (it imports the chart library)
        self.charts_box = QGroupBox(self.tr("Results month by month"))
        self.charts_box.setObjectName("overview-charts")
        QVBoxLayout(self.charts_box)
        left = QVBoxLayout()
        left.addWidget(figures)
        left.addWidget(box)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(self.charts_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)

    def _captions(self) -> dict[str, str]:
        return {
            "activities": self.tr("Activities"),
            "sessions": self.tr("Sessions"),
            "participants": self.tr("Unique participants"),
            "visits": self.tr("Visits by registered participants"),
            "unregistered_visits": self.tr("Unregistered visits"),
            "study_circles": self.tr("Study circles"),
        }

    def _figures(self) -> QGroupBox:
        box = QGroupBox(self.tr("The period at a glance"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(36)
        month = QLocale().standaloneMonthName(int(self.periods[0][5:])).capitalize()
        headers = [f"{month} {self.periods[0][:4]}", self.tr("This year ({year})").format(year=self.periods[1]),
                   self.tr("Last year ({year})").format(year=self.periods[2])]
        for column, text in enumerate(headers, start=1):
            header = QLabel(f"<b>{text}</b>")
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(header, 0, column)
        for row, (figure, caption) in enumerate(self._captions().items(), start=1):
            grid.addWidget(QLabel(caption), row, 0)
            for column, period in enumerate(self.periods, start=1):
                label = _big(scale=1.8 if column == 1 else 1.4)
                label.setAccessibleName(f"{caption}, {headers[column - 1]}")
                self.numbers[(figure, period)] = label
                grid.addWidget(label, row, column)
            if row < len(FIGURES):
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                grid.addWidget(line, row, 0, 1, 4, Qt.AlignmentFlag.AlignBottom)
        grid.setColumnStretch(0, 1)
        note = QLabel(self.tr("Counted as the county counts: activities and study circles with a session in the "
                              "period, each participant once per period."))
        note.setWordWrap(True)
        grid.addWidget(note, len(FIGURES) + 1, 0, 1, 4)
        box.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 64)
        return box

    def title(self) -> str:
        return self.tr("Overview")

    def refresh(self) -> None:
        site = self.main.site
        self.heading.setText(f"<h2>{site.name}</h2>" + self.tr("{kind} in {municipality}").format(
            kind=site_kind_text(site.kind), municipality=self.main.catalogues.municipality_name(site.municipality_code)))
        site_id, periods = site.id, self.periods
        self.main.ops.run(lambda db: load_overview(db, site_id, periods), success=self._show, parent=self)

    def _show(self, loaded) -> None:
        glances, status = loaded
        for (figure, period), label in self.numbers.items():
            label.setText(number_text(getattr(glances[period], figure)))
        lines = [self.tr("Last sent to the county: {when}").format(when=describe_last_sync(status)),
                 pending_text(status)]
        if network_text(status):
            lines.append(network_text(status))
        if attention_text(status):
            lines.insert(0, attention_text(status))
        if status.last_error:
            lines.append(self.tr("Last problem: {error}").format(error=status.last_error))
        self.sync.setText("<br>".join(lines))
        self.shown.emit()
        self._load_charts()

    def _load_charts(self) -> None:
        """This year against last, month by month, read after the figures are on screen."""
        site_id, year = self.main.site.id, int(self.periods[1])
        self.main.ops.run(lambda db: load_results(db, site_id=site_id, year=year), success=self._show_charts,
                          parent=self)

    def _show_charts(self, results) -> None:
        if self.chart is None:
            from healthcentre.ui.results_chart import ResultsChart  # pyqtgraph loads once the figures are shown

            self.chart = ResultsChart()
            self.charts_box.layout().addWidget(self.chart)
        self.chart.show_results(results)

    def figure(self, figure: str, period: str) -> str:
        """The text shown for ``figure`` (e.g. "visits") in ``period`` (for tests and screen readers)."""
        return self.numbers[(figure, period)].text()


VIEW = OverviewView
