"""The invitation file: the site key ring sealed with a generated passphrase, and nothing else opens it."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from healthcentre.replication.invitation import invitation_site, new_passphrase, open_invitation, seal_invitation
from healthcentre.replication.site_key import SealError, SiteKeyRing


@pytest.fixture(scope="module")
def sealed():
    ring = SiteKeyRing.create("HC-JKP-1")
    ring.rotate()
    passphrase = new_passphrase()
    return ring, passphrase, seal_invitation(ring, passphrase)


def test_the_ring_comes_back_whole_with_the_passphrase_however_it_is_typed(sealed):
    ring, passphrase, data = sealed
    assert open_invitation(data, passphrase) == ring
    assert open_invitation(data, " " + passphrase.lower().replace("-", " ") + "\n") == ring
    assert invitation_site(data) == "HC-JKP-1"


def test_the_passphrase_is_four_groups_of_five_unambiguous_characters():
    passphrase = new_passphrase()
    groups = passphrase.split("-")
    assert [len(group) for group in groups] == [5, 5, 5, 5]
    assert not set(passphrase) & set("01OIL")
    assert new_passphrase() != passphrase


def test_a_wrong_passphrase_is_refused(sealed):
    _ring, _passphrase, data = sealed
    with pytest.raises(SealError) as error:
        open_invitation(data, new_passphrase())
    assert error.value.code == "invitation_passphrase"


def test_a_changed_site_on_the_outside_is_refused(sealed):
    _ring, passphrase, data = sealed
    document = json.loads(data)
    document["site"] = "HC-VET-1"
    with pytest.raises(SealError) as error:
        open_invitation(json.dumps(document).encode(), passphrase)
    assert error.value.code == "invitation_invalid"


def test_key_derivation_limits_outside_libsodium_bounds_are_refused_before_any_work(sealed):
    _ring, passphrase, data = sealed
    document = json.loads(data)
    document["mem"] = 1 << 40
    with pytest.raises(SealError) as error:
        open_invitation(json.dumps(document).encode(), passphrase)
    assert error.value.code == "invitation_invalid"


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=200).map(str.encode))
def test_any_other_bytes_are_a_clear_refusal_never_a_crash(data):
    with pytest.raises(SealError) as error:
        open_invitation(data, "ABCDE-FGHJK-MNPQR-STUVW")
    assert error.value.code in {"invitation_invalid", "invitation_passphrase"}
