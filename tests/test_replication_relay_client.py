"""The relay client: the design's HTTP API, its refusals as clear messages, and an exchange over it.

The relay server is built elsewhere; here a small honest stand-in of its API (in memory,
served through httpx's transport hook) answers, so the client's side is checked alone.
"""

from __future__ import annotations

import hashlib
import json

import httpx
import pytest

from healthcentre.replication.carriers import BlobConflict, CarrierError, parse_name
from healthcentre.replication.exchange import exchange
from healthcentre.replication.ledger import JsonFileLedger
from healthcentre.replication.relay_client import RelayClient
from healthcentre.replication.site_key import SiteKeyRing
from tests.replication_memory import InMemoryRegister

SITE = "HC-1"


class StandInRelay:
    """The relay API of the design over a dict, one site, bearer = device id (tests only)."""

    def __init__(self) -> None:
        self.blobs: dict[str, bytes] = {}
        self.acks: dict[str, dict] = {}
        self.refuse_with: int | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.refuse_with:
            return httpx.Response(self.refuse_with, json={"error": "x", "message_sv": "nekad", "message_en": "refused"})
        caller = request.headers["Authorization"].removeprefix("Bearer ")
        path = request.url.path.removeprefix("/relay/v1")
        if path.startswith("/blobs/"):
            return self._blob(request, path.removeprefix("/blobs/"), caller)
        if path == "/blobs":
            rows = [{"origin": e.origin, "kind": e.kind, "first_seq": e.first_seq, "last_seq": e.last_seq,
                     "size": len(b), "sha256": hashlib.sha256(b).hexdigest(), "stored_at": "2026-12-03T20:00:00Z"}
                    for e, b in ((parse_name(n), b) for n, b in self.blobs.items())]
            return httpx.Response(200, json=rows)
        if path == "/acks":
            self.acks[caller] = json.loads(request.content)["vector"]
            return httpx.Response(204)
        if path == "/devices":
            return httpx.Response(200, json=[{"id": device, "name": None, "revoked": False} for device in self.acks])
        return httpx.Response(404)

    def _blob(self, request, name, caller):
        entry = parse_name(name)
        if request.method == "GET":
            return httpx.Response(200, content=self.blobs[name]) if name in self.blobs else httpx.Response(404)
        if entry.kind == "changes" and entry.origin != caller:
            return httpx.Response(403, json={"error": "origin", "message_sv": "fel avsändare", "message_en": "wrong origin"})
        if name in self.blobs:
            return httpx.Response(200 if self.blobs[name] == request.content else 409)
        self.blobs[name] = request.content
        return httpx.Response(201)


def _client(relay, device):
    return RelayClient("https://relay.example", device, client=httpx.Client(transport=httpx.MockTransport(relay)))


def test_three_laptops_converge_through_the_relay(tmp_path):
    relay, ring = StandInRelay(), SiteKeyRing.create(SITE)
    registers = [InMemoryRegister(SITE, device * 32) for device in "abc"]
    for index, register in enumerate(registers):
        register.set(f"participant-Kerstin-Gustafsson-{index}", index)
    for _ in range(2):
        for register in registers:
            exchange(register, _client(relay, register.device_id), ring, SITE, register.device_id,
                     ledger=JsonFileLedger(tmp_path / f"{register.device_id}.json"))
    expected = {f"participant-Kerstin-Gustafsson-{index}": index for index in range(3)}
    assert all(register.values() == expected for register in registers)
    assert all(b"Kerstin-Gustafsson" not in blob for blob in relay.blobs.values())


def test_the_same_blob_again_is_accepted_and_a_different_one_is_a_conflict():
    relay = StandInRelay()
    client = _client(relay, "a" * 32)
    client.put("a" * 32 + "/changes/1-1", b"sealed")
    client.put("a" * 32 + "/changes/1-1", b"sealed")
    with pytest.raises(BlobConflict):
        client.put("a" * 32 + "/changes/1-1", b"other")


@pytest.mark.parametrize(("status", "code"), [(401, "relay_unauthorised"), (403, "relay_forbidden"),
                                              (413, "relay_too_large"), (500, "relay_failed")])
def test_a_refusal_becomes_a_clear_message_in_both_languages(status, code):
    relay = StandInRelay()
    relay.refuse_with = status
    with pytest.raises(CarrierError) as caught:
        _client(relay, "a" * 32).put("a" * 32 + "/changes/1-1", b"sealed")
    assert caught.value.code == code
    assert caught.value.message("sv") != caught.value.message("en")


def test_the_relay_s_own_reason_is_shown_in_the_user_s_language():
    relay = StandInRelay()
    with pytest.raises(CarrierError) as caught:
        _client(relay, "b" * 32).put("a" * 32 + "/changes/1-1", b"sealed")
    assert "fel avsändare" in caught.value.message()


def test_an_unreachable_relay_says_so_and_keeps_the_changes():
    client = RelayClient("http://127.0.0.1:9", "token")
    with pytest.raises(CarrierError) as caught:
        client.list()
    assert caught.value.code == "relay_unreachable"
    assert "127.0.0.1:9" in caught.value.message("en")
