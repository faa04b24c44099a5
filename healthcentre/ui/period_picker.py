"""Choosing a county period: a month, a quarter or a whole year (codes ``2026-03``, ``2026-Q1``, ``2026``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from healthcentre.reports.formatting import quarter_of

MONTH, QUARTER, YEAR = "month", "quarter", "year"
FIRST_YEAR = 2020


def default_period(today: dt.date | None = None) -> str:
    """The current month."""
    today = today or dt.date.today()
    return f"{today.year:04d}-{today.month:02d}"


def kind_of(period: str) -> str:
    """Whether ``period`` is a month, a quarter or a year."""
    return YEAR if len(period) == 4 else QUARTER if "Q" in period else MONTH


class PeriodPicker(QWidget):
    """Kind of period, year and month or quarter; ``changed`` carries the chosen period code."""

    changed = Signal(str)

    def __init__(self, period: str | None = None) -> None:
        super().__init__()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of period"))
        for value, text in ((MONTH, self.tr("Month")), (QUARTER, self.tr("Quarter")), (YEAR, self.tr("Whole year"))):
            self.kind.addItem(text, value)
        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(FIRST_YEAR, dt.date.today().year)
        self.year.setGroupSeparatorShown(False)
        self.part = QComboBox()
        self.part.setAccessibleName(self.tr("Month or quarter"))
        self.part.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.year, self.part):
            layout.addWidget(widget)
        layout.addStretch(1)  # the fields keep their own width instead of stretching across the page
        self.kind.activated.connect(self._kind_chosen)
        self.year.valueChanged.connect(lambda _year: self.changed.emit(self.period()))
        self.part.activated.connect(lambda _index: self.changed.emit(self.period()))
        self.set_period(period or default_period())

    def _fill_parts(self, kind: str) -> None:
        self.part.clear()
        if kind == MONTH:
            for month in range(1, 13):
                self.part.addItem(QLocale().standaloneMonthName(month).capitalize(), f"{month:02d}")
        elif kind == QUARTER:
            for quarter in range(1, 5):
                self.part.addItem(self.tr("Quarter {number}").format(number=quarter), f"Q{quarter}")
        self.part.setVisible(kind != YEAR)

    def _kind_chosen(self, _index: int) -> None:
        kind = self.kind.currentData()
        today = dt.date.today()
        part = {MONTH: f"-{today.month:02d}", QUARTER: f"-Q{quarter_of(today)}", YEAR: ""}[kind]
        self.set_period(f"{self.year.value():04d}{part}")
        self.changed.emit(self.period())

    def period(self) -> str:
        """The chosen period's code."""
        part = self.part.currentData() if self.kind.currentData() != YEAR else None
        return f"{self.year.value():04d}" + (f"-{part}" if part else "")

    def set_period(self, period: str) -> None:
        """Show ``period`` (without emitting ``changed``)."""
        blockers = [QSignalBlocker(w) for w in (self.kind, self.year, self.part)]
        kind = kind_of(period)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self._fill_parts(kind)
        self.year.setValue(int(period[:4]))
        if kind != YEAR:
            self.part.setCurrentIndex(self.part.findData(period[5:]))
        del blockers

    def mark_parts(self, notes: dict[str, str]) -> None:
        """Append a short note (e.g. 'sent v2') to the months or quarters of the shown year."""
        year = f"{self.year.value():04d}"
        for index in range(self.part.count()):
            base = self.part.itemText(index).split(" – ")[0]
            note = notes.get(f"{year}-{self.part.itemData(index)}")
            self.part.setItemText(index, f"{base} – {note}" if note else base)
