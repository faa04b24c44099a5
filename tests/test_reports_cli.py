"""The report, export and import commands."""

from __future__ import annotations

from click.testing import CliRunner
from openpyxl import load_workbook

from healthcentre.cli import main
from healthcentre.data.database import open_database
from healthcentre.services import participant_search
from reports_helpers import pdf_pages


def _run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_report_and_export_commands_write_their_files(db, site, course, tmp_path):
    result = _run("report", "period", "--site", str(site.id), "--period", "2026-03", "--out", str(tmp_path / "r.pdf"))
    assert result.exit_code == 0, result.output
    assert "mars 2026" in pdf_pages(tmp_path / "r.pdf")[0]
    assert _run("report", "attendance", str(course.id), "--out", str(tmp_path / "n.pdf")).exit_code == 0
    assert _run("export", "xlsx", "--year", "2026", "--internal", "--out", str(tmp_path / "x.xlsx")).exit_code == 0
    assert "Tillfällen per typ" in load_workbook(tmp_path / "x.xlsx").sheetnames
    assert _run("report", "period", "--period", "2026", "--out", str(tmp_path / "y.pdf")).exit_code == 2


def test_import_command_shows_problems_and_imports_nothing(db, site, tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text("Namn;Född\nÅsa Ek;1950\nBo Ek;sjuttio\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["import", "participants", str(path), "--site", str(site.id), "--yes"])
    assert result.exit_code == 1
    assert 'Rad 3, kolumn "Född"' in result.output
    assert participant_search.count_participants(open_database(db.path)) == 0


def test_import_command_asks_about_duplicates_and_then_imports(db, site, anna, tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text("Namn;Född\nAnna Svensson;1950\nOla Ek;1960\n", encoding="utf-8")
    result = _run("import", "participants", str(path), "--site", str(site.id), input="skip\ny\n")
    assert result.exit_code == 0, result.output
    assert "Möjlig dubblett: rad 2" in result.output and "1 importerade, 1 överhoppade" in result.output
    assert participant_search.count_participants(open_database(db.path)) == 2
