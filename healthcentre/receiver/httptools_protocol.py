"""uvicorn's httptools protocol with the receiver's header deadline and a cap on unfinished heads.

httptools has nothing like h11's ``max_incomplete_event_size``: it keeps adding to a header it
has not seen the end of for as long as bytes arrive. So the bytes received while a request line
and headers are still incomplete are counted here, and past ``MAX_HEADER_BYTES`` the client gets
431 and the connection is closed. (A head that ends inside the packet that brought it is measured
by ``http_limits.head_capped``.)
"""

from __future__ import annotations

import asyncio

from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from healthcentre.receiver.http_limits import MAX_HEADER_BYTES, TOO_LARGE, TOO_LARGE_HEADERS, HeaderDeadline

TOO_LARGE_RESPONSE = b"".join([STATUS_LINE[431], *(name + b": " + value + b"\r\n" for name, value in TOO_LARGE_HEADERS),
                               b"\r\n", TOO_LARGE])


class HttpToolsReceiverProtocol(HeaderDeadline, HttpToolsProtocol):
    """httptools with the header deadline and unfinished heads capped at ``MAX_HEADER_BYTES``.

    ``_head_bytes`` adds up the packets that arrived wholly inside one unfinished head (None while
    a body is read). A packet that ends a body and begins the next head is not counted, so an
    unfinished head can hold at most one packet more than the cap before it is refused."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._head_bytes: int | None = 0
        self._heads = 0
        super().connection_made(transport)

    def data_received(self, data: bytes) -> None:
        heads, in_head = self._heads, self._head_bytes is not None
        super().data_received(data)
        if in_head and self._heads == heads and not self.transport.is_closing():
            self._head_bytes += len(data)
            if self._head_bytes > MAX_HEADER_BYTES:
                self.transport.write(TOO_LARGE_RESPONSE)
                self.transport.close()

    def on_headers_complete(self) -> None:
        self._heads += 1
        self._head_bytes = None
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._head_bytes = 0
