"""What the receiver's HTTP protocols share, free of uvicorn: the header cap and deadline.

uvicorn times out idle keep-alive connections but not a client that trickles its request
line and headers a byte at a time (every byte restarts that timer), so ``HeaderDeadline``
closes a connection whose headers have not all arrived within ``header_timeout`` seconds.
``head_capped`` answers 431 to a complete head over ``MAX_HEADER_BYTES``. Both protocol
modules (h11 in ``http_protocol``, httptools in ``httptools_protocol``) import this one,
so neither imports the other's parser to get them.
"""

from __future__ import annotations

import asyncio

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
