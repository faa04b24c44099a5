"""A real browser (Debian's Chromium, driven by Playwright) logs in as a county analyst, downloads the Excel
and PDF files from the overview and trend pages' links and checks them, and shows the trend page's tile map;
screenshots go to $HEALTHCENTRE_SCREENSHOTS (default: the test's temporary folder) to look at. Skipped where
Chromium or Playwright is not installed."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from receiver_process import PASSWORD, Receiver
from test_receiver_browser import CHROMIUM, CHROMIUM_ARGS
from trend_data import INDICATOR, seed

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium)")


@pytest.fixture
def browser_page():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser.new_page(viewport={"width": 1280, "height": 900}, locale="sv-SE", accept_downloads=True)
        finally:
            browser.close()


def _download(page, link: str) -> bytes:
    with page.expect_download() as info:
        page.get_by_role("link", name=link).first.click()
    return Path(info.value.path()).read_bytes()


def _pdf_text(data: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_an_analyst_downloads_excel_and_pdf_from_the_pages_and_sees_the_tile_map(tmp_path, browser_page):
    shots = Path(os.environ.get("HEALTHCENTRE_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    receiver = seed(Receiver(tmp_path / "county").start())
    try:
        receiver.cli("target", "set", "--indicator", INDICATOR, "--year", "2027", "--value", "26")
        receiver.add_user("lisa.lansanalytiker")
        page = browser_page
        page.goto(receiver.url + "/login")
        page.get_by_label("Användarnamn").fill("lisa.lansanalytiker")
        page.get_by_label("Lösenord").fill(PASSWORD)
        page.get_by_role("button", name="Logga in").click()
        page.goto(receiver.url + "/oversikt?period=2025")
        book = load_workbook(io.BytesIO(_download(page, "Ladda ner Excel")))
        rows = {r[0]: r[1:] for r in book["Verksamhet per kommun"].iter_rows(min_row=2, values_only=True) if r[0]}
        assert rows["Länet totalt"][0] == 3 and rows["Jönköping"][0] == 1
        assert "3 verksamheter i 3 av länets 13 kommuner" in _pdf_text(_download(page, "Ladda ner PDF"))

        page.goto(receiver.url + "/trender")
        book = load_workbook(io.BytesIO(_download(page, "Ladda ner Excel")))
        rows = {r[0]: r[1:] for r in book["Per kommun och år"].iter_rows(min_row=2, values_only=True) if r[0]}
        assert rows["Länet totalt"][:3] == (2, 6, 16) and rows["Mål, länet"][4] == 26
        assert "Länet: I fas: 16 år 2025" in _pdf_text(_download(page, "Ladda ner PDF"))

        page.get_by_label("År:").select_option("2024")
        page.get_by_role("button", name="Visa").click()
        page.wait_for_url("**ar=2024**")
        tile_map = page.get_by_role("img", name="Startade studiecirklar per kommun 2024: 2 av 13 kommuner har minst en")
        assert tile_map.is_visible()
        assert page.get_by_role("cell", name="Ingen uppgift").count() == 11
        tile_map.scroll_into_view_if_needed()
        page.screenshot(path=str(shots / "trends-tile-map.png"), full_page=False)
        page.screenshot(path=str(shots / "trends-full.png"), full_page=True)
    finally:
        receiver.stop()


def test_the_trend_pages_downloads_and_year_chooser_work_from_the_keyboard(tmp_path, browser_page):
    receiver = seed(Receiver(tmp_path / "county").start())
    try:
        receiver.add_user("tangent.bord")
        page = browser_page
        page.goto(receiver.url + "/login")
        page.get_by_label("Användarnamn").fill("tangent.bord")
        page.get_by_label("Lösenord").fill(PASSWORD)
        page.keyboard.press("Enter")  # the form is sent from the keyboard
        page.wait_for_url("**/oversikt**")
        page.goto(receiver.url + "/trender")
        reached = []
        for _ in range(40):
            page.keyboard.press("Tab")
            reached.append(page.evaluate("(e => e.getAttribute('name') || e.textContent.trim())(document.activeElement)"))
            if reached[-1] == "ar":
                break
        assert "Ladda ner Excel" in reached and "Ladda ner PDF" in reached and reached[-1] == "ar"
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none"  # the focus is seen
        page.keyboard.press("Home")  # the first year in the list
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        page.wait_for_url("**ar=2023**")
        assert page.get_by_role("img", name="Startade studiecirklar per kommun 2023: 1 av 13 kommuner har minst en")\
            .is_visible()
    finally:
        receiver.stop()
