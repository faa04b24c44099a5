"""The content of a spreadsheet export as plain sheets (name, headers, rows), shared by the
.xlsx and the CSV writer: an information sheet, one sheet per county table (one row per
period and cell, numbers as numbers, withheld cells empty with a note), the activities
and their sessions."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from healthcentre.contract import tables
from healthcentre.reports import labels
from healthcentre.reports.figures import Figures, has_data
from healthcentre.reports.formatting import NO_DATA, WITHHELD, date_long
from healthcentre.reports.register_rows import FLAG_NAMES, ActivityRow

SHEET_NAMES = {
    "AKTIVITETER": "Aktiviteter per typ",
    "TILLFALLEN": "Tillfällen per typ",
    "STUDIETIMMAR": "Studietimmar i studiecirklar",
    "DELTAGARE_ALDER_KON": "Deltagare ålder och kön",
    "DELTAGARE_MALGRUPP": "Deltagare målgrupp",
    "DELTAGARE_NYA": "Nya deltagare",
    "BESOK": "Besök per typ",
    "INDIKATORER": "Indikatorer",
}
WITHHELD_NOTE = f"{WITHHELD} visas inte (färre än tröskeln, eller skulle avslöja ett sådant tal)"
NO_DATA_NOTE = f"{NO_DATA}: inget registrerades under perioden"


@dataclasses.dataclass(frozen=True)
class Sheet:
    """One sheet: its name, header row and data rows (numbers stay numbers)."""

    name: str
    headers: list[str]
    rows: list[list[object]]
    number_format: dict[int, str] = dataclasses.field(default_factory=dict)


def build_sheets(figures: Figures, activity_rows: Sequence[ActivityRow], *, scope: str, period_label: str,
                 internal: bool, threshold: int, issued: dt.date) -> list[Sheet]:
    """Every sheet of the export, in order."""
    sheets = [_info_sheet(scope, period_label, internal, threshold, issued)]
    periods = list(figures)
    for spec in tables.TABLES:
        sheets.append(_table_sheet(spec, figures, periods))
    sheets += _activity_sheets(activity_rows, internal, threshold)
    return sheets


def _info_sheet(scope: str, period_label: str, internal: bool, threshold: int, issued: dt.date) -> Sheet:
    counts = ("Exakta tal – endast för internt bruk" if internal
              else f"Anonymiserade tal: antal personer under {threshold} visas inte ({WITHHELD})")
    rows = [["Verksamhet", scope], ["Period", period_label], ["Uppgifter", counts],
            ["Utskriven", date_long(issued)],
            ["Källa", "healthcentre – länets tabeller för uppföljning (samma tal som skickas till länet)"]]
    return Sheet("Om exporten", ["Uppgift", "Värde"], rows)


def _table_sheet(spec: tables.TableSpec, figures: Figures, periods: list[str]) -> Sheet:
    dims = [d.code for d in spec.dimensions]
    headers = ["Period", *(labels.dimension_label(d) for d in dims), "Antal", "Anmärkning"]
    rows = []
    for period in periods:
        if not has_data(figures, period):  # one line saying so, not a sheet of zeros
            rows.append([period, *([None] * len(dims)), None, NO_DATA_NOTE])
            continue
        for cell in figures[period][spec.code].cells:
            names = [labels.category_label(d, c) for d, c in zip(dims, cell.key)]
            value = None if cell.withheld else _number(cell.value)
            rows.append([period, *names, value, WITHHELD_NOTE if cell.withheld else None])
    number_format = {len(dims) + 1: "0"}
    return Sheet(SHEET_NAMES.get(spec.code, spec.code)[:31], headers, rows, number_format)


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 2)


def _activity_sheets(rows: Sequence[ActivityRow], internal: bool, threshold: int) -> list[Sheet]:
    flag_names = list(FLAG_NAMES.values())
    activity_rows = [[r.id, r.site_name, r.title, r.kind_name, r.start_date, r.end_date, ", ".join(r.target_groups),
                      *("ja" if r.flags.get(flag) else "nej" for flag in FLAG_NAMES), len(r.sessions)]
                     for r in rows]
    session_rows = []
    for r in rows:
        for s in r.sessions:
            small = not internal and 0 < s.present < threshold
            session_rows.append([r.id, r.title, s.date, s.minutes, None if small else s.present, s.unregistered,
                                 WITHHELD_NOTE if small else None])
    return [
        Sheet("Aktiviteter", ["Id", "Verksamhet", "Titel", "Typ", "Startdatum", "Slutdatum", "Målgrupper",
                              *flag_names, "Tillfällen i perioden"], activity_rows),
        Sheet("Aktivitetstillfällen", ["Aktivitet-id", "Aktivitet", "Datum", "Minuter", "Registrerade närvarande",
                             "Oregistrerade besökare", "Anmärkning"], session_rows),
    ]
