"""User-facing messages of the core, Swedish first and English available.

The desktop UI translates its own strings with Qt; the core cannot use Qt, so its
messages (validation errors, rule statuses, command-line output) live here as a
catalogue keyed by a stable code, one module per area of the app (``core``, ``county_sync``,
``receiver_intake``, ``receiver_pages``, ``reports_cli``, ``data_care``, ``sharing``). Add a
message by adding one entry with both languages to its area; a test checks every entry has both.
"""

from __future__ import annotations

from healthcentre.messages import (
    core, county_sync, data_care, receiver_intake, receiver_pages, reports_cli, sharing,
)

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"

_current = DEFAULT_LANGUAGE


def _merged(*parts: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """The catalogue of every area's messages; a code defined in two areas is an error at import."""
    catalogue: dict[str, dict[str, str]] = {}
    for part in parts:
        twice = catalogue.keys() & part.keys()
        if twice:
            raise ValueError(f"message codes defined twice: {sorted(twice)}")
        catalogue.update(part)
    return catalogue


CATALOGUE: dict[str, dict[str, str]] = _merged(
    core.MESSAGES, county_sync.MESSAGES, receiver_intake.MESSAGES, receiver_pages.MESSAGES, reports_cli.MESSAGES,
    data_care.MESSAGES, sharing.MESSAGES)


# Field and entity names used inside messages ({label}, {entity}), in both languages.
LABELS: dict[str, dict[str, str]] = {
    "name": {"sv": "Namn", "en": "Name"},
    "title": {"sv": "Titel", "en": "Title"},
    "display_name": {"sv": "Namn", "en": "Name"},
    "start_date": {"sv": "Startdatum", "en": "Start date"},
    "date": {"sv": "Datum", "en": "Date"},
    "code": {"sv": "Kod", "en": "Code"},
    "theme": {"sv": "Tema", "en": "Theme"},
    "leader_name": {"sv": "Cirkelledare", "en": "Circle leader"},
    "site": {"sv": "Verksamheten", "en": "The site"},
    "activity": {"sv": "Aktiviteten", "en": "The activity"},
    "session": {"sv": "Tillfället", "en": "The session"},
    "participant": {"sv": "Deltagaren", "en": "The participant"},
    "target_group": {"sv": "Målgruppen", "en": "The target group"},
    "study_circle": {"sv": "Studiecirkeln", "en": "The study circle"},
    "attendance": {"sv": "Närvaron", "en": "The attendance"},
    "municipality": {"sv": "Kommun", "en": "Municipality"},
    "site_code": {"sv": "Verksamhetens kod", "en": "Site code"},
    "token": {"sv": "Nyckel", "en": "Token"},
}


def set_language(language: str) -> None:
    """Choose the language of every message the core produces from now on."""
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    _current = language


def current_language() -> str:
    """The language messages are produced in when none is asked for."""
    return _current


def text(code: str, language: str | None = None, /, **params: object) -> str:
    """The message ``code`` in ``language``, with its parameters filled in."""
    language = language or _current
    entry = CATALOGUE[code]
    template = entry.get(language) or entry[DEFAULT_LANGUAGE]
    return template.format(**{key: label(value, language) for key, value in params.items()})


def label(value: object, language: str | None = None) -> object:
    """The field or entity name ``value`` in ``language``; other values unchanged."""
    if isinstance(value, str) and value in LABELS:
        return LABELS[value].get(language or _current, LABELS[value][DEFAULT_LANGUAGE])
    return value
