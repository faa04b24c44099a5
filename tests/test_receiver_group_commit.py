"""Group commit in the receiver: submissions that share a transaction are each stored or refused
on their own, and nothing is answered before it is committed."""

from __future__ import annotations

import json
import threading
import uuid

import pytest
from submissions import document

from healthcentre.receiver import storage
from healthcentre.receiver.group_commit import GroupCommitter
from healthcentre.receiver.intake import Rejected


def _raw(site: str, municipality: str, period: str, submission_id: str | None = None) -> bytes:
    return json.dumps(document(site_code=site, municipality_code=municipality, period=period,
                               submission_id=submission_id or str(uuid.uuid4()),
                               inner={"TILLFALLEN": {("KURS", "ALDRE"): 3}})).encode()


@pytest.fixture
def engine(tmp_path):
    engine = storage.open_store(storage.database_url_for(tmp_path))
    with engine.begin() as conn:
        for code, municipality in [("HC-A", "0680"), ("HC-B", "0685")]:
            storage.add_site(conn, code=code, name=code, municipality_code=municipality)
    yield engine
    engine.dispose()


def _send_all(committer: GroupCommitter, requests: list[tuple[bytes, str]]) -> list[object]:
    answers: list[object] = [None] * len(requests)
    start = threading.Barrier(len(requests))

    def send(index: int, raw: bytes, site: str) -> None:
        start.wait()
        try:
            answers[index] = committer.accept(raw, site_code=site, via="http").outcome
        except Rejected as exc:
            answers[index] = exc.code

    threads = [threading.Thread(target=send, args=(i, raw, site)) for i, (raw, site) in enumerate(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return answers


def test_a_refused_submission_among_concurrent_ones_undoes_only_itself(engine):
    months = [f"2025-{month:02d}" for month in range(1, 13)]
    requests = [(_raw("HC-A", "0680", month), "HC-A") for month in months]
    requests.append((_raw("HC-B", "0680", "2025-01"), "HC-B"))  # HC-B lies in 0685
    requests.append((_raw("HC-A", "0680", "2025-02"), "HC-B"))  # claims another site than its token's
    answers = _send_all(GroupCommitter(engine, max_batch=8), requests)
    assert answers == ["accepted"] * 12 + ["receiver_municipality_mismatch", "receiver_site_mismatch"]
    with storage.reading(engine) as conn:
        assert storage.count_submissions(conn) == 12
        assert [row["period"] for row in storage.site_status(conn, "HC-A")] == months
        assert storage.site_status(conn, "HC-B") == []


def test_the_same_submission_twice_in_one_batch_is_stored_once(engine):
    raw = _raw("HC-A", "0680", "2025-03", submission_id=str(uuid.uuid4()))
    answers = _send_all(GroupCommitter(engine), [(raw, "HC-A")] * 6)
    assert sorted(answers) == ["accepted"] + ["duplicate"] * 5
    with storage.reading(engine) as conn:
        assert storage.count_submissions(conn) == 1


def test_an_answered_submission_is_visible_to_another_connection(engine):
    stored = GroupCommitter(engine).accept(_raw("HC-A", "0680", "2025-04"), site_code="HC-A", via="http")
    other = storage.open_store(str(engine.url))
    try:
        with storage.reading(other) as conn:
            assert storage.find_submission(conn, stored.submission_id)["period"] == "2025-04"
    finally:
        other.dispose()
