"""The receiver's HTTP protocol: uvicorn's, with a deadline for the request line and headers.

uvicorn times out idle keep-alive connections but not a client that trickles its request
line and headers a byte at a time (every byte restarts that timer), so ``HeaderDeadline``
closes a connection whose headers have not all arrived within ``header_timeout`` seconds.
The receiver serves with httptools' C parser where it is importable (``httptools_protocol``:
less CPU a request than h11) and with h11 otherwise. The request line and headers are capped at
``MAX_HEADER_BYTES`` twice over: while they are still arriving by the protocol (h11 through
uvicorn's ``h11_max_incomplete_event_size``, answering 400; httptools by counting, answering 431),
and once they are complete by ``head_capped`` (431), since neither parser limits a head that
arrives whole in one packet.
"""

from __future__ import annotations

import asyncio

from uvicorn.protocols.http.h11_impl import H11Protocol

MAX_HEADER_BYTES = 16 * 1024
TOO_LARGE = b"Request header fields too large."
TOO_LARGE_HEADERS = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", b"%d" % len(TOO_LARGE)),
                     (b"connection", b"close")]


def head_capped(app):
    """``app`` behind a check of each request's size: the target and headers over
    ``MAX_HEADER_BYTES`` get 431 and their connection is closed, without calling ``app``."""

    async def capped(scope, receive, send) -> None:
        if scope["type"] == "http" and len(scope["raw_path"]) + len(scope["query_string"]) + sum(
                len(name) + len(value) + 4 for name, value in scope["headers"]) > MAX_HEADER_BYTES:
            await send({"type": "http.response.start", "status": 431, "headers": TOO_LARGE_HEADERS})
            await send({"type": "http.response.body", "body": TOO_LARGE})
            return
        await app(scope, receive, send)

    return capped


class HeaderDeadline:
    """Mixed into a uvicorn protocol: closes the connection when a request's headers are not all
    there ``header_timeout`` seconds after it opened, or after the previous response plus the
    keep-alive time. A request whose headers are complete has a cycle of its own (uvicorn
    starts one at the end of the headers), so the check is whether the cycle has moved on."""

    header_timeout = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._watch(None, self.header_timeout)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._watch(self.cycle, self.timeout_keep_alive + self.header_timeout)  # idle, then the next headers

    def _watch(self, cycle, seconds: float) -> None:
        self.loop.call_later(seconds, self._close_if_no_request, cycle)

    def _close_if_no_request(self, cycle) -> None:
        waiting = cycle is None or cycle.response_complete  # not a pipelined request still being answered
        if self.cycle is cycle and waiting and not self.transport.is_closing():
            self.transport.close()


class H11ReceiverProtocol(HeaderDeadline, H11Protocol):
    """h11 with the header deadline; its headers are capped by the server's config."""


def protocol_class(header_timeout: float) -> type[asyncio.Protocol]:
    """The protocol class to give uvicorn: httptools' when it can be imported (it has wheels for
    Windows, macOS and Linux, but it is a C extension), else h11's; with ``header_timeout``."""
    try:
        from healthcentre.county.receiver.httptools_protocol import HttpToolsReceiverProtocol as base
    except ImportError:
        base = H11ReceiverProtocol
    return type("ReceiverProtocol", (base,), {"header_timeout": header_timeout})
