"""The one table model of every list page: it pages through a service's list function.

A list function (``participant_list``, ``activity_list``, ``circle_list``,
``audit_list``) takes a ``ListQuery`` and returns one page and the total; it
sorts and filters in SQL over the whole register. This model only holds the
total and the pages already fetched: a new query (sort, filter) fetches its first
page on the worker and then replaces what is shown; other pages are fetched the
first time one of their rows is painted, and a small cache keeps the recent ones.
A header click asks the service for the new order (``sort``), never sorts here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from healthcentre.services.listing import ListPage, ListQuery

PAGE_SIZE = 100
MAX_PAGES = 50
# Looked up once: data() runs for every cell and role on each paint, and an enum member lookup is a Python call
DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole
ALIGN_ROLE = Qt.ItemDataRole.TextAlignmentRole
TIP_ROLE = Qt.ItemDataRole.ToolTipRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
FIRST_YEAR = 2021  # the county's plans run 2021–2030


@dataclasses.dataclass(frozen=True)
class Column:
    """One column: its header, the text of a row's cell, the service's sort key, its width in
    characters (``stretch``: takes the room left), alignment and tooltip."""

    header: str
    cell: Callable[[Any], str]
    sort: str
    chars: int = 10
    stretch: bool = False
    right: bool = False
    tip: Callable[[Any], str] | None = None


class ListModel(QAbstractTableModel):
    """Rows of ``fetch(db, query)`` (a service list function), fetched page by page on the worker."""

    loaded = Signal()  # the first page of a new query is shown (rowCount() is its total)

    def __init__(self, window, fetch: Callable[[Any, ListQuery], ListPage], columns: list[Column],
                 query: ListQuery, parent=None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.main = window
        self.fetch = fetch
        self.columns = columns
        self.query = query.page(0, page_size)
        self.page_size = page_size
        self.total = 0
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0

    # --- the query ----------------------------------------------------------

    def set_query(self, query: ListQuery) -> None:
        """Show the list ``query`` asks for (its offset/limit are the model's own); the rows shown stay
        until its first page arrives, an answer to an older query is dropped."""
        self.query = query.page(0, self.page_size)
        self._generation += 1
        generation, first = self._generation, self.query
        self.main.ops.run(lambda db: self.fetch(db, first), success=lambda page: self._reset(generation, page))

    def reload(self) -> None:
        """Fetch the current query again (the register changed)."""
        self.set_query(self.query)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the service sorts by the column's key (column -1: the list's natural order)."""
        key = self.columns[column].sort if 0 <= column < len(self.columns) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.query.sort, self.query.descending):
            return
        self.set_query(dataclasses.replace(self.query, sort=key, descending=descending))

    def _reset(self, generation: int, page: ListPage) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.total = page.total
        self._pages.clear()
        self._requested = {0}
        self._pages[0] = page.rows
        self.endResetModel()
        self.loaded.emit()

    # --- the rows -----------------------------------------------------------

    def row_at(self, row: int):
        """The service's row shown in ``row`` if already fetched (else None, and its page gets fetched)."""
        page = row // self.page_size
        rows = self._pages.get(page)
        if rows is None:
            self._request(page)
            return None
        self._pages.move_to_end(page)
        offset = row - page * self.page_size
        return rows[offset] if offset < len(rows) else None

    def is_loaded(self, row: int) -> bool:
        """Whether the row has arrived."""
        return row // self.page_size in self._pages

    def row_of(self, matches: Callable[[Any], bool]) -> int | None:
        """The row number of the first fetched row for which ``matches`` holds."""
        for page, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if matches(row):
                    return page * self.page_size + offset
        return None

    def _request(self, page: int) -> None:
        if page in self._requested:
            return
        self._requested.add(page)
        generation, query = self._generation, self.query.page(page * self.page_size, self.page_size)
        self.main.ops.run(lambda db: self.fetch(db, query), success=lambda found: self._store(generation, page, found))

    def _store(self, generation: int, page: int, found: ListPage) -> None:
        if generation != self._generation:
            return
        self._pages[page] = found.rows
        while len(self._pages) > MAX_PAGES:
            evicted, _ = self._pages.popitem(last=False)
            self._requested.discard(evicted)
        first = page * self.page_size
        last = min(first + self.page_size, self.total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    # --- Qt's model interface -------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=DISPLAY_ROLE):
        if role == DISPLAY_ROLE and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def data(self, index, role=DISPLAY_ROLE):
        if role != DISPLAY_ROLE and role != ALIGN_ROLE and role != TIP_ROLE or not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == ALIGN_ROLE:
            return RIGHT if column.right else None
        row = self.row_at(index.row())
        if row is None:
            return ("…" if index.column() == 0 else "") if role == DISPLAY_ROLE else None
        if role == TIP_ROLE:
            return column.tip(row) if column.tip else None
        return column.cell(row)


def list_view(name: str, accessible_name: str, model: ListModel) -> QTableView:
    """The table of a list page over ``model``: whole-row single selection, read-only, a click on a
    header sorts (in the service), columns as wide as their ``chars`` (at least their heading) and
    one stretching."""
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the list; the arrow keys move within it
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setSortIndicatorShown(True)
    table.setSortingEnabled(True)
    width, heading = table.fontMetrics().averageCharWidth(), header.fontMetrics()
    for number, column in enumerate(model.columns):  # never narrower than its heading and sort arrow
        header.resizeSection(number, max(width * column.chars + 16, heading.horizontalAdvance(column.header) + 28))
        if column.stretch:
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
    return table


def year_items(all_years: str) -> list[tuple[int | None, str]]:
    """The entries of a list's year filter: ``all_years`` (no filter), then this year back to FIRST_YEAR."""
    return [(None, all_years)] + [(year, str(year)) for year in range(dt.date.today().year, FIRST_YEAR - 1, -1)]
