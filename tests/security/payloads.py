"""Test helper: valid county submissions built from a seed, the way a site's laptop would send them.

Each submission has an events table by activity kind, a two-dimensional events
table by kind and (non-additive) target group, and a people table by gender,
with margins that add up. ``withheld`` cells are optional: the load test sends
none, so the county totals are plain sums it can check exactly.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from healthcentre.county.payload import TOTAL

KINDS = ["KURS", "STUDIECIRKEL", "FORELASNING", "TRAFF"]
TARGET_GROUPS = ["ALDRE", "UNGA_VUXNA", "ANHORIGA"]
GENDERS = ["woman", "man", "other", "unknown"]


def _events_by_kind(rng: random.Random) -> dict:
    values = {kind: rng.randint(0, 40) for kind in KINDS}
    cells = [{"key": [kind], "value": value} for kind, value in values.items()]
    cells.append({"key": [TOTAL], "value": sum(values.values())})
    return {"code": "AKTIVITETER", "measure": "events", "dimensions": [{"code": "TYP", "additive": True}],
            "cells": cells}


def _sessions_by_kind_and_group(rng: random.Random) -> dict:
    cells = []
    for kind in [*KINDS, TOTAL]:
        per_group = {group: rng.randint(0, 20) for group in TARGET_GROUPS}
        for group, value in per_group.items():
            cells.append({"key": [kind, group], "value": value})
        cells.append({"key": [kind, TOTAL], "value": max(per_group.values()) + rng.randint(0, 5)})
    by_key = {tuple(c["key"]): c for c in cells}
    for group in [*TARGET_GROUPS, TOTAL]:  # kinds are additive: the kind margin is the sum
        by_key[(TOTAL, group)]["value"] = sum(by_key[(kind, group)]["value"] for kind in KINDS)
    return {"code": "TILLFALLEN", "measure": "events",
            "dimensions": [{"code": "TYP", "additive": True}, {"code": "MALGRUPP", "additive": False}],
            "cells": cells}


def _people_by_gender(rng: random.Random, withheld: bool) -> dict:
    values = {gender: rng.choice([0, rng.randint(5, 200)]) for gender in GENDERS}
    cells = [{"key": [gender], "value": value} for gender, value in values.items()]
    if withheld:
        for cell in rng.sample(cells, rng.randint(0, 2)):
            cell.pop("value")
            cell["withheld"] = True
    cells.append({"key": [TOTAL], "value": sum(values.values())})
    return {"code": "DELTAGARE", "measure": "people", "dimensions": [{"code": "KON", "additive": True}],
            "cells": cells}


def submission(rng: random.Random, *, site_code: str, municipality_code: str, period: str, version: int = 1,
               withheld: bool = True) -> dict:
    """A valid submission document (JSON-ready dict) for one site and period."""
    return {
        "schema_version": 1, "submission_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "site_code": site_code, "municipality_code": municipality_code, "period": period, "version": version,
        "app_version": "0.1.0", "threshold": 5,
        "created_at": (dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
                       + dt.timedelta(seconds=rng.randint(0, 10**7))).isoformat(),
        "tables": [_events_by_kind(rng), _sessions_by_kind_and_group(rng), _people_by_gender(rng, withheld)],
    }


def year_periods(year: int) -> list[str]:
    """The 17 periods of a year: 12 months, 4 quarters and the year."""
    return [*(f"{year}-{m:02d}" for m in range(1, 13)), *(f"{year}-Q{q}" for q in range(1, 5)), str(year)]
