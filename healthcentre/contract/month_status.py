"""A laptop's word that it is up to date through a month, shared by the laptop and the receiver.

A laptop sends a month's submission only when something changed in it, so without this the county
cannot tell a month with no activity from one not reported. When a month has closed and the laptop has
nothing left to send for it, it posts ``MonthStatus`` (with its own device token): "every change I hold
up to the end of ``through`` has reached the county". The county counts a month as reported without
activity once every active laptop of the site has said so (``receiver.reporting``).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

MONTH_STATUS_PATH = "/api/v1/month-status"
MONTH_PATTERN = r"^(19|20)\d\d-(0[1-9]|1[0-2])$"


class MonthStatus(BaseModel):
    """Up to date through ``through`` (``YYYY-MM``, a month that has closed)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    through: str = Field(pattern=MONTH_PATTERN)


def last_closed_month(today: dt.date) -> str:
    """The latest month that has ended on ``today``: the one before today's (``YYYY-MM``)."""
    last_day = today.replace(day=1) - dt.timedelta(days=1)
    return f"{last_day:%Y-%m}"
