"""The real receiver (uvicorn in a subprocess) under attack: bodies that lie about their size,
deeply nested JSON, clients that trickle bytes, and a battery of bad requests. Every refusal
is a 4xx and changes nothing stored; slow clients never hold up the others."""

from __future__ import annotations

import json
import socket
import threading
import time

import httpx
import pytest

from healthcentre.contract.payload import SCHEMA_VERSION
from security.live import MAX_BODY, TIMEOUT, document, post, snapshot


def raw_exchange(receiver, head: str, body: bytes = b"") -> bytes:
    """Send raw bytes on a fresh connection and read until the server closes it."""
    with socket.create_connection(("127.0.0.1", receiver.port), timeout=15) as sock:
        sock.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
        return received


def request_head(token: str, **headers: str) -> str:
    lines = ["POST /api/v1/submissions HTTP/1.1", "Host: 127.0.0.1", f"Authorization: Bearer {token}",
             "Content-Type: application/json", "Connection: close", *(f"{k}: {v}" for k, v in headers.items())]
    return "\n".join(lines) + "\n"


def status_of(response: bytes) -> int:
    return int(response.split(b" ", 2)[1])


def test_a_content_length_over_the_limit_is_refused_before_the_body_is_read(receiver, enrolled):
    token = enrolled("HC-BIGLEN")
    before = snapshot(receiver)
    response = raw_exchange(receiver, request_head(token, **{"Content-Length": str(50 * 1024 * 1024)}),
                            json.dumps(document("HC-BIGLEN")).encode())
    assert status_of(response) == 413 and b"receiver_too_large" in response
    assert snapshot(receiver) == before


def test_a_content_length_that_understates_the_body_stores_nothing(receiver, enrolled):
    token = enrolled("HC-LOWLEN")
    body = json.dumps(document("HC-LOWLEN")).encode()
    before = snapshot(receiver)
    response = raw_exchange(receiver, request_head(token, **{"Content-Length": "100"}), body)
    assert status_of(response) == 400 and b"receiver_body_malformed" in response
    assert snapshot(receiver) == before


@pytest.mark.parametrize("length", ["-1", "12abc", "99999999999999999999999"])
def test_a_content_length_that_is_not_a_size_is_refused(receiver, enrolled, length):
    token = enrolled(f"HC-LEN{len(length)}")
    before = snapshot(receiver)
    response = raw_exchange(receiver, request_head(token, **{"Content-Length": length}), b"{}")
    assert 400 <= status_of(response) < 500
    assert snapshot(receiver) == before


