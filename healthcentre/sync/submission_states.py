"""The states a county submission goes through, the county's refusal, and the newest version per period.

Shared by the outbox (which builds submissions) and the outcomes (which record what became
of each one): ``pending`` → ``delivered`` | ``rejected`` | ``superseded`` | ``exported``;
``rejected`` → ``dismissed``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import defer
from sqlmodel import select

from healthcentre.data.database import Database
from healthcentre.data.models import OutboxSubmission

PENDING, DELIVERED, REJECTED, SUPERSEDED, EXPORTED, DISMISSED = (
    "pending", "delivered", "rejected", "superseded", "exported", "dismissed")
NEVER_PUBLISHED = (REJECTED, DISMISSED)
CONTRACT_OUTDATED = "receiver_contract_outdated"
TOKEN_REFUSED = "receiver_token_missing"
AUDIT_ENTITY = "county_submission"


@dataclass(frozen=True)
class Refusal:
    """The county's answer when it refuses a submission: its code and its reason in both languages."""

    code: str
    reason_sv: str
    reason_en: str

    def reason(self, language: str | None = None) -> str:
        """The reason in ``language`` (default the user's)."""
        from healthcentre import messages

        return self.reason_en if (language or messages.current_language()) == "en" else self.reason_sv


def period_order(period: str) -> tuple:
    """Months first, then quarters, then the year, so larger periods can see the smaller ones."""
    kind = 2 if len(period) == 4 else 1 if "Q" in period else 0
    return period[:4], kind, period


def newest_rows(db: Database, site_id: int | None = None, *, with_payload: bool = False) -> list[OutboxSubmission]:
    """The newest submission built for every period (of one site, or of all), superseded ones aside;
    their payloads are read only ``with_payload`` (the status, read every minute, needs none)."""
    with db.session() as session:
        query = select(OutboxSubmission).where(OutboxSubmission.state != SUPERSEDED)
        if not with_payload:
            query = query.options(defer(OutboxSubmission.payload_json))
        if site_id is not None:
            query = query.where(OutboxSubmission.site_id == site_id)
        newest: dict[tuple[int, str], OutboxSubmission] = {}
        for row in session.exec(query.order_by(OutboxSubmission.version)):
            newest[(row.site_id, row.period)] = row
    return sorted(newest.values(), key=lambda row: (row.site_id, period_order(row.period)))
