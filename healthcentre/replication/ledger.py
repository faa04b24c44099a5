"""What this laptop remembers per carrier: how far its own change sets are uploaded and
which blobs it applied (with their digest, so a different blob under the same name shows).

Kept as JSON in the data dir, written atomically, so a kill never leaves half a ledger.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Protocol

from healthcentre import paths


class Ledger(Protocol):
    """Load and save the exchange's memory as a JSON-able dict."""

    def load(self) -> dict:
        """The saved state, or an empty dict."""

    def save(self, state: dict) -> None:
        """Replace the saved state (atomically)."""


class JsonFileLedger:
    """The ledger as one JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @classmethod
    def for_site(cls, site_code: str) -> JsonFileLedger:
        """The ledger of ``site_code``'s register in the data dir."""
        return cls(paths.data_dir() / f"replication-{site_code}.json")

    def load(self) -> dict:
        """The saved state, or an empty dict when there is none (or it is unreadable)."""
        try:
            state = json.loads(self.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return {}
        return state if isinstance(state, dict) else {}

    def save(self, state: dict) -> None:
        """Write ``state`` to a temporary file, then rename it over the ledger."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".tmp")
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(state, handle, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)