def test_a_chunked_body_over_the_limit_is_cut_off_with_413(receiver, enrolled):
    token = enrolled("HC-CHUNKED")
    before = snapshot(receiver)
    sent = []

    def chunks():
        for _ in range(MAX_BODY // 4096 * 4):
            sent.append(4096)
            yield b" " * 4096

    response = httpx.post(receiver.url + "/api/v1/submissions", content=chunks(),
                          headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    assert response.status_code == 413 and response.json()["error"] == "receiver_too_large"
    assert snapshot(receiver) == before


@pytest.mark.parametrize("opening", ["[", '{"a":'])
def test_100k_levels_of_nesting_are_refused_as_malformed(receiver, enrolled, opening):
    token = enrolled(f"HC-NEST{len(opening)}")
    before = snapshot(receiver)
    response = post(receiver, token, (opening * 100_000).encode()[:MAX_BODY])
    assert response.status_code == 400 and response.json()["error"] == "receiver_body_malformed"
    assert snapshot(receiver) == before


def test_a_client_trickling_its_body_gets_408_and_does_not_hold_up_others(receiver, enrolled):
    slow_token, token = enrolled("HC-SLOW"), enrolled("HC-FAST")
    body = json.dumps(document("HC-SLOW")).encode()
    before = snapshot(receiver)
    sending, answered = threading.Event(), threading.Event()
    result: dict[str, bytes] = {}

    def trickle():
        with socket.create_connection(("127.0.0.1", receiver.port), timeout=30) as sock:
            sock.sendall(request_head(slow_token, **{"Content-Length": str(len(body))}).replace(
                "\n", "\r\n").encode() + b"\r\n")
            sock.setblocking(False)
            response = b""
            for number, byte in enumerate(body):
                try:
                    response += sock.recv(65536)
                    break
                except BlockingIOError:
                    pass
                sock.send(bytes([byte]))
                if number == 3:
                    sending.set()
                time.sleep(0.05)
            sock.setblocking(True)
            while chunk := sock.recv(65536):
                response += chunk
            result["slow"] = response
            answered.set()

    thread = threading.Thread(target=trickle)
    thread.start()
    assert sending.wait(timeout=10)
    first = post(receiver, token, document("HC-FAST", period="2026-01"))
    assert not answered.is_set()  # the slow client was still sending while this one was served
    fast = [first, *(post(receiver, token, document("HC-FAST", period=f"2026-0{m}")) for m in range(2, 6))]
    assert [r.json()["outcome"] for r in fast] == ["accepted"] * 5
    thread.join(timeout=30)
    assert status_of(result["slow"]) == 408 and b"receiver_body_timeout" in result["slow"]
    after = snapshot(receiver)
    assert [row for row in after["submission"] if row[1] == "HC-SLOW"] == []
    assert len(after["submission"]) == len(before["submission"]) + 5


def test_a_client_trickling_its_headers_is_disconnected_and_others_are_served(receiver):
    with socket.create_connection(("127.0.0.1", receiver.port), timeout=30) as sock:
        head = b"GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 400
        closed = False
        for number, byte in enumerate(head):
            try:
                sock.send(bytes([byte]))
            except (BrokenPipeError, ConnectionResetError):
                closed = True
                break
            if number == 10:  # the trickler is connected and mid-request: others are still served
                assert httpx.get(receiver.url + "/api/v1/health").status_code == 200
            time.sleep(0.05)
        if not closed:
            sock.settimeout(5)
            try:
                closed = sock.recv(1) == b""
            except ConnectionResetError:
                closed = True
        assert closed


def read_response(sock: socket.socket) -> bytes:
    """One HTTP response (headers and a Content-Length body) from a kept-alive connection."""
    received = b""
    while b"\r\n\r\n" not in received:
        chunk = sock.recv(65536)
        assert chunk, "the server closed the connection"
        received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    length = int(next(line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")))
    while len(body) < length:
        body += sock.recv(65536)
    return head


def test_a_kept_alive_connection_survives_a_pause_longer_than_the_header_timeout(receiver):
    request = b"GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    with socket.create_connection(("127.0.0.1", receiver.port), timeout=15) as sock:
        sock.sendall(request)
        first = read_response(sock)
        time.sleep(TIMEOUT + 1)  # idle, as a laptop between two periods; under --keep-alive
        sock.sendall(request)
        second = read_response(sock)
    assert first.startswith(b"HTTP/1.1 200") and second.startswith(b"HTTP/1.1 200")


def test_headers_over_16_kib_are_refused(receiver, enrolled):
    token = enrolled("HC-HEADERS")
    before = snapshot(receiver)
    body = json.dumps(document("HC-HEADERS")).encode()  # valid: only the headers are wrong
    response = raw_exchange(receiver, request_head(token, **{"X-Padding": "a" * 20_000,
                                                             "Content-Length": str(len(body))}), body)
    assert status_of(response) == 431
    assert snapshot(receiver) == before


def test_nothing_but_a_valid_submission_changes_the_stored_data(receiver, enrolled):
    token = enrolled("HC-BATTERY")
    other = enrolled("HC-BATTERY2", "0604")
    valid = document("HC-BATTERY", "2025-05", seed=5)
    bad_cell = document("HC-BATTERY", seed=6)
    bad_cell["tables"][0]["cells"][0]["value"] += 1
    analyst = receiver.analyst()
    battery = [
        lambda: post(receiver, token, b"not json"),
        lambda: post(receiver, token, b"\xff\xfe\x00"),
        lambda: post(receiver, token, b"[" * 50_000),
        lambda: post(receiver, token, bad_cell),
        lambda: post(receiver, token, {**valid, "schema_version": SCHEMA_VERSION + 1}),
        lambda: post(receiver, token, {**valid, "period": "2099-01"}),
        lambda: post(receiver, token, {**valid, "municipality_code": "0604"}),
        lambda: post(receiver, token, {**valid, "site_code": "HC-BATTERY2"}),
        lambda: post(receiver, other, valid),
        lambda: post(receiver, None, valid),
        lambda: post(receiver, "x" * 43, valid),
        lambda: post(receiver, token, b" " * (MAX_BODY + 1)),
        lambda: httpx.put(receiver.url + "/api/v1/submissions", json=valid),
        lambda: httpx.delete(receiver.url + "/api/v1/sites/HC-BATTERY/status"),
        lambda: httpx.get(receiver.url + "/api/v1/sites/HC-BATTERY2/status", headers={"Authorization": f"Bearer {token}"}),
        lambda: httpx.get(receiver.url + "/api/v1/sites/..%2F..%2Fetc/status", headers={"Authorization": f"Bearer {token}"}),
        lambda: analyst.get("/api/v1/indicators", params={"period": "2026'; DROP TABLE submission;--"}),
        lambda: analyst.get("/api/v1/indicators.csv", params={"period": "2026\n"}),
        lambda: httpx.get(receiver.url + "/api/v1/indicators", params={"period": "2026"}),
        lambda: httpx.post(receiver.url + "/api/v1/enrol", json={"code": "AAAA-BBBB-CCCC"}),
        lambda: httpx.post(receiver.url + "/api/v1/enrol", json={"code": ["x"]}),
        lambda: httpx.post(receiver.url + "/api/v1/enrol", content=b"{" * 5000),
        lambda: httpx.post(receiver.url + "/api/v1/enrol", content=b"x" * 10_000),
    ]
    before = snapshot(receiver)
    statuses = [request().status_code for request in battery]
    assert all(400 <= status < 500 for status in statuses), statuses
    assert snapshot(receiver) == before
    assert post(receiver, token, valid).json()["outcome"] == "accepted"
    after = snapshot(receiver)
    assert len(after["submission"]) == len(before["submission"]) + 1 and after["site"] == before["site"]
