"""Swedish names of the county tables' dimensions and categories, for documents and sheets."""

from __future__ import annotations

from healthcentre.contract import tables
from healthcentre.contract.payload import TOTAL
from healthcentre import catalogues

DIMENSIONS = {
    "aktivitetstyp": "Aktivitetstyp",
    "malgrupp": "Målgrupp",
    "aldersgrupp": "Åldersgrupp",
    "kon": "Kön",
    "grupp": "Grupp",
    "besokstyp": "Besökstyp",
    "indikator": "Indikator",
}

_AGE = {code: (f"{first}–{last} år" if last is not None else f"{first} år och äldre")
        for code, first, last in catalogues.AGE_BANDS}

CATEGORIES: dict[str, dict[str, str]] = {
    "aktivitetstyp": {code: name for code, name, *_ in catalogues.ACTIVITY_KINDS},
    "malgrupp": {code: name for code, name, _ in catalogues.TARGET_GROUPS},
    "aldersgrupp": {**_AGE, catalogues.UNKNOWN_AGE_BAND: "Okänd ålder"},
    "kon": {"kvinna": "Kvinnor", "man": "Män", "annat": "Annat", "okant": "Uppgift saknas"},
    "grupp": {"NYA": "Nya deltagare", "FORSTA_ORGANISERADE": "Nya i organiserad verksamhet"},
    "besokstyp": {"REG": "Registrerade besök", "OREG": "Oregistrerade besök"},
    "indikator": {code: sv for code, sv, _ in tables.INDICATORS},
}


def dimension_label(code: str) -> str:
    """``Målgrupp`` for ``malgrupp``."""
    return DIMENSIONS.get(code, code)


def category_label(dimension: str, code: str) -> str:
    """``Äldre (65+)`` for target group ``ALDRE``; ``Totalt`` for a margin."""
    if code == TOTAL:
        return "Totalt"
    return CATEGORIES.get(dimension, {}).get(code, code)


def table_title(code: str) -> str:
    """The Swedish title of county table ``code``."""
    spec = tables.BY_CODE.get(code)
    return spec.title_sv if spec else code
