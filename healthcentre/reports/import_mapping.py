"""Which column of the file fills which field: given by the user, remembered from the last
import of the same kind (kept in the laptop's local state), or guessed from the header."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from healthcentre.data.database import Database
from healthcentre.data import local_state
from healthcentre.errors import ValidationError
from healthcentre.reports.import_fields import fields_of, guess_field

SETTING_KEY = "import.mapping.{kind}"


def remembered_mapping(db: Database, kind: str) -> dict[str, str]:
    """The header → field mapping used by the last accepted import of ``kind``."""
    value = local_state.read_value(db, SETTING_KEY.format(kind=kind))
    return json.loads(value) if value is not None else {}


def remember_mapping(db: Database, kind: str, mapping: Mapping[str, str]) -> None:
    """Keep ``mapping`` for the next import of ``kind``."""
    value = json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True)
    local_state.write_values(db, "", {SETTING_KEY.format(kind=kind): value})


def resolve_mapping(db: Database, kind: str, headers: Sequence[str],
                    given: Mapping[str, str] | None = None) -> dict[str, str]:
    """Header → field for the file's ``headers``: what the user ``given`` first, then the
    remembered mapping, then a guess from the header text. Unmapped columns are ignored."""
    fields = fields_of(kind)
    given = dict(given or {})
    for header, field in given.items():
        if header not in headers:
            raise ValidationError("import_column_missing", field="mapping", column=header)
        if field and field not in fields:
            raise ValidationError("import_field_unknown", field="mapping", name=field)
    remembered = remembered_mapping(db, kind)
    mapping: dict[str, str] = {}
    for header in headers:
        if not header:
            continue
        if header in given:
            field = given[header]
        elif header in remembered and remembered[header] in fields:
            field = remembered[header]
        else:
            field = guess_field(header, kind)
        if field and field not in mapping.values():
            mapping[header] = field
    return mapping


def parse_mapping_options(options: Sequence[str]) -> dict[str, str]:
    """``["Namn=display_name", "Född=birth_year"]`` (the command line's --map) as a dict."""
    result = {}
    for option in options:
        column, sep, field = option.partition("=")
        if not sep or not column.strip():
            raise ValidationError("import_map_option", field="mapping", option=option)
        result[column.strip()] = field.strip()
    return result
