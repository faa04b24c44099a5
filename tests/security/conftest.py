"""Fixtures of the attack tests: a live receiver per module and enrolled sites on it."""

from __future__ import annotations

import httpx
import pytest
from receiver_process import Receiver

from security.live import MAX_BODY, OPTIONS


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    server = Receiver(tmp_path_factory.mktemp("county"), max_body=MAX_BODY, options=OPTIONS).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def enrolled(receiver):
    """enrolled(code, municipality) -> token of a newly registered and enrolled site."""
    def enrol(code: str, municipality: str = "0680") -> str:
        response = httpx.post(receiver.url + "/api/v1/enrol", json={"code": receiver.add_site(code, municipality)})
        return response.json()["token"]
    return enrol
