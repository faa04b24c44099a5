"""Tools ▸ Delat register: start sharing, hand out an invitation, exchange with a colleague's laptop."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from healthcentre.data.database import open_database
from healthcentre.register.port import SiteRegister
from healthcentre.replication.exchange import exchange
from healthcentre.replication.folder_carrier import FolderCarrier
from healthcentre.replication.invitation import open_invitation
from healthcentre.replication.ledger import JsonFileLedger
from healthcentre.services import participant_search, participants, sharing, sites
from healthcentre.ui.dialogs.shared_register import SharedRegisterDialog
from ui_helpers import settle

SITE_CODE = "HC-JKP-1"


def _dialog(qtbot, window, db):
    state = sharing.status(db) if sharing.current(db) is not None else None
    dialog = SharedRegisterDialog(window, state, SITE_CODE)
    qtbot.addWidget(dialog)
    return dialog


def _colleague(tmp_path, folder, ring):
    """A colleague's laptop in the same process: its own database, ledger and the invited key."""
    db = open_database(tmp_path / "colleague" / "healthcentre.db", daily_backup=False)
    register = SiteRegister.open(db, SITE_CODE)

    def round_() -> None:
        exchange(register, FolderCarrier(folder, SITE_CODE, register.origin), ring, SITE_CODE, register.origin,
                 ledger=JsonFileLedger(tmp_path / "colleague" / "ledger.json"))
    return db, round_


def test_starting_inviting_and_exchanging_from_the_window_shares_the_register(qtbot, window, db, site, tmp_path,
                                                                             monkeypatch):
    participants.create_participant(db, site_id=site.id, display_name="Anna Svensson", birth_year=1950)
    folder = tmp_path / "delad"
    folder.mkdir()
    dialog = _dialog(qtbot, window, db)
    dialog.start_folder.setText(str(folder))
    dialog.findChild(QPushButton, "share-start").click()
    settle(qtbot, window)
    assert sharing.current(db) == sharing.Sharing(SITE_CODE, folder)

    shared = _dialog(qtbot, window, db)
    assert shared.findChild(QPushButton, "share-invite") is not None
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "inbjudan.hcinvite"), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    shared.invite()
    settle(qtbot, window)
    passphrase = shown[0].split("Lösenfras: ")[1].split("\n")[0]
    ring = open_invitation((tmp_path / "inbjudan.hcinvite").read_bytes(), passphrase)

    colleague, round_ = _colleague(tmp_path, folder, ring)
    round_()
    participants.create_participant(colleague, site_id=sites.list_sites(colleague)[0].id, display_name="Bo Ek",
                                    birth_year=1961)
    round_()
    window.findChild(QAction, "share-exchange-now").trigger()
    settle(qtbot, window)
    names = {record.display_name for record in participant_search.participant_records(
        db, participant_search.search_participant_ids(db, text=""))}
    assert names == {"Anna Svensson", "Bo Ek"}
    assert "tog emot 1" in window.statusBar().currentMessage()
    assert SiteRegister(db, SITE_CODE).content_hash() == SiteRegister(colleague, SITE_CODE).content_hash()


def test_a_missing_site_code_is_shown_beside_its_field_and_nothing_is_shared(qtbot, window, db, tmp_path):
    dialog = SharedRegisterDialog(window, None, None)
    qtbot.addWidget(dialog)
    dialog.start_folder.setText(str(tmp_path))
    dialog.start()
    settle(qtbot, window)
    assert sharing.current(db) is None
    assert "kod hos länet" in dialog.errors._fields["site_code"][1].text()


def test_choosing_the_countys_server_sets_the_folder_aside_and_asks_for_an_enrolled_laptop(qtbot, window, db):
    dialog = SharedRegisterDialog(window, None, SITE_CODE)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_relay.setChecked(True)
    assert not dialog.start_folder.isEnabled() and "länets server" in dialog.start_relay.text().replace("&", "")
    dialog.start()
    settle(qtbot, window)
    assert sharing.current(db) is None
    assert "Anslut datorn till länet först" in dialog.errors.general.text()


def test_exchanging_before_sharing_says_how_to_start(qtbot, window, error_boxes):
    window.findChild(QAction, "share-exchange-now").trigger()
    settle(qtbot, window)
    assert "delas inte med andra datorer" in error_boxes.pop()


def test_a_new_laptop_joining_from_the_window_registers_for_the_shared_site(qtbot, window, db, site, tmp_path):
    folder = tmp_path / "delad"
    folder.mkdir()
    colleague, _round = _colleague(tmp_path, folder, None)
    shared_site = sites.create_site(colleague, name="Recovery college Jönköping", kind="recovery_college",
                                    municipality_code="0680")
    participants.create_participant(colleague, site_id=shared_site.id, display_name="Cecilia Holm", birth_year=1980)
    sharing.start(colleague, SITE_CODE, folder)
    invitation = sharing.invite(colleague)
    (tmp_path / "inbjudan.hcinvite").write_bytes(invitation.data)
    colleague.close()

    dialog = SharedRegisterDialog(window, None, None)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.invitation.setText(str(tmp_path / "inbjudan.hcinvite"))
    dialog.join_folder.setText(str(folder))
    dialog.passphrase.setText(invitation.passphrase)
    dialog.findChild(QPushButton, "share-join").click()
    settle(qtbot, window)
    assert [row.name for row in sites.list_sites(db)] == ["Recovery college Jönköping"]
    assert window.site.name == "Recovery college Jönköping"
    assert "Recovery college Jönköping" in window.windowTitle()


def test_the_quiet_round_brings_a_colleagues_change_and_says_so_in_the_status_bar(qtbot, window, db, site, tmp_path):
    folder = tmp_path / "delad"
    folder.mkdir()
    sharing.start(db, SITE_CODE, folder)
    invitation = sharing.invite(db)
    colleague, round_ = _colleague(tmp_path, folder, open_invitation(invitation.data, invitation.passphrase))
    round_()
    participants.create_participant(colleague, site_id=sites.list_sites(colleague)[0].id, display_name="Dan Berg",
                                    birth_year=1958)
    round_()
    window.auto_exchange.exchange_due()
    settle(qtbot, window)
    assert "tog emot 1" in window.statusBar().currentMessage()
    assert participant_search.search_participant_ids(db, text="Dan")


def test_the_quiet_round_does_nothing_on_a_register_that_is_not_shared(qtbot, window):
    window.auto_exchange.exchange_due()
    settle(qtbot, window)
    assert window.statusBar().currentMessage() == ""
