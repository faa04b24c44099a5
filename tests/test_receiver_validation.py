"""The receiver checks every submission against the county's table specifications: over HTTP to a
real receiver process and in a transfer file, each bad submission is refused with its own code,
a message in Swedish and English naming the table and the cell, and nothing is stored."""

from __future__ import annotations

import contextlib
import json

import httpx
import pytest
from click.testing import CliRunner
from receiver_process import Receiver
from submissions import cell_of, document, table_of

from healthcentre.receiver.cli import county
from healthcentre.contract import transfer_format
from healthcentre.contract.payload import TOTAL
from healthcentre.receiver import auth, storage
from healthcentre.receiver.file_import import import_file

SITE = "HC-VALID"
BAND = "65-79"


def valid(**changes) -> dict:
    """A conforming submission of March 2026: 6 women and 5 men of one age band (men withheld),
    a course for older people with 3 sessions."""
    fields = {"site_code": SITE, "municipality_code": "0680", "period": "2026-03", **changes}
    return document(**fields, inner={
        "DELTAGARE_ALDER_KON": {(BAND, "kvinna"): 6, (BAND, "man"): 5},
        "DELTAGARE_MALGRUPP": {("ALDRE",): 11}, "DELTAGARE_NYA": {("NYA",): 5, ("FORSTA_ORGANISERADE",): 6},
        "BESOK": {("KURS", "REG"): 20}, "TILLFALLEN": {("KURS", "ALDRE"): 3}, "AKTIVITETER": {("KURS", "ALDRE"): 1},
    }, withheld={"DELTAGARE_ALDER_KON": [(BAND, "man"), (TOTAL, "man")]})


def _set(code: str, key: tuple[str, ...], value: float, **changes):
    def make() -> dict:
        body = valid(**changes)
        cell = cell_of(body, code, key)
        cell.pop("withheld", None)
        cell["value"] = value
        return body
    return make


def _secret_table() -> dict:
    body = valid()
    body["tables"].append({"code": "HEMLIG_TABELL", "measure": "events", "dimensions": [{"code": "NAMN"}],
                           "cells": [{"key": ["Anna"], "value": 1}]})
    return body


def _name_as_cell() -> dict:
    body = valid()
    table_of(body, "DELTAGARE_MALGRUPP")["cells"].append({"key": ["Anna"], "value": 1})
    return body


def _without_table() -> dict:
    body = valid()
    body["tables"] = [table for table in body["tables"] if table["code"] != "BESOK"]
    return body


def _without_cell() -> dict:
    body = valid()
    table = table_of(body, "BESOK")
    table["cells"] = [cell for cell in table["cells"] if cell["key"] != ["KURS", "OREG"]]
    return body


def _visits_as_events() -> dict:
    body = valid()
    table_of(body, "BESOK")["measure"] = "events"
    cell_of(body, "BESOK", ("KURS", "OREG"))["value"] = 2  # would slip under the threshold as events
    return body


def _target_groups_additive() -> dict:
    body = valid()
    table_of(body, "DELTAGARE_MALGRUPP")["dimensions"][0]["additive"] = True
    return body


# case: (make the body, code, table, cell or None)
BAD = {
    "a count of people of 3 under the threshold 5": (
        _set("DELTAGARE_ALDER_KON", (BAND, "man"), 3), "receiver_people_below_threshold",
        "DELTAGARE_ALDER_KON", "(65-79, man)"),
    "an unknown table HEMLIG_TABELL with a cell Anna": (_secret_table, "receiver_table_unknown", "HEMLIG_TABELL", None),
    "a name as a cell of a known table": (_name_as_cell, "receiver_cell_unknown", "DELTAGARE_MALGRUPP", "(Anna)"),
    "a required table removed": (_without_table, "receiver_table_missing", "BESOK", None),
    "a cell removed": (_without_cell, "receiver_cell_missing", "BESOK", "(KURS, OREG)"),
    "a negative count of sessions": (_set("TILLFALLEN", ("KURS", "ALDRE"), -1), "receiver_count_negative",
                                     "TILLFALLEN", "(KURS, ALDRE)"),
    "half a session": (_set("TILLFALLEN", ("KURS", "ALDRE"), 2.5), "receiver_count_not_whole",
                       "TILLFALLEN", "(KURS, ALDRE)"),
    "half a new participant": (_set("DELTAGARE_NYA", ("NYA",), 5.5), "receiver_count_not_whole",
                               "DELTAGARE_NYA", "(NYA)"),
    "visits declared as events": (_visits_as_events, "receiver_table_measure", "BESOK", None),
    "target groups declared additive": (_target_groups_additive, "receiver_table_dimensions",
                                        "DELTAGARE_MALGRUPP", None),
    "a total smaller than a published cell": (_set("DELTAGARE_MALGRUPP", ("ALDRE",), 12),
                                              "receiver_margin_below_cell", "DELTAGARE_MALGRUPP", "(ALDRE)"),
    "a total that is not the sum of its cells": (_set("BESOK", (TOTAL, "REG"), 21), "receiver_margin_sum",
                                                 "BESOK", "(_total, REG)"),
    "an older contract version": (lambda: valid(schema_version=1), "receiver_contract_outdated", None, None),
}


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    server = Receiver(tmp_path_factory.mktemp("county")).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def token(receiver):
    code = receiver.add_site(SITE)
    return httpx.post(receiver.url + "/api/v1/enrol", json={"code": code}).json()["token"]


