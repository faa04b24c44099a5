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

import functools
from collections import OrderedDict
from collections.abc import Sequence

from sqlalchemy.engine import Connection, Engine

from healthcentre.catalogues import MUNICIPALITIES, REGION_CODE, REGION_NAME
from healthcentre.contract import tables
from healthcentre.receiver import cell_store, storage
from healthcentre.receiver.cell_store import Grouping, Only
from healthcentre.reports.labels import category_label, table_title

_CACHE: OrderedDict[tuple, dict] = OrderedDict()
_CACHE_SIZE = 64


class _Sum:
    """The running sum of one cell across areas: its value and how many sites published it."""

    __slots__ = ("known", "value")

    def __init__(self) -> None:
        self.known = 0
        self.value = 0.0

    def add(self, total: float | None, known: int) -> None:
        if known:
            self.known += known
            self.value += total

    def cell(self, key: tuple[str, ...], measure: str, threshold: int, sites: int) -> dict:
        """The summed cell of an area of ``sites`` sites: partial when some of them did not publish it."""
        value = None if self.known == 0 else self.value
        if value is not None and measure == "people" and 0 < value < threshold:
            value = None
        return {"key": list(key), "value": value, "withheld": value is None, "partial": 0 < self.known < sites}


Sums = dict[str, dict[tuple[str, ...], _Sum]]  # table code → cell key → sum


@functools.lru_cache(maxsize=None)
def _order(code: str) -> dict[tuple[str, ...], int]:
    return {key: index for index, key in enumerate(tables.cell_keys(tables.BY_CODE[code]))}


def _tables(sums: Sums, threshold: int, sites: int) -> list[dict]:
    """An area's summed tables, shaped as in a payload (the county's specification gives the shapes: a table
    code is never renamed or reused), the threshold applied again, cells in the specification's order."""
    shaped = []
    for code in sorted(sums):
        spec = tables.BY_CODE[code]
        order = _order(code)
        keys = sorted(sums[code], key=lambda key: order.get(key, len(order)))
        shaped.append({"code": code, "measure": spec.measure,
                       "dimensions": [{"code": d.code, "additive": d.additive} for d in spec.dimensions],
                       "cells": [sums[code][key].cell(key, spec.measure, threshold, sites) for key in keys]})
    return shaped


def _sums_over(conn: Connection, periods: Sequence[str], grouping: Grouping, only: Only | None,
               reported: Sequence | None) -> tuple[dict[str, dict], dict[str, dict]]:
    """Per period and area: the summed cells, and how many sites reported (``reported``: the rows of
    ``storage.sites_by_kind`` for ``periods``, when the caller has read them already)."""
    sums: dict[str, dict[object, Sums]] = {}
    for row in cell_store.sums(conn, periods, grouping, only):
        area = sums.setdefault(row.period, {}).setdefault(row.area, {})
        area.setdefault(row.table_code, {}).setdefault(cell_store.key_parts(row.cell_key), _Sum()).add(
            row.total, row.known)
    sites: dict[str, dict] = {}
    for row in storage.sites_by_kind(conn, periods) if reported is None else reported:
        area = row.municipality_code if grouping == "municipality" else row.kind
        per_area = sites.setdefault(row.period, {})
        per_area[area] = per_area.get(area, 0) + row.sites
        if only is not None:  # the area reported: its table is there, if empty (an indicator of 0, not "no data")
            sums.setdefault(row.period, {}).setdefault(area, {}).setdefault(only[0], {})
    return sums, sites


def _merged(areas: Sequence[Sums]) -> Sums:
    """The sums of several areas added up (the county's from its municipalities')."""
    total: Sums = {}
    for area in areas:
        for code, cells in area.items():
            into = total.setdefault(code, {})
            for key, part in cells.items():
                into.setdefault(key, _Sum()).add(part.value, part.known)
    return total


def areas_over(conn: Connection, periods: Sequence[str], grouping: Grouping, threshold: int,
               only: Only | None = None, reported: Sequence | None = None) -> dict[str, dict[object, dict]]:
    """Period → area (a municipality code, or a site kind with None for unknown) → ``sites`` and ``tables``:
    the latest submission of every site of the area summed (``only``: just that cell). A period or an area
    no site reported is absent. ``reported``: the rows of ``storage.sites_by_kind`` for ``periods``, if read
    already (they are then not read again)."""
    sums, sites = _sums_over(conn, periods, grouping, only, reported)
    return {period: {area: {"sites": count, "tables": _tables(sums.get(period, {}).get(area, {}), threshold, count)}
                     for area, count in counts.items()}
            for period, counts in sites.items()}


def _result(period: str, threshold: int, sums: dict[object, Sums], sites: dict[object, int]) -> dict:
    """One period's indicators: every municipality's and the county's summed tables."""
    def area(code: str, name: str) -> dict:
        count = sites.get(code, 0)
        return {"code": code, "name": name, "sites": count, "tables": _tables(sums.get(code, {}), threshold, count)}

    county_sites = sum(sites.values())
    county = {"code": REGION_CODE, "name": REGION_NAME, "sites": county_sites,
              "tables": _tables(_merged(list(sums.values())), threshold, county_sites)}
    return {"period": period, "threshold": threshold,
            "municipalities": [area(code, name) for code, name in MUNICIPALITIES], "county": county}


def indicators_over(engine: Engine, periods: Sequence[str], threshold: int, only: Only | None = None) -> list[dict]:
    """The county indicators (as ``indicators``) of each of ``periods``, in one query; ``only``: that one cell
    (the trend of an indicator)."""
    with storage.reading(engine) as conn:
        sums, sites = _sums_over(conn, periods, "municipality", only, None)
    return [_result(period, threshold, sums.get(period, {}), sites.get(period, {})) for period in periods]


def indicators(engine: Engine, period: str, threshold: int) -> dict:
    """The county indicators of ``period``: every municipality's and the county's summed tables."""
    with storage.reading(engine) as conn:
        key = (period, threshold, tuple(storage.latest_for_period(conn, period)))
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    result = indicators_over(engine, [period], threshold)[0]
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
