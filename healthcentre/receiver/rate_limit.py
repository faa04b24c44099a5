"""Rate limiting per site: a token bucket for each site's token, kept in memory.

A site may send ``rate`` requests a second on average and ``burst`` at once (a
laptop's first sync of a long register sends many periods together). Past that
the receiver answers 429 with ``Retry-After``; the laptop's outbox waits and
sends again. The limit guards the county against a runaway or stolen token, so
the default is far above what the sites send (the benchmark's 200 submissions a
second from 13 sites is about 15 a second for each).
"""

from __future__ import annotations

import math
import threading
import time

from healthcentre.receiver.intake import Rejected

DEFAULT_RATE = 50.0
DEFAULT_BURST = 200


class RateLimited(Rejected):
    """429: the site sent too much too fast; ``headers`` carry Retry-After in whole seconds."""

    def __init__(self, retry_after: float) -> None:
        seconds = max(1, math.ceil(retry_after))
        super().__init__(429, "receiver_rate_limited", seconds=seconds)
        self.headers = {"Retry-After": str(seconds)}


class SiteRateLimiter:
    """One token bucket per site code, refilled at ``rate`` a second up to ``burst``."""

    def __init__(self, rate: float = DEFAULT_RATE, burst: int = DEFAULT_BURST,
                 clock=time.monotonic) -> None:
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, site_code: str) -> None:
        """Spend one request of ``site_code``'s allowance, or raise RateLimited."""
        with self._lock:
            now = self._clock()
            tokens, since = self._buckets.get(site_code, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - since) * self.rate)
            if tokens < 1:
                self._buckets[site_code] = (tokens, now)
                raise RateLimited((1 - tokens) / self.rate)
            self._buckets[site_code] = (tokens - 1, now)
