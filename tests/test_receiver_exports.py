"""The county pages' downloads (``/oversikt.xlsx``, ``/oversikt.pdf``, ``/trender.xlsx``, ``/trender.pdf``) from
a real receiver holding three years of three municipalities: the workbook's typed cells and the PDF's text
say what the page says and what aggregate sums, each download needs a login and is audited."""

from __future__ import annotations

import io

import httpx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from receiver_process import Receiver
from trend_data import INDICATOR, seed

from healthcentre.receiver import account_store, aggregate
from healthcentre.receiver.county_overview import Figure, indicator_figure
from healthcentre.receiver.export_tables import cell

DOWNLOADS = ("/oversikt.xlsx?period=2025", "/oversikt.pdf?period=2025", f"/trender.xlsx?indikator={INDICATOR}",
             f"/trender.pdf?indikator={INDICATOR}")


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    server = seed(Receiver(tmp_path_factory.mktemp("county")).start())
    yield server
    server.stop()


def _workbook(receiver, path: str):
    response = receiver.analyst().get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    return load_workbook(io.BytesIO(response.content))


def _rows(sheet) -> dict[str, list]:
    return {row[0]: list(row[1:]) for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]}


def _pdf_text(receiver, path: str) -> str:
    response = receiver.analyst().get(path)
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


def test_the_overview_workbook_holds_the_pages_indicators_as_typed_numbers_under_names(receiver):
    book = _workbook(receiver, "/oversikt.xlsx?period=2025")
    assert book.sheetnames[:2] == ["Verksamhet per kommun", "Indikatorer per kommun"]
    sheet = book["Indikatorer per kommun"]
    headers = [c.value for c in sheet[1]]
    column = headers.index("Startade studiecirklar") - 1
    engine = receiver.engine()
    result = aggregate.indicators(engine, "2025", receiver.threshold)
    engine.dispose()
    rows = _rows(sheet)
    for area in result["municipalities"]:
        assert rows[area["name"]][column] == cell(indicator_figure(area, INDICATOR))
    assert rows["Jönköping"][column] == 9 and isinstance(rows["Jönköping"][column], int)
    assert rows["Länet totalt"][column] == 16 and rows["Mullsjö"][column] == "–"
    assert sheet.freeze_panes == "B2" and sheet["A1"].font.bold
    assert any(str(key).startswith("× visas inte") for key in rows)  # the note row under the table
    assert "0680" not in str(list(sheet.values))  # names, not codes


def test_a_withheld_figure_is_a_cross_and_nothing_reported_a_dash_never_a_zero():
    assert cell(Figure("×", None)) == "×" and cell(Figure("–", None)) == "–"
    assert cell(Figure("12*", 12.0, partial=True)) == 12 and cell(Figure("2,5", 2.5)) == 2.5


def test_the_trend_workbook_puts_each_years_target_beside_the_values(receiver):
    receiver.cli("target", "set", "--indicator", INDICATOR, "--year", "2027", "--value", "26")
    try:
        book = _workbook(receiver, f"/trender.xlsx?indikator={INDICATOR}")
    finally:
        receiver.cli("target", "remove", "--indicator", INDICATOR, "--year", "2027")
    sheet = book["Per kommun och år"]
    assert [c.value for c in sheet[1]] == ["Kommun", "2023", "2024", "2025", "2026", "2027"]
    rows = _rows(sheet)
    assert rows["Länet totalt"] == [2, 6, 16, None, None] and rows["Jönköping"] == [2, 5, 9, None, None]
    assert rows["Aneby"] == ["–", 1, 3, None, None]
    assert rows["Mål, länet"] == [None, None, None, None, 26]
    assert rows["Kommuner med minst en"] == [1, 2, 3, None, None]
    assert _rows(book["Per kommun och kvartal"])["Länet totalt"] == [3]
    assert book.sheetnames == ["Per kommun och år", "Per typ av verksamhet", "Per kommun och kvartal"]


def test_the_pdfs_show_the_pages_figures_and_the_target_line(receiver):
    overview = _pdf_text(receiver, "/oversikt.pdf?period=2025")
    assert "Länsrapport" in overview and "3 verksamheter i 3 av länets 13 kommuner" in overview
    receiver.cli("target", "set", "--indicator", INDICATOR, "--year", "2027", "--value", "26")
    try:
        trend = _pdf_text(receiver, f"/trender.pdf?indikator={INDICATOR}")
    finally:
        receiver.cli("target", "remove", "--indicator", INDICATOR, "--year", "2027")
    assert "Trender – Startade studiecirklar" in trend
    assert "Länet: I fas: 16 år 2025, målbanan är 14,0 det året." in trend and "Målbana" in trend
    assert "Mål, länet" in trend


