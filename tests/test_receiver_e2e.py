"""The real receiver in a subprocess: what it accepts, what it refuses, and that a refusal stores nothing."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import httpx
import pytest
from receiver_process import Receiver

from healthcentre.county.receiver import storage

SITE = "HC-TEST"


def submission(**changes) -> dict:
    """A valid submission of people by gender for March 2026, with ``changes`` applied."""
    document = {
        "schema_version": 1, "submission_id": str(uuid.uuid4()), "site_code": SITE, "municipality_code": "0680",
        "period": "2026-03", "version": 1, "app_version": "0.1.0", "threshold": 5,
        "created_at": dt.datetime.now(dt.timezone.utc).isoformat(),
        "tables": [{"code": "DELTAGARE", "measure": "people", "dimensions": [{"code": "KON", "additive": True}],
                    "cells": [{"key": ["woman"], "value": 6}, {"key": ["man"], "withheld": True},
                              {"key": ["_total"], "value": 9}]},
                   {"code": "TILLFALLEN", "measure": "events", "dimensions": [{"code": "TYP", "additive": True}],
                    "cells": [{"key": ["KURS"], "value": 3}, {"key": ["_total"], "value": 3}]}],
    }
    document.update(changes)
    return document


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
    document = submission()
    document["tables"][1]["cells"][0]["value"] = -1
    return document


def _margins_wrong() -> dict:
    document = submission()
    document["tables"][1]["cells"][1]["value"] = 4
    return document


def _oversize() -> dict:
    document = submission()
    document["tables"][1]["cells"] = [{"key": [f"K{i}"], "value": 1} for i in range(3000)] + [
        {"key": ["_total"], "value": 3000}]
    return document


BAD_INPUTS = {
    "malformed JSON": (lambda: b'{"schema_version": 1, "tables": [', 400, "receiver_body_malformed"),
    "not an object": (lambda: b"[1, 2]", 400, "receiver_body_malformed"),
    "wrong schema version": (lambda: submission(schema_version=2), 422, "receiver_schema_version"),
    "unknown site": (lambda: submission(site_code="HC-NOWHERE"), 422, "receiver_site_unknown"),
    "another site's code": (lambda: submission(site_code="HC-OTHER", municipality_code="0604"), 403,
                            "receiver_site_mismatch"),
    "wrong municipality": (lambda: submission(municipality_code="0604"), 422, "receiver_municipality_mismatch"),
    "period in the future": (lambda: submission(period=f"{dt.date.today().year + 1}-01"), 422,
                             "receiver_period_future"),
    "anonymised below the county's threshold": (lambda: submission(threshold=3), 422, "receiver_threshold_too_low"),
    "negative count": (_negative, 422, "receiver_payload_invalid"),
    "cells not adding up to the margin": (_margins_wrong, 422, "receiver_payload_invalid"),
    "a name in a cell key": (lambda: submission(tables=[{**submission()["tables"][1], "cells": [
        {"key": ["Anna Svensson"], "value": 1}, {"key": ["_total"], "value": 1}]}]), 422, "receiver_payload_invalid"),
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
    people = next(t for t in jonkoping["tables"] if t["code"] == "DELTAGARE")
    cells = {tuple(c["key"]): (c["value"], c["withheld"]) for c in people["cells"]}
    assert cells == {("woman",): (6, False), ("man",): (None, True), ("_total",): (9, False)}
    csv_text = analyst.get("/api/v1/indicators.csv", params={"period": "2026-02"}).content.decode("utf-8-sig")
    assert "2026-02;0680;Jönköping;DELTAGARE;DELTAGARE;people;man;man;;;;;;1;0" in csv_text.splitlines()


def test_the_openapi_document_describes_the_submission(receiver):
    document = receiver.analyst().get("/openapi.json").json()
    assert "/api/v1/submissions" in document["paths"]
    assert "Submission" in document["components"]["schemas"]
