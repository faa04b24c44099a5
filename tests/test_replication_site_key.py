"""The site key ring: generations, hand-over as JSON, and storage only the user can read."""

from __future__ import annotations

import os
import stat

import pytest

from healthcentre.replication.site_key import (
    SealError,
    SiteKeyRing,
    delete_key_ring,
    key_file,
    load_key_ring,
    store_key_ring,
)


def test_a_ring_survives_its_json_hand_over_with_every_generation():
    ring = SiteKeyRing.create("HC-1")
    ring.rotate()
    again = SiteKeyRing.from_json(ring.to_json())
    assert again == ring
    assert again.current == 2 and again.generations == (1, 2)
    assert again.key(1) != again.key(2)


@pytest.mark.parametrize("text", ["", "[]", '{"site":"HC-1","keys":{}}', '{"site":"HC-1","keys":{"1":"c2hvcnQ="}}',
                                  '{"site":"","keys":{"1":"' + "A" * 43 + '="}}', '{"keys":{"x":"y"}}'])
def test_a_damaged_ring_is_refused_with_a_message(text):
    with pytest.raises(SealError) as caught:
        SiteKeyRing.from_json(text)
    assert caught.value.code == "key_ring_invalid"
    assert caught.value.message("sv")


def test_the_ring_never_shows_its_keys_when_printed():
    ring = SiteKeyRing.create("HC-1")
    assert ring.to_json().split('"')[7] not in repr(ring)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_without_a_keyring_the_ring_is_kept_in_a_file_only_the_user_can_read():
    ring = SiteKeyRing.create("HC-1")
    assert store_key_ring(ring) == "file"
    assert stat.S_IMODE(key_file().stat().st_mode) == 0o600
    assert load_key_ring("HC-1") == ring
    assert load_key_ring("HC-2") is None


def test_a_forgotten_ring_is_gone():
    store_key_ring(SiteKeyRing.create("HC-1"))
    delete_key_ring("HC-1")
    assert load_key_ring("HC-1") is None
