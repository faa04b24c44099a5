"""Cold start: from launching ``python -m healthcentre`` to the first painted main window.

Each start is a new process on the offscreen platform with its own data
directory. The app prints the moment of the window's first paint and quits when
HEALTHCENTRE_BENCH_EXIT_ON_PAINT is set (``healthcentre.ui.app``). One untimed
start comes first: it takes the day's automatic backup, which every later start
of that day skips; its time is reported on its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from healthcentre.ui.app import BENCH_EXIT_ON_PAINT_ENV


def environment(data_dir: Path) -> dict[str, str]:
    """The environment of an app process on ``data_dir``, isolated from the user's settings."""
    env = os.environ.copy()
    env.update({"HEALTHCENTRE_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen",
                "XDG_CONFIG_HOME": str(data_dir / "config"), "XDG_CACHE_HOME": str(data_dir / "cache"),
                "XDG_STATE_HOME": str(data_dir / "state"), "HEALTHCENTRE_LANGUAGE": "sv"})
    return env


def start_once(data_dir: Path) -> float:
    """Milliseconds from launching the app on ``data_dir`` to its first painted main window."""
    env = {**environment(data_dir), BENCH_EXIT_ON_PAINT_ENV: "1"}
    launched = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "healthcentre"], env=env, capture_output=True, text=True,
                            timeout=120)
    lines = [line for line in result.stdout.splitlines() if line.startswith("first-paint ")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"the app did not paint its window:\n{result.stdout}\n{result.stderr}")
    return (float(lines[0].split()[1]) - launched) * 1000


def cold_starts(data_dir: Path, runs: int) -> tuple[float, list[float]]:
    """The first start of the day (with its backup), then ``runs`` timed starts."""
    first = start_once(data_dir)
    return first, [start_once(data_dir) for _ in range(runs)]
