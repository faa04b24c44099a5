"""Benchmark results: rows of medians against their targets, printed as a table and kept as JSON."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import platform
import statistics
from pathlib import Path


@dataclasses.dataclass
class Row:
    """One measured figure: its samples, the median, the target (``limit``, ``at_least`` flips it) and a ratio."""

    key: str
    label: str
    unit: str
    samples: list[float]
    limit: float | None = None
    at_least: bool = False
    ratio: float | None = None
    ratio_of: str = ""
    ratio_limit: float | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def met(self) -> bool | None:
        """Whether the target (and the ratio's target) holds; None when the row is for information."""
        if self.limit is None and self.ratio_limit is None:
            return None
        ok = True
        if self.limit is not None:
            ok = self.median >= self.limit if self.at_least else self.median <= self.limit
        if self.ratio_limit is not None and self.ratio is not None:
            ok = ok and self.ratio <= self.ratio_limit
        return ok

    def target_text(self) -> str:
        parts = []
        if self.limit is not None:
            parts.append(f"{'≥' if self.at_least else '<'} {_number(self.limit)} {self.unit}")
        if self.ratio_limit is not None:
            parts.append(f"< {_number(self.ratio_limit)}× {self.ratio_of}")
        return ", ".join(parts) or "–"

    def ratio_text(self) -> str:
        return "" if self.ratio is None else f"{self.ratio:.2f}× {self.ratio_of}"


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}".replace(",", " ")
    return f"{value:.3g}" if value < 10 else f"{value:.1f}"


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table (also readable in a terminal)."""
    lines = ["| Scenario | Median | Runs | Ratio | Target | Met |", "| --- | ---: | ---: | --- | --- | --- |"]
    for row in rows:
        met = {True: "yes", False: "**no**", None: ""}[row.met]
        lines.append(f"| {row.label} | {_number(row.median)} {row.unit} | {len(row.samples)} | {row.ratio_text()} "
                     f"| {row.target_text()} | {met} |")
    return "\n".join(lines)


def machine() -> str:
    """CPU model and count, as ``lscpu`` would name them."""
    import os

    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def write_json(path: Path, rows: list[Row], *, quick: bool, notes: dict) -> None:
    """Keep the run as JSON (every sample, medians, targets)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"), "machine": machine(), "quick": quick,
        "notes": notes,
        "rows": [{**dataclasses.asdict(row), "median": row.median, "met": row.met, "target": row.target_text()}
                 for row in rows],
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
