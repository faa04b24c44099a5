"""The receiver's payload parser and acceptance rule fed random, mutated and hostile JSON:
it never crashes, refuses with a 4xx and a reason in Swedish and English, stores nothing
then, and whatever it does store is a valid submission the county can sum."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st
from healthcentre.contract.payload import Submission
from healthcentre.receiver import aggregate, intake, storage

from security.live import rows as snapshot
from security.payloads import submission

SITE, MUNICIPALITY = "HC-FUZZ", "0680"
TODAY = dt.date(2026, 12, 31)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    store = storage.open_store(storage.database_url_for(tmp_path_factory.mktemp("county")))
    with store.begin() as conn:
        storage.add_site(conn, code=SITE, name="Fuzz", municipality_code=MUNICIPALITY)
    yield store
    store.dispose()


def valid_document(seed: int) -> dict:
    return submission(random.Random(seed), site_code=SITE, municipality_code=MUNICIPALITY,
                      period=random.Random(seed).choice(["2026-03", "2026-Q2", "2026"]), version=1 + seed % 5)


HOSTILE = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-2**80, max_value=2**80),
    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([1e308, 1e-320, -0.0, 2**63, 2**31]),
    st.text(max_size=50), st.sampled_from(["", "_total", "0000", "9999-12-31T23:59:59-23:59",
                                           "0001-01-01T00:00:00+23:59", "2026-13", "KURS\n", "Anna Svensson",
                                           "\ud800", "00000000-0000-0000-0000-000000000000"]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


@st.composite
def mutated(draw) -> bytes:
    """A valid submission with a few random changes deep inside it."""
    document = valid_document(draw(st.integers(0, 10**6)))
    for _ in range(draw(st.integers(1, 4))):
        node, key = document, None
        while True:
            keys = list(range(len(node))) if isinstance(node, list) else list(node)
            if not keys:
                key = None
                break
            key = draw(st.sampled_from(keys))
            if not isinstance(node[key], (dict, list)) or draw(st.booleans()):
                break
            node = node[key]
        if key is None:
            continue
        action = draw(st.sampled_from(["replace", "delete", "add", "duplicate"]))
        if action == "replace":
            node[key] = draw(HOSTILE)
        elif action == "delete":
            del node[key]
        elif action == "add" and isinstance(node, dict):
            node[draw(st.text(max_size=10))] = draw(HOSTILE)
        elif isinstance(node, list):
            node.append(node[key])
    return json.dumps(document, allow_nan=True).encode("utf-8", "surrogatepass")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5),
    max_leaves=30)


def check_accept(engine, raw: bytes) -> str:
    """Run the acceptance rule on ``raw``; on refusal prove nothing changed, on success that the
    stored document is valid and the county can sum it. Returns the outcome or the refusal code."""
    before = snapshot(engine)
    try:
        stored = intake.accept(engine, raw, site_code=SITE, via="http", today=TODAY)
    except intake.Rejected as refused:
        assert 400 <= refused.status < 500
        body = refused.body()
        assert body["message_sv"] and body["message_en"] and body["error"] == refused.code
        assert snapshot(engine) == before
        return refused.code
    with engine.connect() as conn:
        payload = storage.payloads(conn, [stored.submission_id])[stored.submission_id]
    Submission.model_validate_json(payload)
    json.dumps(aggregate.indicators(engine, stored.period, 5), allow_nan=False)
    return stored.outcome


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes_are_refused_without_a_crash(engine, raw):
    assert check_accept(engine, raw) == "receiver_body_malformed" or raw.strip()


@FUZZ
@given(JSON_VALUES)
def test_random_json_is_refused_without_a_crash(engine, value):
    assert check_accept(engine, json.dumps(value).encode()) not in ("accepted", "older", "duplicate")


@settings(FUZZ, max_examples=400)
@given(mutated())
def test_a_mutated_submission_is_stored_only_if_it_is_still_valid(engine, raw):
    event(check_accept(engine, raw))


@FUZZ
@given(st.integers(0, 10**6))
def test_a_valid_submission_is_stored_once_however_often_it_comes(engine, seed):
    raw = json.dumps(valid_document(seed)).encode()
    first = check_accept(engine, raw)
    assert first in ("accepted", "older", "duplicate")
    assert check_accept(engine, raw) == "duplicate"


@pytest.mark.parametrize("depth", [1_000, 100_000])
@pytest.mark.parametrize("opening", ["[", '{"a":', '{"schema_version":1,"tables":['])
def test_deeply_nested_json_is_refused_as_malformed(engine, depth, opening):
    assert check_accept(engine, (opening * depth).encode()) == "receiver_body_malformed"


@pytest.mark.parametrize(("field", "value"), [
    ("created_at", "9999-12-31T23:59:59-23:59"), ("created_at", "0001-01-01T00:00:00+23:59"),
    ("version", 2**70), ("period", "0000"), ("period", "0000-Q1"),
])
def test_values_the_database_or_calendar_cannot_hold_are_refused(engine, field, value):
    document = {**valid_document(7), field: value}
    assert check_accept(engine, json.dumps(document).encode()) == "receiver_payload_invalid"


@pytest.mark.parametrize(("value", "refusal"), [
    ("Infinity", "receiver_payload_invalid"), ("NaN", "receiver_payload_invalid"),
    ("1e309", "receiver_payload_invalid"), ("1e308", "receiver_payload_invalid"), ("-1", "receiver_count_negative"),
])
def test_counts_that_are_not_finite_sensible_numbers_are_refused(engine, value, refusal):
    document = valid_document(11)
    document["tables"][0]["cells"][0]["value"] = "VALUE"
    document["tables"][0]["cells"][-1]["value"] = "VALUE"
    raw = json.dumps(document).replace('"VALUE"', value).encode()
    assert check_accept(engine, raw) == refusal


@pytest.mark.parametrize("key", ["KURS\n", "-1+1", "+A1", "@SUM", "=1"])
def test_a_cell_key_that_is_not_a_plain_code_is_refused(engine, key):
    document = valid_document(13)
    document["tables"][0]["cells"][0]["key"] = [key]  # a newline, or what a spreadsheet would run as a formula
    assert check_accept(engine, json.dumps(document).encode()) == "receiver_payload_invalid"
