"""The hybrid logical clock that stamps every change: physical milliseconds, a counter, the origin.

A stamp is later than every stamp this laptop has made or seen, so an edit made after
seeing another laptop's edit wins over it even when the wall clocks disagree. A stamp
seen more than ``AHEAD_BOUND_MS`` ahead of this laptop's wall clock does not pull the
clock past that bound (one laptop with a wrong clock cannot push the others' forward);
``observe`` says so, and the apply report tells the user.
"""

from __future__ import annotations

import time

from sqlalchemy import text

AHEAD_BOUND_MS = 5 * 60 * 1000


def stamp(wall_ms: int, counter: int) -> str:
    """The stamp as text that sorts in time order."""
    return f"{wall_ms:013d}.{counter:05d}"


def parse(value: str) -> tuple[int, int]:
    """(milliseconds, counter) of a stamp."""
    wall, counter = value.split(".")
    return int(wall), int(counter)


def wall_clock_ms() -> int:
    """This laptop's wall clock in milliseconds."""
    return time.time_ns() // 1_000_000


class Clock:
    """The clock's state in ``register_clock``, read once per transaction and written back by ``save``."""

    def __init__(self, connection, now_ms=wall_clock_ms) -> None:
        self.connection = connection
        self.now_ms = now_ms
        self.wall_ms, self.counter = connection.execute(
            text("SELECT wall_ms, counter FROM register_clock WHERE id = 1")).one()

    def tick(self) -> str:
        """A new stamp for a local change."""
        now = self.now_ms()
        if now > self.wall_ms:
            self.wall_ms, self.counter = now, 0
        else:
            self.counter += 1
        return stamp(self.wall_ms, self.counter)

    def observe(self, seen: str) -> int:
        """Take a stamp from another laptop into account; returns how many ms it was beyond the bound (0: none)."""
        now = self.now_ms()
        wall, counter = parse(seen)
        beyond = max(0, wall - (now + AHEAD_BOUND_MS))
        if beyond:
            wall, counter = now + AHEAD_BOUND_MS, 0
        if (wall, counter) > (self.wall_ms, self.counter):
            self.wall_ms, self.counter = wall, counter
        return beyond

    def save(self) -> None:
        """Write the state back (in the caller's transaction)."""
        self.connection.execute(text("UPDATE register_clock SET wall_ms = :wall, counter = :counter WHERE id = 1"),
                                {"wall": self.wall_ms, "counter": self.counter})
