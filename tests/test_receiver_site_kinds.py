"""The county's follow-up by kind of site: the kind a laptop sends (or ``county site add --kind`` registers) is
kept per site, and a real receiver's trend and overview pages break the indicators down by it."""

from __future__ import annotations

import re

import httpx
import pytest
from pydantic import ValidationError
from receiver_process import Receiver
from submissions import document
from trend_data import INDICATOR

from healthcentre.contract.payload import SITE_KINDS, Submission
from healthcentre.data.models import SiteKind
from healthcentre.receiver import storage

# site code, municipality, kind registered with ``county site add``, kind its laptop sends, study circles in 2025
SITES = (("HC-JKP", "0680", "halsocenter", None, 4), ("MP-ANE-1", "0604", None, "meeting_place", 2),
         ("MP-ANE-2", "0604", None, "meeting_place", 1), ("RC-VET", "0685", "other", "recovery_college", 3))


def _send(receiver: Receiver, site: str, municipality: str, registered: str | None, sent: str | None,
          started: int) -> None:
    kind = ["--kind", registered] if registered else []
    receiver.cli("site", "add", "--code", site, "--name", f"Verksamhet {site}", "--municipality", municipality, *kind)
    code = receiver.cli("enrolment-code", "create", "--site", site).split("\t")[0]
    token = httpx.post(receiver.url + "/api/v1/enrol", json={"code": code}).json()["token"]
    extra = {"site_kind": sent} if sent else {}
    body = document(site_code=site, municipality_code=municipality, period="2025",
                    inner={"INDIKATORER": {(INDICATOR,): started}}, **extra)
    answer = httpx.post(receiver.url + "/api/v1/submissions", json=body, headers={"Authorization": f"Bearer {token}"})
    assert answer.json()["outcome"] == "accepted", answer.text


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    """A receiver with a Hälsocenter in Jönköping, two meeting places in Aneby and a Recovery college in Vetlanda."""
    server = Receiver(tmp_path_factory.mktemp("kinds")).start()
    for site in SITES:
        _send(server, *site)
    yield server
    server.stop()


def _row(html: str, label: str) -> list[str]:
    row = html[html.index(f">{label}</"):].split("</tr>")[0]
    return re.findall(r"<td>([^<]*)</td>", row)


def test_the_contracts_site_kinds_are_the_laptops_site_kinds():
    assert set(SITE_KINDS) == {kind.value for kind in SiteKind}


def test_a_submission_without_a_site_kind_still_validates_and_an_unknown_kind_is_refused():
    body = document(site_code="HC-1", municipality_code="0680", period="2025")
    assert Submission.model_validate(body).site_kind is None
    with pytest.raises(ValidationError):
        Submission.model_validate({**body, "site_kind": "gym"})


def test_the_receiver_keeps_the_kind_the_laptop_sends_over_the_registered_one(receiver):
    engine = receiver.engine()
    with engine.connect() as conn:
        kinds = {row["code"]: row["kind"] for row in storage.list_sites(conn)}
    engine.dispose()
    assert kinds == {"HC-JKP": "halsocenter", "MP-ANE-1": "meeting_place", "MP-ANE-2": "meeting_place",
                     "RC-VET": "recovery_college"}
    assert "HC-JKP\t0680\thalsocenter\t1\t" in receiver.cli("site", "list")  # one laptop enrolled


def test_the_trend_page_splits_the_indicator_by_kind_and_counts_municipalities_with_each(receiver):
    html = receiver.analyst().get("/trender", params={"indikator": INDICATOR}).text
    section = html[html.index("<h2>Per typ av verksamhet</h2>"):]
    assert _row(section, "Hälsocenter") == ["4"]
    assert _row(section, "Mötesplatser") == ["3"]
    assert _row(section, "Recovery college") == ["3"]
    assert _row(section, "Kommuner med hälsocenter som rapporterat (av 13)") == ["1"]
    assert _row(section, "Kommuner med mötesplatser som rapporterat (av 13)") == ["1"]


def test_the_overview_shows_sites_per_municipality_and_kind_and_the_indicators_per_kind(receiver):
    html = receiver.analyst().get("/oversikt", params={"period": "2025"}).text
    section = html[html.index("<h2>Per typ av verksamhet</h2>"):]
    assert _row(section, "Aneby") == ["0", "0", "2", "0"]
    assert _row(section, "Jönköping") == ["1", "0", "0", "0"]
    assert _row(section, "Kommuner med minst en") == ["1", "1", "1", "0"]
    indicators = section[section.index("Indikatorer per typ av verksamhet"):]
    assert _row(indicators, "Mötesplatser")[4] == "3" and _row(indicators, "Hälsocenter")[4] == "4"
