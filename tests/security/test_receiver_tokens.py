"""The real receiver against wrong and stolen tokens, replayed submissions, enrolment codes
used twice or too late, a second laptop enrolling for an enrolled site (its own token, the first's
untouched), and a site flooding it: 401/403/409/400/429, and nothing changes."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from sqlalchemy import select

from healthcentre.receiver import auth, store_tables

from security.live import BURST, document, post, snapshot


WRONG_TOKENS = ["Bearer " + "A" * 43, "Bearer", "bearer x y", "Token abc", "Bearer \u00e5\u00e4", "Bearer " + "x" * 10_000]


@pytest.mark.parametrize("number", range(len(WRONG_TOKENS)))
def test_a_wrong_token_gets_401_and_nothing_is_stored(receiver, enrolled, number):
    enrolled(f"HC-TOK{number}")
    header = WRONG_TOKENS[number]
    before = snapshot(receiver)
    response = httpx.post(receiver.url + "/api/v1/submissions", json=document("HC-TOK"),
                          headers={"Authorization": header.encode("utf-8")})
    assert response.status_code == 401 and response.json()["error"] == "receiver_token_missing"
    assert snapshot(receiver) == before


def test_the_stored_hash_of_a_token_is_not_a_token(receiver, enrolled):
    token = enrolled("HC-HASH")
    engine = receiver.engine()
    with engine.connect() as conn:
        stored_hash = conn.execute(select(store_tables.device_table.c.token_hash)
                                   .where(store_tables.device_table.c.site_code == "HC-HASH")).scalar_one()
    engine.dispose()
    assert post(receiver, stored_hash, document("HC-HASH")).status_code == 401
    assert post(receiver, token, document("HC-HASH")).json()["outcome"] == "accepted"


def test_a_second_laptop_enrolling_for_an_enrolled_site_gets_its_own_token_and_revokes_nothing(receiver, enrolled):
    first = enrolled("HC-JKP-1")
    code = receiver.cli("enrolment-code", "create", "--site", "HC-JKP-1").split("\t")[0]
    second = httpx.post(receiver.url + "/api/v1/enrol", json={"code": code, "device_name": "andra"})
    assert second.status_code == 200 and second.json()["token"] != first
    assert post(receiver, first, document("HC-JKP-1", seed=11)).json()["outcome"] == "accepted"
    assert post(receiver, second.json()["token"], document("HC-JKP-1", "2026-02", seed=12)).json()["outcome"] == "accepted"


def test_a_released_site_takes_a_new_laptop_and_the_old_tokens_stop(receiver, enrolled):
    old = enrolled("HC-REENROL")
    code = receiver.cli("enrolment-code", "create", "--site", "HC-REENROL").split("\t")[0]
    receiver.cli("site", "release", "--site", "HC-REENROL")
    assert post(receiver, old, document("HC-REENROL")).status_code == 401
    new = httpx.post(receiver.url + "/api/v1/enrol", json={"code": code}).json()["token"]
    assert post(receiver, new, document("HC-REENROL")).json()["outcome"] == "accepted"


def county_value(receiver, period: str, table: str = "AKTIVITETER", key=("_total", "_total")) -> float | None:
    result = receiver.analyst().get("/api/v1/indicators", params={"period": period}).json()
    jonkoping = next(m for m in result["municipalities"] if m["code"] == "0680")
    cells = next(t for t in jonkoping["tables"] if t["code"] == table)["cells"]
    return next(c["value"] for c in cells if tuple(c["key"]) == tuple(key))


def test_a_replayed_submission_is_harmless_and_an_old_version_never_replaces_a_newer(receiver, enrolled):
    token = enrolled("HC-REPLAY")
    period = "2025-07"
    first, second = document("HC-REPLAY", period, 1, seed=1), document("HC-REPLAY", period, 2, seed=2)
    assert post(receiver, token, first).json()["outcome"] == "accepted"
    assert [post(receiver, token, first).json()["outcome"] for _ in range(3)] == ["duplicate"] * 3
    assert county_value(receiver, period) == first["tables"][0]["cells"][-1]["value"]
    assert post(receiver, token, second).json()["outcome"] == "accepted"
    before = snapshot(receiver)
    assert post(receiver, token, first).json()["outcome"] == "duplicate"
    replayed_as_new = {**first, "submission_id": document("X", seed=3)["submission_id"]}
    assert post(receiver, token, replayed_as_new).json()["outcome"] == "older"
    assert county_value(receiver, period) == second["tables"][0]["cells"][-1]["value"]
    latest = [row for row in snapshot(receiver)["latest"] if row[:2] == ("HC-REPLAY", period)]
    assert latest == [row for row in before["latest"] if row[:2] == ("HC-REPLAY", period)]


def test_another_site_replaying_a_captured_submission_is_refused(receiver, enrolled):
    victim, thief = enrolled("HC-VICTIM"), enrolled("HC-THIEF", "0604")
    captured = document("HC-VICTIM", "2025-08")
    assert post(receiver, victim, captured).json()["outcome"] == "accepted"
    before = snapshot(receiver)
    assert post(receiver, thief, captured).status_code == 409
    assert post(receiver, thief, {**captured, "submission_id": document("X", seed=4)["submission_id"]}
                ).status_code == 403
    assert snapshot(receiver) == before


def test_an_enrolment_code_is_spent_once_even_by_many_at_once(receiver):
    code = receiver.add_site("HC-RACE")
    with ThreadPoolExecutor(8) as pool:
        responses = list(pool.map(lambda _: httpx.post(receiver.url + "/api/v1/enrol", json={"code": code},
                                                       timeout=30), range(8)))
    assert sorted(r.status_code for r in responses) == [200] + [400] * 7
    winner = next(r for r in responses if r.status_code == 200).json()["token"]
    assert post(receiver, winner, document("HC-RACE")).json()["outcome"] == "accepted"


def test_an_expired_enrolment_code_is_refused_and_changes_nothing(receiver):
    receiver.add_site("HC-LATE")
    engine = receiver.engine()
    with engine.begin() as conn:
        code, _ = auth.create_enrolment_code(conn, "HC-LATE", hours=1 / 3600)
    engine.dispose()
    time.sleep(1.5)
    before = snapshot(receiver)
    response = httpx.post(receiver.url + "/api/v1/enrol", json={"code": code})
    assert response.status_code == 400 and response.json()["error"] == "receiver_code_invalid"
    assert snapshot(receiver) == before


def test_a_site_over_its_rate_gets_429_with_retry_after_and_others_are_not_affected(receiver, enrolled):
    flood, other = enrolled("HC-FLOOD"), enrolled("HC-CALM")
    status = f"{receiver.url}/api/v1/sites/HC-FLOOD/status"
    codes = []
    with httpx.Client(headers={"Authorization": f"Bearer {flood}"}) as client:
        while len(codes) < 20 * BURST and not any(r.status_code == 429 for r in codes):
            codes.append(client.get(status))
    limited = [r for r in codes if r.status_code == 429]
    assert limited and len(codes) > BURST and all(r.status_code in (200, 429) for r in codes)
    assert limited[0].json()["error"] == "receiver_rate_limited" and int(limited[0].headers["Retry-After"]) >= 1
    assert post(receiver, other, document("HC-CALM")).json()["outcome"] == "accepted"
    time.sleep(int(limited[-1].headers["Retry-After"]))
    assert post(receiver, flood, document("HC-FLOOD")).json()["outcome"] == "accepted"
