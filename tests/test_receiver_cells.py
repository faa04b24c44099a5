"""The receiver keeps the latest submission's cells of every site and period in a table replaced at intake and
sums them in SQL: the figures are those of summing the stored payloads by hand, a database from before the
table gets its cells from the stored payloads, and the trend's one-cell query agrees with the whole period's."""

from __future__ import annotations

import json
import sqlite3

from sqlalchemy import event
from submissions import document

from healthcentre.contract.payload import TOTAL
from healthcentre.receiver import aggregate, site_kinds, storage, store_tables
from healthcentre.receiver.county_overview import indicator_cell
from healthcentre.receiver.intake import accept

# site, municipality, kind, participants in the family target group (None: withheld), sessions, circles started
SITES = (("HC-JKP-1", "0680", "halsocenter", 7, 12, 2), ("HC-JKP-2", "0680", "meeting_place", None, 3, 0),
         ("RC-VMO-1", "0683", "recovery_college", 9, 5, 1), ("HC-ANE-1", "0604", "halsocenter", None, 1, 0))
PERIODS = ("2025", "2025-Q1", "2026")


def _send(engine, site, municipality, kind, families, sessions, circles, period) -> dict:
    body = document(site_code=site, municipality_code=municipality, period=period, site_kind=kind,
                    inner={"DELTAGARE_MALGRUPP": {("FAMILJ",): families or 0},
                           "TILLFALLEN": {("KURS", "ALDRE"): sessions},
                           "INDIKATORER": {("STUDIECIRKLAR_STARTADE",): circles}},
                    withheld={"DELTAGARE_MALGRUPP": [] if families is not None else [("FAMILJ",)]})
    accept(engine, json.dumps(body).encode(), site_code=site, via="http", threshold=5)
    return body


def _receiver(tmp_path):
    engine = storage.open_store(storage.database_url_for(tmp_path))
    with engine.begin() as conn:
        for site, municipality, *_ in SITES:
            storage.add_site(conn, code=site, name=site, municipality_code=municipality)
    sent = {period: [(site[1], _send(engine, *site, period)) for site in SITES if period != "2026" or site[4] > 3]
            for period in PERIODS}
    return engine, sent


def _by_hand(documents: list[dict], threshold: int = 5) -> dict:
    """The sums of ``documents`` cell by cell, as a person would add up the stored payloads."""
    sums: dict = {}
    for body in documents:
        for table in body["tables"]:
            for cell in table["cells"]:
                known, value = sums.get((table["code"], tuple(cell["key"])), (0, 0))
                if not cell.get("withheld"):
                    known, value = known + 1, value + cell["value"]
                sums[(table["code"], tuple(cell["key"]))] = (known, value)
    result = {}
    for (code, key), (known, value) in sums.items():
        shown = value if known else None
        if shown is not None and code.startswith(("DELTAGARE", "BESOK")) and 0 < shown < threshold:
            shown = None
        result[(code, key)] = (shown, shown is None, 0 < known < len(documents))
    return result


def _view(area: dict) -> dict:
    return {(t["code"], tuple(c["key"])): (c["value"], c["withheld"], c["partial"])
            for t in area["tables"] for c in t["cells"]}


def test_the_summed_cells_are_the_stored_payloads_added_up_by_hand_per_municipality_and_county(tmp_path):
    engine, sent = _receiver(tmp_path)
    for period in PERIODS:
        result = aggregate.indicators(engine, period, 5)
        assert _view(result["county"]) == _by_hand([body for _, body in sent[period]])
        for area in result["municipalities"]:
            mine = [body for municipality, body in sent[period] if municipality == area["code"]]
            assert area["sites"] == len(mine)
            assert _view(area) == (_by_hand(mine) if mine else {})


def _cells_of(engine, site: str, period: str) -> dict:
    cell = store_tables.latest_cell_table
    with storage.reading(engine) as conn:
        rows = conn.execute(cell.select().where(cell.c.site_code == site, cell.c.period == period)).all()
    return {(row.table_code, row.cell_key): row.value for row in rows}