@pytest.mark.parametrize("path", DOWNLOADS)
def test_a_download_without_login_is_refused_with_401(receiver, path):
    response = httpx.get(receiver.url + path)
    assert response.status_code == 401 and response.json()["error"] == "login_required"
    assert b"Startade" not in response.content


def test_every_download_is_audited_with_who_and_what(receiver):
    for path in DOWNLOADS:
        assert receiver.analyst().get(path).status_code == 200
    engine = receiver.engine()
    with engine.connect() as conn:
        exports = [e for e in account_store.audit_events(conn) if e["event"] == "export"][:4]
    engine.dispose()
    assert {e["detail"] for e in exports} == {"oversikt.xlsx 2025", "oversikt.pdf 2025",
                                              f"trender.xlsx {INDICATOR}", f"trender.pdf {INDICATOR}"}
    assert {e["username"] for e in exports} == {"analyst"}


def test_the_pages_link_to_their_downloads(receiver):
    overview = receiver.analyst().get("/oversikt", params={"period": "2025"}).text
    assert 'href="/oversikt.xlsx?period=2025">Ladda ner Excel' in overview
    assert 'href="/oversikt.pdf?period=2025">Ladda ner PDF' in overview
    trends = receiver.analyst().get("/trender").text
    assert f'href="/trender.xlsx?indikator={INDICATOR}">Ladda ner Excel' in trends
    assert f'href="/trender.pdf?indikator={INDICATOR}">Ladda ner PDF' in trends


def test_a_page_the_county_made_public_has_public_downloads_audited_without_a_user(tmp_path):
    server = seed(Receiver(tmp_path / "county", options=("--public-page", "oversikt")).start())
    try:
        assert httpx.get(server.url + "/oversikt.xlsx?period=2025").status_code == 200
        assert httpx.get(server.url + f"/trender.xlsx?indikator={INDICATOR}").status_code == 401  # not made public
        engine = server.engine()
        with engine.connect() as conn:
            export = next(e for e in account_store.audit_events(conn) if e["event"] == "export")
        engine.dispose()
        assert (export["username"], export["detail"]) == (None, "oversikt.xlsx 2025")
    finally:
        server.stop()


def test_the_years_county_report_ends_with_its_targets_measured_as_that_year_stood(receiver):
    receiver.cli("target", "set", "--indicator", INDICATOR, "--year", "2027", "--value", "26")
    try:
        text_2024 = _pdf_text(receiver, "/oversikt.pdf?period=2024")
        text_2025 = _pdf_text(receiver, "/oversikt.pdf?period=2025")
    finally:
        receiver.cli("target", "remove", "--indicator", INDICATOR, "--year", "2027")
    # the path from 2 (2023) to 26 (2027) is 8 in 2024 and 14 in 2025
    assert "4. Mål och utfall 2024" in text_2024 and "Länet: Efter: 6 år 2024, målbanan är 8,0 det året." in text_2024
    assert "Länet: I fas: 16 år 2025, målbanan är 14,0 det året." in text_2025
    assert "Startade studiecirklar" in text_2025 and "Målbana" in text_2025
    assert "Länet har inte satt några mål" in _pdf_text(receiver, "/oversikt.pdf?period=2025")
    assert "Mål och utfall" not in _pdf_text(receiver, "/oversikt.pdf?period=2025-Q1")


def test_a_withheld_count_is_a_cross_in_the_workbook_and_its_note_says_why(tmp_path):
    from submissions import document
    from trend_data import enrol

    server = Receiver(tmp_path / "county").start()
    try:
        token = enrol(server, "HC-HAB", "0643")
        inner = {"DELTAGARE_ALDER_KON": {("22-29", "kvinna"): 8, ("30-44", "kvinna"): 3, ("30-44", "man"): 9,
                                         ("22-29", "man"): 6}}
        withheld = {"DELTAGARE_ALDER_KON": [("30-44", "kvinna"), ("30-44", "man"), ("30-44", "TOTAL"),
                                            ("TOTAL", "kvinna"), ("TOTAL", "man"), ("TOTAL", "TOTAL")]}
        body = document(site_code="HC-HAB", municipality_code="0643", period="2025", inner=inner, withheld=withheld)
        sent = httpx.post(server.url + "/api/v1/submissions", json=body, headers={"Authorization": f"Bearer {token}"})
        assert sent.json()["outcome"] == "accepted", sent.text
        book = _workbook(server, "/oversikt.xlsx?period=2025")
    finally:
        server.stop()
    sheet = book["Ålder och kön"]
    headers = [c.value for c in sheet[1]]
    rows = _rows(sheet)
    women, men = headers.index("Kvinnor") - 1, headers.index("Män") - 1
    assert rows["22–29 år"][women] == 8 and rows["22–29 år"][men] == 6
    assert rows["30–44 år"][women] == "×" and rows["30–44 år"][men] == "×"
    assert any(str(key).startswith("× visas inte: färre än 5 personer") for key in rows)
