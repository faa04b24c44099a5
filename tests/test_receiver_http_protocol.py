"""The receiver's HTTP protocol, with httptools and with the h11 fallback, served by uvicorn in a
thread exactly as ``county serve`` configures it: slow and oversized headers are cut off, and
requests whose headers share a packet with a large body (or with the next request) are served."""

from __future__ import annotations

import socket
import sys
import threading
import time

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from healthcentre.receiver import server
from healthcentre.receiver.app import ReceiverSettings
from healthcentre.receiver.http_limits import MAX_HEADER_BYTES
from healthcentre.receiver.http_protocol import protocol_class

HEADER_TIMEOUT = 1.0
UNFINISHED_STATUS = {"httptools": 431, "h11": 400}  # uvicorn answers h11's own refusal with 400


async def echo_length(scope, receive, send) -> None:
    """A stand-in app: answers with the length of the body it read; counts its requests."""
    if scope["type"] == "lifespan":
        while (message := await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
        return
    echo_length.calls += 1
    length, more = 0, True
    while more:
        message = await receive()
        length, more = length + len(message.get("body", b"")), message.get("more_body", False)
    body = str(length).encode()
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"%d" % len(body))]})
    await send({"type": "http.response.body", "body": body})


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def without_httptools(monkeypatch) -> None:
    """Make httptools unimportable, as on a platform without its wheel."""
    monkeypatch.setitem(sys.modules, "httptools", None)
    for name in ("uvicorn.protocols.http.httptools_impl", "healthcentre.receiver.httptools_protocol"):
        monkeypatch.delitem(sys.modules, name, raising=False)


@pytest.fixture(params=["httptools", "h11"])
def served(request, monkeypatch):
    """(parser name, port) of the stand-in app on uvicorn with the receiver's protocol and limits."""
    if request.param == "h11":
        without_httptools(monkeypatch)
    echo_length.calls = 0
    port = free_port()
    settings = ReceiverSettings(database_url="sqlite://", header_timeout=HEADER_TIMEOUT, keep_alive=5)
    uvicorn_server = uvicorn.Server(server._config(echo_length, settings, host="127.0.0.1", port=port,
                                                   ssl_certfile=None, ssl_keyfile=None))
    thread = threading.Thread(target=uvicorn_server.run)
    thread.start()
    deadline = time.monotonic() + 10
    while not uvicorn_server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield request.param, port
    uvicorn_server.should_exit = True
    thread.join(timeout=10)


def read_until_closed(sock: socket.socket) -> bytes:
    received = b""
    try:
        while chunk := sock.recv(65536):
            received += chunk
    except ConnectionResetError:
        pass
    return received


def read_response(reader) -> tuple[int, bytes]:
    """(status, body) of the next response with a Content-Length on a kept-alive connection
    (``reader``: the socket's buffered file, so that responses sent together are kept apart)."""
    status = int(reader.readline().split(b" ", 2)[1])
    length = 0
    while (line := reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    return status, reader.read(length)


def post(body: bytes, **headers: str) -> bytes:
    lines = ["POST /echo HTTP/1.1", "Host: 127.0.0.1", f"Content-Length: {len(body)}",
             *(f"{name}: {value}" for name, value in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def test_uvicorn_is_the_exact_version_the_protocol_mix_in_was_checked_against():
    """The header deadline subclasses uvicorn's private protocol classes; an upgrade must be
    a deliberate change of the pin after these tests pass on the new version."""
    receiver = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    pins = [spec for spec in receiver["project"]["optional-dependencies"]["receiver"] if spec.startswith("uvicorn")]
    assert [re.fullmatch(r"uvicorn==([\d.]+)", spec).group(1) for spec in pins] == [metadata.version("uvicorn")]


def test_the_receiver_serves_with_httptools_where_it_is_installed_and_h11_where_not(monkeypatch):
    assert protocol_class(HEADER_TIMEOUT).__mro__[1].__name__ == "HttpToolsReceiverProtocol"
    without_httptools(monkeypatch)
    fallback = protocol_class(HEADER_TIMEOUT)
    assert issubclass(fallback, H11Protocol) and fallback.header_timeout == HEADER_TIMEOUT


def test_headers_over_16_kib_in_one_packet_are_refused_without_calling_the_app(served):
    _parser, port = served
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(post(b"{}", **{"X-Padding": "a" * (MAX_HEADER_BYTES + 100)}))
        response = read_until_closed(sock)
    assert int(response.split(b" ", 2)[1]) == 431
    assert echo_length.calls == 0


def test_a_head_that_grows_past_16_kib_without_ending_is_refused_before_the_deadline(served):
    parser, port = served
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"GET /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ")
        started = time.monotonic()
        try:
            for _ in range(2 * MAX_HEADER_BYTES // 1024):
                sock.sendall(b"a" * 1024)
                time.sleep(0.005)
        except (BrokenPipeError, ConnectionResetError):
            pass
        response = read_until_closed(sock)
    assert time.monotonic() - started < HEADER_TIMEOUT
    assert int(response.split(b" ", 2)[1]) == UNFINISHED_STATUS[parser]
    assert echo_length.calls == 0


def test_headers_trickling_past_the_deadline_close_the_connection(served):
    _parser, port = served
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        started = time.monotonic()
        for byte in b"GET /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: aaaaaaaa":
            try:
                sock.send(bytes([byte]))
            except (BrokenPipeError, ConnectionResetError):
                break
            time.sleep(0.05)
        assert read_until_closed(sock) == b""
    assert time.monotonic() - started < HEADER_TIMEOUT + 1
    assert echo_length.calls == 0


def test_large_bodies_sharing_packets_with_their_headers_and_the_next_request_are_served(served):
    _parser, port = served
    body = b"x" * (4 * MAX_HEADER_BYTES)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock, sock.makefile("rb") as reader:
        sock.sendall(post(body))
        first = read_response(reader)
        sock.sendall(post(body) + post(body) + post(b"{}"))  # pipelined: one body ends where a head begins
        pipelined = [read_response(reader) for _ in range(3)]
    assert [first, *pipelined] == [(200, b"%d" % len(body))] * 3 + [(200, b"2")]


def test_a_kept_alive_connection_idle_past_the_header_deadline_is_served(served):
    _parser, port = served
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock, sock.makefile("rb") as reader:
        sock.sendall(post(b"{}"))
        first = read_response(reader)
        time.sleep(HEADER_TIMEOUT + 0.5)
        sock.sendall(post(b"{}"))
        assert read_response(reader) == first == (200, b"2")
