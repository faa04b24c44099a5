"""Small widgets the pages and forms share: optional dates, check-lists and combos of codes, list tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QListWidget, QListWidgetItem,
    QTableWidget, QWidget,
)

from healthcentre import messages


def localized(row, language: str | None = None) -> str:
    """The name of a catalogue row (``name_sv``/``name_en``) in the current language."""
    language = language or messages.current_language()
    return getattr(row, f"name_{language}", None) or row.name_sv


def to_date(value: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(value.year(), value.month(), value.day())


def from_date(value: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def date_edit(value: dt.date | None = None) -> QDateEdit:
    """A date field with a calendar pop-up, showing ISO dates as Swedish forms do."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(from_date(value or dt.date.today()))
    return edit


class OptionalDate(QWidget):
    """A date that may be left out: a check box switches the date field on."""

    changed = Signal()

    def __init__(self, text: str, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.edit = date_edit(value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.set_value(value)
        self.setFocusProxy(self.check)

    def value(self) -> dt.date | None:
        """The date, or None when the box is not ticked."""
        return to_date(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value`` (None: unticked)."""
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.setDate(from_date(value))


class CodeChecklist(QListWidget):
    """A list of catalogue entries with check boxes; ``codes()`` are the ticked ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)

    def set_items(self, items: Iterable[tuple[str, str]], checked: Iterable[str] = ()) -> None:
        """Fill with (code, text) pairs, ticking those in ``checked``."""
        checked = set(checked)
        self.clear()
        for code, text in items:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked)

    def codes(self) -> list[str]:
        """The ticked codes, in list order."""
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: Iterable[str]) -> None:
        """Tick exactly ``codes``."""
        codes = set(codes)
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes
                               else Qt.CheckState.Unchecked)


def fill_combo(combo: QComboBox, items: Iterable[tuple[object, str]], current: object = None) -> None:
    """Fill ``combo`` with (value, text) pairs and select ``current``."""
    combo.clear()
    for value, text in items:
        combo.addItem(text, value)
    select_value(combo, current)


def select_value(combo: QComboBox, value: object) -> None:
    """Select the entry whose data is ``value`` (the first entry if none)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def list_table(name: str, accessible_name: str, headers: list[str]) -> QTableWidget:
    """A read-only table of whole-row single selection, as the list pages show: the first
    column stretches, the others fit their contents."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table
