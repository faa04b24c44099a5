"""The participant form: new or existing, with the possible-duplicate question, the register
extract and erasure."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QMessageBox, QPushButton, QSpinBox, QVBoxLayout,
)

from healthcentre.changes import Entity
from healthcentre.errors import PossibleDuplicateError
from healthcentre.services import participants
from healthcentre.services.participants import MIN_BIRTH_YEAR, ParticipantRecord
from healthcentre.ui.dialogs.confirm import confirm
from healthcentre.ui.forms import FormErrors
from healthcentre.ui.labels import gender_items
from healthcentre.ui.widgets import CodeChecklist, OptionalDate, fill_combo, select_value


class ParticipantForm(QDialog):
    """Create or edit one participant. After ``accepted``, ``participant_id`` is the person chosen:
    the one saved, or the existing one the user said it was."""

    def __init__(self, window, record: ParticipantRecord | None = None, name: str = "", parent=None) -> None:
        super().__init__(parent or window)
        self.main = window
        self.record = record
        self.participant_id: int | None = record.id if record else None
        self.setObjectName("participant-form")
        self.setWindowTitle(self.tr("Participant") if record else self.tr("New participant"))
        self.errors = FormErrors()
        self._build(name)
        self._fill(record)

    def _build(self, name: str) -> None:
        cat = self.main.catalogues
        self.name = QLineEdit(name)
        self.name.setObjectName("display_name")
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("First name and surname, as you know the person"))
        self.birth_year = QSpinBox()
        self.birth_year.setRange(MIN_BIRTH_YEAR - 1, dt.date.today().year)
        self.birth_year.setSpecialValueText(self.tr("not stated"))
        self.birth_year.setAccessibleName(self.tr("Birth year"))
        self.gender = QComboBox()
        self.gender.setAccessibleName(self.tr("Gender"))
        fill_combo(self.gender, [(None, "—")] + gender_items())
        self.municipality = QComboBox()
        self.municipality.setAccessibleName(self.tr("Municipality of residence"))
        fill_combo(self.municipality, [(None, "—")] + cat.municipality_items(), self.main.site.municipality_code)
        self.groups = CodeChecklist()
        self.groups.setAccessibleName(self.tr("Target groups"))
        self.groups.set_items(cat.group_items())
        self.consent = OptionalDate(self.tr("given on"))  # unticked: consent is an active choice, today once ticked
        self.consent.setAccessibleName(self.tr("Consent date"))
        self.first_activity = QComboBox()
        self.first_activity.setAccessibleName(self.tr("First organised activity"))
        fill_combo(self.first_activity, [(None, "—"), (True, self.tr("Yes")), (False, self.tr("No"))])
        form = QFormLayout()
        e = self.errors
        form.addRow(self.tr("&Name"), e.field("display_name", self.name))
        form.addRow(self.tr("&Birth year"), e.field("birth_year", self.birth_year))
        form.addRow(self.tr("&Gender"), e.field("gender", self.gender))
        form.addRow(self.tr("&Municipality"), e.field("municipality_code", self.municipality))
        form.addRow(self.tr("&Target groups"), e.field("target_groups", self.groups))
        form.addRow(self.tr("&Consent"), e.field("consent_date", self.consent))
        form.addRow(self.tr("&First organised activity ever"), e.field("first_organised_activity", self.first_activity))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        if self.record is not None:
            self.forget_button = QPushButton(self.tr("&Forget participant…"))
            self.forget_button.setObjectName("forget-participant")
            buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.forget_button.clicked.connect(self.forget)
            self.extract_button = QPushButton(self.tr("Register &extract…"))
            self.extract_button.setObjectName("register-extract")
            self.extract_button.setToolTip(self.tr("Everything stored about the person, as JSON and PDF"))
            buttons.addButton(self.extract_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.extract_button.clicked.connect(lambda: self.save_extract())
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)

    def _fill(self, record: ParticipantRecord | None) -> None:
        if record is None:
            return
        self.name.setText(record.display_name or "")
        self.birth_year.setValue(record.birth_year or self.birth_year.minimum())
        select_value(self.gender, record.gender.value if record.gender else None)
        select_value(self.municipality, record.municipality_code)
        self.groups.set_codes(record.target_groups)
        self.consent.set_value(record.consent_date)
        select_value(self.first_activity, record.first_organised_activity)

    def values(self) -> dict:
        """What the form holds, as the services' keyword arguments."""
        year = self.birth_year.value()
        return dict(
            display_name=self.name.text(),
            birth_year=None if year == self.birth_year.minimum() else year,
            gender=self.gender.currentData(),
            municipality_code=self.municipality.currentData(),
            target_groups=self.groups.codes(),
            consent_date=self.consent.value(),
            first_organised_activity=self.first_activity.currentData(),
        )

    def save(self, confirm_duplicate: bool = False) -> None:
        """Save through the services; errors appear at their field and nothing typed is lost."""
        values = self.values()
        site_id = self.main.site.id
        record_id = self.participant_id if self.record else None
        if record_id is None:
            work = lambda db: participants.create_participant(db, site_id=site_id, confirm_duplicate=confirm_duplicate,
                                                              **values)
        else:
            work = lambda db: participants.update_participant(db, record_id, confirm_duplicate=confirm_duplicate,
                                                              **values)
        self.errors.clear()
        self.save_button.setEnabled(False)
        self.main.ops.run(work, success=self._saved, failure=self._failed, parent=self)

    def _saved(self, record: ParticipantRecord) -> None:
        self.save_button.setEnabled(True)
        self.participant_id = record.id
        self.main.notify_changed(Entity.PARTICIPANTS)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, PossibleDuplicateError):
            self._ask_duplicate(exc)
        else:
            self.errors.show(exc)

    def _ask_duplicate(self, exc: PossibleDuplicateError) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Possible duplicate"), exc.message(),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("duplicate-box")
        same = box.addButton(self.tr("Same person – use the existing one"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("Another person – save"), QMessageBox.ButtonRole.ActionRole)
        if self.record is not None:
            same.setEnabled(False)
        box.exec()
        if box.clickedButton() is same:
            self.participant_id = exc.duplicate_ids[0]
            self.accept()
        elif box.clickedButton() is other:
            self.save(confirm_duplicate=True)
        else:
            self.errors.show(exc)

    def save_extract(self, folder=None) -> None:
        """Write the person's register extract (JSON and PDF) to a folder the user chooses."""
        from healthcentre.ui.register_extract import save_register_extract

        save_register_extract(self.main, self.record.id, parent=self, folder=folder)

    def forget(self) -> None:
        """Erase the person after asking (their attendance stays, unnamed)."""
        text = self.tr("Forget {name}? Name, birth year, gender, municipality, target groups and consent are "
                       "erased for good. Attendance stays in the counts without a name.").format(
            name=self.record.display_name)
        if not confirm(self, self.tr("Forget participant"), text, self.tr("Forget")):
            return
        record_id = self.record.id
        self.main.ops.run(lambda db: participants.forget_participant(db, record_id), success=self._forgotten,
                          failure=self.errors.show, parent=self)

    def _forgotten(self, _result) -> None:
        self.main.notify_changed(Entity.PARTICIPANTS | Entity.ATTENDANCE)
        self.participant_id = None
        self.reject()
