"""Machine configuration, user settings and their precedence; broken files named by file and line."""

from __future__ import annotations

import textwrap

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

from healthcentre import config
from healthcentre.config import Source, load_settings, save_user_setting
from healthcentre.errors import ConfigError

EXAMPLE = """\
# deployed by IT
locked = ["site", "county.receiver_url", "county.threshold"]
language = "sv"

[site]
name = "Hälsocenter Vetlanda"
kind = "halsocenter"
municipality_code = "0685"
site_code = "HC-VETLANDA"

[county]
receiver_url = "https://uppfoljning.rjl.se/healthcentre"
ca_bundle = "/etc/ssl/certs/kommun-ca.pem"
threshold = 5

[database]
encrypt = true

[retention]
months = 36
"""


@pytest.fixture
def machine(tmp_path, monkeypatch):
    """The machine configuration file, pointed at by HEALTHCENTRE_MACHINE_CONFIG."""
    path = tmp_path / "machine" / "config.toml"
    path.parent.mkdir()
    monkeypatch.setenv(config.MACHINE_CONFIG_ENV, str(path))
    return path


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")


def test_without_any_file_the_built_in_defaults_apply(machine):
    settings = load_settings()
    assert (settings.threshold, settings.language, settings.retention_months) == (5, "sv", 24)
    assert settings.site_name is None and settings.encrypt_database is False
    assert settings.source("threshold") is Source.DEFAULT
    assert settings.locked == frozenset()


def test_the_readme_example_machine_config_is_read_in_full(machine):
    write(machine, EXAMPLE)
    settings = load_settings()
    assert settings.site_name == "Hälsocenter Vetlanda"
    assert settings.municipality_code == "0685"
    assert settings.receiver_url == "https://uppfoljning.rjl.se/healthcentre"
    assert settings.ca_bundle == "/etc/ssl/certs/kommun-ca.pem"
    assert settings.encrypt_database is True and settings.retention_months == 36
    assert settings.source("site.name") is Source.LOCKED
    assert settings.source("language") is Source.MACHINE
    assert settings.is_locked("site_code") and not settings.is_locked("language")


def test_a_locked_machine_value_beats_the_users_value(machine):
    write(machine, 'locked = ["county.threshold"]\n[county]\nthreshold = 10\n')
    write(config.user_settings_path(), "[county]\nthreshold = 3\n")
    settings = load_settings()
    assert settings.threshold == 10
    assert settings.source("county.threshold") is Source.LOCKED


def test_the_user_cannot_save_a_locked_setting_and_the_error_says_so(machine):
    write(machine, 'locked = ["site"]\n[site]\nname = "Recovery college Jönköping"\n')
    with pytest.raises(ConfigError) as raised:
        save_user_setting("site_name", "Mitt eget namn")
    assert raised.value.code == "config_locked"
    assert "site.name" in raised.value.message("sv") and "låst av IT" in raised.value.message("sv")
    assert str(machine) in raised.value.message("en")
    assert not config.user_settings_path().exists()


def test_a_user_value_beats_an_unlocked_machine_default(machine):
    write(machine, 'language = "sv"\n')
    save_user_setting("language", "en")
    settings = load_settings()
    assert settings.language == "en" and settings.source("language") is Source.USER


def test_removing_a_user_value_falls_back_to_the_machine_value(machine):
    write(machine, "[retention]\nmonths = 12\n")
    save_user_setting("retention.months", 6)
    save_user_setting("retention.months", None)
    assert load_settings().retention_months == 12


def test_saving_a_value_of_the_wrong_kind_is_refused(machine):
    with pytest.raises(ConfigError) as raised:
        save_user_setting("threshold", "5")
    assert raised.value.code == "config_expected_int" and raised.value.field == "threshold"
    with pytest.raises(ConfigError) as raised:
        save_user_setting("language", "de")
    assert "sv, en" in raised.value.message("sv")


def test_an_unknown_setting_name_is_refused(machine):
    with pytest.raises(ConfigError) as raised:
        config.is_locked("county.treshold")
    assert "county.treshold" in raised.value.message("en")


