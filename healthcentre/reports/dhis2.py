"""The county counts as a DHIS2 ``dataValueSets`` document, for a county that runs DHIS2.

Every cell that is sent becomes one data value, identified by codes (import with
``idScheme=CODE``; the document says so too): ``dataElement`` is the table code
(``AKTIVITETER``), ``categoryOptionCombo`` the cell key's codes joined by ``.``
(``KURS.ALDRE``, ``KURS._total``), ``orgUnit`` the site's county code and ``period``
a DHIS2 period (``202603`` month, ``2026Q1`` quarter, ``2026`` year). Margins are
sent as their own combinations, since a target-group total is not the sum of its
groups. Withheld cells are left out, as DHIS2 reads a missing value as "no data";
values are strings, as DHIS2 expects.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from healthcentre.contract.payload import Table

KEY_SEPARATOR = "."


def dhis2_period(period: str) -> str:
    """The DHIS2 period code of a county period: 2026-03 → 202603, 2026-Q1 → 2026Q1, 2026 → 2026."""
    if len(period) == 4:
        return period
    if period[5] == "Q":
        return period[:4] + period[5:]
    return period[:4] + period[5:7]


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


def data_values(period: str, org_unit: str, tables: Sequence[Table]) -> list[dict[str, str]]:
    """The data values of one period's tables (withheld cells left out)."""
    code = dhis2_period(period)
    return [
        {"dataElement": table.code, "categoryOptionCombo": KEY_SEPARATOR.join(cell.key), "period": code,
         "orgUnit": org_unit, "value": _number(cell.value)}
        for table in tables for cell in table.cells if not cell.withheld
    ]


def data_value_set(org_unit: str, released: Mapping[str, Sequence[Table]]) -> dict:
    """A ``dataValueSets`` document of every period in ``released`` (period → tables) for one org unit."""
    values = [value for period, tables in released.items() for value in data_values(period, org_unit, tables)]
    return {"idScheme": "CODE", "dataElementIdScheme": "CODE", "orgUnitIdScheme": "CODE",
            "orgUnit": org_unit, "dataValues": values}
