"""The receiver's settings, resolved once at its start (the command line) and handed down.

Apart from the FastAPI app, so the county's management commands (sites, codes, import)
run where the web server is not installed."""

from __future__ import annotations

from dataclasses import dataclass, field

from healthcentre.contract.payload import DEFAULT_THRESHOLD
from healthcentre.receiver import rate_limit

DEFAULT_MAX_BODY = 2 * 1024 * 1024
# The pages the county may publish as open data (``county serve --public-page``): the overview, the trends and
# their figures as JSON and CSV, and the API's description. Site-level pages and the admins' are never public.
PUBLIC_PAGE_CHOICES = ("oversikt", "indicators", "indicators.csv", "docs", "trender")


@dataclass(frozen=True)
class ReceiverSettings:
    """Where the receiver keeps its data, the county's rules for it, and its limits.

    ``rate_per_site``/``rate_burst``: submissions a second per site (429 past it);
    ``body_timeout``: seconds to send a whole body (408 past it); ``header_timeout``:
    seconds to send the headers; ``keep_alive``: seconds an idle connection stays open;
    ``max_connections``: served at once (503 past it). ``public_pages``: which of
    ``PUBLIC_PAGE_CHOICES`` anyone may read without logging in (open data); none by default, for
    publishing even anonymised counts is the county's decision. ``report_due_days``: days after a month's
    end by which its counts should have arrived (``/rapportering`` shows later months as late)."""

    database_url: str
    threshold: int = DEFAULT_THRESHOLD
    max_body: int = DEFAULT_MAX_BODY
    rate_per_site: float = rate_limit.DEFAULT_RATE
    rate_burst: int = rate_limit.DEFAULT_BURST
    body_timeout: float = 30.0
    header_timeout: float = 10.0
    keep_alive: int = 15
    max_connections: int = 500
    public_pages: frozenset[str] = field(default_factory=frozenset)
    report_due_days: int = 15
