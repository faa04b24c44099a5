"""The participant table for tens of thousands of people: ids in memory, rows fetched on demand.

A search gives the ordered list of ids (``search_participant_ids``). A row is
read the first time it is shown: its page of PAGE_SIZE rows is fetched on the
worker with ``participant_records`` and kept in a small page cache, so scrolling
through 50,000 people never reads more than the pages on screen.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from healthcentre.services.participants import ParticipantRecord, participant_records
from healthcentre.ui.labels import gender_text

PAGE_SIZE = 100
MAX_PAGES = 100
# Looked up once: data() runs for every cell and role on each paint, and an enum member lookup is a Python call
DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole
USER_ROLE = Qt.ItemDataRole.UserRole


class ParticipantTableModel(QAbstractTableModel):
    """Rows are participant ids; cells come from records cached per page."""

    def __init__(self, window, parent=None) -> None:
        super().__init__(parent)
        self.main = window
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, ParticipantRecord]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Born"), self.tr("Gender"), self.tr("Municipality"),
                self.tr("Target groups"), self.tr("Consent")]

    # --- the ids ------------------------------------------------------------

    def set_ids(self, ids: list[int], first_page: list[ParticipantRecord] = ()) -> None:
        """Show the participants ``ids`` in this order; cached rows are dropped.

        ``first_page``: the records of the first PAGE_SIZE ids, when the search read them in
        the same job (the top of a new list shows at once, without a second trip to the worker)."""
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._pages.clear()
        self._requested.clear()
        if first_page:
            self._pages[0] = {r.id: r for r in first_page}
            self._requested.add(0)
        self.endResetModel()

    def id_at(self, row: int) -> int:
        """The participant id shown in ``row``."""
        return self._ids[row]

    def record_at(self, row: int) -> ParticipantRecord | None:
        """The record of ``row`` if already fetched (else None, and it gets fetched)."""
        page = row // PAGE_SIZE
        records = self._pages.get(page)
        if records is None:
            self._request(page)
            return None
        self._pages.move_to_end(page)
        return records.get(self._ids[row])

    def is_loaded(self, row: int) -> bool:
        """Whether the row's record has arrived."""
        return row // PAGE_SIZE in self._pages

    # --- fetching -----------------------------------------------------------

    def _request(self, page: int) -> None:
        if page in self._requested:
            return
        self._requested.add(page)
        generation = self._generation
        ids = self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
        self.main.ops.run(lambda db: participant_records(db, ids),
                          success=lambda records: self._store(generation, page, records))

    def _store(self, generation: int, page: int, records: list[ParticipantRecord]) -> None:
        if generation != self._generation:
            return
        self._pages[page] = {r.id: r for r in records}
        while len(self._pages) > MAX_PAGES:
            evicted, _ = self._pages.popitem(last=False)
            self._requested.discard(evicted)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    # --- Qt's model interface -------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index, role=DISPLAY_ROLE):
        if role != DISPLAY_ROLE and role != USER_ROLE or not index.isValid():
            return None
        if role == USER_ROLE:
            return self._ids[index.row()]
        record = self.record_at(index.row())
        if record is None:
            return "…" if index.column() == 0 else ""
        return self._cell(record, index.column())

    def _cell(self, record: ParticipantRecord, column: int) -> str:
        catalogues = self.main.catalogues
        if column == 0:
            return record.display_name or self.tr("(forgotten)")
        if column == 1:
            return str(record.birth_year or "")
        if column == 2:
            return gender_text(record.gender)
        if column == 3:
            return catalogues.municipality_name(record.municipality_code)
        if column == 4:
            return catalogues.group_names(record.target_groups)
        return record.consent_date.isoformat() if record.consent_date else ""
