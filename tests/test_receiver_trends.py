"""The trend pages (``/trender``) of a real receiver holding several years from several municipalities: the
tables show aggregate's sums, the county's targets are drawn as a line and measured as on track / behind."""

from __future__ import annotations

import re

import httpx
import pytest
from receiver_process import Receiver
from submissions import document

from healthcentre.receiver import aggregate
from healthcentre.receiver.county_overview import indicator_figure

# site code, municipality, {year: started study circles}
SITES = (("SC-JKP", "0680", {2023: 2, 2024: 5, 2025: 9}), ("SC-ANE", "0604", {2024: 1, 2025: 3}),
         ("SC-VET", "0685", {2025: 4}))
INDICATOR = "STUDIECIRKLAR_STARTADE"


def _send(receiver: Receiver, token: str, site: str, municipality: str, period: str, started: int) -> None:
    body = document(site_code=site, municipality_code=municipality, period=period,
                    inner={"INDIKATORER": {(INDICATOR,): started, ("TRAFFAR_ALDRE",): 1}})
    sent = httpx.post(receiver.url + "/api/v1/submissions", json=body, headers={"Authorization": f"Bearer {token}"})
    assert sent.json()["outcome"] == "accepted", sent.text


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    """A receiver with three years of three sites in Jönköping, Aneby and Vetlanda, and 2025's first quarter."""
    server = Receiver(tmp_path_factory.mktemp("county")).start()
    for site, municipality, years in SITES:
        code = server.add_site(site, municipality)
        token = httpx.post(server.url + "/api/v1/enrol", json={"code": code}).json()["token"]
        for year, started in years.items():
            _send(server, token, site, municipality, str(year), started)
        if 2025 in years:
            _send(server, token, site, municipality, "2025-Q1", 1)
    yield server
    server.stop()


def _row(html: str, label: str) -> list[str]:
    row = html[html.index(f"<th scope=row>{label}</th>"):].split("</tr>")[0]
    return re.findall(r"<td>([^<]*)</td>", row)


def test_the_trend_table_shows_aggregates_sums_per_municipality_and_year(receiver):
    html = receiver.analyst().get("/trender", params={"indikator": INDICATOR}).text
    engine = receiver.engine()
    for year_index, year in enumerate(("2023", "2024", "2025")):
        result = aggregate.indicators(engine, year, receiver.threshold)
        for area in result["municipalities"]:
            assert _row(html, area["name"])[year_index] == indicator_figure(area, INDICATOR).text
        assert _row(html, "Länet totalt")[year_index] == indicator_figure(result["county"], INDICATOR).text
    engine.dispose()
    assert _row(html, "Länet totalt") == ["2", "6", "16"]
    assert _row(html, "Kommuner med minst en") == ["1", "2", "3"]
    assert "<th scope=col>2025-Q1</th>" in html and "<script" not in html


def test_the_page_draws_a_chart_per_municipality_and_the_county(receiver):
    html = receiver.analyst().get("/trender").text
    assert html.count("<svg") == 2 + 13
    assert 'aria-labelledby="title-kommun-12"' in html and "Startade studiecirklar, länet per år" in html
    assert "Inget mål satt." in html


def test_a_target_draws_the_target_line_and_says_on_track_or_behind(receiver):
    receiver.cli("target", "set", "--indicator", INDICATOR, "--year", "2027", "--value", "26")
    receiver.cli("target", "set", "--indicator", INDICATOR, "--year", "2026", "--value", "13",
                 "--measure", "municipalities")
    try:
        html = receiver.analyst().get("/trender", params={"indikator": INDICATOR.lower()}).text
        # the count: the path from 2 (2023) to 26 (2027) is 20 in 2026 and 14 in 2025, so 16 is on track
        assert "Länet: I fas: 16 år 2025, målbanan är 14,0 det året." in html
        # the spread: from 1 (2023) to 13 (2026) is 9 in 2025, so 3 municipalities is behind
        assert "Kommuner med minst en: Efter: 3 år 2025, målbanan är 9,0 det året." in html
        assert "Målbana" in html and 'stroke-dasharray' in html
        assert _row(html, "Mål, länet") == ["", "", "", "", "26"]  # the years reach the target's
        assert _row(html, "Mål, kommuner") == ["", "", "", "13", ""]
    finally:
        receiver.cli("target", "remove", "--indicator", INDICATOR, "--year", "2027")
        receiver.cli("target", "remove", "--indicator", INDICATOR, "--year", "2026", "--measure", "municipalities")


def test_the_trend_page_needs_a_login_and_a_known_indicator(receiver):
    anonymous = httpx.get(receiver.url + "/trender", follow_redirects=False)
    assert anonymous.status_code in (302, 303, 307) and "/login" in anonymous.headers["location"]
    unknown = receiver.analyst().get("/trender", params={"indikator": "NOPE"})
    assert unknown.status_code == 422 and "Okänd indikator NOPE" in unknown.json()["message_sv"]
