"""The relay's blob names and limits, shared by the laptops' relay client and the county receiver's relay.

The relay (``/relay/v1`` on the county receiver) keeps a site's sealed blobs — change sets and
snapshots of the site register, which only the site's laptops can open — filed by name
``{origin}/{kind}/{first_seq}-{last_seq}``: the register origin of the laptop that made it, ``changes``
or ``snapshot``, and the range of its own changes (a snapshot: its own seq and the sum of its vector).
"""

from __future__ import annotations

import re

PREFIX = "/relay/v1"
KINDS = ("changes", "snapshot")
MAX_BLOB_BYTES = 16 * 1024 * 1024
_NAME = re.compile(r"^([0-9A-Za-z_-]{1,64})/(changes|snapshot)/([0-9]{1,18})-([0-9]{1,18})$")


def parse_blob_name(name: str) -> tuple[str, str, int, int] | None:
    """``(origin, kind, first_seq, last_seq)`` of a blob name, or None when ``name`` is not one."""
    match = _NAME.match(name)
    if match is None:
        return None
    origin, kind, first, last = match.groups()
    if int(first) > int(last):
        return None
    return origin, kind, int(first), int(last)
