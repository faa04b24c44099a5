"""County indicators: the latest submission of every site summed per municipality and for the county.

Counts of events are summed as sent. Counts of people are summed too (a person
active at two sites counts at both) and the threshold is applied again: a sum
above 0 and below it is withheld. The receiver accepts only submissions anonymised
at least as strictly as its threshold, so such a sum can only come from data stored
before the county raised its threshold. A cell withheld at every site stays withheld; a
cell withheld at some sites, or missing from some sites' submissions (stored before every
table was required), is the sum of the sites that published it, flagged ``partial``: every
view of it (the JSON, the CSV's ``partial`` column, the page and the PDF) marks it so.
"""

from __future__ import annotations

import json
from collections import OrderedDict

from sqlalchemy.engine import Engine

from healthcentre.catalogues import MUNICIPALITIES, REGION_CODE
from healthcentre.receiver import storage
from healthcentre.reports.labels import category_label, table_title

_CACHE: OrderedDict[tuple, dict] = OrderedDict()
_CACHE_SIZE = 64


class _Sum:
    """The running sum of one cell across sites."""

    __slots__ = ("known", "value")

    def __init__(self) -> None:
        self.known = 0
        self.value = 0.0

    def add(self, cell: dict) -> None:
        if not cell.get("withheld"):
            self.known += 1
            self.value += cell["value"]

    def cell(self, key: list[str], measure: str, threshold: int, sites: int) -> dict:
        """The summed cell of an area of ``sites`` sites: partial when some of them did not publish it."""
        value = None if self.known == 0 else self.value
        if value is not None and measure == "people" and 0 < value < threshold:
            value = None
        return {"key": key, "value": value, "withheld": value is None, "partial": 0 < self.known < sites}


def sum_tables(documents: list[dict], threshold: int) -> list[dict]:
    """The tables of ``documents`` (submission payloads) summed cell by cell, the threshold applied again."""
    shapes: dict[str, dict] = {}
    sums: dict[str, dict[tuple, _Sum]] = {}
    for document in documents:
        for table in document["tables"]:
            shapes.setdefault(table["code"], {k: table[k] for k in ("code", "measure", "dimensions")})
            cells = sums.setdefault(table["code"], {})
            for cell in table["cells"]:
                cells.setdefault(tuple(cell["key"]), _Sum()).add(cell)
    sites = len(documents)
    return [{**shapes[code], "cells": [total.cell(list(key), shapes[code]["measure"], threshold, sites)
                                       for key, total in sums[code].items()]}
            for code in sorted(shapes)]


def _compute(period: str, threshold: int, latest: list[tuple[str, str]], documents: dict[str, dict]) -> dict:
    by_municipality: dict[str, list[dict]] = {}
    for submission_id, municipality in latest:
        by_municipality.setdefault(municipality, []).append(documents[submission_id])
    municipalities = [
        {"code": code, "name": name, "sites": len(by_municipality.get(code, [])),
         "tables": sum_tables(by_municipality.get(code, []), threshold)}
        for code, name in MUNICIPALITIES
    ]
    county = {"code": REGION_CODE, "name": "Region Jönköpings län", "sites": len(latest),
              "tables": sum_tables(list(documents.values()), threshold)}
    return {"period": period, "threshold": threshold, "municipalities": municipalities, "county": county}


def indicators(engine: Engine, period: str, threshold: int) -> dict:
    """The county indicators of ``period``: every municipality's and the county's summed tables."""
    with storage.reading(engine) as conn:
        latest = storage.latest_for_period(conn, period)
        key = (period, threshold, tuple(latest))
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
        raw = storage.payloads(conn, [submission_id for submission_id, _ in latest])
    result = _compute(period, threshold, latest, {sid: json.loads(text) for sid, text in raw.items()})
    _CACHE[key] = result
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return result


CSV_HEADER = ["Period", "Områdeskod", "Område", "Tabellkod", "Tabell", "Mått", "Nyckel 1", "Namn 1",
              "Nyckel 2", "Namn 2", "Nyckel 3", "Namn 3", "Värde", "Undertryckt", "Ofullständig"]


def csv_rows(result: dict) -> list[list[object]]:
    """The indicators as flat rows, header first, names in Swedish beside the codes: period, area
    (municipality or county) code and name, table code and title, measure, up to three keys with their
    names, value (empty if withheld), withheld (1/0), partial (1/0). The CSV of the county's pages."""
    rows: list[list[object]] = [CSV_HEADER]
    for area in [*result["municipalities"], result["county"]]:
        for table in area["tables"]:
            dimensions = [dimension["code"] for dimension in table["dimensions"]]
            for cell in table["cells"]:
                keys = [[key, category_label(dimension, key)] for dimension, key in zip(dimensions, cell["key"])]
                keys = [part for pair in (keys + [["", ""]] * 3)[:3] for part in pair]
                value = "" if cell["value"] is None else _number(cell["value"])
                rows.append([result["period"], area["code"], area["name"], table["code"], table_title(table["code"]),
                             table["measure"], *keys, value, int(cell["withheld"]), int(cell["partial"])])
    return rows


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 4)
