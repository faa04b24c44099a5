"""Dagens träff: a meeting place's day in one dialog — the gathering, today, its usual length,
the head-count of unregistered visitors and the registered ones who came."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QListWidgetItem, QSpinBox, QVBoxLayout,
)

from healthcentre.changes import Entity
from healthcentre.services import sessions
from healthcentre.ui.dialogs.checklist import CheckList
from healthcentre.ui.forms import FormErrors
from healthcentre.ui.undo import undo_stack
from healthcentre.ui.widgets import date_edit, to_date

MAX_HEAD_COUNT = 9999


class DropInDialog(QDialog):
    """Pick the gathering; date, length and the day's numbers are prefilled; Save stores it all at once."""

    def __init__(self, window, parent=None) -> None:
        super().__init__(parent or window)
        self.main = window
        self.day = None  # the services' DropIn for the chosen gathering and date
        self.setObjectName("drop-in-dialog")
        self.setWindowTitle(self.tr("Today's gathering"))
        self.errors = FormErrors()
        self.activity = QComboBox()
        self.activity.setObjectName("drop-in-activity")
        self.activity.setAccessibleName(self.tr("Gathering"))
        self.date = date_edit(dt.date.today())
        self.date.setObjectName("drop-in-date")
        self.date.setAccessibleName(self.tr("Date"))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("drop-in-minutes")
        self.minutes.setRange(sessions.MIN_MINUTES, sessions.MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        self.head_count = QSpinBox()
        self.head_count.setObjectName("drop-in-head-count")
        self.head_count.setRange(0, MAX_HEAD_COUNT)
        self.head_count.setAccessibleName(self.tr("Unregistered visitors"))
        self.head_count.valueChanged.connect(lambda _v: self._count())
        self.visitors = CheckList()
        self.visitors.setObjectName("drop-in-visitors")
        self.visitors.setAccessibleName(self.tr("Registered visitors: click a row or press Space to tick who came"))
        self.visitors.toggled.connect(self._toggle)
        self.visitor_count = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)  # Enter in a number field saves the day: gathering, count, Enter
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.activity.currentIndexChanged.connect(lambda _i: self.load_day())
        self.date.dateChanged.connect(lambda _d: self.load_day())
        self._load_activities()

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Gathering"), self.errors.field("activity_id", self.activity))
        form.addRow(self.tr("&Date"), self.errors.field("date", self.date))
        form.addRow(self.tr("&Length"), self.errors.field("minutes", self.minutes))
        form.addRow(self.tr("&Unregistered visitors"), self.errors.field("unregistered_count", self.head_count))
        visitors = QLabel(self.tr("&Registered visitors"))
        visitors.setBuddy(self.visitors)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(visitors)
        layout.addWidget(self.visitors, 1)
        layout.addWidget(self.visitor_count)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 36, self.fontMetrics().height() * 30)
        self.head_count.setFocus()  # the gathering, date and length are prefilled: type the count, Enter

    def _load_activities(self) -> None:
        site_id, today = self.main.site.id, dt.date.today()
        self.main.ops.run(lambda db: sessions.drop_in_activities(db, site_id=site_id, day=today),
                          success=self._show_activities, parent=self)

    def _show_activities(self, records) -> None:
        self.activity.blockSignals(True)
        self.activity.clear()
        for record in records:
            self.activity.addItem(record.title, record.id)
        self.activity.blockSignals(False)
        if not records:
            self.errors.general.setText(self.tr("No activity runs today: create the gathering first "
                                                "(File → New activity)."))
            self.errors.general.show()
        self.save_button.setEnabled(bool(records))
        self.load_day()

    def load_day(self) -> None:
        """Fill length, head-count and visitors from the chosen gathering's day (or its usual length)."""
        activity_id, day = self.activity.currentData(), to_date(self.date.date())
        self.day = None
        if activity_id is None:
            return
        self.main.ops.run(lambda db: sessions.drop_in(db, activity_id, day), success=self._show_day, parent=self)

    def _show_day(self, day) -> None:
        if (day.activity_id, day.date) != (self.activity.currentData(), to_date(self.date.date())):
            return  # the user chose another gathering or date meanwhile
        self.day = day
        self.minutes.setValue(day.minutes)
        self.head_count.setValue(day.unregistered_count)
        self.head_count.selectAll()
        self.visitors.show_people(day.participants, day.present)
        self._count()

    def _toggle(self, item: QListWidgetItem) -> None:
        ticked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)
        self._count()

    def _count(self) -> None:
        registered = len(self.visitors.ticked_ids())
        self.visitor_count.setText(self.tr("{registered} registered and {unregistered} unregistered visitors")
                                   .format(registered=registered, unregistered=self.head_count.value()))

    def save(self) -> None:
        """Store the day through the services in one step; errors show at their field, nothing half-way."""
        if self.day is None:
            return
        values = dict(activity_id=self.day.activity_id, date=to_date(self.date.date()), minutes=self.minutes.value(),
                      unregistered_count=self.head_count.value(), participant_ids=self.visitors.ticked_ids())
        self.errors.clear()
        self.main.ops.run(lambda db: sessions.record_drop_in(db, **values), success=self._saved,
                          failure=self.errors.show, parent=self)

    def _saved(self, session) -> None:
        undo_stack(self.main).push(self.tr("Today's gathering {date}").format(date=session.date.isoformat()),
                                   _giving_back(self.day, session.id), Entity.SESSIONS | Entity.ATTENDANCE)
        self.main.notify_changed(Entity.SESSIONS | Entity.ATTENDANCE)
        self.main.statusBar().showMessage(self.tr("Today's gathering saved: {title}")
                                          .format(title=self.activity.currentText()), 8000)
        self.accept()


def _giving_back(before, session_id: int):
    """The write that undoes a saved day: the day as it was, or no session if there was none."""
    if before.session_id is None:
        return lambda db: sessions.delete_session(db, session_id)
    return lambda db: sessions.record_drop_in(db, activity_id=before.activity_id, date=before.date,
                                              minutes=before.minutes, unregistered_count=before.unregistered_count,
                                              participant_ids=sorted(before.present))


def open_drop_in(window) -> DropInDialog:
    """Open "Dagens träff" over the main window."""
    dialog = DropInDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

