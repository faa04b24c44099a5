"""County indicators: sites summed per municipality and county, the threshold applied again."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from healthcentre.county.receiver import aggregate, storage
from healthcentre.county.receiver.intake import accept


def send(engine, site: str, municipality: str, women: dict, sessions: int, threshold: int = 5) -> None:
    total = dict(women)  # one category: its margin is the same cell
    document = {
        "schema_version": 1, "submission_id": str(uuid.uuid4()), "site_code": site,
        "municipality_code": municipality, "period": "2025", "version": 1, "app_version": "0.1.0",
        "threshold": threshold, "created_at": dt.datetime.now(dt.timezone.utc).isoformat(),
        "tables": [{"code": "DELTAGARE", "measure": "people", "dimensions": [{"code": "KON"}],
                    "cells": [{"key": ["woman"], **women}, {"key": ["_total"], **total}]},
                   {"code": "TILLFALLEN", "measure": "events", "dimensions": [{"code": "TYP"}],
                    "cells": [{"key": ["_total"], "value": sessions}]}],
    }
    with engine.begin() as conn:
        storage.add_site(conn, code=site, name=site, municipality_code=municipality)
    accept(engine, json.dumps(document).encode(), site_code=site, via="http", threshold=threshold)


def view(result: dict, code: str) -> dict:
    area = result["county"] if code == "06" else next(m for m in result["municipalities"] if m["code"] == code)
    return {(t["code"], tuple(c["key"])): (c["value"], c["withheld"], c["partial"])
            for t in area["tables"] for c in t["cells"]}


def test_sites_are_summed_and_a_cell_withheld_somewhere_is_partial(tmp_path):
    engine = storage.open_store(storage.database_url_for(tmp_path))
    send(engine, "A", "0680", {"value": 6}, sessions=10)
    send(engine, "B", "0680", {"withheld": True}, sessions=4)
    send(engine, "C", "0604", {"withheld": True}, sessions=2)
    result = aggregate.indicators(engine, "2025", 5)
    jonkoping, aneby, county = view(result, "0680"), view(result, "0604"), view(result, "06")
    assert jonkoping[("DELTAGARE", ("woman",))] == (6, False, True)
    assert jonkoping[("TILLFALLEN", ("_total",))] == (14, False, False)
    assert aneby[("DELTAGARE", ("woman",))] == (None, True, False)
    assert county[("TILLFALLEN", ("_total",))] == (16, False, False)


def test_a_small_sum_stored_before_the_county_raised_its_threshold_is_withheld_at_county_level(tmp_path):
    engine = storage.open_store(storage.database_url_for(tmp_path))
    send(engine, "A", "0687", {"value": 3}, sessions=1, threshold=3)
    result = aggregate.indicators(engine, "2025", 5)
    assert view(result, "0687")[("DELTAGARE", ("woman",))] == (None, True, False)
    assert view(result, "0687")[("TILLFALLEN", ("_total",))] == (1, False, False)
    rows = aggregate.csv_rows(result)
    assert rows[0][:4] == ["Period", "Områdeskod", "Område", "Tabellkod"]
    assert ["2025", "0687", "Tranås", "DELTAGARE", "DELTAGARE", "people", "woman", "woman", "", "", "", "", "", 1, 0] \
        in rows
