"""Gallring (Verktyg menu): participants with no attendance for the configured retention time,
listed with why they are due; the ones the user selects are erased after a confirmation
(``services.retention``: one person per transaction, each in the audit log)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
)

from healthcentre.changes import Entity
from healthcentre.services import retention
from healthcentre.ui.dialogs.confirm import confirm
from healthcentre.ui.empty_state import EmptyNote


class RetentionDialog(QDialog):
    """The participants due for erasure on this site; "Erase selected…" forgets them."""

    def __init__(self, window, months: int | None = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.months = window.settings().retention_months if months is None else months
        self.due: list[retention.DueForErasure] = []
        self.setObjectName("retention-dialog")
        self.setWindowTitle(self.tr("Retention"))
        self.intro = QLabel(self.tr("Participants with no attendance in the last {months} months. Erasing removes "
                                    "name, birth year, gender, municipality, target groups and consent for good; "
                                    "attendance stays in the counts without a name.").format(months=self.months))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("due-table")
        self.table.setAccessibleName(self.tr("Participants due for erasure"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Registered"), self.tr("Last attended")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty_note = EmptyNote()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.erase_button = QPushButton(self.tr("&Erase selected…"))
        self.erase_button.setObjectName("erase-selected")
        self.erase_button.setEnabled(False)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(lambda: self.erase_selected())
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.erase_button.setEnabled(bool(self.table.selectionModel().selectedRows())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_note)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 45, self.fontMetrics().height() * 25)
        self.reload()

    def reload(self) -> None:
        """Read the participants due for erasure on the worker."""
        months, site_id = self.months, self.window_.site.id
        self.window_.ops.run(lambda db: retention.participants_due_for_erasure(db, months=months, site_id=site_id),
                             success=self._show, parent=self)

    def _show(self, due: list[retention.DueForErasure]) -> None:
        self.due = due
        self.table.setRowCount(len(due))
        for row, person in enumerate(due):
            never = self.tr("never")
            cells = (person.display_name or "—", person.registered_on.isoformat(),
                     person.last_attended.isoformat() if person.last_attended else never)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.participant_id)
                self.table.setItem(row, column, item)
        self.erase_button.setEnabled(False)
        self.empty_note.show_if(not due, self.tr(
            "No participant is due for erasure: everyone at this site has attended, or was registered, "
            "within the last {months} months.").format(months=self.months))

    def selected_ids(self) -> list[int]:
        """The participants selected in the list."""
        return [self.due[index.row()].participant_id for index in self.table.selectionModel().selectedRows()]

    def erase_selected(self) -> None:
        """Erase the selected participants after asking; the list is read again afterwards."""
        ids = self.selected_ids()
        if not ids:
            return
        text = self.tr("Erase {count} participants? This cannot be undone.").format(count=len(ids))
        if not confirm(self, self.tr("Erase participants"), text, self.tr("Erase")):
            return

        def work(db, progress):
            for done, participant_id in enumerate(ids):
                progress.check()
                progress.report(done, len(ids))
                retention.erase_participants(db, [participant_id])
            return len(ids)

        self.window_.ops.run_with_progress(work, label=self.tr("Erasing participants…"), success=self._erased,
                                           failure=self._failed, parent=self)

    def _erased(self, count: int) -> None:
        self.window_.notify_changed(Entity.PARTICIPANTS | Entity.ATTENDANCE)
        self.window_.statusBar().showMessage(self.tr("{count} participants erased.").format(count=count))
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        """Those erased before a cancel or an error stay erased: refresh, and explain any error."""
        from healthcentre.ui.operations import Cancelled, show_error

        self.window_.notify_changed(Entity.PARTICIPANTS | Entity.ATTENDANCE)
        self.reload()
        if not isinstance(exc, Cancelled):
            show_error(self, exc)


def open_retention(window) -> RetentionDialog:
    """Show the Gallring dialog (non-modal, so the worker's answers reach it)."""
    dialog = RetentionDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def install(window) -> None:
    """Add "Gallring…" to the Verktyg menu."""
    window.add_action("tools", QCoreApplication.translate("Retention", "Retention…"), lambda: open_retention(window), name="retention")
