"""Which submission of a site's period the county keeps when several laptops report it.

A new submission replaces the stored one only if it includes every register change the
stored one did (``contract.includes``): one laptop's submission never erases another's.
Stored strictly newer → refused as stale; neither includes the other → refused as
concurrent (the laptops exchange the site register first). Where a side does not say what
it includes (a laptop from before it, a transfer file), the period's versions decide as they
always did while the site has one device, or the stored one came from the same device;
otherwise the sender is taken to include nothing of the other laptop's, and is refused. A vector
of nothing but zeros says nothing either: a laptop whose register keeps no change log yet.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from healthcentre.contract import includes as vectors

STALE, CONCURRENT = "receiver_submission_stale", "receiver_submission_concurrent"


@dataclass(frozen=True)
class Verdict:
    """``refusal``: the 409 code to refuse with, or None; ``replaces``: the latest submission id the new
    one takes the place of whatever the versions (None: the versions decide, as before devices)."""

    refusal: str | None = None
    replaces: str | None = None


def judge(sent: dict[str, int] | None, stored: dict | None, *, device_id: str | None,
          several_devices: Callable[[], bool]) -> Verdict:
    """What a new submission of a period may do to the ``stored`` latest one (``storage.latest_of``):
    replace it (it includes all it did), leave the versions to decide (nothing stored, the same changes,
    or a side that did not say while only one laptop could have sent both), or be refused as stale or
    concurrent. ``several_devices`` is asked only when a side did not say."""
    if stored is None:
        return Verdict()
    held = _said(json.loads(stored["includes"]) if stored["includes"] else None)
    sent = _said(sent)
    if sent is not None and held is not None:
        relation = vectors.compare(sent, held)
        if relation == vectors.DOMINATES:
            return Verdict(replaces=stored["submission_id"])
        if relation == vectors.EQUAL:
            return Verdict()
        return Verdict(refusal=STALE if relation == vectors.DOMINATED else CONCURRENT)
    if stored["device_id"] == device_id or not several_devices():
        return Verdict()
    return Verdict(refusal=CONCURRENT)


def _said(vector: dict[str, int] | None) -> dict[str, int] | None:
    """``vector`` if it records any change, else None (it tells nothing about what it includes)."""
    return vector if vector and any(vector.values()) else None
