"""Schemathesis against the receiver's own OpenAPI document, in-process over ASGI: requests
generated from the schema (and deliberately off it) for every operation never get a 5xx,
with a valid token or none, and every answer matches what the document promises.

(Schemathesis' own pytest fixture loader does not run on pytest 9, so each operation's
case strategy is driven by Hypothesis directly.)"""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings, strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error, response_schema_conformance

from healthcentre.receiver import auth, storage
from healthcentre.receiver.app import ReceiverSettings, create_app
from healthcentre.receiver.settings import PUBLIC_PAGE_CHOICES

EXAMPLES = 80
EXAMPLES_FOR = {"POST /api/v1/submissions": 250}  # the one that takes the sites' data
OPERATIONS = ["POST /api/v1/submissions", "GET /api/v1/sites/{site_code}/status", "GET /api/v1/indicators",
              "GET /api/v1/indicators.csv", "POST /api/v1/enrol", "GET /api/v1/health", "GET /oversikt",
              "GET /oversikt.xlsx", "GET /oversikt.pdf", "GET /trender", "GET /trender.xlsx", "GET /trender.pdf",
              "POST /api/v1/month-status", "PUT /relay/v1/blobs/{origin}/{kind}/{span}", "GET /relay/v1/blobs",
              "GET /relay/v1/blobs/{origin}/{kind}/{span}", "POST /relay/v1/acks",
              "GET /relay/v1/devices"]


@pytest.fixture(scope="module")
def receiver_app(tmp_path_factory):
    """The receiver on its own database, with two enrolled sites; no rate limit in the way, and every page
    public so the generated requests reach the figures and the document (the login: test_receiver_login)."""
    url = storage.database_url_for(tmp_path_factory.mktemp("county"))
    app = create_app(ReceiverSettings(database_url=url, rate_per_site=1e6, rate_burst=10**6,
                                      public_pages=frozenset(PUBLIC_PAGE_CHOICES)))
    with app.state.engine.begin() as conn:
        for code, municipality in (("HC-SCHEMA", "0680"), ("HC-OTHER", "0604")):
            storage.add_site(conn, code=code, name=code, municipality_code=municipality)
        enrolment, _ = auth.create_enrolment_code(conn, "HC-SCHEMA")
    with TestClient(app) as client:
        app.state.token = client.post("/api/v1/enrol", json={"code": enrolment}).json()["token"]
    yield app
    app.state.engine.dispose()


@pytest.fixture(scope="module")
def api_schema(receiver_app):
    return schemathesis.openapi.from_asgi("/openapi.json", receiver_app)


def test_every_operation_of_the_document_is_fuzzed(api_schema):
    assert sorted(result.ok().label for result in api_schema.get_all_operations()) == sorted(OPERATIONS)


@pytest.mark.parametrize("label", OPERATIONS)
def test_no_generated_request_gets_a_server_error(api_schema, receiver_app, label, capsys):
    method, path = label.split(" ")
    operation = api_schema[path][method]
    cases = st.one_of(operation.as_strategy(GenerationMode.POSITIVE), operation.as_strategy(GenerationMode.NEGATIVE))
    calls = {"with token": 0, "without": 0}

    @settings(max_examples=EXAMPLES_FOR.get(label, EXAMPLES), deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])
    @given(case=cases, authorised=st.booleans())
    def call(case, authorised):
        calls["with token" if authorised else "without"] += 1
        headers = {"Authorization": f"Bearer {receiver_app.state.token}"} if authorised else {}
        case.call_and_validate(headers=headers, checks=[not_a_server_error, response_schema_conformance])

    call()
    with capsys.disabled():
        print(f"\nschemathesis {label}: {sum(calls.values())} requests "
              f"({calls['with token']} with a valid token)", flush=True)
