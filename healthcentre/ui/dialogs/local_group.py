"""Adding or changing a site's own target group, mapped to one of the county's groups."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout

from healthcentre.changes import Entity
from healthcentre.services import target_groups
from healthcentre.ui.forms import FormErrors
from healthcentre.ui.widgets import fill_combo


class LocalGroupDialog(QDialog):
    """Code, Swedish and English name, and the county group it counts as."""

    def __init__(self, window, group=None, parent=None) -> None:
        super().__init__(parent or window)
        self.main = window
        self.group = group
        self.setObjectName("local-group-dialog")
        self.setWindowTitle(self.tr("Local target group"))
        self.errors = FormErrors()
        self.code = QLineEdit(group.code if group else "")
        self.code.setAccessibleName(self.tr("Code"))
        self.name_sv = QLineEdit(group.name_sv if group else "")
        self.name_sv.setAccessibleName(self.tr("Name in Swedish"))
        self.name_en = QLineEdit(group.name_en if group else "")
        self.name_en.setAccessibleName(self.tr("Name in English"))
        self.county = QComboBox()
        self.county.setAccessibleName(self.tr("Counts as county group"))
        fill_combo(self.county, window.catalogues.county_group_items(), group.county_code if group else None)
        form = QFormLayout()
        form.addRow(self.tr("&Code"), self.errors.field("code", self.code))
        form.addRow(self.tr("Name (&Swedish)"), self.errors.field("name_sv", self.name_sv))
        form.addRow(self.tr("Name (&English)"), self.errors.field("name_en", self.name_en))
        form.addRow(self.tr("Counts as county &group"), self.errors.field("county_code", self.county))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Create or update the group through the services."""
        values = dict(code=self.code.text(), name_sv=self.name_sv.text(), name_en=self.name_en.text() or None,
                      county_code=self.county.currentData())
        site_id, group = self.main.site.id, self.group
        if group is None:
            work = lambda db: target_groups.create_local_group(db, site_id=site_id, **values)
        else:
            work = lambda db: target_groups.update_local_group(db, group.id, **values)
        self.errors.clear()
        self.main.ops.run(work, success=self._saved, failure=self.errors.show, parent=self)

    def _saved(self, _group) -> None:
        self.main.notify_changed(Entity.TARGET_GROUPS)
        self.accept()
