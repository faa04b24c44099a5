"""County indicators: sites summed per municipality and county, the threshold applied again."""

from __future__ import annotations

import datetime as dt
import json

from submissions import document

from healthcentre.contract.payload import Table
from healthcentre.receiver import aggregate, cell_store, storage
from healthcentre.receiver.intake import accept


FAMILIES = ("DELTAGARE_MALGRUPP", ("FAMILJ",))


def send(engine, site: str, municipality: str, families: int | None, sessions: int, threshold: int = 5) -> None:
    """A site's year: ``families`` participants of that target group (None: withheld), ``sessions`` of courses."""
    body = document(site_code=site, municipality_code=municipality, period="2025", threshold=threshold,
                    inner={"DELTAGARE_MALGRUPP": {FAMILIES[1]: families or 0},
                           "TILLFALLEN": {("KURS", "ALDRE"): sessions}},
                    withheld={"DELTAGARE_MALGRUPP": [] if families is not None else [FAMILIES[1]]})
    with engine.begin() as conn:
        storage.add_site(conn, code=site, name=site, municipality_code=municipality)
    accept(engine, json.dumps(body).encode(), site_code=site, via="http", threshold=threshold)


def view(result: dict, code: str) -> dict:
    area = result["county"] if code == "06" else next(m for m in result["municipalities"] if m["code"] == code)
    return {(t["code"], tuple(c["key"])): (c["value"], c["withheld"], c["partial"])
            for t in area["tables"] for c in t["cells"]}


def test_sites_are_summed_and_a_cell_withheld_somewhere_is_partial(tmp_path):
    engine = storage.open_store(storage.database_url_for(tmp_path))
    send(engine, "A", "0680", 6, sessions=10)
    send(engine, "B", "0680", None, sessions=4)
    send(engine, "C", "0604", None, sessions=2)
    result = aggregate.indicators(engine, "2025", 5)
    jonkoping, aneby, county = view(result, "0680"), view(result, "0604"), view(result, "06")
    assert jonkoping[FAMILIES] == (6, False, True)
    assert jonkoping[("TILLFALLEN", ("_total", "_total"))] == (14, False, False)
    assert aneby[FAMILIES] == (None, True, False)
    assert county[("TILLFALLEN", ("_total", "_total"))] == (16, False, False)


def test_a_small_sum_stored_before_the_county_raised_its_threshold_is_withheld_at_county_level(tmp_path):
    engine = storage.open_store(storage.database_url_for(tmp_path))
    send(engine, "A", "0687", 3, sessions=1, threshold=3)
    result = aggregate.indicators(engine, "2025", 5)
    assert view(result, "0687")[FAMILIES] == (None, True, False)
    assert view(result, "0687")[("TILLFALLEN", ("_total", "_total"))] == (1, False, False)
    rows = aggregate.csv_rows(result)
    assert rows[0][:4] == ["Period", "Områdeskod", "Område", "Tabellkod"]
    assert ["2025", "0687", "Tranås", "DELTAGARE_MALGRUPP", "Unika deltagare efter målgrupp", "people", "FAMILJ",
            "Familjer och gravida", "", "", "", "", "", 1, 0] in rows


def test_a_cell_missing_from_a_site_stored_before_every_table_was_required_makes_the_sum_partial(tmp_path):
    engine = storage.open_store(storage.database_url_for(tmp_path))
    send(engine, "A", "0680", 6, sessions=10)
    older = document(site_code="B", municipality_code="0680", period="2025", schema_version=1,
                     inner={"TILLFALLEN": {("KURS", "ALDRE"): 4}})
    older["tables"] = [table for table in older["tables"] if table["code"] == "TILLFALLEN"]
    with engine.begin() as conn:
        storage.add_site(conn, code="B", name="B", municipality_code="0680")
        storage.record_submission(conn, submission_id=older["submission_id"], site_code="B", period="2025",
                                  version=1, created_at=dt.datetime.now(dt.timezone.utc),
                                  payload=json.dumps(older), via="http")
        cell_store.replace(conn, "B", "2025", [Table.model_validate(table) for table in older["tables"]])
    jonkoping = view(aggregate.indicators(engine, "2025", 5), "0680")
    assert jonkoping[FAMILIES] == (6, False, True)
    assert jonkoping[("TILLFALLEN", ("_total", "_total"))] == (14, False, False)
