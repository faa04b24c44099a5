"""The receiver's HTTP protocol: uvicorn's, with a deadline for the request line and headers.

The deadline itself (``http_limits.HeaderDeadline``) is mixed into uvicorn's protocol
classes, which are private to uvicorn: pyproject pins uvicorn exactly, and
tests/test_receiver_http_protocol.py fails on an upgrade until the mix-in is checked again.
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

from healthcentre.receiver.http_limits import HeaderDeadline


class H11ReceiverProtocol(HeaderDeadline, H11Protocol):
    """h11 with the header deadline; its headers are capped by the server's config."""


def protocol_class(header_timeout: float) -> type[asyncio.Protocol]:
    """The protocol class to give uvicorn: httptools' when it can be imported (it has wheels for
    Windows, macOS and Linux, but it is a C extension), else h11's; with ``header_timeout``."""
    try:
        from healthcentre.receiver.httptools_protocol import HttpToolsReceiverProtocol as base
    except ImportError:
        base = H11ReceiverProtocol
    return type("ReceiverProtocol", (base,), {"header_timeout": header_timeout})