def post(receiver, body: dict, token: str) -> httpx.Response:
    return httpx.post(receiver.url + "/api/v1/submissions", json=body, headers={"Authorization": f"Bearer {token}"})


@contextlib.contextmanager
def receiver_engine(receiver):
    """The receiver's database engine, disposed after the block."""
    engine = receiver.engine()
    try:
        yield engine
    finally:
        engine.dispose()


def stored(receiver) -> tuple[int, list]:
    with receiver_engine(receiver) as engine, engine.connect() as conn:
        return storage.count_submissions(conn), storage.site_status(conn, SITE)


def assert_names(message: str, table: str | None, cell: str | None) -> None:
    assert table is None or table in message, message
    assert cell is None or cell in message, message


def test_a_conforming_submission_is_accepted(receiver, token):
    assert post(receiver, valid(period="2026-01"), token).json()["outcome"] == "accepted"


@pytest.mark.parametrize("case", list(BAD))
def test_a_submission_breaking_the_table_specifications_gets_422_naming_table_and_cell_and_stores_nothing(
        receiver, token, case):
    make, code, table, cell = BAD[case]
    before = stored(receiver)
    response = post(receiver, make(), token)
    assert response.status_code == 422, response.text
    body = response.json()
    assert set(body) == {"error", "message_sv", "message_en"} and body["error"] == code
    assert_names(body["message_sv"], table, cell)
    assert_names(body["message_en"], table, cell)
    assert stored(receiver) == before


def test_an_outdated_laptop_is_told_to_update_the_app(receiver, token):
    body = post(receiver, valid(schema_version=1), token).json()
    assert "uppdatera healthcentre" in body["message_sv"] and "update healthcentre" in body["message_en"]


def test_an_outdated_laptop_is_told_to_update_even_when_the_rest_does_not_fit_todays_schema(receiver, token):
    outdated = {**valid(schema_version=1), "tables": [{"code": "DELTAGARE", "cells": "old shape"}]}
    before = stored(receiver)
    response = post(receiver, outdated, token)
    assert response.status_code == 422 and response.json()["error"] == "receiver_contract_outdated"
    assert stored(receiver) == before


def _transfer_file(path, token: str, bodies: list[dict]) -> None:
    """A transfer file of ``bodies``, signed as the site's laptop signs them."""
    token_hash = auth.hash_secret(token)
    lines = [{"format": transfer_format.FORMAT, "format_version": transfer_format.FORMAT_VERSION, "count": len(bodies),
              "app_version": "0.1.0"}]
    for body in bodies:
        raw = json.dumps(body)
        lines.append({"site_code": SITE, "signature": auth.signature(token_hash, raw.encode()), "submission": raw})
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")


def test_file_import_refuses_each_bad_submission_with_the_same_messages_and_stores_none(receiver, token, tmp_path):
    cases = list(BAD.values())
    path = tmp_path / "sticka.jsonl"
    _transfer_file(path, token, [make() for make, *_ in cases])
    before = stored(receiver)
    with receiver_engine(receiver) as engine:
        swedish = import_file(engine, path, threshold=receiver.threshold)
        english = import_file(engine, path, threshold=receiver.threshold, language="en")
    assert swedish.accepted == english.accepted == 0
    assert [number for number, _ in swedish.refused] == list(range(2, len(cases) + 2))
    for (_make, _code, table, cell), (_, sv), (_, en) in zip(cases, swedish.refused, english.refused):
        assert_names(sv, table, cell)
        assert_names(en, table, cell)
    assert stored(receiver) == before


def test_county_import_prints_the_refusal_and_fails(receiver, token, tmp_path):
    path = tmp_path / "hemlig.jsonl"
    _transfer_file(path, token, [_secret_table()])
    before = stored(receiver)
    result = CliRunner().invoke(county, ["import", str(path), "--data-dir", str(receiver.data_dir)])
    assert result.exit_code == 1
    assert "refused=1" in result.output and "HEMLIG_TABELL" in result.output
    assert stored(receiver) == before