def test_a_new_version_replaces_the_cells_an_older_one_or_a_repeat_changes_nothing(tmp_path):
    engine, sent = _receiver(tmp_path)
    first = sent["2025"][1][1]
    cells = _cells_of(engine, "HC-JKP-2", "2025")
    assert len(cells) == sum(len(table["cells"]) for table in first["tables"])
    assert cells[("DELTAGARE_MALGRUPP", "FAMILJ")] is None  # withheld: no value
    assert cells[("TILLFALLEN", "KURS|ALDRE")] == 3
    accept(engine, json.dumps(first).encode(), site_code="HC-JKP-2", via="http", threshold=5)  # a repeat
    assert _cells_of(engine, "HC-JKP-2", "2025") == cells
    newer = _send(engine, "HC-JKP-2", "0680", "meeting_place", 8, 6, 0, "2025")
    newer_cells = _cells_of(engine, "HC-JKP-2", "2025")
    assert len(newer_cells) == len(cells)
    assert newer_cells[("TILLFALLEN", "KURS|ALDRE")] == 6 and newer_cells[("DELTAGARE_MALGRUPP", "FAMILJ")] == 8
    older = {**first, "submission_id": "00000000-0000-4000-8000-000000000001"}  # built before the newer one
    stored = accept(engine, json.dumps(older).encode(), site_code="HC-JKP-2", via="http", threshold=5)
    assert stored.outcome == "older" and newer["created_at"] > older["created_at"]
    assert _cells_of(engine, "HC-JKP-2", "2025") == newer_cells


def test_a_database_from_before_the_cell_table_gets_the_cells_of_its_stored_payloads(tmp_path):
    engine, sent = _receiver(tmp_path)
    before = aggregate.indicators_over(engine, PERIODS, 5)
    engine.dispose()
    raw = sqlite3.connect(tmp_path / "county.db")
    raw.execute("DROP TABLE latest_cell")
    raw.execute("DROP INDEX ix_submission_period")
    for later in ("ALTER TABLE device DROP COLUMN up_to_date_through", "ALTER TABLE device DROP COLUMN relay_origin",
                  "DROP TABLE relay_ack", "DROP TABLE relay_blob"):  # what the later revisions (0007, 0008) add
        raw.execute(later)
    raw.execute("UPDATE receiver_alembic_version SET version_num = '0005_devices'")
    raw.commit()
    raw.close()

    engine = storage.open_store(storage.database_url_for(tmp_path))

    assert aggregate.indicators_over(engine, PERIODS, 5) == before
    engine.dispose()


def test_the_trend_of_one_indicator_reads_the_same_figures_as_the_whole_periods(tmp_path):
    engine, _ = _receiver(tmp_path)
    only = indicator_cell("STUDIECIRKLAR_STARTADE")
    for whole, one in zip(aggregate.indicators_over(engine, PERIODS, 5),
                          aggregate.indicators_over(engine, PERIODS, 5, only)):
        for full_area, one_area in zip([*whole["municipalities"], whole["county"]],
                                       [*one["municipalities"], one["county"]]):
            assert one_area["sites"] == full_area["sites"]
            cell = (only[0], only[1])
            assert _view(one_area).get(cell) == _view(full_area).get(cell)
            assert bool(one_area["tables"]) == bool(full_area["tables"])
    kinds = site_kinds.breakdowns(engine, ["2026"], 5, only)[0]
    assert [area["code"] for area in kinds.areas] == ["halsocenter", "recovery_college"]
    assert _view(kinds.areas[0])[(only[0], only[1])] == (2, False, False)
    assert kinds.municipalities_with["halsocenter"] == 1


def test_a_site_removed_takes_its_cells_with_it(tmp_path):
    engine, _ = _receiver(tmp_path)
    with engine.begin() as conn:
        conn.execute(store_tables.site_table.delete().where(store_tables.site_table.c.code == "HC-ANE-1"))
    with storage.reading(engine) as conn:
        left = {row.site_code for row in conn.execute(store_tables.latest_cell_table.select())}
    assert left == {"HC-JKP-1", "HC-JKP-2", "RC-VMO-1"}
    county = aggregate.indicators_over(engine, ["2025"], 5)[0]["county"]
    assert county["sites"] == 3
    assert _view(county)[("TILLFALLEN", (TOTAL, TOTAL))] == (20, False, False)


def test_the_sums_read_the_cells_by_their_key_never_the_whole_table(tmp_path):
    engine, _ = _receiver(tmp_path)
    plans: list[str] = []

    def explain(_connection, cursor, statement, parameters, _context, executemany) -> None:
        if not executemany and "latest_cell" in statement:
            plans.extend(row[-1] for row in cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, parameters))

    event.listen(engine, "before_cursor_execute", explain)
    aggregate.indicators_over(engine, PERIODS, 5)
    aggregate.indicators_over(engine, PERIODS, 5, indicator_cell("STUDIECIRKLAR_STARTADE"))
    event.remove(engine, "before_cursor_execute", explain)
    assert any("SEARCH latest_cell USING PRIMARY KEY" in plan for plan in plans), plans
    assert not any(plan.startswith("SCAN") and "latest" in plan for plan in plans), plans
