"""The exchange loop over a shared folder: laptops converge in any order, tampering and
replays are caught, a kill loses nothing, and the folder shows nothing of the register."""

from __future__ import annotations

import json
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthcentre.replication.exchange import exchange
from healthcentre.replication.folder_carrier import FolderCarrier
from healthcentre.replication.ledger import JsonFileLedger
from healthcentre.replication.sealing import BlobHeader, seal
from healthcentre.replication.site_key import SiteKeyRing
from tests.replication_memory import InMemoryRegister

SITE = "HC-1"
DEVICES = ("a" * 32, "b" * 32, "c" * 32)


class Laptop:
    """One laptop: its in-memory register, its ledger and its view of the shared folder."""

    def __init__(self, folder, device_id, ring) -> None:
        self.register = InMemoryRegister(SITE, device_id)
        self.carrier = FolderCarrier(folder, SITE, device_id, device_name=f"laptop {device_id[0]}")
        self.ledger = JsonFileLedger(folder.parent / f"ledger-{device_id}.json")
        self.ring = ring

    def exchange(self, **options):
        return exchange(self.register, self.carrier, self.ring, SITE, self.register.device_id,
                        ledger=self.ledger, **options)


@pytest.fixture
def laptops(tmp_path):
    """Three laptops that have each been through the folder once (so each one's acks count)."""
    site = _laptops(tmp_path)
    for laptop in site:
        laptop.exchange()
    return site


def _laptops(base):
    folder = base / "share"
    folder.mkdir(parents=True)
    ring = SiteKeyRing.create(SITE)
    return [Laptop(folder, device, ring) for device in DEVICES]


def _converge(laptops):
    for _ in range(2):
        for laptop in laptops:
            laptop.exchange()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 2), st.one_of(st.none(), st.tuples(st.sampled_from("xyz"), st.integers()))),
                max_size=25), st.randoms())
def test_three_laptops_converge_whatever_the_order_of_edits_and_exchanges(tmp_path_factory, steps, random):
    laptops = _laptops(tmp_path_factory.mktemp("site"))
    for index, edit in steps:
        if edit is None:
            laptops[index].exchange()
        else:
            laptops[index].register.set(*edit)
    random.shuffle(laptops)
    _converge(laptops)
    assert len({json.dumps(laptop.register.values(), sort_keys=True) for laptop in laptops}) == 1
    for laptop in laptops:
        assert len(laptop.register.taken) == len(set(laptop.register.taken))


def test_change_sets_every_laptop_acknowledged_are_pruned_and_a_late_laptop_starts_from_a_snapshot(tmp_path, laptops):
    laptops[0].register.set("x", 1)
    laptops[1].register.set("y", 2)
    _converge(laptops)
    assert not list((tmp_path / "share" / SITE / "changes").rglob("*.hcset"))
    late = Laptop(tmp_path / "share", "d" * 32, laptops[0].ring)
    report = late.exchange()
    assert report.snapshot_applied is not None
    assert late.register.values() == {"x": 1, "y": 2}


def test_a_replayed_blob_is_ignored(tmp_path, laptops):
    laptops[0].register.set("x", 1)
    laptops[0].exchange()
    blob = next((tmp_path / "share" / SITE / "changes").rglob("*.hcset"))
    kept = blob.read_bytes()
    laptops[1].exchange()
    blob.write_bytes(kept)
    report = laptops[1].exchange()
    assert report.replayed == 1 and not report.applied and not report.rejected
    assert laptops[1].register.taken == [(DEVICES[0], 1)]


def test_a_different_blob_under_an_applied_name_is_rejected_as_tampered(tmp_path, laptops):
    laptops[0].register.set("x", 1)
    laptops[0].exchange()
    laptops[1].exchange()
    blob = next((tmp_path / "share" / SITE / "changes").rglob("*.hcset"))
    forged = laptops[0].register.local_change_set(0)
    forged.changes[0][2] = 666
    header = BlobHeader(SITE, DEVICES[0], "changes", 1, 1)
    blob.write_bytes(seal(laptops[0].ring, header, forged.to_bytes()))
    report = laptops[1].exchange()
    assert [name for name, _ in report.rejected] == [f"{DEVICES[0]}/changes/1-1"]
    assert laptops[1].register.values() == {"x": 1}


