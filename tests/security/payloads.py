"""Test helper: valid county submissions built from a seed, the way a site's laptop would send them.

Every table of the county's specification with every cell: random counts in one to six
inner cells of each (events from 1 to 40, people from 5 to 200), the margins their sums.
``withheld`` cells are optional: the load test sends none, so the county totals are plain
sums it can check exactly.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from submissions import spec_tables

from healthcentre.contract import tables
from healthcentre.contract.payload import SCHEMA_VERSION, TOTAL


def _inner_keys(spec: tables.TableSpec) -> list[tuple[str, ...]]:
    return [key for key in tables.cell_keys(spec) if TOTAL not in key]


def _count(rng: random.Random, spec: tables.TableSpec) -> float:
    if spec.measure == "people":
        return rng.randint(5, 200)
    return rng.randint(1, 40)


def _inner(rng: random.Random) -> dict:
    inner = {}
    for spec in tables.TABLES:
        keys = _inner_keys(spec)
        inner[spec.code] = {key: _count(rng, spec) for key in rng.sample(keys, min(len(keys), rng.randint(1, 6)))}
    return inner


def _withheld(rng: random.Random) -> dict:
    people = "DELTAGARE_ALDER_KON"
    return {people: rng.sample(_inner_keys(tables.BY_CODE[people]), rng.randint(0, 2))}


def submission(rng: random.Random, *, site_code: str, municipality_code: str, period: str, version: int = 1,
               withheld: bool = True) -> dict:
    """A valid submission document (JSON-ready dict) for one site and period."""
    inner = _inner(rng)
    return {
        "schema_version": SCHEMA_VERSION, "submission_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "site_code": site_code, "municipality_code": municipality_code, "period": period, "version": version,
        "app_version": "0.1.0", "threshold": 5,
        "created_at": (dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
                       + dt.timedelta(seconds=rng.randint(0, 10**7))).isoformat(),
        "tables": spec_tables(inner, _withheld(rng) if withheld else None),
    }


def year_periods(year: int) -> list[str]:
    """The 17 periods of a year: 12 months, 4 quarters and the year."""
    return [*(f"{year}-{m:02d}" for m in range(1, 13)), *(f"{year}-Q{q}" for q in range(1, 5)), str(year)]
