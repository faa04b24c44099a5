"""The site token: in the OS keyring where one exists, else in a file only the user can read."""

from __future__ import annotations

import datetime as dt
import stat

import keyring
import pytest
from keyring.backend import KeyringBackend
from receiver_process import Receiver

from healthcentre.cli import main
from healthcentre.sync import credentials


class MemoryKeyring(KeyringBackend):
    """A keyring backend in memory, standing in for the OS keyring service."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield


def test_without_a_keyring_the_token_is_in_a_file_only_the_user_can_read(no_keyring):
    assert credentials.store_token("HC-1", "t0ken") == "file"
    mode = stat.S_IMODE(credentials.token_file().stat().st_mode)
    assert mode == 0o600
    assert credentials.load_token("HC-1") == "t0ken"
    credentials.delete_token("HC-1")
    assert credentials.load_token("HC-1") is None


def test_with_a_keyring_the_token_is_kept_there_and_not_in_a_file():
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        assert credentials.store_token("HC-2", "secret") == "keyring"
        assert backend.secrets[(credentials.KEYRING_SERVICE, "HC-2")] == "secret"
        assert not credentials.token_file().exists()
        assert credentials.load_token("HC-2") == "secret"
    finally:
        keyring.set_keyring(previous)


def _one_session_last_month() -> None:
    from healthcentre.data.database import open_database
    from healthcentre.services import activities, sessions, sites

    day = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).replace(day=10)
    db = open_database()
    try:
        site = sites.list_sites(db)[0]
        talk = activities.create_activity(db, site_id=site.id, kind="HALSOSAMTAL", title="Hälsosamtal",
                                          start_date=day, target_groups=["VUXNA"])
        sessions.add_session(db, activity_id=talk.id, date=day, minutes=45)
    finally:
        db.close()


def test_enroll_and_sync_from_the_command_line(tmp_path, no_keyring):
    from click.testing import CliRunner

    runner = CliRunner()
    assert runner.invoke(main, ["site", "create", "--name", "Hälsocenter Habo", "--kind", "halsocenter",
                                "--municipality", "0643"]).exit_code == 0
    receiver = Receiver(tmp_path / "county").start()
    try:
        code = receiver.add_site("HC-HABO", municipality="0643")
        enrolled = runner.invoke(main, ["--language", "en", "enroll", "--code", code, "--url", receiver.url])
        assert enrolled.exit_code == 0, enrolled.output
        assert "HC-HABO" in enrolled.output
        _one_session_last_month()
        synced = runner.invoke(main, ["sync"])
        assert synced.exit_code == 0, synced.output
        status = runner.invoke(main, ["sync", "status"])
        assert "online=True" in status.output and "queued=0" in status.output
        again = runner.invoke(main, ["--language", "sv", "enroll", "--code", code, "--url", receiver.url])
        assert again.exit_code == 1 and "Koden godtogs inte" in again.output
    finally:
        receiver.stop()
