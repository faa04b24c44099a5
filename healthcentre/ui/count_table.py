"""A county table (payload ``Table``) as a readable cross-tab: names instead of codes, withheld cells marked.

Two dimensions become rows × columns (the dimension with more categories down
the side), one dimension a single column; the margins (``_total``) are the bold
last row and column. A withheld cell shows
``–`` on grey with the legend's text as its tooltip, exactly where the payload
withholds it.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QHeaderView, QTableWidget, QTableWidgetItem

from healthcentre import messages
from healthcentre.contract import tables
from healthcentre.contract.payload import TOTAL, Table
from healthcentre.ui.colours import withheld_colours
from healthcentre.ui.labels import gender_text

WITHHELD_TEXT = "–"
KEY_ROLE = Qt.ItemDataRole.UserRole
HEADER_WIDTH = 14



def withheld_legend(threshold: int) -> str:
    """What a withheld cell means, with the county's threshold."""
    return QCoreApplication.translate(
        "CountTable", "Withheld to protect privacy (fewer than {k} people, or it could be worked out from "
                      "other figures)").format(k=threshold)


def table_title(code: str) -> str:
    """The table's name in the current language."""
    spec = tables.BY_CODE[code]
    return spec.title_sv if messages.current_language() == "sv" else spec.title_en


def _fixed_names() -> dict[str, str]:
    genders = {"kvinna": "woman", "man": "man", "annat": "other", "okant": "unknown"}
    names = {code: gender_text(value) for code, value in genders.items()}
    language = 1 if messages.current_language() == "sv" else 2
    names.update({row[0]: row[language] for row in tables.INDICATORS})
    names.update({
        TOTAL: QCoreApplication.translate("CountTable", "Total"),
        "REG": QCoreApplication.translate("CountTable", "Registered visits"),
        "OREG": QCoreApplication.translate("CountTable", "Unregistered visits"),
        "NYA": QCoreApplication.translate("CountTable", "New participants"),
        "FORSTA_ORGANISERADE": QCoreApplication.translate("CountTable", "New to organised activity"),
        "okand": QCoreApplication.translate("CountTable", "Age unknown"),
    })
    return names


def category_names(catalogues) -> dict[str, str]:
    """Every category code of the county tables with its name (kinds and target groups from ``catalogues``)."""
    years = QCoreApplication.translate("CountTable", "{band} years")
    names = {code: years.format(band=code.replace("-", "–")) for code in tables.AGE_BAND_CODES}
    names.update({code: catalogues.kind_name(code) for code in tables.KIND_CODES})
    names.update({code: catalogues.group_names([code]) for code in tables.TARGET_GROUP_CODES})
    names.update(_fixed_names())
    return names


def number_text(value: float) -> str:
    """A count as shown: whole numbers plain, hours with one decimal, in the UI's locale."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 1)


class CountTable(QTableWidget):
    """A read-only cross-tab of one county table."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("count-table")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0") * 8)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table: Table | None = None

    def show_table(self, table: Table, names: dict[str, str], threshold: int) -> None:
        """Fill the grid with ``table``; ``names`` maps category codes to what the user reads."""
        self.table = table
        self.clear()
        values = {cell.key: cell for cell in table.cells}
        rows = list(dict.fromkeys(key[0] for key in values))
        columns = list(dict.fromkeys(key[1] for key in values)) if len(table.dimensions) == 2 else [None]
        transposed = len(columns) > len(rows)  # the longer list of names reads better down the side
        if transposed:
            rows, columns = columns, rows
        self.setRowCount(len(rows))
        self.setColumnCount(len(columns))
        self.setVerticalHeaderLabels([names.get(code, code) for code in rows])
        count = QCoreApplication.translate("CountTable", "Count")
        column_titles = [count if code is None else names.get(code, code) for code in columns]
        self.setHorizontalHeaderLabels([textwrap.fill(title, HEADER_WIDTH, break_long_words=False)
                                        for title in column_titles])
        legend = withheld_legend(threshold)
        for r, row in enumerate(rows):
            for c, column in enumerate(columns):
                key = (row,) if column is None else (column, row) if transposed else (row, column)
                self.setItem(r, c, self._item(values[key], legend, TOTAL in key))
        self.setAccessibleName(table_title(table.code))

    @staticmethod
    def _item(cell, legend: str, margin: bool) -> QTableWidgetItem:
        item = QTableWidgetItem(WITHHELD_TEXT if cell.withheld else number_text(cell.value))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setData(KEY_ROLE, cell.key)
        if cell.withheld:
            background, text = withheld_colours()
            item.setBackground(QBrush(background))
            item.setForeground(QBrush(text))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setToolTip(legend)
        if margin:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def shown_cells(self) -> dict[tuple[str, ...], str]:
        """What each cell shows, by its cell key (for tests and accessibility checks)."""
        return {tuple(self.item(r, c).data(KEY_ROLE)): self.item(r, c).text()
                for r in range(self.rowCount()) for c in range(self.columnCount())}
