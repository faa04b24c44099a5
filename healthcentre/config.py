"""The settings in force: machine configuration from IT, the user's own settings, defaults.

Two TOML files, same shape (see the README's IT section for a full example):

- the **machine configuration** IT deploys, ``config.toml`` in the platform's site
  config dir (``/etc/xdg/healthcentre`` on Linux,
  ``C:\\ProgramData\\RegionJonkopingsLan\\healthcentre`` on Windows), or the file
  named by ``HEALTHCENTRE_MACHINE_CONFIG``. Its ``locked = [...]`` lists settings
  (or whole sections such as ``"site"``) users cannot change;
- the **user settings**, ``settings.toml`` in the user config dir, written by the app.

Precedence, highest first: a locked machine value > the user's value > a machine
value (a default IT suggests) > the built-in default. Only the edges (the command
line, the window, the self-test) read the files, through a ``SettingsSource`` that reads
them anew when they change; the core is handed the ``Settings`` it needs.
"""

from __future__ import annotations

import os
import types
from pathlib import Path

import tomli_w

from healthcentre import config_file, config_keys, paths
from healthcentre.config_keys import Settings, Source, covered as _locked, named as _key
from healthcentre.errors import ConfigError

MACHINE_CONFIG_ENV = "HEALTHCENTRE_MACHINE_CONFIG"
MACHINE_CONFIG_FILE = "config.toml"
USER_SETTINGS_FILE = "settings.toml"


def machine_config_path() -> Path:
    """The machine configuration file IT deploys (``HEALTHCENTRE_MACHINE_CONFIG`` overrides)."""
    override = os.environ.get(MACHINE_CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    return paths.site_config_dir() / MACHINE_CONFIG_FILE


def user_settings_path() -> Path:
    """The file the app writes the user's own settings to."""
    return paths.user_config_dir() / USER_SETTINGS_FILE


def load_settings() -> Settings:
    """The settings in force now, from both files. Raises ConfigError for a broken file."""
    machine = config_file.read(machine_config_path(), allow_locked=True)
    user = config_file.read(user_settings_path(), allow_locked=False)
    locks = frozenset(machine.pop(config_keys.LOCKED, ()))
    values: dict[str, object] = {}
    sources: dict[str, Source] = {}
    for key in config_keys.KEYS:
        value, source = _resolve(key, machine, user, locks)
        values[key.attribute] = value
        sources[key.name] = source
    return Settings(**values, locked=locks, sources=types.MappingProxyType(sources))


def _resolve(key: config_keys.Key, machine: dict, user: dict, locks: frozenset[str]) -> tuple[object, Source]:
    if _locked(locks, key):
        return machine.get(key.name, key.default), Source.LOCKED
    if key.name in user:
        return user[key.name], Source.USER
    if key.name in machine:
        return machine[key.name], Source.MACHINE
    return key.default, Source.DEFAULT


def is_locked(key: str) -> bool:
    """Whether IT locked ``key`` (dotted or attribute name) in the machine configuration."""
    machine = config_file.read(machine_config_path(), allow_locked=True)
    return _locked(frozenset(machine.get(config_keys.LOCKED, ())), _key(key))


def save_user_setting(key: str, value: object) -> None:
    """Store the user's own ``value`` for ``key`` (dotted or attribute name); None removes it.

    Raises ConfigError if IT locked the key, the key is unknown or the value is of
    the wrong kind; nothing is written then. The file is replaced atomically.
    """
    setting = _key(key)
    if is_locked(setting.name):
        raise ConfigError("config_locked", field=setting.attribute, key=setting.name,
                          file=str(machine_config_path()))
    if value is not None:
        wrong = config_keys.problem(setting, value)
        if wrong is not None:
            code, params = wrong
            raise ConfigError(code, field=setting.attribute, **params)
    stored = config_file.read(user_settings_path(), allow_locked=False)
    if value is None:
        stored.pop(setting.name, None)
    else:
        stored[setting.name] = value
    _write(user_settings_path(), stored)


def remember_receiver_url(url: str | None) -> None:
    """After enrolment: keep the receiver's address ``url`` as the user's setting, unless it is
    the one in force already or IT locked it (None, an offline enrolment, keeps nothing)."""
    settings = load_settings()
    if url and settings.receiver_url != url and not settings.is_locked("receiver_url"):
        save_user_setting("receiver_url", url)


def _write(path: Path, flat: dict[str, object]) -> None:
    document: dict[str, object] = {}
    for name, value in flat.items():
        section, _, leaf = name.rpartition(".")
        (document.setdefault(section, {}) if section else document)[leaf] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".toml.tmp")
    temporary.write_text(tomli_w.dumps(document), encoding="utf-8")
    os.replace(temporary, path)


class SettingsSource:
    """The settings in force for an edge (the command line, the window): cheap to ask often.

    ``current()`` reads both files again only when either changed (its modification time,
    size or identity), so a window open for days follows a change by IT at its next question
    without a restart, and the core gets the fresh ``Settings`` handed down."""

    def __init__(self) -> None:
        self._stamp: tuple | None = None
        self._settings: Settings | None = None

    def current(self) -> Settings:
        """The settings in force now; raises ConfigError for a broken file (asked again next time)."""
        stamp = (_stamp(machine_config_path()), _stamp(user_settings_path()))
        if self._settings is None or stamp != self._stamp:
            self._settings = load_settings()
            self._stamp = stamp
        return self._settings


def _stamp(path: Path) -> tuple[int, int, int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_mtime_ns, found.st_ctime_ns, found.st_size, found.st_ino


__all__ = ["Settings", "Source", "SettingsSource", "load_settings", "save_user_setting", "is_locked",
           "remember_receiver_url",
           "machine_config_path", "user_settings_path"]
