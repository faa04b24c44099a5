"""Shared fixtures: a fresh register per test, built through the services."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI replays the same generated examples on every run, so a red CI is always reproducible;
# runs elsewhere draw new ones (and keep any failure in .hypothesis/ to replay it).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

from healthcentre import messages, paths  # noqa: E402
from healthcentre.data.database import open_database  # noqa: E402
from healthcentre.services import activities, participants, sessions, sites  # noqa: E402


# A laptop-only install (no `receiver` extra, as CI also tests it) has no web server: the tests
# that run the county's receiver are then not collected, and every other test must pass without it.
RECEIVER_INSTALLED = importlib.util.find_spec("fastapi") is not None
_NEEDS_RECEIVER = ("healthcentre.receiver", "receiver_process", "security.live", "postgres_server")


def pytest_ignore_collect(collection_path, config):
    """Leave out test files that need the county receiver when it is not installed."""
    if RECEIVER_INSTALLED or collection_path.suffix != ".py" or collection_path.name == "conftest.py":
        return None
    text = collection_path.read_text(encoding="utf-8", errors="replace")
    return True if any(name in text for name in _NEEDS_RECEIVER) else None


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Every test gets its own data dir and config dirs, and Swedish messages."""
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("HEALTHCENTRE_MACHINE_CONFIG", str(tmp_path / "machine-config.toml"))
    _no_os_keyring(monkeypatch)
    paths.set_data_dir(None)
    messages.set_language("sv")
    yield
    paths.set_data_dir(None)
    messages.set_language("sv")


def _no_os_keyring(monkeypatch):
    """Keys and tokens go to the 0600 file store, as on a machine without a keyring.

    keyring picks any loaded backend class with a positive priority, so a test's
    in-memory backend would otherwise become every later test's keyring (and a
    forked writer's key would die with the fork). Tests that want a keyring set one.
    """
    import keyring
    from keyring.backends import fail

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def db(tmp_path):
    """An empty, migrated register."""
    database = open_database(tmp_path / "data" / "healthcentre.db")
    yield database
    database.close()


@pytest.fixture
def site(db):
    """A Hälsocenter in Jönköping."""
    return sites.create_site(db, name="Hälsocenter Jönköping", kind="halsocenter", municipality_code="0680")


@pytest.fixture
def course(db, site):
    """A course for older people with three sessions in March 2026."""
    record = activities.create_activity(
        db, site_id=site.id, kind="KURS", title="Må bra på äldre dar", start_date=dt.date(2026, 3, 1),
        end_date=dt.date(2026, 3, 31), target_groups=["ALDRE"], with_halsocenter=True,
    )
    for day in (3, 10, 17):
        sessions.add_session(db, activity_id=record.id, date=dt.date(2026, 3, day), minutes=90)
    return record


@pytest.fixture
def anna(db, site):
    """A participant born 1950."""
    return participants.create_participant(
        db, site_id=site.id, display_name="Anna Svensson", birth_year=1950, gender="woman",
        municipality_code="0680", target_groups=["ALDRE"], first_organised_activity=True,
    )
