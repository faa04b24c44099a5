"""The possible-duplicates tab: each group side by side, pick the record to keep, merge or keep apart."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QListWidget, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from healthcentre.changes import Entity
from healthcentre.services import duplicates
from healthcentre.ui.dialogs.confirm import confirm
from healthcentre.ui.labels import gender_text


class DuplicatesTab(QWidget):
    """Lists the site's groups of possible duplicates and merges or dismisses the chosen one."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = window
        self.groups: list[duplicates.DuplicateGroup] = []
        self.group_list = QListWidget()
        self.group_list.setObjectName("duplicate-groups")
        self.group_list.setAccessibleName(self.tr("Groups of possible duplicates"))
        self.group_list.currentRowChanged.connect(self._show_group)
        self.table = QTableWidget()
        self.table.setObjectName("duplicate-records")
        self.table.setAccessibleName(self.tr("The records side by side"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep = QComboBox()
        self.keep.setObjectName("duplicate-keep")
        self.keep.setAccessibleName(self.tr("Record to keep"))
        self.keep.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.merge_button = QPushButton(self.tr("&Merge into the kept record"))
        self.merge_button.clicked.connect(self.merge)
        self.apart_button = QPushButton(self.tr("&Not the same person"))
        self.apart_button.clicked.connect(self.keep_apart)
        self.empty = QLabel(self.tr("No possible duplicates."))
        self._layout()
        self.reload()

    def _layout(self) -> None:
        keep_label = QLabel(self.tr("&Keep:"))
        keep_label.setBuddy(self.keep)
        actions = QHBoxLayout()
        actions.addWidget(keep_label)
        actions.addWidget(self.keep, 1)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.apart_button)
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addWidget(self.group_list, 1)
        body.addLayout(right, 3)
        intro = QLabel(self.tr("The same name and birth year: choose the record to keep, then merge "
                               "(visits, enrolments and target groups move to it), or mark them as different people."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addLayout(body, 1)
        self.setTabOrder(self.group_list, self.table)
        self.setTabOrder(self.table, self.keep)
        self.setTabOrder(self.keep, self.merge_button)
        self.setTabOrder(self.merge_button, self.apart_button)

    def reload(self) -> None:
        """Fetch the groups again on the worker."""
        site_id = self.main.site.id
        self.main.ops.run(lambda db: duplicates.possible_duplicates(db, site_id), success=self._loaded, parent=self)

    def _loaded(self, groups: list[duplicates.DuplicateGroup]) -> None:
        self.groups = groups
        self.group_list.clear()
        for group in groups:
            first = group.members[0].record
            self.group_list.addItem(self.tr("{name}, born {year} ({count})").format(
                name=first.display_name, year=group.birth_year or "?", count=len(group.members)))
        self.empty.setVisible(not groups)
        for widget in (self.merge_button, self.apart_button, self.keep):
            widget.setEnabled(bool(groups))
        if groups:
            self.group_list.setCurrentRow(0)
            self.group_list.setFocus()
        else:
            self._show_group(-1)

    def current(self) -> duplicates.DuplicateGroup | None:
        """The group shown, if any."""
        row = self.group_list.currentRow()
        return self.groups[row] if 0 <= row < len(self.groups) else None

    def _rows(self) -> list[tuple[str, object]]:
        catalogues = self.main.catalogues
        return [
            (self.tr("Name"), lambda m: m.record.display_name),
            (self.tr("Born"), lambda m: str(m.record.birth_year or "")),
            (self.tr("Gender"), lambda m: gender_text(m.record.gender)),
            (self.tr("Registered on"), lambda m: m.record.registered_on.isoformat()),
            (self.tr("Visits"), lambda m: str(m.visits)),
            (self.tr("Target groups"), lambda m: catalogues.group_names(m.record.target_groups)),
        ]

    def _show_group(self, row: int) -> None:
        group = self.groups[row] if 0 <= row < len(self.groups) else None
        members = group.members if group else ()
        rows = self._rows()
        self.table.clear()
        self.table.setColumnCount(len(members))
        self.table.setRowCount(len(rows) if members else 0)
        self.table.setVerticalHeaderLabels([label for label, _ in rows])
        self.table.setHorizontalHeaderLabels([self.tr("Record {id}").format(id=m.record.id) for m in members])
        for column, member in enumerate(members):
            for line, (_label, value) in enumerate(rows):
                self.table.setItem(line, column, QTableWidgetItem(value(member)))
        self.keep.clear()
        for member in members:
            self.keep.addItem(self.tr("Record {id}, registered {day}, {visits} visits").format(
                id=member.record.id, day=member.record.registered_on.isoformat(), visits=member.visits),
                member.record.id)

    def merge(self) -> None:
        """Merge every other record of the group into the one chosen to keep, after asking."""
        group = self.current()
        if group is None:
            return
        keep_id = self.keep.currentData()
        drop_ids = [m.record.id for m in group.members if m.record.id != keep_id]
        if not confirm(self, self.tr("Merge records"),
                       self.tr("Merge %n other record(s) into record {id}? They are deleted; this cannot be undone.",
                               "", len(drop_ids)).format(id=keep_id), self.tr("Merge")):
            return

        def work(db):
            for drop_id in drop_ids:
                duplicates.merge_participants(db, keep_id, drop_id)

        self.main.ops.run(work, success=lambda _r: self._done(), parent=self)

    def keep_apart(self) -> None:
        """Remember that the group's records are different people."""
        group = self.current()
        if group is None:
            return
        ids = [m.record.id for m in group.members]

        def work(db):
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    duplicates.dismiss_duplicate(db, a, b)

        self.main.ops.run(work, success=lambda _r: self._done(), parent=self)

    def _done(self) -> None:
        self.main.notify_changed(Entity.PARTICIPANTS | Entity.ATTENDANCE)
        self.reload()
