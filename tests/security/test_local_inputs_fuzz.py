"""Local inputs under attack: the spreadsheet/CSV importer and the two settings files fed
random bytes, truncated and corrupted workbooks, wrong encodings, huge cells, formulas and
byte-order marks. Each gets a clear error in Swedish and English (for settings: naming the
file and the line) and changes nothing: no row in the register, no byte of a settings file."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import zipfile

import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import func, select
from sqlmodel import SQLModel

from healthcentre import config
from healthcentre.errors import ConfigError, HealthcentreError, ValidationError
from healthcentre.reports.importing import apply_import, plan_import
from healthcentre.reports.sheets import Sheet
from healthcentre.reports.spreadsheet import csv_text, write_xlsx

FUZZ = settings(max_examples=80, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
HEADERS = ["Namn", "Förnamn", "Efternamn", "Födelseår", "Kön", "Kommun", "Målgrupp", "Samtycke", "Första aktivitet",
           "Titel", "Typ", "Startdatum", "Slutdatum", "Med studieförbund", "Okänd kolumn", ""]
HOSTILE_CELLS = st.one_of(
    st.text(max_size=30), st.sampled_from([
        "=1+1", "=HYPERLINK(\"http://example.invalid\",\"klicka\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
        "\ufeffNamn", "Åsa Öberg", "1950", "19500101-1234", "kvinna", "Jönköping", "ALDRE", "2026-02-30",
        "31/12/2026", "ja", "nej", "\u202eevil", "\x00", "\"unbalanced", "a\nb", "x" * 40_000, ""]),
    st.integers(min_value=-10**12, max_value=10**12).map(str))


def row_counts(db) -> dict[str, int]:
    """How many rows every table of the register holds."""
    with db.session() as session:
        return {table.name: session.exec(select(func.count()).select_from(table)).one()[0]
                for table in SQLModel.metadata.sorted_tables}


def try_import(db, site, path, kind: str) -> str:
    """Plan (and, if it has problems, try to apply) an import of ``path``; prove every refusal
    is a clear message in both languages and that nothing was written. Returns what happened."""
    before = row_counts(db)
    try:
        plan = plan_import(db, path, kind=kind, site_id=site.id)
    except HealthcentreError as refused:
        assert refused.message("sv") and refused.message("en")
        assert path.name in refused.message("sv") and path.name in refused.message("en")
        assert row_counts(db) == before
        return refused.code
    assert row_counts(db) == before
    if plan.ok:
        return "ok"
    for problem in plan.problems:
        assert problem.message("sv").startswith("Rad ") and problem.message("en").startswith("Row ")
    with pytest.raises(ValidationError):
        apply_import(db, plan)
    assert row_counts(db) == before
    return "problems"


@st.composite
def grids(draw) -> list[list[str]]:
    header = draw(st.lists(st.sampled_from(HEADERS) | st.text(max_size=12), min_size=1, max_size=8))
    rows = draw(st.lists(st.lists(HOSTILE_CELLS, max_size=len(header) + 2), max_size=6))
    return [header, *rows]


def csv_bytes(grid: list[list[str]], delimiter: str, encoding: str) -> bytes:
    text = "\r\n".join(delimiter.join(cell.replace(delimiter, " ") for cell in row) for row in grid) + "\r\n"
    return text.encode(encoding, errors="replace" if encoding in ("cp1252", "latin-1") else "surrogatepass")


@FUZZ
@given(st.binary(max_size=4000), st.sampled_from([".csv", ".xlsx", ".txt"]), st.sampled_from(["participants",
                                                                                              "activities"]))
def test_random_bytes_as_an_import_file_get_a_clear_refusal_and_change_nothing(db, site, tmp_path, data, suffix, kind):
    path = tmp_path / f"fil{suffix}"
    path.write_bytes(data)
    event(try_import(db, site, path, kind))


@FUZZ
@given(grids(), st.sampled_from([";", ",", "\t"]), st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16",
                                                                    "latin-1"]),
       st.sampled_from(["participants", "activities"]))
def test_hostile_csv_files_are_refused_or_reported_row_by_row_and_change_nothing(db, site, tmp_path, grid, delimiter,
                                                                                  encoding, kind):
    path = tmp_path / "lista.csv"
    path.write_bytes(csv_bytes(grid, delimiter, encoding))
    event(try_import(db, site, path, kind))


def workbook_bytes(grid: list[list[str]]) -> bytes:
    """A real .xlsx of ``grid`` (without the control characters a workbook cannot hold)."""
    workbook = Workbook()
    for row in grid:
        workbook.active.append([ILLEGAL_CHARACTERS_RE.sub("", cell)[:32_000] for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@FUZZ
@given(grids(), st.sampled_from(["whole", "truncated", "corrupted"]), st.floats(0.05, 0.95), st.data())
def test_hostile_truncated_or_corrupted_workbooks_change_nothing(db, site, tmp_path, grid, damage, fraction, data):
    raw = bytearray(workbook_bytes(grid))
    if damage == "truncated":
        raw = raw[: int(len(raw) * fraction)]
    elif damage == "corrupted":
        for position in data.draw(st.lists(st.integers(0, len(raw) - 1), min_size=1, max_size=20)):
            raw[position] ^= 0xFF
    path = tmp_path / "lista.xlsx"
    path.write_bytes(bytes(raw))
    event(f"{damage}: {try_import(db, site, path, 'participants')}")


def test_a_workbook_whose_sheet_is_damaged_inside_an_intact_zip_is_a_clear_refusal(db, site, tmp_path):
    source = zipfile.ZipFile(io.BytesIO(workbook_bytes([["Namn", "Födelseår"], ["Åsa Öberg", "1948"]])))
    path = tmp_path / "lista.xlsx"
    with zipfile.ZipFile(path, "w") as damaged:
        for item in source.infolist():
            content = source.read(item)
            damaged.writestr(item, content[:-40] + b"\xff<" if item.filename == "xl/worksheets/sheet1.xml" else content)
    assert try_import(db, site, path, "participants") == "import_file_unreadable"


def test_a_cell_larger_than_the_csv_field_limit_is_a_clear_refusal(db, site, tmp_path):
    path = tmp_path / "stor.csv"
    path.write_text("Namn;Födelseår\n" + "A" * 200_000 + ";1950\n", encoding="utf-8")
    assert try_import(db, site, path, "participants") == "import_csv_broken"
    with pytest.raises(ValidationError) as refused:
        plan_import(db, path, kind="participants", site_id=site.id)
    assert "rad 2" in refused.value.message("sv") and "row 2" in refused.value.message("en")


def test_a_binary_file_named_csv_is_refused_as_not_text(db, site, tmp_path):
    path = tmp_path / "bild.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert try_import(db, site, path, "participants") == "import_file_not_text"


def test_excels_unicode_text_utf16_with_tabs_is_read(db, site, tmp_path):
    path = tmp_path / "lista.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Namn\tFödelseår\r\nÅsa Öberg\t1948\r\n".encode("utf-16-le"))
    plan = plan_import(db, path, kind="participants", site_id=site.id)
    assert plan.ok and plan.rows[0].values == {"display_name": "Åsa Öberg", "birth_year": 1948}


def test_a_formula_in_an_imported_title_is_exported_as_text_not_as_a_formula(tmp_path):
    title = '=HYPERLINK("http://example.invalid","Klicka här")'
    out = write_xlsx([Sheet("Aktiviteter", ["Titel", "Start"], [[title, dt.date(2026, 3, 1)]])], tmp_path / "x.xlsx")
    cell = load_workbook(out)["Aktiviteter"]["A2"]
    assert cell.data_type == "s" and cell.value == title


def test_a_formula_in_an_imported_title_is_exported_to_csv_as_text_and_numbers_stay_numbers():
    sheet = Sheet("Aktiviteter", ["Titel", "Tillfällen", "Timmar"], [["=1+1", -3, -1.5], ["@SUM(A1)", 2, 0.5]])
    assert csv_text(sheet).split("\r\n")[1:3] == ["'=1+1;-3;-1,50", "'@SUM(A1);2;0,50"]


# --- the settings files -------------------------------------------------------------------------

TOML_FRAGMENTS = st.sampled_from([
    "[site]", "[county]", "[database]", "[retention]", "[sites]", "[[site]]", "[site", "locked = [\"site\"]",
    "locked = [1, 2]", 'language = "sv"', 'language = "fi"', "language = sv", "threshold = 5", "county.threshold = 0",
    'name = "Hälsocenter"', 'name = """multi\nline"""', "months = -1", "months = 1e400", "encrypt = yes",
    "encrypt = true", 'receiver_url = "ftp://x"', 'municipality_code = "0680"', "a.b.c.d = 1", "= 1", "x = [",
    "x = {", "x = 1979-05-27T07:32:00Z", "\ufeff", "# kommentar", "\u2028", "\x0c", 'name = "\x00"', "",
])


@st.composite
def settings_files(draw) -> bytes:
    if draw(st.booleans()):
        return draw(st.binary(max_size=500))
    lines = st.one_of(TOML_FRAGMENTS, TOML_FRAGMENTS, TOML_FRAGMENTS, st.text(max_size=20))
    text = "\n".join(draw(st.lists(lines, max_size=5)))
    return text.encode("utf-8", errors="surrogatepass")


def check_refusal(error: ConfigError, path, data: bytes) -> None:
    assert error.path == path
    for language, prefix in (("sv", "Inställningsfilen"), ("en", "Settings file")):
        assert error.message(language).startswith(f"{prefix} {path}, ")
    lines = data.count(b"\n") + 1
    assert error.line is not None and 1 <= error.line <= lines, (error.line, lines)


@FUZZ
@given(settings_files())
def test_a_broken_machine_configuration_names_file_and_line_and_is_left_as_it_was(tmp_path, monkeypatch, data):
    path = tmp_path / "machine.toml"
    monkeypatch.setenv(config.MACHINE_CONFIG_ENV, str(path))
    path.write_bytes(data)
    try:
        config.load_settings()
    except ConfigError as error:
        check_refusal(error, path, data)
        event(error.code)
    assert path.read_bytes() == data and not config.user_settings_path().exists()


@FUZZ
@given(settings_files())
def test_a_broken_user_settings_file_is_never_overwritten_by_a_save(tmp_path, monkeypatch, data):
    monkeypatch.setenv(config.MACHINE_CONFIG_ENV, str(tmp_path / "none.toml"))
    path = config.user_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    try:
        config.load_settings()
    except ConfigError as broken:
        check_refusal(broken, path, data)
        with pytest.raises(ConfigError):
            config.save_user_setting("language", "en")
        event(broken.code)
    assert path.read_bytes() == data or config.load_settings().language == "en"


@pytest.mark.parametrize(("text", "code"), [
    ("x = " + "[\n" * 5_000, "config_nested"),
    ("x = " + "[" * 1_500, "config_nested"),
    ("a." * 100_000 + "b = 1", "config_too_large"),
    ("a." * 20_000 + "b = 1", "config_line_too_long"),
    ("# " + "x" * 100_000, "config_too_large"),
])
def test_absurd_settings_files_are_refused_quickly_with_the_line(tmp_path, monkeypatch, text, code):
    path = tmp_path / "machine.toml"
    monkeypatch.setenv(config.MACHINE_CONFIG_ENV, str(path))
    path.write_text('language = "sv"\n' + text + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        config.load_settings()
    assert refused.value.code == code
    assert refused.value.message("sv").startswith(f"Inställningsfilen {path}")
    if code != "config_too_large":
        assert refused.value.line == 2


def test_a_line_separator_inside_a_value_does_not_shift_the_reported_line(tmp_path, monkeypatch):
    path = tmp_path / "machine.toml"
    monkeypatch.setenv(config.MACHINE_CONFIG_ENV, str(path))
    path.write_text('[site]\nname = "Hälsocenter\u2028Vetlanda"\n[county]\nthreshold = 0\n', encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        config.load_settings()
    assert (refused.value.code, refused.value.line) == ("config_value_minimum", 4)
