"""Running the receiver on uvicorn, hardened against slow and greedy clients.

uvicorn times out idle keep-alive connections but not a client that trickles its
request line and headers a byte at a time (every byte restarts that timer), so
the HTTP protocol here closes a connection whose headers have not all arrived
within ``header_timeout`` seconds. The body has its own deadline in the routes
(408), headers are capped at 16 KiB, and at most ``max_connections`` are served at
once (more get 503), so slow clients cannot hold up the others or exhaust the
server.
"""

from __future__ import annotations

import asyncio
import importlib.util

from uvicorn.protocols.http.h11_impl import H11Protocol

MAX_HEADER_BYTES = 16 * 1024


class HeaderTimeoutProtocol(H11Protocol):
    """h11 that closes a connection when a request's headers take longer than the deadline."""

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
        if self.cycle is cycle and not self.transport.is_closing():
            self.transport.close()


def run(app, settings, *, host: str, port: int, ssl_certfile: str | None, ssl_keyfile: str | None) -> None:
    """Serve ``app`` with the timeouts and limits of ``settings`` until stopped."""
    import uvicorn

    protocol = type("ReceiverProtocol", (HeaderTimeoutProtocol,), {"header_timeout": settings.header_timeout})
    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"  # uvloop has no Windows build
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, http=protocol, loop=loop,
                timeout_keep_alive=settings.keep_alive, limit_concurrency=settings.max_connections,
                h11_max_incomplete_event_size=MAX_HEADER_BYTES, ssl_certfile=ssl_certfile, ssl_keyfile=ssl_keyfile)
