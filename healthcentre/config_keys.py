"""The settings a machine or a user may set: their names, types, defaults and rules.

One table (``KEYS``) describes every setting once; reading files, saving user
settings and the README's example all follow it. A setting has a dotted name as
written in the TOML files (``county.threshold``) and a flat attribute name on
``config.Settings`` (``threshold``).
"""

from __future__ import annotations

import enum
import types
from dataclasses import dataclass, field
from typing import Callable, Mapping

from healthcentre import messages
from healthcentre.contract.threshold import DEFAULT_THRESHOLD
from healthcentre.catalogues import MUNICIPALITIES
from healthcentre.errors import ConfigError

# A rule returns None when the value is fine, else (message code, parameters).
Rule = Callable[[object], "tuple[str, dict] | None"]

SITE_KINDS = ("halsocenter", "recovery_college", "meeting_place", "other")


@dataclass(frozen=True)
class Key:
    """One setting: ``name`` in the files, ``attribute`` on Settings."""

    name: str
    attribute: str
    type: type
    default: object
    rule: Rule | None = None

    @property
    def section(self) -> str | None:
        """The TOML table the key lives in (None for a top-level key)."""
        return self.name.rpartition(".")[0] or None


def _one_of(choices: tuple[str, ...]) -> Rule:
    def rule(value: object):
        if value not in choices:
            return "config_value_choice", {"value": repr(value), "choices": ", ".join(choices)}
        return None

    return rule


def _at_least(minimum: int) -> Rule:
    def rule(value: object):
        if value < minimum:  # type: ignore[operator]
            return "config_value_minimum", {"value": value, "min": minimum}
        return None

    return rule


def _web_address(value: object):
    if not str(value).startswith(("https://", "http://")):
        return "config_value_url", {"value": repr(value)}
    return None


KEYS: tuple[Key, ...] = (
    Key("site.name", "site_name", str, None),
    Key("site.kind", "site_kind", str, None, _one_of(SITE_KINDS)),
    Key("site.municipality_code", "municipality_code", str, None,
        _one_of(tuple(code for code, _name in MUNICIPALITIES))),
    Key("site.site_code", "site_code", str, None),
    Key("county.receiver_url", "receiver_url", str, None, _web_address),
    Key("county.ca_bundle", "ca_bundle", str, None),
    Key("county.threshold", "threshold", int, DEFAULT_THRESHOLD, _at_least(1)),
    Key("language", "language", str, messages.DEFAULT_LANGUAGE, _one_of(messages.LANGUAGES)),
    Key("database.encrypt", "encrypt_database", bool, False),
    Key("retention.months", "retention_months", int, 24, _at_least(1)),
)

BY_NAME = {key.name: key for key in KEYS}
BY_ATTRIBUTE = {key.attribute: key for key in KEYS}
SECTIONS = frozenset(key.section for key in KEYS if key.section)
LOCKED = "locked"

_EXPECTED = {str: "config_expected_text", int: "config_expected_int", bool: "config_expected_bool"}


def find(name: str) -> Key | None:
    """The setting called ``name`` (dotted, e.g. ``county.threshold``, or attribute, e.g. ``threshold``)."""
    return BY_NAME.get(name) or BY_ATTRIBUTE.get(name)


def problem(key: Key, value: object) -> tuple[str, dict] | None:
    """What is wrong with ``value`` for ``key`` (message code and parameters), or None."""
    if type(value) is not key.type:  # bool is an int in Python; a threshold of `true` is wrong
        return _EXPECTED[key.type], {"key": key.name, "value": repr(value)}
    if key.rule is not None:
        found = key.rule(value)
        if found is not None:
            code, params = found
            return code, {"key": key.name, **params}
    return None


def lockable(name: str) -> bool:
    """Whether ``name`` may appear in ``locked``: a setting's dotted name or a whole section."""
    return name in BY_NAME or name in SECTIONS


def covers(lock: str, key: Key) -> bool:
    """Whether the entry ``lock`` of ``locked`` locks ``key`` (a section locks all its keys)."""
    return lock == key.name or lock == key.section


def named(name: str) -> Key:
    """The setting called ``name`` (dotted or attribute name); ConfigError listing the known ones if none."""
    found = find(name)
    if found is None:
        known = ", ".join(key.name for key in KEYS)
        raise ConfigError("config_key_unknown", key=name, known=known)
    return found


def covered(locks: frozenset[str], key: Key) -> bool:
    """Whether any entry of ``locks`` locks ``key``."""
    return any(covers(lock, key) for lock in locks)


class Source(str, enum.Enum):
    """Where a setting's value came from."""

    LOCKED = "locked"  # the machine configuration, locked by IT
    USER = "user"
    MACHINE = "machine"
    DEFAULT = "default"


@dataclass(frozen=True)
class Settings:
    """The settings in force, flat; ``source(key)`` tells where each came from.

    Only ``load_settings`` makes one: every default is ``config_keys.KEYS``'s."""

    site_name: str | None
    site_kind: str | None
    municipality_code: str | None
    site_code: str | None
    receiver_url: str | None
    ca_bundle: str | None
    threshold: int
    language: str
    encrypt_database: bool
    retention_months: int
    locked: frozenset[str] = frozenset()
    sources: Mapping[str, Source] = field(default_factory=lambda: types.MappingProxyType({}),
                                          compare=False, repr=False)

    def source(self, key: str) -> Source:
        """Where the value of ``key`` (dotted or attribute name) came from."""
        return self.sources.get(named(key).name, Source.DEFAULT)

    def is_locked(self, key: str) -> bool:
        """Whether IT locked ``key`` (dotted or attribute name), directly or by its section."""
        return covered(self.locked, named(key))
