"""The enrolment request a laptop sends with its one-time code, shared by the laptop and the receiver.

``device_name`` is optional so that laptops from before devices still enrol (the county then names
the device "laptop"); each enrolment makes a new device of the site with its own token.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

MAX_DEVICE_NAME = 120


class EnrolRequest(BaseModel):
    """A one-time ``code`` and, from newer laptops, the laptop's ``device_name`` (its host name by default)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    code: str = Field(max_length=200)
    device_name: str | None = Field(default=None, max_length=MAX_DEVICE_NAME)
