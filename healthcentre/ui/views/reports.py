"""Rapporter: the period report, attendance sheets, the spreadsheet export and the import,
each run on the worker (with progress) and opened in the system's viewer when done."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QDateEdit, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSpinBox, QVBoxLayout,
)

from healthcentre.changes import Entity
from healthcentre.reports.formatting import quarter_of
from healthcentre.ui.documents import ask_save_path, open_document
from healthcentre.ui.empty_state import EmptyNote
from healthcentre.ui.views.base import View
from healthcentre.ui.widgets import from_date


def _period(kind: str, year: int, part: int, start: QDate, end: QDate) -> tuple[dt.date, dt.date]:
    from healthcentre.reports.formatting import last_day_of_month, parse_period

    if kind == "year":
        return parse_period(f"{year:04d}")
    if kind == "quarter":
        return parse_period(f"{year:04d}-Q{part}")
    if kind == "month":
        return parse_period(f"{year:04d}-{part:02d}")
    first, last = start.toPython(), end.toPython()
    return first.replace(day=1), last_day_of_month(last.year, last.month)


class ReportsView(View):
    """Make the coordinator's documents: PDFs, spreadsheets, and import lists from Excel."""

    name = "reports"
    watches = Entity.ACTIVITIES | Entity.SESSIONS | Entity.SITE

    def __init__(self, window) -> None:
        super().__init__(window)
        self.period_chosen = False  # by the user; until then the page follows the latest period with data
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.title()}</h2>"))
        layout.addWidget(self._period_box())
        row = QHBoxLayout()
        row.addWidget(self._sheet_box(), 1)
        row.addWidget(self._import_box(), 1)
        layout.addLayout(row)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Reports")

    # --- period report and export -------------------------------------------------

    def _period_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Period report and export"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("This site"), "site")
        self.scope.addItem(self.tr("All sites on this computer"), "all")
        self.kind = QComboBox()
        for key, text in (("year", self.tr("Year")), ("quarter", self.tr("Quarter")), ("month", self.tr("Month")),
                          ("custom", self.tr("Custom (whole months)"))):
            self.kind.addItem(text, key)
        self.kind.setCurrentIndex(1)
        today = dt.date.today()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.part = QSpinBox()
        self.part.setRange(1, 4)
        self.part.setValue(quarter_of(today))
        self.start = QDateEdit(QDate(today.year, 1, 1))
        self.end = QDateEdit(from_date(today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.internal = QCheckBox(self.tr("Exact counts for internal use (marked on every page)"))
        self.shown_kind = self.kind.currentData()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.kind.activated, self.year.valueChanged, self.part.valueChanged, self.start.dateChanged,
                       self.end.dateChanged):
            signal.connect(self._chosen_by_user)
        form.addRow(self.tr("Sites"), self.scope)
        form.addRow(self.tr("Period"), self.kind)
        form.addRow(self.tr("Year"), self.year)
        self.part_label = QLabel(self.tr("Quarter"))
        form.addRow(self.part_label, self.part)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow("", self.internal)
        buttons = QHBoxLayout()
        self.report_button = QPushButton(self.tr("Create period report (PDF)…"))
        self.xlsx_button = QPushButton(self.tr("Export spreadsheet (Excel)…"))
        self.csv_button = QPushButton(self.tr("Export CSV (zip)…"))
        self.report_button.clicked.connect(self.make_period_report)
        self.xlsx_button.clicked.connect(lambda: self.make_export("xlsx"))
        self.csv_button.clicked.connect(lambda: self.make_export("csv"))
        for button in (self.report_button, self.xlsx_button, self.csv_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self._kind_changed()
        return box

    def _chosen_by_user(self, *_args) -> None:
        self.period_chosen = True

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        if kind == "custom" and self.shown_kind != "custom":
            self._custom_from(_period(self.shown_kind, self.year.value(), self.part.value(), self.start.date(),
                                      self.end.date()))
        self.shown_kind = kind
        self.part.setVisible(kind in ("quarter", "month"))
        self.part_label.setVisible(kind in ("quarter", "month"))
        self.part_label.setText(self.tr("Month") if kind == "month" else self.tr("Quarter"))
        self.part.setRange(1, 12 if kind == "month" else 4)
        for widget in (self.start, self.end):
            widget.setEnabled(kind == "custom")
        self.year.setEnabled(kind != "custom")

    def _custom_from(self, period: tuple[dt.date, dt.date]) -> None:
        """Start "Custom" from the period shown before: its first day to its last, or today if sooner."""
        first, last = period
        blockers = [QSignalBlocker(w) for w in (self.start, self.end)]
        self.start.setDate(from_date(first))
        self.end.setDate(from_date(min(last, dt.date.today())))
        del blockers

    def show_latest_period(self, day: dt.date | None) -> None:
        """Show the quarter of ``day`` (the site's latest session), unless the user already chose a period."""
        if day is None or self.period_chosen:
            return
        blockers = [QSignalBlocker(w) for w in (self.kind, self.year, self.part, self.start, self.end)]
        if self.kind.currentData() in ("quarter", "month"):
            self.year.setValue(day.year)
            self.part.setValue(quarter_of(day) if self.kind.currentData() == "quarter" else day.month)
        elif self.kind.currentData() == "year":
            self.year.setValue(day.year)
        else:
            self.start.setDate(QDate(day.year, 1, 1))
            self.end.setDate(from_date(day))
        del blockers

    def chosen_period(self) -> tuple[dt.date, dt.date]:
        """The first and last day of the period the form describes."""
        return _period(self.kind.currentData(), self.year.value(), self.part.value(), self.start.date(),
                       self.end.date())

    def _site_id(self) -> int | None:
        return self.main.site.id if self.scope.currentData() == "site" else None

    def _ask_file(self, suggestion: str, pattern: str) -> Path | None:
        return ask_save_path(self, suggestion, pattern)

    def make_period_report(self, out: Path | None = None) -> None:
        """Write the period report for the chosen sites and period, then open it."""
        from healthcentre.reports.period_report import render_period_report

        start, end = self.chosen_period()
        out = out or self._ask_file(f"rapport-{start:%Y-%m}.pdf", "PDF (*.pdf)")
        if out is None:
            return
        site_id, internal, threshold = self._site_id(), self.internal.isChecked(), self.main.settings().threshold

        def work(db, progress):
            return render_period_report(db, site_id=site_id, start=start, end=end, internal=internal, out=out,
                                        threshold=threshold,
                                        progress=lambda done, total: progress.report(done, total),
                                        cancel=lambda: progress.cancelled)

        self.main.ops.run_with_progress(work, label=self.tr("Creating the report…"), success=self.open_file,
                                        parent=self)

    def make_export(self, fmt: str, out: Path | None = None) -> None:
        """Export the county tables, activities and sessions of the chosen period, then open the file."""
        from healthcentre.reports.formatting import period_code
        from healthcentre.reports.spreadsheet import export_spreadsheet

        start, end = self.chosen_period()
        code = period_code(start, end) or f"{start.year:04d}"
        out = out or self._ask_file(f"export-{code}.{'xlsx' if fmt == 'xlsx' else 'zip'}",
                                    "Excel (*.xlsx)" if fmt == "xlsx" else "Zip (*.zip)")
        if out is None:
            return
        site_id, internal, threshold = self._site_id(), self.internal.isChecked(), self.main.settings().threshold

        def work(db, progress):
            return export_spreadsheet(db, fmt, out, site_id=site_id, period=code, internal=internal,
                                      threshold=threshold,
                                      progress=lambda done, total: progress.report(done, total),
                                      cancel=lambda: progress.cancelled)

        self.main.ops.run_with_progress(work, label=self.tr("Exporting…"), success=self.open_file, parent=self)

    # --- attendance sheets ---------------------------------------------------------

    def _sheet_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Attendance sheet to print"))
        layout = QVBoxLayout(box)
        self.activity = QComboBox()
        self.activity.setAccessibleName(self.tr("Activity"))
        self.activity.setEditable(True)  # type part of a title or a date to find it among every activity
        self.activity.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.activity.lineEdit().setPlaceholderText(self.tr("Type to search by title or date"))
        completer = QCompleter(self.activity.model(), self.activity)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.activity.setCompleter(completer)
        self.activity.lineEdit().textEdited.connect(self._search_changed)
        self.activity_note = EmptyNote()
        self.sheet_button = QPushButton(self.tr("Create attendance sheet (PDF)…"))
        self.sheet_button.clicked.connect(self.make_attendance_sheet)
        layout.addWidget(QLabel(self.tr("A study circle gets the study association's circle list.")))
        layout.addWidget(self.activity)
        layout.addWidget(self.activity_note)
        layout.addWidget(self.sheet_button)
        return box

    def refresh(self) -> None:
        from healthcentre.services import activities, statistics

        site_id = self.main.site.id
        self.main.ops.run(lambda db: (activities.list_activities(db, site_id=site_id),
                                      statistics.last_session_date(db, site_id=site_id)),
                          success=self._show_loaded, parent=self)

    def _show_loaded(self, loaded) -> None:
        records, last_session = loaded
        self._show_activities(records)
        self.show_latest_period(last_session)

    def _show_activities(self, records) -> None:
        self.activity.clear()
        for record in records:
            self.activity.addItem(f"{record.start_date} – {record.title}", record.id)
        self.activity_note.show_if(not records, self.tr("No activities at this site yet: register one under "
                                                        "Activities and its attendance sheet can be printed here."))

    def _search_changed(self, text: str) -> None:
        hits = self.activity.findText(text, Qt.MatchFlag.MatchContains) >= 0 if text else True
        self.activity_note.show_if(self.activity.count() > 0 and not hits,
                                   self.tr("No activity matches “{text}”.").format(text=text))

    def chosen_activity(self) -> int | None:
        """The activity whose title the field shows, None when the typed text names none."""
        index, text = self.activity.currentIndex(), self.activity.currentText()
        if index < 0 or self.activity.itemText(index) != text:
            index = self.activity.findText(text, Qt.MatchFlag.MatchExactly)
        return self.activity.itemData(index) if index >= 0 else None

    def make_attendance_sheet(self, out: Path | None = None) -> None:
        """Write the chosen activity's attendance sheet, then open it."""
        from healthcentre.reports.attendance_sheet import render_attendance_sheet

        activity_id = self.chosen_activity()
        if activity_id is None:
            return
        out = out or self._ask_file(f"narvarolista-{activity_id}.pdf", "PDF (*.pdf)")
        if out is None:
            return
        self.main.ops.run(lambda db: render_attendance_sheet(db, activity_id, out=out), success=self.open_file,
                          parent=self)

    # --- import ----------------------------------------------------------------------

    def _import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Import from Excel or CSV"))
        layout = QVBoxLayout(box)
        self.import_kind = QComboBox()
        self.import_kind.addItem(self.tr("Participants"), "participants")
        self.import_kind.addItem(self.tr("Activities"), "activities")
        self.import_button = QPushButton(self.tr("Choose file and preview…"))
        self.import_button.clicked.connect(self.start_import)
        note = QLabel(self.tr("Nothing is imported until you have seen the preview and accepted it."))
        note.setWordWrap(True)
        layout.addWidget(self.import_kind)
        layout.addWidget(note)
        layout.addWidget(self.import_button)
        return box

    def start_import(self, path: Path | None = None) -> None:
        """Pick a file and show the import preview for it."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), str(Path.home()),
                                                  self.tr("Excel or CSV (*.xlsx *.csv)"))
            if not name:
                return
            path = Path(name)
        from healthcentre.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.main, path, kind=self.import_kind.currentData(), parent=self)
        dialog.open()

    def open_file(self, path: Path) -> None:
        """Show a finished document in the system's viewer."""
        open_document(self.main, path)


VIEW = ReportsView
