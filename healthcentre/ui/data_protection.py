"""Backups in the window: "Återställ från säkerhetskopia", "Säkerhetskopiera nu" and the
start-up question when the register is damaged (installed through actions.py).

Restoring while the window is open runs on the worker: the engine lets go of the
file, the backup replaces it (a copy of the current file is kept first) and the
next query opens the restored file; every page then refreshes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from healthcentre.changes import EVERYTHING
from healthcentre.data import backups
from healthcentre.data.database import Database, check_after_open, open_database
from healthcentre.data.integrity import DatabaseDamagedError
from healthcentre.services import sharing
from healthcentre.ui.operations import show_error


def kind_label(kind: str) -> str:
    """The kind of a backup in the user's language."""
    if kind.startswith("before-migration"):
        return QCoreApplication.translate("DataProtection", "Before an update")
    labels = {
        backups.DAILY: QCoreApplication.translate("DataProtection", "Daily"),
        backups.MANUAL: QCoreApplication.translate("DataProtection", "Manual"),
        backups.BEFORE_RESTORE: QCoreApplication.translate("DataProtection", "Before a restore"),
        backups.BEFORE_ENCRYPT: QCoreApplication.translate("DataProtection", "Before encryption"),
    }
    return labels.get(kind, kind)


def open_register_or_restore(parent=None, *, check: bool = True, encrypt: bool = False) -> Database | None:
    """Open the register at start; if it is damaged, offer to restore the newest good backup.

    ``check=False`` leaves the integrity check and the daily backup to a
    ``StartupCheck`` on the window's worker; ``encrypt`` is the machine configuration's
    ``database.encrypt``. Returns None if the user chose to quit
    (the damaged file is left untouched)."""
    while True:
        try:
            db = open_database(check=check, daily_backup=check, encrypt=encrypt)
            sharing.activate(db)
            return db
        except DatabaseDamagedError as exc:
            if not offer_restore(exc, parent):
                return None


class StartupCheck:
    """The register's integrity check and daily backup, queued on the worker ahead of every write
    (only reads, such as the first page's figures, may come before it: ``open_window``).

    The app opens the register without checking it (``open_database(check=False)``)
    so the window paints sooner. Every write goes through the same worker and so
    waits behind this check; if it fails, the worker takes no more jobs, the
    register is let go and the damaged-register question is shown. ``restored``
    is then True if the user restored the newest good backup (the app opens it
    anew) and ``damaged`` is True either way."""

    def __init__(self, db: Database, ops) -> None:
        self.db = db
        self.window = None  # the main window, once it is built; closed if the check fails
        self.damaged = False
        self.restored = False
        ops.run(check_after_open, failure=self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, DatabaseDamagedError):
            show_error(self.window, error)
            return
        self.damaged = True
        self.db.close()
        if self.window is not None:
            self.window.hide()
        elif isinstance(QApplication.activeModalWidget(), QDialog):
            QApplication.activeModalWidget().reject()  # the first-run dialog: no window is built then
        self.restored = offer_restore(error)
        if self.window is not None:
            self.window.close()


def offer_restore(error: DatabaseDamagedError, parent=None) -> bool:
    """Show why the register cannot be opened; True if the user restored the newest good backup."""
    title = QCoreApplication.translate("DataProtection", "The register cannot be opened")
    box = QMessageBox(QMessageBox.Icon.Critical, title, error.message(), parent=parent)
    box.setObjectName("damaged-register")
    restore = None
    if error.newest_backup is not None:
        restore = box.addButton(QCoreApplication.translate("DataProtection", "Restore the backup"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("DataProtection", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    backups.restore_backup(error.newest_backup.name, error.path)
    return True


class RestoreDialog(QDialog):
    """The list of backups; the chosen one replaces the register after a confirmation."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.rows: list[backups.BackupInfo] = []
        self.setObjectName("restore-dialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backup-table")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectedItems())))
        note = QLabel(self.tr("The register is replaced by the backup you choose. A copy of the register as it "
                              "is now is kept among the backups first, so nothing is lost."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 360)
        window.ops.run(lambda db: backups.list_backups(db.path), success=self.show_backups, parent=self)

    def show_backups(self, rows: list[backups.BackupInfo]) -> None:
        """Fill the table, newest first."""
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, info in enumerate(rows):
            values = (info.created_local.strftime("%Y-%m-%d %H:%M"), kind_label(info.kind),
                      size_text(info.size))
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))
        if rows:
            self.table.selectRow(0)

    def restore_selected(self) -> None:
        """Ask once more, then restore the chosen backup on the worker."""
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        info = self.rows[selected[0].row()]
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Replace the register by the backup from %1?").replace("%1", info.created_local.strftime("%Y-%m-%d %H:%M")))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.window_.ops.run(lambda db: restore_open_register(db, info.name), success=self._restored, parent=self)

    def _restored(self, kept: backups.BackupInfo | None) -> None:
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "The register has been restored. The register as it was is kept as %1.").replace(
            "%1", kept.name if kept else "–"))
        self.window_.notify_changed(EVERYTHING)
        self.accept()


def size_text(size: int) -> str:
    """A file size as the user reads it, with the UI locale's decimal comma: "1,1 MB"."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def restore_open_register(db: Database, name: str) -> backups.BackupInfo | None:
    """Restore backup ``name`` under an open register (on the worker): let go of the file first."""
    db.engine.dispose()
    return backups.restore_backup(name, db.path)


def back_up_now(window) -> None:
    """Take a manual backup on the worker and say where it is."""
    def done(info: backups.BackupInfo) -> None:
        text = QCoreApplication.translate("DataProtection", "Backup taken: %1")
        window.statusBar().showMessage(text.replace("%1", info.name), 8000)

    window.ops.run(lambda db: backups.create_backup(db.path), success=done)


def install(window) -> None:
    """Add "Restore from backup…" to the File menu and "Back up now" to Tools."""
    window.add_action("file", QCoreApplication.translate("DataProtection", "Restore from &backup…"),
                      lambda: RestoreDialog(window).exec(), name="restore-backup")
    window.add_action("tools", QCoreApplication.translate("DataProtection", "&Back up now"),
                      lambda: back_up_now(window), name="backup-now")
