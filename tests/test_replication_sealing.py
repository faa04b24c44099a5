"""Sealed change-set blobs open only with the site's key, and any altered byte fails to open."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthcentre.replication.sealing import BlobHeader, open_blob, read_header, seal
from healthcentre.replication.site_key import SealError, SiteKeyRing

PLAINTEXT = b'{"changes":[{"field":"display_name","value":"Svea Lind"}]}' * 3
RING = SiteKeyRing.create("HC-1")


def _header(**fields) -> BlobHeader:
    return BlobHeader(**{"site": "HC-1", "origin": "a" * 32, "kind": "changes", "first_seq": 1, "last_seq": 4} | fields)


def test_a_sealed_blob_opens_with_the_ring_to_its_header_and_plaintext():
    header, plaintext = open_blob(RING, seal(RING, _header(), PLAINTEXT))
    assert plaintext == PLAINTEXT
    assert header == _header(key_gen=1)


def test_the_plaintext_is_compressed_and_not_readable_in_the_blob():
    blob = seal(RING, _header(), PLAINTEXT * 100)
    assert b"Svea" not in blob
    assert len(blob) < len(PLAINTEXT * 100) // 10


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_flipped_byte_fails_to_open(data):
    blob = bytearray(seal(RING, _header(), PLAINTEXT))
    position = data.draw(st.integers(0, len(blob) - 1))
    blob[position] ^= data.draw(st.integers(1, 255))
    with pytest.raises(SealError):
        open_blob(RING, bytes(blob))


@given(st.integers(0, 200))
def test_a_cut_blob_fails_to_open(length):
    blob = seal(RING, _header(), PLAINTEXT)
    with pytest.raises(SealError):
        open_blob(RING, blob[: min(length, len(blob) - 1)])


def test_a_blob_fails_to_open_without_the_site_key():
    blob = seal(RING, _header(), PLAINTEXT)
    other = SiteKeyRing.create("HC-1")
    with pytest.raises(SealError) as caught:
        open_blob(other, blob, "x.hcset")
    assert caught.value.code == "seal_wrong_key"
    assert "x.hcset" in caught.value.message("en")


def test_a_relabelled_header_fails_to_open():
    blob = seal(RING, _header(), PLAINTEXT)
    old = _header(key_gen=1).to_bytes()
    new = _header(key_gen=1, first_seq=2).to_bytes()
    assert len(old) == len(new)
    with pytest.raises(SealError) as caught:
        open_blob(RING, blob.replace(old, new))
    assert caught.value.code == "seal_wrong_key"


def test_a_blob_of_another_site_is_refused_with_both_site_codes_named():
    other = SiteKeyRing.create("HC-2")
    with pytest.raises(SealError) as caught:
        open_blob(RING, seal(other, _header(site="HC-2"), PLAINTEXT))
    assert caught.value.code == "seal_wrong_site"
    assert "HC-2" in caught.value.message("sv") and "HC-1" in caught.value.message("sv")


def test_a_blob_of_a_newer_key_generation_names_the_generation_and_pairing():
    newer = SiteKeyRing.from_json(RING.to_json())
    newer.rotate()
    with pytest.raises(SealError) as caught:
        open_blob(RING, seal(newer, _header(), PLAINTEXT))
    assert caught.value.code == "seal_unknown_generation"
    assert "2" in caught.value.message("en")


def test_after_a_rotation_old_blobs_still_open_and_new_ones_use_the_new_generation():
    ring = SiteKeyRing.from_json(RING.to_json())
    old_blob = seal(ring, _header(), PLAINTEXT)
    ring.rotate()
    assert open_blob(ring, old_blob)[0].key_gen == 1
    assert read_header(seal(ring, _header(), PLAINTEXT)).key_gen == 2


def test_a_foreign_file_is_refused_as_not_a_change_file():
    with pytest.raises(SealError) as caught:
        open_blob(RING, b"\x00\x00\x00\x02{}" + bytes(64), "notes.txt")
    assert caught.value.code == "seal_truncated"


def test_sealing_the_same_change_set_again_gives_the_same_bytes_and_another_gives_others():
    assert seal(RING, _header(), PLAINTEXT) == seal(RING, _header(), PLAINTEXT)
    assert seal(RING, _header(), PLAINTEXT) != seal(RING, _header(), PLAINTEXT + b" ")
