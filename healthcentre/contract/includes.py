"""What a submission includes: a version vector ``{origin: seq}`` of the site register's changes.

A site's laptops each number their own register changes (origin, seq); a submission built
from a register carries the register's vector, so the county can tell whether one
submission of a period was built from everything another was (it *dominates* it) or
whether each holds changes the other lacks (they are *concurrent*). Dominance is the
pointwise order on vectors, a missing origin counting as 0; it is a partial order.
"""

from __future__ import annotations

from collections.abc import Mapping

EQUAL, DOMINATES, DOMINATED, CONCURRENT = "equal", "dominates", "dominated", "concurrent"
MAX_ORIGINS = 256  # a site has a handful of laptops; the bound keeps a payload small
ORIGIN_PATTERN = r"^[0-9A-Za-z_\-]{1,64}$"


def dominates(new: Mapping[str, int], old: Mapping[str, int]) -> bool:
    """Whether ``new`` includes every change ``old`` does (≥ on every origin, missing = 0)."""
    return all(new.get(origin, 0) >= seq for origin, seq in old.items())


def compare(new: Mapping[str, int], old: Mapping[str, int]) -> str:
    """How ``new`` relates to ``old``: EQUAL, DOMINATES (strictly), DOMINATED (strictly) or CONCURRENT."""
    up, down = dominates(new, old), dominates(old, new)
    if up and down:
        return EQUAL
    if up:
        return DOMINATES
    return DOMINATED if down else CONCURRENT
