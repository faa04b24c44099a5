"""The edges' SettingsSource: the settings in force, read again only when a settings file changes."""

from __future__ import annotations

from healthcentre import config


def _count_loads(monkeypatch) -> list[int]:
    loads: list[int] = []
    real = config.load_settings

    def counting():
        loads.append(1)
        return real()

    monkeypatch.setattr(config, "load_settings", counting)
    return loads


def test_the_source_reads_the_files_once_while_neither_changes(monkeypatch):
    loads = _count_loads(monkeypatch)
    source = config.SettingsSource()
    first = source.current()
    assert source.current() is first and source.current() is first
    assert len(loads) == 1


def test_the_source_follows_a_change_of_the_machine_configuration_without_a_new_source():
    machine = config.machine_config_path()
    machine.write_text("[county]\nthreshold = 5\n", encoding="utf-8")
    source = config.SettingsSource()
    assert source.current().threshold == 5
    machine.write_text("[county]\nthreshold = 7\n", encoding="utf-8")
    assert source.current().threshold == 7


def test_the_source_follows_the_users_own_setting_and_its_removal():
    source = config.SettingsSource()
    assert source.current().language == "sv"
    config.save_user_setting("language", "en")
    assert source.current().language == "en"
    config.user_settings_path().unlink()
    assert source.current().language == "sv"
