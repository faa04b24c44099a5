"""Anslut till länet: the one-time code (with the receiver's address), or for a site without
network the county's site code and token handed over on paper or a USB stick."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget,
)

from healthcentre import config
from healthcentre.errors import ConfigError
from healthcentre.sync import enrolment
from healthcentre.ui.forms import FormErrors


class EnrolDialog(QDialog):
    """Enrols the site ``site_id`` on the worker; ``result_`` holds the ``Enrolment`` once accepted."""

    def __init__(self, ops, *, site_id: int, settings: config.Settings, parent=None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.settings = settings
        self.site_id = site_id
        self.result_: enrolment.Enrolment | None = None
        self.setWindowTitle(self.tr("Enrol with the county"))
        self.setObjectName("enrol-dialog")
        self.url = QLineEdit(self.settings.receiver_url or "")
        self.url.setAccessibleName(self.tr("Address of the county receiver"))
        self.url.setPlaceholderText("https://…")
        self.url.setEnabled(not self.settings.is_locked("receiver_url"))
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("One-time code"))
        self.site_code = QLineEdit()
        self.site_code.setAccessibleName(self.tr("The county's code for the site"))
        self.token = QLineEdit()
        self.token.setAccessibleName(self.tr("Token from the county"))
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.online_errors, self.offline_errors = FormErrors(), FormErrors()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._online_page(), self.tr("With network"))
        self.tabs.addTab(self._offline_page(), self.tr("Without network"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Enrol"))
        buttons.accepted.connect(self.enrol)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)

    def _online_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self._intro(self.tr("IT or the county gives you a one-time code. It is exchanged for the "
                                        "site's key, which stays on this computer.")))
        form.addRow(self.tr("County &address"), self.online_errors.field("receiver_url", self.url))
        form.addRow(self.tr("One-time &code"), self.online_errors.field("code", self.code))
        form.addRow(self.online_errors.general)
        return page

    def _offline_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self._intro(self.tr("For a site that never has network: the county gives the site's code "
                                        "and token. Counts are then carried to the county with Export to file.")))
        form.addRow(self.tr("&Site code"), self.offline_errors.field("site_code", self.site_code))
        form.addRow(self.tr("&Token"), self.offline_errors.field("token", self.token))
        form.addRow(self.offline_errors.general)
        return page

    @staticmethod
    def _intro(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def enrol(self) -> None:
        """Enrol on the worker; errors stay in the dialog next to the field they concern."""
        site_id = self.site_id
        if self.tabs.currentIndex() == 0:
            errors, code = self.online_errors, self.code.text()
            url, ca_bundle = self.url.text().strip() or self.settings.receiver_url, self.settings.ca_bundle

            def work(db):
                return enrolment.enrol(db, code=code, url=url, site_id=site_id, ca_bundle=ca_bundle)
        else:
            errors, site_code, token = self.offline_errors, self.site_code.text(), self.token.text()

            def work(db):
                return enrolment.enrol_offline(db, site_code=site_code, token=token, site_id=site_id)
        errors.clear()
        self.ops.run(work, success=self._enrolled, failure=errors.show, parent=self)

    def _enrolled(self, result: enrolment.Enrolment) -> None:
        try:
            config.remember_receiver_url(result.url)
        except ConfigError as exc:  # enrolled, but the address could not be kept: say why in the dialog
            self.online_errors.show(exc)
            return
        self.result_ = result
        self.accept()
