"""The trend pages (``/trender``) of a real receiver holding several years from several municipalities: the
tables show aggregate's sums, the county's targets are drawn as a line and measured as on track / behind."""

from __future__ import annotations

import datetime as dt
import re

import httpx
from click.testing import CliRunner
import pytest
from receiver_process import Receiver
from trend_data import INDICATOR, enrol, seed, send

from healthcentre.receiver import aggregate, reporting
from healthcentre.receiver.cli import county
from healthcentre.receiver.county_overview import indicator_figure


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    """A receiver with three years of three sites in Jönköping, Aneby and Vetlanda, and 2025's first quarter."""
    server = seed(Receiver(tmp_path_factory.mktemp("county")).start())
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
    quarters = html[html.index("<h2>Per kommun och kvartal</h2>"):]
    result = aggregate.indicators(engine, "2025-Q1", receiver.threshold)
    for area in [*result["municipalities"], result["county"]]:
        label = "Länet totalt" if area is result["county"] else area["name"]
        assert _row(quarters, label) == [indicator_figure(area, INDICATOR).text]
    engine.dispose()
    assert _row(html, "Länet totalt") == ["2", "6", "16"] and _row(quarters, "Länet totalt") == ["3"]
    assert _row(html, "Kommuner med minst en") == ["1", "2", "3"]
    assert "<th scope=col>2025-Q1</th>" in html and "<script" not in html


def test_the_page_draws_a_chart_per_municipality_and_the_county(receiver):
    html = receiver.analyst().get("/trender").text
    assert html.count("<svg") == 2 + 1 + 13  # the county, the spread, the tile map, the 13 municipalities
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


@pytest.fixture(scope="module")
def months(receiver):
    """Two sites' months of 2025: Habo's January to March, Gnosjö's January only; 2025 is over, so every other
    month is late (the receiver's due days are 15 by default)."""
    habo, gnosjo = enrol(receiver, "MP-HABO", "0643"), enrol(receiver, "MP-GNO", "0617")
    for period in ("2025-01", "2025-02", "2025-03"):
        send(receiver, habo, "MP-HABO", "0643", period, 1)
    send(receiver, gnosjo, "MP-GNO", "0617", "2025-01", 1)
    return receiver


def _grid_row(html: str, site: str) -> list[str]:
    row = html[html.index(f'<a href="/verksamhet/{site}">'):].split("</tr>")[0]
    return [state for state in re.findall(r"<td class=(\w+)", row) if state != "municipality"]


def test_the_reporting_grid_shows_each_sites_months_and_who_is_late(months):
    html = months.analyst().get("/rapportering", params={"ar": 2025}).text
    # sent now, long after 2025's due dates: arrived, but late
    assert _grid_row(html, "MP-HABO") == ["reported_late"] * 3 + ["late"] * 9
    assert _grid_row(html, "MP-GNO") == ["reported_late"] + ["late"] * 11
    assert _grid_row(html, "SC-JKP") == ["late"] * 12  # only year and quarter submissions: no month arrived
    assert "Verksamheter: 5. Sena månader: 56." in html
    assert "Sen: sista dagen har passerat och inget har kommit" in html  # the state in words, not colour alone
    assert re.search(r'<td class=reported_late title="Rapporterad efter sista dag, \d{4}-\d{2}-\d{2}">', html)


def test_a_month_not_yet_due_is_not_late(months):
    html = months.analyst().get("/rapportering", params={"ar": 2099}).text
    assert _grid_row(html, "MP-HABO") == ["not_due"] * 12 and "Sena månader: 0." in html


def test_a_coordinator_sees_only_their_own_municipalitys_sites_and_an_admin_none(months):
    months.add_user("samordnare.habo", "coordinator", "0643")
    html = months.login("samordnare.habo").get("/rapportering", params={"ar": 2025}).text
    assert "MP-HABO" in html and "MP-GNO" not in html and "SC-JKP" not in html
    assert "Verksamheter: 1. Sena månader: 9." in html
    anonymous = httpx.get(months.url + "/rapportering", follow_redirects=False)
    assert anonymous.status_code == 303 and "/login" in anonymous.headers["location"]


def test_a_month_is_due_its_due_days_after_its_last_day_and_late_only_after_that():
    due = reporting.due_date(2026, 2, 15)
    assert due == dt.date(2026, 3, 15)
    on_time = dt.datetime(2026, 3, 15, 23, 59)
    assert reporting.month_state(on_time, due, dt.date(2026, 6, 1)).state == reporting.REPORTED
    assert reporting.month_state(on_time + dt.timedelta(minutes=1), due, dt.date(2026, 6, 1)).state == \
        reporting.REPORTED_LATE
    assert reporting.month_state(None, due, dt.date(2026, 3, 15)).state == reporting.NOT_DUE
    assert reporting.month_state(None, due, dt.date(2026, 3, 16)).state == reporting.LATE


@pytest.mark.parametrize(("arguments", "message"), [
    (["--indicator", "KURSER", "--year", "2026", "--value", "3"], "Okänd indikator KURSER"),
    (["--indicator", INDICATOR, "--year", "2019", "--value", "3"], "Året 2019 går inte"),
    (["--indicator", INDICATOR, "--year", "2026", "--value", "-1"], "Målet -1 går inte"),
    (["--indicator", INDICATOR, "--year", "2026", "--value", "14", "--measure", "municipalities"],
     "Målet 14 går inte: det måste vara 0 eller mer (för antal kommuner högst 13)."),
    (["--indicator", INDICATOR, "--year", "2026", "--value", "3", "--measure", "kommuner"], "Okänt mått kommuner"),
])
def test_a_target_the_rules_refuse_is_a_swedish_message_and_nothing_is_stored(tmp_path, arguments, message):
    where = ["--data-dir", str(tmp_path / "county")]
    refused = CliRunner().invoke(county, ["target", "set", *arguments, *where])
    assert refused.exit_code == 1 and message in refused.output
    assert CliRunner().invoke(county, ["target", "list", *where]).output == ""


def test_a_target_set_again_replaces_the_old_value(tmp_path):
    where = ["--data-dir", str(tmp_path / "county")]
    for value in ("20", "24.5"):
        CliRunner().invoke(county, ["target", "set", "--indicator", "traffar_aldre", "--year", "2030",
                                  "--value", value, *where], catch_exceptions=False)
    assert CliRunner().invoke(county, ["target", "list", *where]).output == \
        "TRAFFAR_ALDRE\tcount\t2030\t24,5\n"


def test_an_admin_sets_and_removes_a_target_on_the_admin_page_and_the_trend_page_shows_it(receiver):
    from test_receiver_login import admin_logged_in, csrf_of

    admin = admin_logged_in(receiver, "mal.admin")
    page = admin.get("/admin/mal")
    assert page.status_code == 200 and 'href="/admin/mal"' in page.text
    csrf = csrf_of(page.text)
    form = {"csrf": csrf, "indicator": INDICATOR, "measure": "count", "year": "2027", "value": "26"}
    assert admin.post("/admin/mal", data={**form, "csrf": "fel"}).status_code == 403
    refused = admin.post("/admin/mal", data={**form, "year": "tjugo"})
    assert refused.status_code == 422 and "År och mål måste vara tal." in refused.text
    assert admin.post("/admin/mal", data=form).status_code == 303
    assert "Länet: I fas: 16 år 2025, målbanan är 14,0 det året." in receiver.analyst().get("/trender").text
    assert admin.post("/admin/mal/ta-bort", data=form).status_code == 303
    assert "Länet: Inget mål satt." in receiver.analyst().get("/trender").text
    assert receiver.analyst().get("/admin/mal").status_code == 403
