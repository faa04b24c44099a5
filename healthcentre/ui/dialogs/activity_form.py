"""The fields of an activity: kind, title, dates, target groups and how it was run."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from healthcentre.services.activities import FLAGS, ActivityRecord
from healthcentre.ui.forms import FormErrors
from healthcentre.ui.widgets import CodeChecklist, OptionalDate, date_edit, fill_combo, from_date, select_value, to_date


class ActivityForm(QWidget):
    """The activity's own fields; ``values()`` gives the services' keyword arguments."""

    def __init__(self, window, parent=None) -> None:
        super().__init__(parent)
        self.main = window
        self.errors = FormErrors()
        cat = window.catalogues
        self.kind = QComboBox()
        self.kind.setObjectName("activity-kind")
        self.kind.setAccessibleName(self.tr("Kind of activity"))
        fill_combo(self.kind, cat.kind_items())
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("activity-title")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.start = date_edit(dt.date.today())
        self.start.setObjectName("activity-start")
        self.start.setAccessibleName(self.tr("Start date"))
        self.end = OptionalDate(self.tr("has an end date"))
        self.end.setAccessibleName(self.tr("End date"))
        self.groups = CodeChecklist()
        self.groups.setObjectName("activity-groups")
        self.groups.setAccessibleName(self.tr("Target groups"))
        self.groups.set_items(cat.group_items())
        self.groups.setMinimumHeight(self.fontMetrics().height() * 6)
        self.flags = {name: QCheckBox(text) for name, text in self._flag_texts().items()}
        form = QFormLayout()
        e = self.errors
        form.addRow(self.tr("&Kind"), e.field("kind", self.kind))
        form.addRow(self.tr("T&itle"), e.field("title", self.title_edit))
        form.addRow(self.tr("&Starts"), e.field("start_date", self.start))
        form.addRow(self.tr("Ends"), e.field("end_date", self.end))
        form.addRow(self.tr("Target &groups"), e.field("target_groups", self.groups))
        box = QGroupBox(self.tr("How it was run"))
        flags = QVBoxLayout(box)
        for checkbox in self.flags.values():
            flags.addWidget(checkbox)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.errors.general)

    def _flag_texts(self) -> dict[str, str]:
        texts = {
            "with_halsocenter": self.tr("Together with a Hälsocenter"),
            "within_halsocenter": self.tr("Within a Hälsocenter's own operation"),
            "with_recovery_college": self.tr("Together with a Recovery college"),
            "with_study_association": self.tr("With a study association"),
            "with_civil_society": self.tr("With civil society or a pensioners' association"),
            "peer_coproduced": self.tr("Co-produced with a peer"),
            "digital": self.tr("Digital (not on site)"),
        }
        return {flag: texts[flag] for flag in FLAGS}

    def values(self) -> dict:
        """Kind, title, dates, target groups and flags as keyword arguments."""
        return dict(
            kind=self.kind.currentData(), title=self.title_edit.text(), start_date=to_date(self.start.date()),
            end_date=self.end.value(), target_groups=self.groups.codes(),
            **{name: box.isChecked() for name, box in self.flags.items()},
        )

    def fill(self, record: ActivityRecord) -> None:
        """Show ``record``."""
        select_value(self.kind, record.kind_code)
        self.title_edit.setText(record.title)
        self.start.setDate(from_date(record.start_date))
        self.end.set_value(record.end_date)
        self.groups.set_codes(record.target_groups)
        for name, box in self.flags.items():
            box.setChecked(record.flags.get(name, False))
