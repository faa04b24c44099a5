"""Test helper: several years of started study circles from sites in three municipalities, sent to a real
receiver through its API as the laptops would."""

from __future__ import annotations

import httpx
from receiver_process import Receiver
from submissions import document

INDICATOR = "STUDIECIRKLAR_STARTADE"
# site code, municipality, {year: started study circles}
SITES = (("SC-JKP", "0680", {2023: 2, 2024: 5, 2025: 9}), ("SC-ANE", "0604", {2024: 1, 2025: 3}),
         ("SC-VET", "0685", {2025: 4}))


def send(receiver: Receiver, token: str, site: str, municipality: str, period: str, started: int) -> None:
    """One submission of ``period`` with ``started`` study circles (and one gathering for older people)."""
    body = document(site_code=site, municipality_code=municipality, period=period,
                    inner={"INDIKATORER": {(INDICATOR,): started, ("TRAFFAR_ALDRE",): 1}})
    sent = httpx.post(receiver.url + "/api/v1/submissions", json=body, headers={"Authorization": f"Bearer {token}"})
    assert sent.json()["outcome"] == "accepted", sent.text


def enrol(receiver: Receiver, site: str, municipality: str) -> str:
    """Register and enrol a site; its laptop token."""
    code = receiver.add_site(site, municipality)
    return httpx.post(receiver.url + "/api/v1/enrol", json={"code": code}).json()["token"]


def seed(receiver: Receiver) -> Receiver:
    """Every year of ``SITES``, and 2025's first quarter (1 circle) of each site that has 2025."""
    for site, municipality, years in SITES:
        token = enrol(receiver, site, municipality)
        for year, started in years.items():
            send(receiver, token, site, municipality, str(year), started)
        if 2025 in years:
            send(receiver, token, site, municipality, "2025-Q1", 1)
    return receiver
