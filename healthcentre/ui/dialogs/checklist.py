"""A list of people to tick: the attendance check-list of a session and the visitors of Dagens träff."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

# A row shows its tick but Qt's own box-click is off: the whole row toggles instead
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def person_text(record) -> str:
    """'Anna Svensson (1950)'."""
    name = record.display_name or "—"
    return f"{name} ({record.birth_year})" if record.birth_year else name


def same_name(first, second) -> bool:
    """True if two participants' display names are the same, case and spacing aside."""
    def key(record) -> str:
        return " ".join((record.display_name or "").casefold().split())
    return key(first) == key(second)


class CheckList(QListWidget):
    """People to tick. A click anywhere on a row, or Space, emits ``toggled(item)``; the owner decides."""

    toggled = Signal(QListWidgetItem)

    def __init__(self) -> None:
        super().__init__()
        self.itemClicked.connect(self.toggled.emit)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) and self.currentItem() is not None:
            self.toggled.emit(self.currentItem())
            return
        super().keyPressEvent(event)

    def show_people(self, records: Iterable, ticked: Iterable[int]) -> int:
        """Show ``records`` by name and birth year, those in ``ticked`` ticked, keeping the current row;
        returns how many are ticked."""
        current, ticked = self.currentRow(), set(ticked)
        self.clear()
        for record in records:
            item = QListWidgetItem(person_text(record), self)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setFlags(ROW_FLAGS)
            item.setCheckState(Qt.CheckState.Checked if record.id in ticked else Qt.CheckState.Unchecked)
        self.setCurrentRow(min(max(current, 0), self.count() - 1))
        return len(ticked & {self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())})

    def ticked_ids(self) -> list[int]:
        """The ids of the ticked rows, in list order."""
        items = (self.item(row) for row in range(self.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
