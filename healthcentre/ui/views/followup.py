"""Uppföljning: exactly what this computer sends the county for a period, and how sending goes.

The tables are released by ``outbox.release_year``, the very computation the
outbox builds its submissions with (same threshold, same history of what was
sent before), so what is shown is what is sent: withheld cells included.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from healthcentre.anonymised import withheld_why
from healthcentre.changes import Entity
from healthcentre.sync import delivery, outbox, outcomes, submission_states
from healthcentre.contract.payload import period_bounds
from healthcentre.services import sites
from healthcentre.ui import county_sync
from healthcentre.ui.colours import withheld_style
from healthcentre.ui.count_table import WITHHELD_TEXT, CountTable, category_names, table_title, withheld_legend
from healthcentre.ui.period_picker import PeriodPicker
from healthcentre.ui.results import Results, load_results
from healthcentre.ui.sync_text import attention_text, describe_last_sync, local_time, pending_text
from healthcentre.ui.views.base import View

TABLE_LIST_STYLE = "QListWidget::item { padding: 6px 4px; }"


@dataclasses.dataclass(frozen=True)
class Loaded:
    """A year as the next build releases it, what was built before, and the sync status."""

    year: int
    release: outbox.Release
    states: dict[str, outcomes.PeriodState]
    status: delivery.SyncStatus
    enrolled: bool
    results: Results  # the year against the year before, for the charts, withheld months marked


def load_year(db, progress, *, site_id: int, year: int, threshold: int) -> Loaded:
    """Release the site's ``year`` (on the worker) and read what was sent before."""
    progress.check()
    release = outbox.release_year(db, site_id, year, threshold)
    progress.check()
    results = load_results(db, site_id=site_id, year=year, released=release.counts.released)
    return Loaded(year, release, outcomes.period_states(db, site_id, year), delivery.sync_status(db),
                  bool(sites.get_site(db, site_id).county_site_code), results)


