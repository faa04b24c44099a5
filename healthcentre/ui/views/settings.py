"""Inställningar: language, which site this computer registers for, and the site's details."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)

from healthcentre import config, paths
from healthcentre.changes import Entity
from healthcentre.errors import HealthcentreError
from healthcentre.services import sites
from healthcentre.ui import i18n
from healthcentre.ui.forms import FormErrors
from healthcentre.ui.labels import site_kind_items
from healthcentre.ui.operations import show_error
from healthcentre.ui.views.base import View
from healthcentre.ui.widgets import fill_combo


class SettingsView(View):
    """The user's own settings; what IT locked is shown but cannot be changed."""

    name = "settings"
    watches = Entity.SITE

    def __init__(self, window) -> None:
        super().__init__(window)
        self.errors = FormErrors()
        settings = self.main.settings()
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language"))
        fill_combo(self.language, list(i18n.LANGUAGES.items()), settings.language)
        self.language.setEnabled(not settings.is_locked("language"))
        self.language.activated.connect(self._language_chosen)
        self.site_choice = QComboBox()
        self.site_choice.setAccessibleName(self.tr("Site this computer registers for"))
        self.site_choice.activated.connect(self._site_chosen)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name of the site"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of site"))
        self.municipality = QComboBox()
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self.save_button = QPushButton(self.tr("&Save site"))
        self.save_button.clicked.connect(self.save_site)
        locked = settings.is_locked("site.name")
        for widget in (self.site_choice, self.name_edit, self.kind, self.municipality, self.save_button):
            widget.setEnabled(not locked)
        self._layout(locked)

    def _layout(self, locked: bool) -> None:
        general = QGroupBox(self.tr("General"))
        general_form = QFormLayout(general)
        general_form.addRow(self.tr("&Language"), self.language)
        data_dir = QLabel(str(paths.data_dir()))
        data_dir.setWordWrap(True)
        general_form.addRow(self.tr("Data folder"), data_dir)
        site = QGroupBox(self.tr("Site"))
        site_form = QFormLayout(site)
        site_form.addRow(self.tr("Registering &for"), self.site_choice)
        site_form.addRow(self.tr("&Name"), self.errors.field("name", self.name_edit))
        site_form.addRow(self.tr("&Kind"), self.errors.field("kind", self.kind))
        site_form.addRow(self.tr("&Municipality"), self.errors.field("municipality_code", self.municipality))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        site_form.addRow(buttons)
        site_form.addRow(self.errors.general)
        if locked:
            site_form.addRow(QLabel(self.tr("IT has set the site for this computer.")))
        for box in (general, site):
            box.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 60)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.title()}</h2>"))
        layout.addWidget(general)
        layout.addWidget(site)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Settings")

    def refresh(self) -> None:
        site = self.main.site
        self.name_edit.setText(site.name)
        fill_combo(self.kind, site_kind_items(), site.kind.value if hasattr(site.kind, "value") else site.kind)
        fill_combo(self.municipality, self.main.catalogues.municipality_items(), site.municipality_code)
        self.main.ops.run(sites.list_sites, success=self._show_sites, parent=self)

    def _show_sites(self, rows) -> None:
        self.sites = rows
        fill_combo(self.site_choice, [(row.id, row.name) for row in rows], self.main.site.id)

    def _language_chosen(self, _index: int) -> None:
        language = self.language.currentData()
        try:
            config.save_user_setting("language", language)
        except HealthcentreError as exc:
            show_error(self, exc)
            return
        self.main.switch_language(language)

    def _site_chosen(self, _index: int) -> None:
        chosen = next((row for row in self.sites if row.id == self.site_choice.currentData()), None)
        if chosen is None or chosen.id == self.main.site.id:
            return
        try:
            config.save_user_setting("site.name", chosen.name)
        except HealthcentreError as exc:
            show_error(self, exc)
            return
        self.main.set_site(chosen)

    def save_site(self) -> None:
        """Store the site's name, kind and municipality through the services."""
        site_id = self.main.site.id
        values = dict(name=self.name_edit.text(), kind=self.kind.currentData(),
                      municipality_code=self.municipality.currentData())
        self.errors.clear()
        self.main.ops.run(lambda db: sites.update_site(db, site_id, **values), success=self._saved,
                          failure=self.errors.show, parent=self)

    def _saved(self, site) -> None:
        if self.main.settings().site_name == self.main.site.name:
            config.save_user_setting("site.name", site.name)
        self.main.set_site(site)


VIEW = SettingsView
