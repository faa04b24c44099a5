"""Delat register: start sharing, join with an invitation, or (once shared) see the state, exchange
and write an invitation. Opened from Tools ▸ Shared register… (``healthcentre.ui.shared_register``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from healthcentre import messages
from healthcentre.errors import HealthcentreError
from healthcentre.services import sharing, sites
from healthcentre.ui.forms import FormErrors
from healthcentre.ui.share_rounds import exchange_now, exchanging_label, show_round
from healthcentre.ui.sync_text import local_time


class SharedRegisterDialog(QDialog):
    """Start sharing, join with an invitation, or (once shared) see the state, exchange and invite."""

    def __init__(self, window, state: sharing.SharingStatus | None, site_code: str | None) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("shared-register-dialog")
        self.setWindowTitle(self.tr("Shared register"))
        self.errors = FormErrors()
        layout = QVBoxLayout(self)
        if state is None:
            layout.addWidget(self._not_shared(site_code))
        else:
            layout.addWidget(self._shared(state))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)

    # --- not shared yet -------------------------------------------------------

    def _not_shared(self, site_code: str | None) -> QWidget:
        intro = self._text(self.tr("Colleagues' laptops at the same site can share one register: everyone sees "
                                   "the same participants and activities, also after working offline. Changes "
                                   "travel sealed through a folder all of you reach (a network share, a synced "
                                   "folder or a USB stick), or through the county's server, which cannot read "
                                   "them (each laptop enrolled with the county as the site)."))
        self.site_code = QLineEdit(site_code or "")
        self.site_code.setObjectName("share-site-code")
        self.site_code.setAccessibleName(self.tr("The site's code at the county"))
        self.site_code.setPlaceholderText("HC-JKP-1")
        self.start_folder = self._folder_field("share-start-folder")
        self.start_relay = self._relay_choice("share-start-relay", self.start_folder)
        self.invitation = self._file_field("share-invitation")
        self.join_folder = self._folder_field("share-join-folder")
        self.join_relay = self._relay_choice("share-join-relay", self.join_folder)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("share-passphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase of the invitation"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._start_page(), self.tr("First laptop: start sharing"))
        self.tabs.addTab(self._join_page(), self.tr("Join with an invitation"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.tabs)
        layout.addWidget(self.errors.general)
        return page

    def _start_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("&Site code"), self.errors.field("site_code", self.site_code))
        form.addRow(self.tr("Shared &folder"), self.start_folder.parentWidget())
        form.addRow("", self.start_relay)
        button = QPushButton(self.tr("&Start sharing"))
        button.setObjectName("share-start")
        button.clicked.connect(self.start)
        form.addRow(button)
        return page

    def _join_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("&Invitation file"), self.invitation.parentWidget())
        form.addRow(self.tr("Shared &folder"), self.join_folder.parentWidget())
        form.addRow("", self.join_relay)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        button = QPushButton(self.tr("&Join"))
        button.setObjectName("share-join")
        button.clicked.connect(self.join)
        form.addRow(button)
        return page

    def start(self) -> None:
        """Start sharing as the site code through the folder or the county's relay, on the worker."""
        site_code, folder = self.site_code.text().strip(), self._carrier(self.start_folder, self.start_relay)
        settings = self.window_.settings()
        self._begin(lambda db, progress: sharing.start(db, site_code, folder, settings=settings,
                                                       progress=self._steps(progress)))

    def join(self) -> None:
        """Join with the invitation file and passphrase, on the worker."""
        folder, passphrase = self._carrier(self.join_folder, self.join_relay), self.passphrase.text()
        settings = self.window_.settings()
        try:
            data = Path(self.invitation.text().strip()).read_bytes()
        except OSError as error:
            self.errors.clear()
            self.errors.show(HealthcentreError("invitation_invalid", reason=error.strerror or type(error).__name__))
            return
        self._begin(lambda db, progress: sharing.join(db, data, passphrase, folder, settings=settings,
                                                      progress=self._steps(progress)))

    @staticmethod
    def _carrier(folder: QLineEdit, relay: QCheckBox) -> Path | None:
        """The folder typed, or None when the county's relay is chosen."""
        return None if relay.isChecked() else Path(folder.text().strip())

    def _begin(self, work) -> None:
        self.errors.clear()
        self.window_.ops.run_with_progress(work, label=exchanging_label(), success=self._begun,
                                           failure=self.errors.show, parent=self)

    @staticmethod
    def _steps(progress):
        return lambda done, total: progress.report(done, total)

    def _begun(self, report) -> None:
        show_round(self.window_, report)
        self.window_.ops.run(sites.list_sites, success=self._keep_a_site, parent=self.window_)
        self.accept()

    def _keep_a_site(self, registered) -> None:
        """A new laptop that joined let its own empty site go: register for the shared one instead."""
        current = getattr(self.window_, "site", None)
        if registered and (current is None or all(site.uid != current.uid for site in registered)):
            self.window_.set_site(registered[0])

    # --- shared ---------------------------------------------------------------

    def _shared(self, state: sharing.SharingStatus) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        last = local_time(state.last_exchange_at)
        through = str(state.sharing.folder) if state.sharing.folder else self.tr("The county's server (relay)")
        rows = ((self.tr("Site"), state.sharing.site_code), (self.tr("Shared through"), through),
                (self.tr("This laptop"), state.device_name), (self.tr("Laptops"), ", ".join(state.laptops)),
                (self.tr("Own changes"), str(state.own_changes)),
                (self.tr("Changes from colleagues"), str(state.changes_from_others)),
                (self.tr("Last exchange"), last))
        for label, value in rows:
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
        if state.held:
            form.addRow(self._text(messages.text("register_update_app", version="?")))
        if state.open_conflicts:
            form.addRow(self._text(self.tr("{count} conflicts to sort out: see Check the register, tab Conflicts.")
                                   .format(count=state.open_conflicts)))
        exchange = QPushButton(self.tr("&Exchange now"))
        exchange.setObjectName("share-exchange")
        exchange.clicked.connect(lambda: exchange_now(self.window_, parent=self, done=lambda _r: self.accept()))
        invite = QPushButton(self.tr("Create &invitation…"))
        invite.setObjectName("share-invite")
        invite.clicked.connect(self.invite)
        buttons = QHBoxLayout()
        buttons.addWidget(exchange)
        buttons.addWidget(invite)
        buttons.addStretch(1)
        form.addRow(buttons)
        return page

    def invite(self) -> None:
        """Save an invitation file and show its passphrase once."""
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Create invitation"),
                                                      str(Path.home() / "inbjudan.hcinvite"),
                                                      self.tr("Invitations (*.hcinvite)"))
        if chosen:
            self.window_.ops.run(lambda db: self._write_invitation(db, Path(chosen)), success=self._show_passphrase,
                                 parent=self)

    @staticmethod
    def _write_invitation(db, path: Path) -> tuple[Path, str]:
        invitation = sharing.invite(db)
        path.write_bytes(invitation.data)
        return path, invitation.passphrase

    def _show_passphrase(self, written: tuple[Path, str]) -> None:
        path, passphrase = written
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Invitation created"),
                          self.tr("The invitation is saved in {path}.\n\nPassphrase: {passphrase}\n\nGive the "
                                  "passphrase to your colleague in person or on paper, never together with the "
                                  "file. It is shown only now.").format(path=path, passphrase=passphrase),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("share-passphrase-box")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    # --- small parts ----------------------------------------------------------

    @staticmethod
    def _text(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _folder_field(self, name: str) -> QLineEdit:
        return self._picker(name, lambda: QFileDialog.getExistingDirectory(self, self.tr("Shared folder")))

    def _relay_choice(self, name: str, folder: QLineEdit) -> QCheckBox:
        """"Through the county's server instead": the folder (and its Browse…) is then not asked for."""
        choice = QCheckBox(self.tr("Through the county's &server instead of a folder"))
        choice.setObjectName(name)
        choice.toggled.connect(lambda checked: folder.parentWidget().setEnabled(not checked))
        return choice

    def _file_field(self, name: str) -> QLineEdit:
        return self._picker(name, lambda: QFileDialog.getOpenFileName(
            self, self.tr("Invitation file"), str(Path.home()), self.tr("Invitations (*.hcinvite)"))[0])

    def _picker(self, name: str, ask) -> QLineEdit:
        """A path field with a Browse… button beside it (the field's parent widget holds both)."""
        holder = QWidget(self)  # owned by the dialog until the form takes it
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        field = QLineEdit()
        field.setObjectName(name)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(lambda: field.setText(ask() or field.text()))
        row.addWidget(field, 1)
        row.addWidget(browse)
        return field

