"""A real browser (Debian's Chromium, driven by Playwright) logs in to the receiver through the login form
and sees the county overview and the trends, then an admin with a one-time code opens the users' page; screenshots go to $HEALTHCENTRE_SCREENSHOTS (default: the test's
temporary folder) to look at. Skipped where Chromium or Playwright is not installed."""

from __future__ import annotations

import os
from pathlib import Path

import pyotp
import pytest
from receiver_process import PASSWORD, Receiver
from trend_data import INDICATOR, seed

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium)")


@pytest.fixture
def browser_page():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser.new_page(viewport={"width": 1280, "height": 900}, locale="sv-SE")
        finally:
            browser.close()


def _shots(tmp_path) -> Path:
    """Where the screenshots go: $HEALTHCENTRE_SCREENSHOTS, else the test's temporary folder."""
    shots = Path(os.environ.get("HEALTHCENTRE_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    return shots


def test_a_browser_logs_in_through_the_form_and_sees_the_overview(tmp_path, browser_page):
    shots = _shots(tmp_path)
    receiver = Receiver(tmp_path / "county").start()
    try:
        receiver.add_user("lisa.lansanalytiker")
        page = browser_page
        page.goto(receiver.url + "/oversikt?period=2026")
        assert page.url.startswith(receiver.url + "/login?next=")
        assert page.get_by_role("heading", name="Logga in").is_visible()
        page.get_by_label("Lösenord").fill("fel-lösenord-i-formuläret")
        page.get_by_label("Användarnamn").fill("lisa.lansanalytiker")
        page.get_by_role("button", name="Logga in").click()
        assert page.get_by_role("alert").inner_text() == "Fel användarnamn, lösenord eller engångskod."
        page.screenshot(path=str(shots / "login.png"), full_page=True)

        page.get_by_label("Lösenord").fill(PASSWORD)
        page.get_by_role("button", name="Logga in").click()
        page.wait_for_url(receiver.url + "/oversikt?period=2026")
        assert page.get_by_role("heading", level=1).inner_text().startswith("Länsrapport – ")
        assert page.get_by_role("button", name="Logga ut").is_visible()
        page.screenshot(path=str(shots / "overview.png"), full_page=False)

        page.get_by_role("button", name="Logga ut").click()
        assert page.get_by_role("alert").inner_text() == "Du är utloggad."

        receiver.add_user("it.admin", role="admin")
        totp = pyotp.parse_uri(receiver.cli("user", "totp", "it.admin").splitlines()[-1])
        page.get_by_label("Användarnamn").fill("it.admin")
        page.get_by_label("Lösenord").fill(PASSWORD)
        page.get_by_role("button", name="Logga in").click()
        assert "engångskod" in page.get_by_role("alert").inner_text()
        page.get_by_label("Lösenord").fill(PASSWORD)
        page.get_by_label("Engångskod (administratörer)").fill(totp.now())
        page.get_by_role("button", name="Logga in").click()
        page.get_by_role("link", name="Användare").click()
        assert page.get_by_role("cell", name="lisa.lansanalytiker", exact=True).is_visible()
        page.screenshot(path=str(shots / "users.png"), full_page=True)
    finally:
        receiver.stop()


def test_a_browser_sees_the_trends_with_their_target_and_who_has_reported(tmp_path, browser_page):
    shots = _shots(tmp_path)
    receiver = seed(Receiver(tmp_path / "county").start())
    try:
        receiver.cli("target", "set", "--indicator", INDICATOR, "--year", "2027", "--value", "26")
        receiver.cli("target", "set", "--indicator", INDICATOR, "--year", "2026", "--value", "13",
                     "--measure", "municipalities")
        receiver.add_user("lisa.lansanalytiker")
        page = browser_page
        page.goto(receiver.url + "/login")
        page.get_by_label("Användarnamn").fill("lisa.lansanalytiker")
        page.get_by_label("Lösenord").fill(PASSWORD)
        page.get_by_role("button", name="Logga in").click()
        page.goto(receiver.url + "/trender")
        assert page.get_by_role("heading", level=1).inner_text() == "Trender – Startade studiecirklar"
        assert page.get_by_role("img", name="Startade studiecirklar, länet per år").is_visible()
        assert page.get_by_text("Kommuner med minst en: Efter").is_visible()
        page.screenshot(path=str(shots / "trends.png"), full_page=True)
        page.get_by_role("link", name="Träffar på mötesplats för äldre").click()
        assert page.get_by_role("heading", level=1).inner_text() == "Trender – Träffar på mötesplats för äldre"
        page.get_by_role("link", name="Vem har rapporterat").click()
        assert page.get_by_role("heading", level=1).inner_text().startswith("Vem har rapporterat – ")
        page.goto(receiver.url + "/rapportering?ar=2025")
        assert page.get_by_role("link", name="Verksamhet SC-JKP").is_visible()
        page.screenshot(path=str(shots / "reporting.png"), full_page=True)
    finally:
        receiver.stop()


def test_the_api_documentation_renders_from_the_receivers_own_files_with_no_other_origin(tmp_path, browser_page):
    shots = _shots(tmp_path)
    receiver = Receiver(tmp_path / "county").start()
    try:
        receiver.add_user("lisa.lansanalytiker")
        page = browser_page
        origins = set()
        page.on("request", lambda request: origins.add(request.url.split("/")[2]))
        page.goto(receiver.url + "/login?next=/docs")
        page.get_by_label("Användarnamn").fill("lisa.lansanalytiker")
        page.get_by_label("Lösenord").fill(PASSWORD)
        page.get_by_role("button", name="Logga in").click()
        page.wait_for_url(receiver.url + "/docs")
        page.locator(".opblock").first.wait_for(timeout=15_000)
        assert page.get_by_text("/api/v1/submissions").first.is_visible()
        assert origins == {receiver.url.split("/")[2]}
        page.screenshot(path=str(shots / "docs.png"), full_page=False)
    finally:
        receiver.stop()
