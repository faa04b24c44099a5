"""The rotating log and the support zip: useful to support, free of personal data."""

from __future__ import annotations

import json
import logging
import sys
import zipfile

import pytest
from click.testing import CliRunner

from healthcentre import __version__, logs, paths, support
from healthcentre.cli import main
from healthcentre.data.database import head_revision, open_database
from healthcentre.services import participant_search, participants, sites

NAME = "Gunnel Öberg-Personlig"


@pytest.fixture
def logging_on():
    """The application's file log, at debug level, removed again after the test."""
    path = logs.setup_logging(logging.DEBUG)
    yield path
    root = logging.getLogger()
    root.removeHandler(logs._handler)
    logs._handler.close()
    logs._handler = None
    root.setLevel(logging.WARNING)


@pytest.fixture
def register_with_a_person():
    """The register in the data dir, holding one named participant."""
    db = open_database()
    site = sites.create_site(db, name="Mötesplats Eksjö", kind="meeting_place", municipality_code="0686")
    participants.create_participant(db, site_id=site.id, display_name=NAME, birth_year=1944, gender="woman",
                                    municipality_code="0686", target_groups=["ALDRE"])
    yield db
    db.close()


def test_the_log_file_rotates_in_the_platform_log_dir(logging_on):
    assert logging_on == paths.log_dir() / "healthcentre.log"
    handler = logs._handler
    assert (handler.maxBytes, handler.backupCount) == (logs.MAX_BYTES, logs.BACKUP_COUNT)
    for _ in range(3):
        logging.getLogger("healthcentre.test").info("x" * 400_000)
    assert [p.name for p in logs.log_files()][:2] == ["healthcentre.log", "healthcentre.log.1"]


def test_the_log_starts_with_the_version(logging_on):
    assert f"healthcentre {__version__}, Python" in logging_on.read_text(encoding="utf-8")


def test_even_debug_logging_never_writes_a_participants_name(logging_on, register_with_a_person):
    participant_search.search_participants(register_with_a_person, "Gunnel")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert NAME not in logging_on.read_text(encoding="utf-8")


def test_an_uncaught_error_is_logged_by_type_and_place_without_its_text(logging_on):
    try:
        raise ValueError(f"bad input {NAME}")
    except ValueError:
        kind, value, tb = sys.exc_info()
    logs._log_uncaught(lambda *args: None)(kind, value, tb)
    text = logging_on.read_text(encoding="utf-8")
    assert "uncaught builtins.ValueError at test_logs_support.py:" in text
    assert NAME not in text


def test_the_support_zip_has_versions_settings_and_logs_but_no_personal_data(
        logging_on, register_with_a_person, tmp_path):
    logging.getLogger("healthcentre.test").info("something support should see")
    out = support.write_support_zip(tmp_path / "support.zip", qt_version="6.9.0")
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        contents = b"".join(archive.read(name) for name in names)
        version = json.loads(archive.read("version.json"))
        settings = json.loads(archive.read("settings.json"))
    assert {"version.json", "settings.json", "data-dir.txt", "logs/healthcentre.log"} <= set(names)
    assert (version["app"], version["qt"]) == (__version__, "6.9.0")
    assert version["schema"]["database"] == version["schema"]["app_head"] == head_revision()
    assert settings["settings"]["county.threshold"] == {"value": 5, "source": "default"}
    assert b"something support should see" in contents
    assert NAME.encode() not in contents and "Öberg".encode() not in contents
    assert not any(name.endswith(".db") for name in names)


def test_a_broken_machine_config_is_reported_in_the_zip_instead_of_failing(tmp_path, monkeypatch):
    broken = tmp_path / "machine.toml"
    broken.write_text("[county]\nthreshold = \n", encoding="utf-8")
    monkeypatch.setenv("HEALTHCENTRE_MACHINE_CONFIG", str(broken))
    info = support.settings_info()
    assert info["error"].startswith(f"Settings file {broken}, line 2: ")


@pytest.mark.parametrize(("name", "value", "shown"), [
    ("county.receiver_url", "https://kommun:hemligt@proxy.example:8443/in", "https://***@proxy.example:8443/in"),
    ("county.receiver_url", "https://uppfoljning.example/in", "https://uppfoljning.example/in"),
    ("county.api_token", "abc123", "***"),
    ("site.name", "Hälsocenter Habo", "Hälsocenter Habo"),
])
def test_secrets_are_redacted_and_everything_else_kept(name, value, shown):
    assert support.redact(name, value) == shown


def test_the_support_info_command_writes_the_zip(tmp_path):
    out = tmp_path / "felsokning.zip"
    result = CliRunner().invoke(main, ["support-info", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert zipfile.is_zipfile(out) and str(out) in result.output


def test_config_show_lists_each_setting_with_its_source(tmp_path, monkeypatch):
    machine = tmp_path / "machine.toml"
    machine.write_text('locked = ["language"]\nlanguage = "en"\n', encoding="utf-8")
    monkeypatch.setenv("HEALTHCENTRE_MACHINE_CONFIG", str(machine))
    result = CliRunner().invoke(main, ["config", "show"])
    assert result.exit_code == 0, result.output
    assert "language = 'en'  (locked)" in result.output
    assert "county.threshold = 5  (default)" in result.output
