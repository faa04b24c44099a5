"""The first start on a computer: which site does it register for?"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from healthcentre.config import Settings
from healthcentre.data.models import Site
from healthcentre.services import sites
from healthcentre.ui.forms import FormErrors
from healthcentre.ui.labels import site_kind_items
from healthcentre.ui.widgets import fill_combo


class FirstRunDialog(QDialog):
    """Name, kind and municipality of the site; after ``accepted``, ``site`` is the one created."""

    def __init__(self, ops, municipalities: list[tuple[str, str]], settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.site: Site | None = None
        self.setObjectName("first-run")
        self.setWindowTitle(self.tr("Welcome"))
        self.errors = FormErrors()
        intro = QLabel(self.tr("Which site does this computer register for? You can change it later under "
                               "Settings."))
        intro.setWordWrap(True)
        self.name = QLineEdit(settings.site_name or "")
        self.name.setAccessibleName(self.tr("Name of the site"))
        self.name.setPlaceholderText(self.tr("e.g. Hälsocenter Vetlanda"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of site"))
        fill_combo(self.kind, site_kind_items(), settings.site_kind)
        self.municipality = QComboBox()
        self.municipality.setAccessibleName(self.tr("Municipality"))
        fill_combo(self.municipality, [(None, "—")] + municipalities, settings.municipality_code)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.errors.field("name", self.name))
        form.addRow(self.tr("&Kind"), self.errors.field("kind", self.kind))
        form.addRow(self.tr("&Municipality"), self.errors.field("municipality_code", self.municipality))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)

    def save(self) -> None:
        """Create the site; errors show at their field."""
        values = dict(name=self.name.text(), kind=self.kind.currentData(),
                      municipality_code=self.municipality.currentData() or "")
        self.errors.clear()
        self.ops.run(lambda db: sites.create_site(db, **values), success=self._created, failure=self.errors.show,
                     parent=self)

    def _created(self, site: Site) -> None:
        self.site = site
        self.accept()