@pytest.mark.parametrize(
    ("text", "line", "code", "words"),
    [
        ('language = "sv"\n[county]\nthreshold = \n', 3, "config_syntax", "inte giltig TOML"),
        ('[county]\nreceiver_url = "https://x"\nthreshold = "fem"\n', 3, "config_expected_int", "heltal"),
        ('[county]\nthreshold = true\n', 2, "config_expected_int", "heltal"),
        ('[site]\nname = "A"\nmunicipalty_code = "0680"\n', 3, "config_unknown_key", "site.municipalty_code"),
        ('[sites]\nname = "A"\n', 1, "config_unknown_key", "sites"),
        ('\n\nlocked = ["site", "county.url"]\n', 3, "config_unknown_lock", "county.url"),
        ('[site]\nmunicipality_code = "0999"\n', 2, "config_value_choice", "0680"),
        ('[county]\n# the county\n\nthreshold = 0\n', 4, "config_value_minimum", "minst 1"),
        ('[county]\nreceiver_url = "ftp://x"\n', 2, "config_value_url", "https://"),
        ('[database]\nencrypt = "yes"\n', 2, "config_expected_bool", "true eller false"),
        ('county.threshold = 2\nlanguage = "fi"\n', 2, "config_value_choice", "sv, en"),
        ('language = "sv"\ncounty = { threshold = "5" }\n', 2, "config_expected_int", "heltal"),
    ],
)
def test_a_broken_machine_config_names_the_file_and_line(machine, text, line, code, words):
    write(machine, text)
    with pytest.raises(ConfigError) as raised:
        load_settings()
    error = raised.value
    assert (error.code, error.line) == (code, line)
    assert error.message("sv").startswith(f"Inställningsfilen {machine}, rad {line}: ")
    assert words in error.message("sv")
    assert error.message("en").startswith(f"Settings file {machine}, line {line}: ")


def test_a_broken_user_settings_file_names_that_file(machine):
    write(config.user_settings_path(), 'language = "sv"\nlocked = ["site"]\n')
    with pytest.raises(ConfigError) as raised:
        load_settings()
    assert raised.value.path == config.user_settings_path() and raised.value.line == 2
    assert "locked" in raised.value.message("en")


def test_a_file_saved_by_notepad_with_a_byte_order_mark_is_read(machine):
    machine.write_bytes('\ufefflanguage = "en"\n'.encode("utf-8"))
    assert load_settings().language == "en"


def test_a_file_not_in_utf8_says_so_with_the_line(machine):
    machine.write_bytes('language = "sv"\n[site]\nname = "Nässjö"\n'.encode("latin-1"))
    with pytest.raises(ConfigError) as raised:
        load_settings()
    assert (raised.value.code, raised.value.line) == ("config_not_utf8", 3)


# A few settings, each with a strategy for valid values.
VALUES = {
    "county.threshold": st.integers(min_value=1, max_value=50),
    "language": st.sampled_from(["sv", "en"]),
    "site.name": st.text(min_size=1, max_size=30),
    "database.encrypt": st.booleans(),
}
DEFAULTS = {"county.threshold": 5, "language": "sv", "site.name": None, "database.encrypt": False}
ATTRIBUTES = {"county.threshold": "threshold", "language": "language", "site.name": "site_name",
              "database.encrypt": "encrypt_database"}


@st.composite
def layers(draw):
    """For each setting: maybe a machine value, maybe a user value, maybe locked."""
    chosen = {}
    for name, values in VALUES.items():
        chosen[name] = (draw(st.none() | values), draw(st.none() | values), draw(st.booleans()))
    return chosen


def nested(flat):
    document = {}
    for name, value in flat.items():
        section, _, leaf = name.rpartition(".")
        (document.setdefault(section, {}) if section else document)[leaf] = value
    return document


@hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(layers())
def test_precedence_is_locked_machine_then_user_then_machine_then_default(machine, chosen):
    machine_values = {name: m for name, (m, _u, _l) in chosen.items() if m is not None}
    user_values = {name: u for name, (_m, u, _l) in chosen.items() if u is not None}
    locks = [name for name, (_m, _u, locked) in chosen.items() if locked]
    machine.write_text(tomli_w.dumps({"locked": locks, **nested(machine_values)}), encoding="utf-8")
    user_file = config.user_settings_path()
    user_file.parent.mkdir(parents=True, exist_ok=True)
    user_file.write_text(tomli_w.dumps(nested(user_values)), encoding="utf-8")

    settings = load_settings()
    for name, (machine_value, user_value, locked) in chosen.items():
        if locked:
            expected = machine_value if machine_value is not None else DEFAULTS[name]
        elif user_value is not None:
            expected = user_value
        elif machine_value is not None:
            expected = machine_value
        else:
            expected = DEFAULTS[name]
        assert getattr(settings, ATTRIBUTES[name]) == expected, name


@hypothesis_settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_any_saved_site_name_reads_back_unchanged(machine, name):
    save_user_setting("site.name", name)
    settings = load_settings()
    assert settings.site_name == name and settings.source("site_name") is Source.USER