def test_a_blob_filed_under_another_name_is_rejected_and_not_applied(tmp_path, laptops):
    laptops[0].register.set("x", 1)
    laptops[0].exchange()
    blob = next((tmp_path / "share" / SITE / "changes").rglob("*.hcset"))
    blob.rename(blob.with_name("1-2.hcset"))
    report = laptops[1].exchange()
    assert report.rejected and "x" not in laptops[1].register.values()


def test_a_blob_sealed_with_another_site_key_is_rejected(tmp_path, laptops):
    intruder = Laptop(tmp_path / "share", "e" * 32, SiteKeyRing.create(SITE))
    intruder.register.set("x", "forged")
    intruder.exchange()
    report = laptops[0].exchange()
    assert any(name.startswith("e" * 32) for name, _ in report.rejected)
    assert laptops[0].register.values() == {}


def test_half_written_and_foreign_files_in_the_folder_are_skipped(tmp_path, laptops):
    laptops[0].register.set("x", 1)
    laptops[0].exchange()
    changes = tmp_path / "share" / SITE / "changes" / DEVICES[0]
    (changes / ".2-2.hcset.99.tmp").write_bytes(b"half")
    (changes / "notes.txt").write_text("hello")
    (changes / "3-2.hcset").write_bytes(b"backwards")
    (tmp_path / "share" / SITE / "acks" / "junk.json").write_text("{")
    report = laptops[1].exchange()
    assert report.applied == [f"{DEVICES[0]}/changes/1-1"] and not report.rejected


class Killed(Exception):
    """Stands for the process dying at that point."""


class DyingLedger(JsonFileLedger):
    """A ledger whose save kills the run after ``lives`` saves."""

    def __init__(self, path, lives) -> None:
        super().__init__(path)
        self.lives = lives

    def save(self, state):
        if self.lives == 0:
            raise Killed()
        self.lives -= 1
        super().save(state)


@pytest.mark.parametrize("lives", [0, 1, 2])
def test_a_kill_at_any_save_loses_nothing_and_applies_nothing_twice(tmp_path, laptops, lives):
    laptops[0].register.set("x", 1)
    laptops[0].exchange()
    laptops[0].register.set("y", 2)
    laptops[0].exchange()
    laptops[1].register.set("z", 3)
    dying = DyingLedger(laptops[1].ledger.path, lives)
    with pytest.raises(Killed):
        exchange(laptops[1].register, laptops[1].carrier, laptops[1].ring, SITE, DEVICES[1], ledger=dying)
    _converge(laptops)
    assert all(laptop.register.values() == {"x": 1, "y": 2, "z": 3} for laptop in laptops)
    assert len(laptops[1].register.taken) == len(set(laptops[1].register.taken)) == 2


def test_a_cancelled_exchange_stops_between_blobs_and_the_next_one_finishes(laptops):
    laptops[0].register.set("x", 1)
    laptops[0].exchange()
    seen = []
    report = laptops[1].exchange(cancelled=lambda: True, progress=lambda done, total: seen.append((done, total)))
    assert report.cancelled and laptops[1].register.values() == {}
    assert all(done <= total for done, total in seen)
    seen.clear()
    laptops[1].exchange(progress=lambda done, total: seen.append((done, total)))
    assert laptops[1].register.values() == {"x": 1}
    assert seen[-1][0] == seen[-1][1]


def test_nothing_of_the_register_can_be_read_in_the_shared_folder(tmp_path, laptops):
    laptops[0].register.set("display_name", "Svea Lind")
    laptops[1].register.set("activity_title", "Stavgång i Vetlanda")
    _converge(laptops)
    laptops[2].register.set("display_name", "Åke Berg")
    laptops[2].exchange()
    for path in (tmp_path / "share").rglob("*"):
        text = str(path.relative_to(tmp_path))
        assert not any(word in text for word in ("Svea", "Stavg", "Åke", "display_name"))
        if path.is_file() and path.suffix == ".hcset":
            data = path.read_bytes()
            assert not any(word.encode() in data for word in ("Svea", "Stavg", "Berg", "display_name"))
    shutil.rmtree(tmp_path / "share")


def test_an_ack_file_with_foreign_content_does_not_stop_pruning_or_exchange(tmp_path, laptops):
    (tmp_path / "share" / SITE / "acks" / ("f" * 32 + ".json")).write_text(
        json.dumps({"device": "f" * 32, "vector": {DEVICES[0]: "many"}}))
    laptops[0].register.set("x", 1)
    _converge(laptops)
    assert all(laptop.register.values() == {"x": 1} for laptop in laptops)
    assert {device.device_id for device in laptops[0].carrier.devices()} == set(DEVICES)
