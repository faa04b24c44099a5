"""The attendance grid of a course or study circle: participants × sessions, ticked with Space."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from healthcentre.ui.dialogs.checklist import person_text


# Built once: Qt asks for every cell's flags on each paint, and combining enum flags costs more than the lookup
CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable


class AttendanceGridModel(QAbstractTableModel):
    """Rows are the activity's participants, columns its sessions, cells check boxes."""

    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.editor = editor
        editor.state_changed.connect(self._reset)

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _state(self):
        return self.editor.state

    def rowCount(self, parent=QModelIndex()) -> int:
        state = self._state()
        return 0 if parent.isValid() or state is None else len(state.participants)

    def columnCount(self, parent=QModelIndex()) -> int:
        state = self._state()
        return 0 if parent.isValid() or state is None else len(state.sessions)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        state = self._state()
        if role != Qt.ItemDataRole.DisplayRole or state is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return state.sessions[section].date.strftime("%d/%m")
        return person_text(state.participants[section])

    def flags(self, index):
        return CELL_FLAGS

    def _key(self, index) -> tuple[int, int]:
        state = self._state()
        return state.participants[index.row()].id, state.sessions[index.column()].id

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            present = self._key(index) in self._state().present
            return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            present = self._key(index) in self._state().present
            return self.tr("present") if present else self.tr("absent")
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        participant_id, session_id = self._key(index)
        self.editor.set_present(participant_id, session_id, Qt.CheckState(value) == Qt.CheckState.Checked)
        return True


class AttendanceGrid(QWidget):
    """The grid with a line of help; arrow keys move, Space ticks."""

    def __init__(self, editor) -> None:
        super().__init__()
        self.model = AttendanceGridModel(editor)
        self.view = QTableView()
        self.view.setObjectName("attendance-grid")
        self.view.setAccessibleName(self.tr("Attendance grid: participants by sessions"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the grid; the arrow keys move inside it
        self.view.horizontalHeader().setDefaultSectionSize(self.fontMetrics().horizontalAdvance("00/00") + 24)
        self.model.modelReset.connect(self._restore_cursor)
        self._cursor = (0, 0)
        help_text = QLabel(self.tr("Arrow keys move between boxes, Space ticks or unticks, Tab leaves the grid."))
        help_text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(help_text)
        self.model.modelAboutToBeReset.connect(self._remember_cursor)

    def _remember_cursor(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._cursor = (index.row(), index.column())

    def _restore_cursor(self) -> None:
        row, column = self._cursor
        if self.model.rowCount() and self.model.columnCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1),
                                                       min(column, self.model.columnCount() - 1)))
