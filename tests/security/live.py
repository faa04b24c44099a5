"""Test helper: the attack tests' receiver (uvicorn in a subprocess) with short timeouts and a low
rate limit, a snapshot of everything it stores, and submissions to send it."""

from __future__ import annotations

import json
import random

import httpx
from receiver_process import Receiver
from sqlalchemy import select

from healthcentre.receiver import store_tables

from security.payloads import submission

MAX_BODY = 256 * 1024
TIMEOUT = 2  # seconds a client has for its headers, and for its body
RATE, BURST = 5, 30
OPTIONS = ("--body-timeout", str(TIMEOUT), "--header-timeout", str(TIMEOUT), "--rate-limit", str(RATE),
           "--rate-burst", str(BURST))


# When a laptop was last seen is bookkeeping an authenticated request updates whatever it asks;
# every other column is data an attack must not change.
SEEN_COLUMNS = {("device", "last_seen_at")}


def rows(engine) -> dict[str, list[tuple]]:
    """Every row of every table of a receiver database (without when each laptop was last seen)."""
    with engine.connect() as conn:
        return {table.name: sorted(map(tuple, conn.execute(select(
                    *[c for c in table.columns if (table.name, c.name) not in SEEN_COLUMNS]))), key=repr)
                for table in store_tables.metadata.sorted_tables}


def snapshot(receiver: Receiver) -> dict[str, list[tuple]]:
    """Every row of every table of the running receiver's database."""
    engine = receiver.engine()
    try:
        return rows(engine)
    finally:
        engine.dispose()


def document(site: str, period: str = "2026-03", version: int = 1, seed: int | None = None) -> dict:
    """A valid submission of ``site`` (in Jönköping) for ``period``."""
    rng = random.Random(seed)
    return submission(rng, site_code=site, municipality_code="0680", period=period, version=version)


def post(receiver: Receiver, token: str | None, body, **headers) -> httpx.Response:
    """POST a submission (a document or raw bytes) with ``token``."""
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.post(receiver.url + "/api/v1/submissions", content=content,
                      headers={"Content-Type": "application/json", **headers}, timeout=30)
