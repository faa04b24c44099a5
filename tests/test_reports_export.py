"""Spreadsheet and CSV export: read back, the numbers are the county counts' and stay numbers."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from openpyxl import load_workbook

from healthcentre import demo
from healthcentre.anonymised import counts
from healthcentre.contract.payload import DEFAULT_THRESHOLD, TOTAL
from healthcentre.data.database import open_database
from healthcentre.reports.formatting import NO_DATA, WITHHELD
from healthcentre.reports.sheets import NO_DATA_NOTE, SHEET_NAMES
from healthcentre.reports.spreadsheet import collect_sheets, write_csv, write_xlsx
from healthcentre.services import sites

YEAR = 2025


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """The small demo data set of 2025, generated once for the module."""
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    demo.generate(database, size="small", seed=2026, year=YEAR)
    yield database
    database.close()


@pytest.fixture(scope="module")
def site_id(demo_db):
    return sites.list_sites(demo_db)[0].id


@pytest.fixture(scope="module")
def released(demo_db, site_id):
    return counts.build_year(demo_db, site_id=site_id, year=YEAR).released


def _released_cell(released, period, code, key):
    table = next(t for t in released[period] if t.code == code)
    return next(c for c in table.cells if c.key == key)


def test_xlsx_has_a_sheet_per_county_table_with_number_cells_equal_to_the_released_counts(
        demo_db, site_id, released, tmp_path):
    out = write_xlsx(collect_sheets(demo_db, site_id=site_id, period=str(YEAR), threshold=DEFAULT_THRESHOLD),
        tmp_path / "export.xlsx")
    book = load_workbook(out)
    assert {"Om exporten", "Besök per typ", "Deltagare ålder och kön", "Indikatorer", "Aktiviteter",
            "Aktivitetstillfällen"} <= set(book.sheetnames)
    visits = book["Besök per typ"]
    assert [c.value for c in visits[1]] == ["Period", "Aktivitetstyp", "Besökstyp", "Antal", "Anmärkning"]
    rows = {(r[0], r[1], r[2]): (r[3], r[4]) for r in visits.iter_rows(min_row=2, values_only=True)}
    value, note = rows[(f"{YEAR}-Q3", "Totalt", "Registrerade besök")]
    expected = _released_cell(released, f"{YEAR}-Q3", "BESOK", (TOTAL, "REG"))
    assert isinstance(value, int) and value == expected.value and note is None
    people = book["Deltagare ålder och kön"]
    checked = 0
    for period, band, gender, value, note in people.iter_rows(min_row=2, values_only=True):
        if period == f"{YEAR}-03" and band == "45–64 år":
            code = {"Kvinnor": "kvinna", "Män": "man", "Annat": "annat", "Uppgift saknas": "okant",
                    "Totalt": TOTAL}[gender]
            cell = _released_cell(released, period, "DELTAGARE_ALDER_KON", ("45-64", code))
            assert (value, note is not None and note.startswith(WITHHELD)) == (cell.value, cell.withheld)
            checked += 1
    assert checked == 5


def test_internal_export_holds_the_exact_counts(demo_db, site_id, tmp_path):
    out = write_xlsx(collect_sheets(demo_db, site_id=site_id, period=f"{YEAR}-Q2", internal=True,
        threshold=DEFAULT_THRESHOLD),
                     tmp_path / "internt.xlsx")
    sheet = load_workbook(out)["Deltagare ålder och kön"]
    exact = counts.exact_tables(demo_db, site_id=site_id, period=f"{YEAR}-Q2")
    table = next(t for t in exact if t.code == "DELTAGARE_ALDER_KON")
    rows = {(r[0], r[1], r[2]): r[3] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows[(f"{YEAR}-Q2", "Totalt", "Kvinnor")] == table.value(TOTAL, "kvinna")
    assert all(r[4] is None for r in sheet.iter_rows(min_row=2, values_only=True))
    assert "Exakta tal" in load_workbook(out)["Om exporten"]["B4"].value


def test_csv_zip_is_utf8_with_bom_semicolons_and_the_same_numbers(demo_db, site_id, released, tmp_path):
    out = write_csv(collect_sheets(demo_db, site_id=site_id, period=str(YEAR), threshold=DEFAULT_THRESHOLD),
        tmp_path / "export.zip")
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        data = archive.read(next(n for n in names if n.endswith("Besok_per_typ.csv")))
    assert names[0] == "01_Om_exporten.csv"
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Period", "Aktivitetstyp", "Besökstyp", "Antal", "Anmärkning"]
    total = next(r for r in rows if r[:3] == [str(YEAR), "Totalt", "Oregistrerade besök"])
    assert int(total[3]) == _released_cell(released, str(YEAR), "BESOK", (TOTAL, "OREG")).value


def test_csv_folder_gets_one_file_per_sheet(demo_db, site_id, tmp_path):
    sheets = collect_sheets(demo_db, site_id=site_id, period=f"{YEAR}-03", internal=True, threshold=DEFAULT_THRESHOLD)
    out = write_csv(sheets, tmp_path / "csv")
    assert len(list(out.glob("*.csv"))) == len(sheets)
    sessions = (out / "11_Aktivitetstillfallen.csv").read_text(encoding="utf-8-sig").splitlines()
    assert sessions[0].split(";")[:3] == ["Aktivitet-id", "Aktivitet", "Datum"]
    assert all(line.split(";")[2].startswith(f"{YEAR}-03") for line in sessions[1:])


def test_a_period_without_data_is_one_line_saying_ingen_uppgift_not_a_sheet_of_zeros(demo_db, site_id):
    sheets = collect_sheets(demo_db, threshold=DEFAULT_THRESHOLD, site_id=site_id, period=f"{YEAR - 1}-Q4")
    visits = next(sheet for sheet in sheets if sheet.name == SHEET_NAMES["BESOK"])
    periods = [f"{YEAR - 1}-Q4", f"{YEAR - 1}-10", f"{YEAR - 1}-11", f"{YEAR - 1}-12"]
    assert [row[0] for row in visits.rows] == periods
    assert all(row[-2] is None and row[-1] == NO_DATA_NOTE and NO_DATA in row[-1] for row in visits.rows)
