"""Test helper: county submissions as JSON documents that follow the county's table specifications.

Every table of ``healthcentre.contract.tables`` is there with every cell: the inner cells
given (0 elsewhere) and each margin the sum of the inner cells it covers, so the margins
agree with their cells; the cells named in ``withheld`` are then withheld.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping

from healthcentre.contract import tables
from healthcentre.contract.payload import SCHEMA_VERSION, TOTAL

Inner = Mapping[str, Mapping[tuple[str, ...], float]]  # table code -> inner cell key -> value


def _covers(margin: tuple[str, ...], key: tuple[str, ...]) -> bool:
    return all(part == TOTAL or part == other for part, other in zip(margin, key))


def spec_table(spec: tables.TableSpec, inner: Mapping[tuple[str, ...], float],
               withheld: Iterable[tuple[str, ...]] = ()) -> dict:
    """One table as JSON: ``inner`` values, margins their sums, the ``withheld`` keys withheld."""
    hidden = set(withheld)
    cells = []
    for key in tables.cell_keys(spec):
        if key in hidden:
            cells.append({"key": list(key), "withheld": True})
        else:
            cells.append({"key": list(key), "value": sum(v for k, v in inner.items() if _covers(key, k))})
    return {"code": spec.code, "measure": spec.measure,
            "dimensions": [{"code": d.code, "additive": d.additive} for d in spec.dimensions], "cells": cells}


def spec_tables(inner: Inner | None = None, withheld: Mapping[str, Iterable[tuple[str, ...]]] | None = None) -> list:
    """Every county table as JSON (see ``spec_table``)."""
    inner, withheld = inner or {}, withheld or {}
    return [spec_table(spec, inner.get(spec.code, {}), withheld.get(spec.code, ())) for spec in tables.TABLES]


def document(*, site_code: str, municipality_code: str, period: str, inner: Inner | None = None,
             withheld: Mapping[str, Iterable[tuple[str, ...]]] | None = None, **changes) -> dict:
    """A valid submission document (JSON-ready dict) with ``changes`` applied to its fields."""
    body = {
        "schema_version": SCHEMA_VERSION, "submission_id": str(uuid.uuid4()), "site_code": site_code,
        "municipality_code": municipality_code, "period": period, "version": 1, "app_version": "0.1.0",
        "threshold": 5, "created_at": dt.datetime.now(dt.timezone.utc).isoformat(),
        "tables": spec_tables(inner, withheld),
    }
    body.update(changes)
    return body


def table_of(body: dict, code: str) -> dict:
    """The table ``code`` of a submission document (to change it in a test)."""
    return next(table for table in body["tables"] if table["code"] == code)


def cell_of(body: dict, code: str, key: tuple[str, ...]) -> dict:
    """The cell ``key`` of table ``code`` of a submission document."""
    return next(cell for cell in table_of(body, code)["cells"] if tuple(cell["key"]) == key)
