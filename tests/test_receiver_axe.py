"""axe-core (npm's package, installed by scripts/bootstrap.sh into .cache/axe, or the file $HEALTHCENTRE_AXE_JS)
checks every page of a real receiver holding three years of three municipalities in Debian's Chromium, logged
in as each role that reaches it, for the WCAG 2.1 A and AA rules. Skipped without Chromium, Playwright or
axe-core."""

from __future__ import annotations

import os
from pathlib import Path

import pyotp
import pytest
from receiver_process import PASSWORD, Receiver
from test_receiver_browser import CHROMIUM, CHROMIUM_ARGS
from trend_data import seed

AXE = Path(os.environ.get("HEALTHCENTRE_AXE_JS",
                          Path(__file__).parent.parent / ".cache/axe/node_modules/axe-core/axe.min.js"))
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PAGES = {
    None: ["/login"],
    "analyst": ["/oversikt?period=2025", "/trender", "/trender?indikator=TRAFFAR_ALDRE&ar=2024",
                "/rapportering?ar=2025", "/verksamhet/SC-JKP", "/docs"],
    "it.admin": ["/admin/anvandare", "/admin/mal", "/admin/logg"],
}

pytestmark = [pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium)"),
              pytest.mark.skipif(not AXE.exists(), reason=f"no axe-core at {AXE} (scripts/bootstrap.sh installs it)")]


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    server = seed(Receiver(tmp_path_factory.mktemp("county")).start())
    server.add_user("analyst")
    server.add_user("it.admin", role="admin")
    server.totp = pyotp.parse_uri(server.cli("user", "totp", "it.admin").splitlines()[-1])
    server.cli("target", "set", "--indicator", "STUDIECIRKLAR_STARTADE", "--year", "2027", "--value", "26")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _logged_in(browser, receiver, username: str | None):
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="sv-SE")
    if username:
        page.goto(receiver.url + "/login")
        page.get_by_label("Användarnamn").fill(username)
        page.get_by_label("Lösenord").fill(PASSWORD)
        if username == "it.admin":
            page.get_by_label("Engångskod (administratörer)").fill(receiver.totp.now())
        page.get_by_role("button", name="Logga in").click()
        page.wait_for_load_state()
    return page


def _violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA)
    return [f"{v['id']} ({v['impact']}): {v['help']} – {[n['target'] for n in v['nodes'][:3]]}"
            for v in result["violations"]]


@pytest.mark.parametrize("username, path", [(user, path) for user, paths in PAGES.items() for path in paths])
def test_axe_finds_no_wcag_21_a_or_aa_violation_on_the_page(receiver, browser, username, path):
    page = _logged_in(browser, receiver, username)
    try:
        response = page.goto(receiver.url + path)
        assert response.status == 200 and page.url.endswith(path)
        assert _violations(page) == []
    finally:
        page.close()
