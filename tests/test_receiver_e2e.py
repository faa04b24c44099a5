"""The real receiver in a subprocess: what it accepts, what it refuses, and that a refusal stores nothing."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest
from receiver_process import Receiver

from submissions import cell_of, document, table_of

from healthcentre.contract.payload import SCHEMA_VERSION, TOTAL
from healthcentre.receiver import storage

SITE = "HC-TEST"
BAND = "65-79"


def submission(**changes) -> dict:
    """A valid submission of March 2026: 6 women and 3 men (withheld) of one age band, 3 sessions
    of a course for older people, with ``changes`` applied."""
    fields = {"site_code": SITE, "municipality_code": "0680", "period": "2026-03", **changes}
    return document(**fields, inner={
        "DELTAGARE_ALDER_KON": {(BAND, "kvinna"): 6, (BAND, "man"): 3},
        "DELTAGARE_MALGRUPP": {("ALDRE",): 9}, "BESOK": {("KURS", "REG"): 9},
        "TILLFALLEN": {("KURS", "ALDRE"): 3}, "AKTIVITETER": {("KURS", "ALDRE"): 1},
    }, withheld={"DELTAGARE_ALDER_KON": [(BAND, "man"), (TOTAL, "man")]})


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    server = Receiver(tmp_path_factory.mktemp("county"), max_body=64 * 1024).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def token(receiver):
    code = receiver.add_site(SITE)
    receiver.add_site("HC-OTHER", municipality="0604")
    return httpx.post(receiver.url + "/api/v1/enrol", json={"code": code}).json()["token"]


def post(receiver, body, token, **kwargs) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json", **kwargs.pop("headers", {})}
    return httpx.post(receiver.url + "/api/v1/submissions", content=content, headers=headers, **kwargs)


def stored(receiver) -> tuple[int, list]:
    engine = receiver.engine()
    try:
        with engine.connect() as conn:
            return storage.count_submissions(conn), storage.site_status(conn, SITE)
    finally:
        engine.dispose()


def test_an_enrolment_code_works_once(receiver, token):
    code = receiver.cli("enrolment-code", "create", "--site", "HC-OTHER").split("\t")[0]
    first = httpx.post(receiver.url + "/api/v1/enrol", json={"code": code.lower()})
    again = httpx.post(receiver.url + "/api/v1/enrol", json={"code": code})
    assert first.status_code == 200 and first.json()["site_code"] == "HC-OTHER"
    assert again.status_code == 400 and again.json()["error"] == "receiver_code_invalid"


def test_a_newer_version_replaces_and_a_late_older_one_does_not(receiver, token):
    newer = submission(period="2026-04", version=2)
    older = submission(period="2026-04", version=1)
    assert post(receiver, newer, token).json()["outcome"] == "accepted"
    assert post(receiver, older, token).json()["outcome"] == "older"
    assert post(receiver, newer, token).json()["outcome"] == "duplicate"
    status = httpx.get(f"{receiver.url}/api/v1/sites/{SITE}/status", headers={"Authorization": f"Bearer {token}"})
    april = [p for p in status.json()["periods"] if p["period"] == "2026-04"]
    assert april == [{**april[0], "version": 2, "submission_id": newer["submission_id"]}]
    received = dt.datetime.fromisoformat(april[0]["received_at"])
    assert abs(received - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=5)  # a UTC time, on any database


def _negative() -> dict:
    body = submission()
    cell_of(body, "TILLFALLEN", ("KURS", "ALDRE"))["value"] = -1
    return body


def _margins_wrong() -> dict:
    body = submission()
    cell_of(body, "TILLFALLEN", (TOTAL, "ALDRE"))["value"] = 4
    return body


def _oversize() -> dict:
    body = submission()
    table_of(body, "TILLFALLEN")["cells"] = [{"key": [f"K{i}", TOTAL], "value": 1} for i in range(3000)]
    return body


BAD_INPUTS = {
    "malformed JSON": (lambda: b'{"schema_version": 2, "tables": [', 400, "receiver_body_malformed"),
    "not an object": (lambda: b"[1, 2]", 400, "receiver_body_malformed"),
    "a schema version newer than the receiver's": (lambda: submission(schema_version=SCHEMA_VERSION + 1), 422,
                                                    "receiver_schema_version"),
    "unknown site": (lambda: submission(site_code="HC-NOWHERE"), 422, "receiver_site_unknown"),
    "another site's code": (lambda: submission(site_code="HC-OTHER", municipality_code="0604"), 403,
                            "receiver_site_mismatch"),
    "wrong municipality": (lambda: submission(municipality_code="0604"), 422, "receiver_municipality_mismatch"),
    "period in the future": (lambda: submission(period=f"{dt.date.today().year + 1}-01"), 422,
                             "receiver_period_future"),
    "anonymised below the county's threshold": (lambda: submission(threshold=3), 422, "receiver_threshold_too_low"),
    "negative count": (_negative, 422, "receiver_count_negative"),
    "cells not adding up to the margin": (_margins_wrong, 422, "receiver_margin_sum"),
    "a name in a cell key": (lambda: submission(tables=[{**table_of(submission(), "TILLFALLEN"), "cells": [
        {"key": ["Anna Svensson", TOTAL], "value": 1}]}]), 422, "receiver_payload_invalid"),
    "extra field": (lambda: submission(names=["Anna"]), 422, "receiver_payload_invalid"),
    "over the size limit": (_oversize, 413, "receiver_too_large"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_is_refused_with_a_reason_and_nothing_is_stored(receiver, token, case):
    make, status, code = BAD_INPUTS[case]
    before = stored(receiver)
    response = post(receiver, make(), token)
    assert response.status_code == status
    body = response.json()
    assert body["error"] == code and body["message_sv"] and body["message_en"]
    assert stored(receiver) == before


def test_a_body_over_the_limit_without_content_length_is_cut_off(receiver, token):
    before = stored(receiver)

    def chunks():
        yield json.dumps(_oversize()).encode()

    response = httpx.post(
        receiver.url + "/api/v1/submissions", content=chunks(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    assert response.status_code == 413
    assert stored(receiver) == before


@pytest.mark.parametrize("header", ["Bearer wrong-token", "", "Basic dXNlcjpwYXNz"])
def test_a_wrong_or_missing_token_gets_401_and_nothing_is_stored(receiver, token, header):
    before = stored(receiver)
    response = httpx.post(receiver.url + "/api/v1/submissions", json=submission(),
                          headers={"Authorization": header} if header else {})
    assert response.status_code == 401
    assert response.json()["error"] == "receiver_token_missing"
    assert stored(receiver) == before


def test_indicators_apply_the_threshold_again_and_come_as_csv(receiver, token):
    assert post(receiver, submission(period="2026-02"), token).json()["outcome"] == "accepted"
    analyst = receiver.analyst()
    result = analyst.get("/api/v1/indicators", params={"period": "2026-02"}).json()
    jonkoping = next(m for m in result["municipalities"] if m["code"] == "0680")
    people = next(t for t in jonkoping["tables"] if t["code"] == "DELTAGARE_ALDER_KON")
    cells = {tuple(c["key"]): (c["value"], c["withheld"]) for c in people["cells"] if c["key"][0] == TOTAL}
    assert {key: cells[key] for key in [(TOTAL, "kvinna"), (TOTAL, "man"), (TOTAL, TOTAL)]} == {
        (TOTAL, "kvinna"): (6, False), (TOTAL, "man"): (None, True), (TOTAL, TOTAL): (9, False)}
    csv_text = analyst.get("/api/v1/indicators.csv", params={"period": "2026-02"}).content.decode("utf-8-sig")
    assert ("2026-02;0680;Jönköping;DELTAGARE_ALDER_KON;Unika deltagare efter ålder och kön;people;_total;Totalt;"
            "man;Män;;;;1;0") in csv_text.splitlines()


def test_the_openapi_document_describes_the_submission(receiver):
    document = receiver.analyst().get("/openapi.json").json()
    assert "/api/v1/submissions" in document["paths"]
    assert "Submission" in document["components"]["schemas"]
