"""What an import can fill in, how a column header is recognised, and how a cell's text
becomes a value the services accept (ja/nej, kvinna/man, kommun by name, dates from Excel)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from healthcentre import catalogues
from healthcentre.errors import ValidationError


@dataclasses.dataclass(frozen=True)
class ImportField:
    """A field of the import: its Swedish and English label, the headers that name it, its parser."""

    name: str
    label_sv: str
    label_en: str
    aliases: tuple[str, ...]
    parse: Callable[[object], object]

    def label(self, language: str) -> str:
        """The field's name in ``language``."""
        return self.label_sv if language == "sv" else self.label_en


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def parse_text(value: object) -> str | None:
    """Text as it is, trimmed."""
    return _text(value)


_PERSONNUMMER = re.compile(r"^(19|20)(\d\d)\d{4}[-+]?\d{4}$|^(\d\d)\d{4}[-+]\d{4}$")


def parse_year(value: object) -> int | None:
    """A birth year: 1950, 1950.0, or the year of a date; only the year is kept."""
    text = _text(value)
    if text is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.year
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    match = _PERSONNUMMER.match(text.replace(" ", ""))
    if match and match.group(1):
        return int(match.group(1) + match.group(2))
    raise ValidationError("import_year_invalid", value=text)


_GENDERS = {
    "kvinna": "woman", "k": "woman", "kv": "woman", "woman": "woman", "female": "woman", "f": "woman",
    "man": "man", "m": "man", "male": "man",
    "annat": "other", "annan": "other", "other": "other", "ickebinär": "other",
    "uppgift saknas": "unknown", "okänt": "unknown", "okänd": "unknown", "vill ej uppge": "unknown",
    "unknown": "unknown", "-": "unknown",
}


def parse_gender(value: object) -> str | None:
    """kvinna/man/annat/uppgift saknas (or the English words, or K/M)."""
    text = _text(value)
    if text is None:
        return None
    try:
        return _GENDERS[text.lower()]
    except KeyError:
        raise ValidationError("gender_invalid", gender=text) from None


def parse_municipality(value: object) -> str | None:
    """A municipality by its 4-digit code (0680, 680) or its name (Jönköping)."""
    text = _text(value)
    if text is None:
        return None
    if text.isdigit():
        return text.zfill(4)
    for code, name in catalogues.MUNICIPALITIES:
        if name.lower() == text.lower() or f"{name} kommun".lower() == text.lower():
            return code
    raise ValidationError("municipality_unknown", code=text)


def parse_codes(value: object, catalogue: list[tuple]) -> list[str]:
    """Codes separated by comma or semicolon; a catalogue name is accepted for its code."""
    text = _text(value)
    if text is None:
        return []
    by_name = {entry[1].lower(): entry[0] for entry in catalogue}
    codes = []
    for part in re.split(r"[;,\n]", text):
        part = part.strip()
        if part:
            codes.append(by_name.get(part.lower(), part.upper()))
    return codes


def parse_target_groups(value: object) -> list[str]:
    """Target group codes or Swedish names, comma separated (the services check the codes)."""
    return parse_codes(value, catalogues.TARGET_GROUPS)


def parse_kind(value: object) -> str | None:
    """An activity kind by code (KURS) or Swedish name (Kurs/utbildning, Studiecirkel)."""
    codes = parse_codes(value, catalogues.ACTIVITY_KINDS)
    if not codes:
        return None
    short = {entry[1].split("/")[0].lower(): entry[0] for entry in catalogues.ACTIVITY_KINDS}
    text = _text(value).lower()
    return short.get(text, codes[0])


