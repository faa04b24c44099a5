"""The receiver in several worker processes (`county serve --workers N`): every worker stores into the
one database, a site's rate limit holds across them, and slow headers are still cut off."""

from __future__ import annotations

import random
import socket
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from receiver_process import Receiver

from healthcentre.receiver import storage
from healthcentre.receiver.app import ReceiverSettings, per_worker
from security.payloads import submission

BURST = 4
SENDERS = 8


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    options = ("--workers", "2", "--rate-limit", "0.1", "--rate-burst", str(BURST), "--header-timeout", "1")
    server = Receiver(tmp_path_factory.mktemp("county"), options=options).start()
    yield server
    server.stop()


def _token(receiver, site: str, municipality: str = "0680") -> str:
    response = httpx.post(receiver.url + "/api/v1/enrol", json={"code": receiver.add_site(site, municipality)})
    return response.json()["token"]


def _send(receiver, token: str, site: str, periods: list[str]) -> list[int]:
    """One sender on its own connection: the status of each period's submission."""
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=receiver.url, headers=headers, timeout=30) as client:
        rng = random.Random(site)
        return [client.post("/api/v1/submissions", json=submission(rng, site_code=site, municipality_code="0680",
                                                                   period=period)).status_code
                for period in periods]


def test_each_worker_enforces_its_share_of_the_site_limit_and_connections():
    settings = ReceiverSettings(database_url="sqlite://", rate_per_site=50.0, rate_burst=200, max_connections=500)
    shared = per_worker(settings, 2)
    assert (shared.rate_per_site, shared.rate_burst, shared.max_connections) == (25.0, 100, 250)
    assert per_worker(settings, 1) is settings


def test_two_workers_store_concurrent_senders_in_one_database(receiver):
    sites = [f"HC-W{number}" for number in range(SENDERS)]
    tokens = [_token(receiver, site) for site in sites]
    with ThreadPoolExecutor(SENDERS) as pool:
        answers = list(pool.map(lambda pair: _send(receiver, pair[0], pair[1], ["2026-01", "2026-02"]),
                                zip(tokens, sites)))
    assert answers == [[200, 200]] * SENDERS
    engine = receiver.engine()
    try:
        with engine.connect() as conn:
            assert storage.count_submissions(conn) == 2 * SENDERS
    finally:
        engine.dispose()


def test_a_site_sending_on_many_connections_gets_no_more_than_its_burst_in_total(receiver):
    token = _token(receiver, "HC-BURST")
    periods = [f"2025-{month:02d}" for month in range(1, 4)]
    with ThreadPoolExecutor(6) as pool:
        answers = [status for statuses in pool.map(lambda _: _send(receiver, token, "HC-BURST", periods), range(6))
                   for status in statuses]
    assert answers.count(200) <= BURST
    assert set(answers) == {200, 429}


def test_a_worker_disconnects_a_client_trickling_its_headers(receiver):
    with socket.create_connection(("127.0.0.1", receiver.port), timeout=10) as sock:
        sock.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        started = time.monotonic()
        try:
            closed = sock.recv(1) == b""
        except ConnectionResetError:
            closed = True
    assert closed and time.monotonic() - started < 5
