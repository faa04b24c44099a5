"""Målgrupper: the county's catalogue (read-only) and the site's own groups (editable)."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout,
)

from healthcentre.changes import Entity
from healthcentre.services import target_groups
from healthcentre.ui.dialogs.confirm import confirm
from healthcentre.ui.dialogs.local_group import LocalGroupDialog
from healthcentre.ui.views.base import View
from healthcentre.ui.widgets import localized, list_table


class TargetGroupsView(View):
    """All target groups; local ones can be added, changed and deleted."""

    name = "target_groups"
    watches = Entity.TARGET_GROUPS | Entity.CATALOGUES

    def __init__(self, window) -> None:
        super().__init__(window)
        self.groups = []
        self.dialog: LocalGroupDialog | None = None
        self.table = list_table("target-group-table", self.tr("Target groups"),
                                [self.tr("Name"), self.tr("Code"), self.tr("Counts as"), self.tr("Catalogue")])
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(self.tr("&Add local group…"))
        self.add_button.clicked.connect(self.add_group)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        note = QLabel(self.tr("The county's target groups are the same everywhere and cannot be changed. "
                              "Add your own groups as local groups; each counts as one of the county's groups "
                              "in the follow-up."))
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.delete_button, self.edit_button, self.add_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.title()}</h2>"))
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Target groups")

    def refresh(self) -> None:
        site_id = self.main.site.id
        self.main.ops.run(lambda db: target_groups.list_target_groups(db, site_id=site_id), success=self._show,
                          parent=self)

    def _show(self, groups) -> None:
        self.groups = groups
        names = {g.code: g for g in groups if g.is_county}
        muted = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        self.table.setRowCount(len(groups))
        for row, group in enumerate(groups):
            county = names.get(group.county_code)
            cells = [self._name(group), group.code, self._name(county) if county else group.county_code,
                     self.tr("County (read-only)") if group.is_county else self.tr("Local")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if group.is_county:
                    item.setForeground(muted)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _name(self, group) -> str:
        return localized(group)

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.groups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        group = self._selected()
        local = group is not None and not group.is_county
        self.edit_button.setEnabled(local)
        self.delete_button.setEnabled(local)

    def add_group(self) -> None:
        """Open the form for a new local group."""
        self.dialog = LocalGroupDialog(self.main, parent=self)
        self.dialog.open()

    def edit_selected(self) -> None:
        """Open the form of the selected local group."""
        group = self._selected()
        if group is not None and not group.is_county:
            self.dialog = LocalGroupDialog(self.main, group, parent=self)
            self.dialog.open()

    def delete_selected(self) -> None:
        """Delete the selected local group after asking (the services refuse if it is in use)."""
        group = self._selected()
        if group is None or group.is_county:
            return
        text = self.tr("Delete the local target group “{name}”?").format(name=self._name(group))
        if confirm(self, self.tr("Delete target group"), text, self.tr("Delete")):
            self.main.ops.run(lambda db: target_groups.delete_local_group(db, group.id),
                              success=lambda _r: self.main.notify_changed(Entity.TARGET_GROUPS), parent=self)


VIEW = TargetGroupsView