def parse_date(value: object) -> dt.date | None:
    """A date: an Excel date cell, 2026-03-01, 2026/03/01 or 1/3/2026 (day first)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    if text is None:
        return None
    match = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
        if not match:
            raise ValidationError("import_date_invalid", value=text)
        day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError("import_date_invalid", value=text) from None


_TRUE = {"ja", "j", "yes", "y", "x", "1", "true", "sant"}
_FALSE = {"nej", "n", "no", "0", "false", "falskt"}


def parse_bool(value: object) -> bool | None:
    """ja/nej (also yes/no, x, 1/0); empty is not stated."""
    if isinstance(value, bool):
        return value
    text = _text(value)
    if text is None:
        return None
    if text.lower() in _TRUE:
        return True
    if text.lower() in _FALSE:
        return False
    raise ValidationError("import_bool_invalid", value=text)


PARTICIPANT_FIELDS = (
    ImportField("display_name", "Namn", "Name", ("namn", "name", "deltagare", "fullständigt namn"), parse_text),
    ImportField("first_name", "Förnamn", "First name", ("förnamn", "first name", "fornamn"), parse_text),
    ImportField("last_name", "Efternamn", "Last name", ("efternamn", "last name", "surname"), parse_text),
    ImportField("birth_year", "Födelseår", "Birth year",
                ("födelseår", "födelse år", "född", "birth year", "year of birth", "personnummer"), parse_year),
    ImportField("gender", "Kön", "Gender", ("kön", "gender", "sex"), parse_gender),
    ImportField("municipality_code", "Hemkommun", "Municipality",
                ("kommun", "hemkommun", "bostadskommun", "municipality", "kommunkod"), parse_municipality),
    ImportField("target_groups", "Målgrupper", "Target groups",
                ("målgrupp", "målgrupper", "target group", "target groups"), parse_target_groups),
    ImportField("consent_date", "Samtycke", "Consent date",
                ("samtycke", "samtyckesdatum", "samtycke datum", "consent", "consent date"), parse_date),
    ImportField("first_organised_activity", "Första organiserade aktivitet", "First organised activity",
                ("första aktivitet", "första organiserade aktivitet", "ny i föreningsliv", "first activity",
                 "first organised activity"), parse_bool),
)

FLAG_LABELS = {
    "with_halsocenter": ("Tillsammans med Hälsocenter", "Together with a Hälsocenter"),
    "within_halsocenter": ("Inom Hälsocenter", "Within a Hälsocenter"),
    "with_recovery_college": ("Tillsammans med Recovery college", "Together with a Recovery college"),
    "with_study_association": ("Med studieförbund", "With a study association"),
    "with_civil_society": ("Med civilsamhället", "With civil society"),
    "peer_coproduced": ("Samproducerad med peer", "Co-produced with a peer"),
    "digital": ("Digital", "Digital"),
}

ACTIVITY_FIELDS = (
    ImportField("title", "Titel", "Title", ("titel", "namn", "aktivitet", "title", "name", "benämning"), parse_text),
    ImportField("kind", "Typ", "Kind", ("typ", "aktivitetstyp", "kind", "type"), parse_kind),
    ImportField("start_date", "Startdatum", "Start date", ("startdatum", "start", "från", "start date"), parse_date),
    ImportField("end_date", "Slutdatum", "End date", ("slutdatum", "slut", "till", "end date", "end"), parse_date),
    ImportField("target_groups", "Målgrupper", "Target groups",
                ("målgrupp", "målgrupper", "target group", "target groups"), parse_target_groups),
    *(ImportField(flag, sv, en, (sv.lower(), en.lower(), flag), parse_bool) for flag, (sv, en) in FLAG_LABELS.items()),
)

FIELDS = {"participants": PARTICIPANT_FIELDS, "activities": ACTIVITY_FIELDS}


def fields_of(kind: str) -> dict[str, ImportField]:
    """The fields of an import of ``kind`` (participants or activities), by name."""
    if kind not in FIELDS:
        raise ValidationError("import_kind_invalid", field="kind", kind=kind)
    return {f.name: f for f in FIELDS[kind]}


def guess_field(header: str, kind: str) -> str | None:
    """The field a column header most likely names (case and spacing ignored)."""
    key = " ".join(header.lower().replace("_", " ").split())
    for field in FIELDS[kind]:
        if key == field.name.replace("_", " ") or key in field.aliases or key == field.label_sv.lower():
            return field.name
    return None
