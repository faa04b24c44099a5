"""What every request of a laptop (a device) goes through: its bearer token, the site's rate limit, a body
read within its size and time limits, and a JSON body read as the contract's model, each refused with
its reason in Swedish and English. Shared by the laptops' API (``routes``), the relay (``relay_routes``)
and the login form (``login_page``, the body only)."""

from __future__ import annotations

import asyncio

from fastapi import Request
from pydantic import BaseModel, ValidationError

from healthcentre.receiver import auth, device_store, storage, store_tables
from healthcentre.receiver.intake import Rejected


async def read_limited(request: Request, limit: int, timeout: float | None = None) -> bytes:
    """The request body, refused with 413 as soon as it is known to exceed ``limit`` bytes,
    and with 408 if it has not all arrived within ``timeout`` seconds (a trickling client)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise _closing(Rejected(413, "receiver_too_large", limit=limit))
    if timeout is None:
        timeout = request.app.state.settings.body_timeout
    chunks, size = [], 0
    try:
        async with asyncio.timeout(timeout):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise _closing(Rejected(413, "receiver_too_large", limit=limit))
                chunks.append(chunk)
    except TimeoutError:
        raise _closing(Rejected(408, "receiver_body_timeout", seconds=timeout)) from None
    return b"".join(chunks)


def _closing(refusal: Rejected) -> Rejected:
    """The refusal, answered with the connection closed: the rest of the body is not worth reading."""
    refusal.headers = {"Connection": "close"}
    return refusal


def authenticated(engine, request: Request) -> dict:
    """The device (with its site's columns) whose bearer token came with ``request``; 401 without one,
    with its own message for a token the county revoked. Marks the device seen (at most once a minute)."""
    token = auth.bearer(request.headers.get("authorization"))
    with storage.reading(engine) as conn:
        device = auth.device_for_token(conn, token)
        if device is None:
            raise Rejected(401, "receiver_device_revoked" if auth.token_revoked(conn, token)
                           else "receiver_token_missing")
    request.app.state.rate_limiter.take(device["code"])
    now = store_tables.utcnow()
    if device_store.needs_touch(device["last_seen_at"], now):
        with engine.begin() as conn:
            device_store.touch_seen(conn, device["device_id"], now)
    return device


def parsed(model: type[BaseModel], raw: bytes):
    """``raw`` read as ``model``; 400 naming the first field that does not fit."""
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise Rejected(400, "receiver_body_malformed", reason=".".join(map(str, first["loc"])) or first["type"]) from None
