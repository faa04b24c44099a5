"""Telling the county this laptop is up to date through the last month that has closed
(``contract.month_status``), so that a month without activity shows as such in the county's reporting
grid rather than as late.

The laptop says it once a month, after a sync that left nothing to send: no submission waiting, no
period marked as changed, no refusal unresolved (the county would otherwise lack what the laptop has).
Saying it again is harmless; a failure is tried again at the next sync.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from healthcentre.config_keys import Settings
from healthcentre.contract.month_status import MONTH_STATUS_PATH, MonthStatus, last_closed_month
from healthcentre.data.database import Database
from healthcentre.data.models import utcnow
from healthcentre.errors import ValidationError
from healthcentre.sync import enrolment, outbox, outcomes, receiver_http

if TYPE_CHECKING:
    import httpx

STATUS_KEY = "confirmed_through"  # the latest month the county has confirmed (``outcomes`` status key)


def month_to_confirm(db: Database, today: dt.date) -> str | None:
    """The month to tell the county about now, or None: already told, or something is left to send."""
    through = last_closed_month(today)
    if outcomes.load_status(db).get(STATUS_KEY, "") >= through:
        return None
    if outcomes.pending(db) or outbox.marked_periods(db) or outcomes.open_refusals(db):
        return None
    return through


def confirm(db: Database, base_url: str, http: httpx.Client, through: str) -> bool:
    """Post ``through`` for every site enrolled here; True (and remembered) when the county took it for all."""
    tokens = enrolment.enrolled_tokens(db)
    body = MonthStatus(through=through).model_dump_json()
    for token in tokens.values():
        response = http.post(base_url + MONTH_STATUS_PATH, content=body,
                             headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        if response.status_code != 200:
            return False
    if tokens:
        outcomes.save_status(db, **{STATUS_KEY: through})
    return bool(tokens)


def tell_county(db: Database, settings: Settings, client: httpx.Client | None = None) -> None:
    """After a sync: tell the county the laptop is up to date through the last closed month, if it is and has
    not said so yet; the county's UTC calendar decides when a month has closed. Trouble waits for the next
    sync (the submissions' own status already says when the county is out of reach)."""
    import httpx

    through = month_to_confirm(db, utcnow().date())
    if through is None or not settings.receiver_url:
        return
    http = client or receiver_http.http_client(settings.ca_bundle)
    try:
        confirm(db, receiver_http.base_url(settings), http, through)
    except (httpx.TransportError, ValidationError):
        return
    finally:
        if client is None:
            http.close()
