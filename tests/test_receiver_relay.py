"""The county receiver's relay (``/relay/v1``) in a real receiver process: a site's laptops exchange sealed
change sets through it with their own device tokens and converge; the receiver keeps bytes it cannot read,
shows each site only its own blobs, lets a laptop file only under its own origin, and prunes what every
laptop has applied."""

from __future__ import annotations

import hashlib

import httpx
import pytest
from receiver_process import Receiver

from healthcentre.contract.relay import MAX_BLOB_BYTES, PREFIX
from healthcentre.replication.carriers import BlobConflict, CarrierError
from healthcentre.replication.exchange import exchange
from healthcentre.replication.ledger import JsonFileLedger
from healthcentre.replication.relay_client import RelayClient
from healthcentre.replication.sealing import open_blob
from healthcentre.replication.site_key import SiteKeyRing
from tests.replication_memory import InMemoryRegister


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    server = Receiver(tmp_path_factory.mktemp("county")).start()
    yield server
    server.stop()


def _relay(receiver, token: str) -> RelayClient:
    return RelayClient(receiver.url, token)


def test_three_laptops_converge_through_the_receivers_relay_which_cannot_read_them(receiver, tmp_path):
    site, ring = "HC-RELAY", SiteKeyRing.create("HC-RELAY")
    registers = [InMemoryRegister(site, device * 32) for device in "abc"]
    relays = [_relay(receiver, receiver.enrol_laptop(site)) for _ in registers]
    for index, register in enumerate(registers):
        register.set(f"participant-Kerstin-Gustafsson-{index}", index)
    for _ in range(2):
        for register, relay in zip(registers, relays):
            exchange(register, relay, ring, site, register.device_id,
                     ledger=JsonFileLedger(tmp_path / f"{register.device_id}.json"))
    expected = {f"participant-Kerstin-Gustafsson-{index}": index for index in range(3)}
    assert all(register.values() == expected for register in registers)
    engine = receiver.engine()
    with engine.connect() as conn:
        stored = [row[0] for row in conn.exec_driver_sql("SELECT data FROM relay_blob")]
    engine.dispose()
    assert stored and all(b"Kerstin-Gustafsson" not in blob for blob in stored)
    assert {device.device_id for device in relays[0].devices()} == {r.device_id for r in registers}


def test_every_laptop_having_applied_a_change_set_deletes_it_from_the_relay(receiver, tmp_path):
    site, ring = "HC-PRUNE", SiteKeyRing.create("HC-PRUNE")
    registers = [InMemoryRegister(site, device * 32) for device in "de"]
    relays = [_relay(receiver, receiver.enrol_laptop(site)) for _ in registers]

    def round_of(index: int):
        exchange(registers[index], relays[index], ring, site, registers[index].device_id,
                 ledger=JsonFileLedger(tmp_path / f"{registers[index].device_id}.json"))

    round_of(0), round_of(1)  # both laptops exchange through the relay
    registers[0].set("activity-1", 1)
    round_of(0)
    assert [e.kind for e in relays[0].list()].count("changes") == 1  # the second has not applied it yet
    round_of(1)
    assert [e.kind for e in relays[0].list()].count("changes") == 0
    assert registers[1].values() == {"activity-1": 1}


def test_the_same_bytes_again_are_fine_other_bytes_are_a_conflict_and_digests_are_listed(receiver):
    relay = _relay(receiver, receiver.enrol_laptop("HC-SAME"))
    name = "f" * 32 + "/changes/1-1"
    relay.put(name, b"sealed")
    relay.put(name, b"sealed")
    with pytest.raises(BlobConflict):
        relay.put(name, b"other")
    (listed,) = relay.list()
    assert listed.name == name and listed.size == 6 and listed.sha256 == hashlib.sha256(b"sealed").hexdigest()
    assert relay.get(listed) == b"sealed"


def test_a_laptop_files_only_under_its_own_origin_and_sees_only_its_own_sites_blobs(receiver):
    first, second = (_relay(receiver, receiver.enrol_laptop("HC-OWN")) for _ in range(2))
    first.put("1" * 32 + "/changes/1-1", b"one")
    with pytest.raises(CarrierError) as caught:
        second.put("1" * 32 + "/changes/2-2", b"not yours")
    assert caught.value.code == "relay_forbidden" and "ursprung" in caught.value.message("sv")
    with pytest.raises(CarrierError):
        first.put("2" * 32 + "/changes/1-1", b"a second origin")  # one origin per laptop
    other_site = _relay(receiver, receiver.enrol_laptop("HC-ELSEWHERE"))
    assert other_site.list() == []
    refused = httpx.get(receiver.url + PREFIX + "/blobs/" + "1" * 32 + "/changes/1-1",
                        headers={"Authorization": "Bearer " + "x" * 40})
    assert refused.status_code == 401


def test_bad_names_bodies_and_sizes_are_refused_with_a_reason(receiver):
    token = receiver.enrol_laptop("HC-BAD")
    headers = {"Authorization": f"Bearer {token}"}
    base = receiver.url + PREFIX
    bad_name = httpx.put(base + "/blobs/" + "a" * 32 + "/changes/5-1", content=b"x", headers=headers)
    assert bad_name.status_code == 400 and bad_name.json()["message_sv"]
    unknown = httpx.get(base + "/blobs/" + "a" * 32 + "/changes/1-1", headers=headers)
    assert unknown.status_code == 404
    bad_vector = httpx.post(base + "/acks", json={"vector": {"a": -1}}, headers=headers)
    assert bad_vector.status_code == 400
    too_large = httpx.put(base + "/blobs/" + "a" * 32 + "/snapshot/1-1", content=b"x" * (MAX_BLOB_BYTES + 1),
                          headers=headers)
    assert too_large.status_code == 413
    assert _relay(receiver, token).list() == []  # nothing stored half-way


def test_an_erasure_clears_the_erased_persons_change_sets_and_snapshots_off_the_relay(receiver, tmp_path):
    site, ring = "HC-ERASE", SiteKeyRing.create("HC-ERASE")
    registers = [InMemoryRegister(site, device * 32) for device in "gh"]
    relays = [_relay(receiver, receiver.enrol_laptop(site)) for _ in registers]

    def round_of(index: int):
        return exchange(registers[index], relays[index], ring, site, registers[index].device_id,
                        ledger=JsonFileLedger(tmp_path / f"{registers[index].device_id}.json"))

    registers[0].set("participant-Kerstin-Gustafsson", "born 1967")
    round_of(0), round_of(1)
    registers[1].erase("participant-Kerstin-Gustafsson")
    round_of(1), round_of(0)  # the erasing laptop clears, then the other once it holds the erasure

    def plaintexts():
        return [open_blob(ring, relays[0].get(entry), entry.name)[1] for entry in relays[0].list()]
    assert plaintexts() and not any(b"born 1967" in text for text in plaintexts())
    assert all(register.values() == {"participant-Kerstin-Gustafsson": "<erased>"} for register in registers)
    assert [entry.kind for entry in relays[0].list()].count("changes") == 0