class FollowUpView(View):
    """Period chooser, send status, the list of county tables and the chosen table as a cross-tab."""

    name = "followup"
    watches = (Entity.ACTIVITIES | Entity.SESSIONS | Entity.ATTENDANCE | Entity.PARTICIPANTS
               | Entity.STUDY_CIRCLES | Entity.SYNC | Entity.SITE | Entity.CATALOGUES)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.loaded: Loaded | None = None
        self.threshold = self.main.settings().threshold
        self.picker = PeriodPicker()
        self.picker.changed.connect(self._period_chosen)
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.setToolTip(self.tr("Send everything waiting to the county (Ctrl+Shift+S)"))
        self.sync_button.clicked.connect(lambda: self.main.county_sync.sync_now())
        self.export_button = QPushButton(self.tr("E&xport to file…"))
        self.export_button.clicked.connect(lambda: county_sync.export_to_file(self.main))
        self.period_status = QLabel()
        self.period_status.setObjectName("followup-period-status")
        self.period_status.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("followup-status")
        self.status.setWordWrap(True)
        self.table_list = QListWidget()
        self.table_list.setAccessibleName(self.tr("County tables"))
        self.table_list.currentRowChanged.connect(self._show_table)
        self.table_heading = QLabel()
        self.grid = CountTable()
        self.why = QLabel()  # why a withheld total of people of at least k is withheld, one line each
        self.why.setObjectName("followup-withheld-why")
        self.why.setWordWrap(True)
        self.withheld_totals: dict = {}
        self.chart = None  # the results chart, made when it is first shown (it imports the chart library)
        self.charts_page = QWidget()
        QVBoxLayout(self.charts_page)
        self.pages = QTabWidget()
        self.pages.setObjectName("followup-pages")
        self._layout()

    def _layout(self) -> None:
        intro = QLabel(self.tr("Only anonymised counts leave this computer: no names, no birth years, no row per "
                               "person. This is exactly what is sent for the chosen period."))
        intro.setWordWrap(True)
        bar = QHBoxLayout()
        period_label = QLabel(self.tr("&Period"))
        period_label.setBuddy(self.picker.kind)
        bar.addWidget(period_label)
        bar.addWidget(self.picker)
        bar.addStretch(1)
        bar.addWidget(self.sync_button)
        bar.addWidget(self.export_button)
        status_box = QFrame()
        status_box.setFrameShape(QFrame.Shape.StyledPanel)
        status_layout = QVBoxLayout(status_box)
        status_layout.addWidget(self.period_status)
        status_layout.addWidget(self.status)
        mark = QLabel(WITHHELD_TEXT)
        mark.setStyleSheet(withheld_style())
        self.legend = QLabel(withheld_legend(self.threshold))
        self.legend.setWordWrap(True)
        self.legend_box = QWidget()
        legend = QHBoxLayout(self.legend_box)
        legend.setContentsMargins(0, 0, 0, 0)
        legend.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        legend.addWidget(self.legend, 1)
        right = QVBoxLayout()
        right.addWidget(self.table_heading)
        right.addWidget(self.grid, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.legend_box)
        right.addWidget(self.why)
        right.addStretch(1)
        tables_page = QWidget()
        body = QHBoxLayout(tables_page)
        self.table_list.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 22)
        self.table_list.setWordWrap(True)
        self.table_list.setStyleSheet(TABLE_LIST_STYLE)
        body.addWidget(self.table_list)
        body.addLayout(right, 1)
        self.pages.addTab(tables_page, self.tr("County &tables"))
        self.pages.addTab(self.charts_page, self.tr("&Charts of the year"))
        self.pages.currentChanged.connect(lambda _index: self._show_chart())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.title()}</h2>"))
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(status_box)
        layout.addWidget(self.pages, 1)

    def title(self) -> str:
        return self.tr("Follow-up")

    def refresh(self) -> None:
        self.threshold = self.main.settings().threshold
        self.legend.setText(withheld_legend(self.threshold))
        self._load(self.picker.period())

    def choose_period(self, period: str) -> None:
        """Show ``period`` (month ``2026-03``, quarter ``2026-Q1`` or year ``2026``)."""
        self.picker.set_period(period)
        self._period_chosen(period)

    def _period_chosen(self, period: str) -> None:
        if self.loaded is not None and self.loaded.year == int(period[:4]):
            self._show()
        else:
            self._load(period)

    def _load(self, period: str) -> None:
        site_id, year, threshold = self.main.site.id, int(period[:4]), self.threshold
        self.main.ops.run_with_progress(
            lambda db, progress: load_year(db, progress, site_id=site_id, year=year, threshold=threshold),
            label=self.tr("Anonymising the counts of {year}…").format(year=year), success=self._loaded, parent=self)

    def _loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self._show()

    def _show(self) -> None:
        loaded, period = self.loaded, self.picker.period()
        if loaded is None or loaded.year != int(period[:4]):
            return
        self.picker.mark_parts({p: self._short_state(state) for p, state in loaded.states.items()})
        self.period_status.setText(f"<b>{period}</b>: " + self._period_text(loaded, period))
        lines = [self.tr("Last sent to the county: {when}.").format(when=describe_last_sync(loaded.status)),
                 pending_text(loaded.status)]
        if attention_text(loaded.status):
            lines.insert(0, attention_text(loaded.status) + ".")
        if loaded.status.last_error:
            lines.append(self.tr("Last problem: {error}").format(error=loaded.status.last_error))
        self.status.setText(" ".join(lines))
        self.withheld_totals = withheld_why.withheld_totals([loaded.release.counts], [period])
        self._fill_list(loaded.release.counts.released[period])
        self._show_chart()

    def _show_chart(self) -> None:
        """Draw the loaded year's charts when their tab is open (made on first use: pyqtgraph loads then)."""
        if self.loaded is None or self.pages.currentWidget() is not self.charts_page:
            return
        if self.chart is None:
            from healthcentre.ui.results_chart import ResultsChart

            self.chart = ResultsChart()
            self.charts_page.layout().addWidget(self.chart)
        self.chart.show_results(self.loaded.results, self.threshold)

    def _short_state(self, state: outcomes.PeriodState) -> str:
        texts = {submission_states.DELIVERED: self.tr("sent v{version}"), submission_states.PENDING: self.tr("waiting v{version}"),
                 submission_states.EXPORTED: self.tr("exported v{version}"), submission_states.REJECTED: self.tr("refused v{version}"),
                 submission_states.DISMISSED: self.tr("dismissed v{version}")}
        return texts.get(state.state, "").format(version=state.version)

    def _period_text(self, loaded: Loaded, period: str) -> str:
        if period_bounds(period)[0] > dt.date.today():
            return self.tr("The period has not begun; it is sent once it has.")
        state = loaded.states.get(period)
        changed = period in loaded.release.to_send()
        if not loaded.enrolled:
            return self.tr("Not sent: the site is not enrolled with the county (Tools → Enrol with the county…).")
        if state is None:
            return self.tr("Not sent yet; it goes as version 1 at the next sync.")
        if state.state == submission_states.REJECTED:  # refused tables are never the county's: always "changed"
            return self.tr("The county refused version {version}: {error}").format(version=state.version,
                                                                                  error=state.last_error or "")
        if state.state == submission_states.DISMISSED:
            return self.tr("IT dismissed the county's refusal of version {version}; it goes again when the "
                           "period changes.").format(version=state.version)
        if changed:
            return self.tr("Changed since version {version}; the tables below go as version {next} at the next "
                           "sync.").format(version=state.version, next=state.version + 1)
        when = local_time(state.delivered_at)
        texts = {
            submission_states.DELIVERED: self.tr("Sent to the county as version {version} on {when}."),
            submission_states.EXPORTED: self.tr("Version {version} was exported to a file on {when}."),
            submission_states.PENDING: self.tr("Version {version} waits to be sent."),
        }
        return texts.get(state.state, "").format(version=state.version, when=when, error=state.last_error or "")

    def _fill_list(self, released) -> None:
        row = max(self.table_list.currentRow(), 0)
        self.tables = released
        blocker = self.table_list.blockSignals(True)
        self.table_list.clear()
        for table in released:
            withheld = sum(cell.withheld for cell in table.cells)
            text = table_title(table.code)
            if withheld:
                text += "\n" + self.tr("{count} cells withheld").format(count=withheld)
            QListWidgetItem(text, self.table_list)
        self.table_list.blockSignals(blocker)
        self.table_list.setCurrentRow(min(row, len(released) - 1))
        self._show_table(self.table_list.currentRow())

    def _show_table(self, row: int) -> None:
        if row < 0 or row >= len(getattr(self, "tables", ())):
            return
        table = self.tables[row]
        self.table_heading.setText(f"<b>{table_title(table.code)}</b>")
        self.grid.show_table(table, category_names(self.main.catalogues), self.threshold)
        self.legend_box.setVisible(any(cell.withheld for cell in table.cells))
        lines = [why.message((code, key), period) for (period, code, key), why in self.withheld_totals.items()
                 if withheld_why.shows_total(table.code, (code, key))]
        self.why.setText("\n".join(lines))
        self.why.setVisible(bool(lines))


VIEW = FollowUpView
