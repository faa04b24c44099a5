"""Writing an export as an Excel workbook (openpyxl) or as CSV files.

CSV choice (documented in the README): one file per sheet, UTF-8 with BOM, semicolon
separated and decimal comma, which is what Excel with Swedish settings opens correctly;
written into a folder, or into a .zip when the output name ends in .zip."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from healthcentre.data.database import Database
from healthcentre.reports import csv_format
from healthcentre.reports.figures import county_figures, site_ids
from healthcentre.reports.formatting import parse_period, period_label
from healthcentre.reports.register_rows import activity_rows
from healthcentre.reports.sheets import Sheet, build_sheets
from healthcentre.services import sites

def export_periods(period: str) -> list[str]:
    """The periods an export of ``period`` holds: a year with its quarters and months,
    a quarter with its months, or a single month."""
    from healthcentre.contract import tables

    if len(period) == 4:
        return [period, *tables.quarter_periods(int(period)), *tables.month_periods(int(period))]
    if period[5] == "Q":
        return [period, *tables.parts_of(period)]
    return [period]


def export_spreadsheet(db: Database, fmt: str, out: Path, *, site_id: int | None, period: str,
                       internal: bool = False, threshold: int,
                       progress: Callable[[int, int], None] | None = None,
                       cancel: Callable[[], bool] | None = None) -> Path:
    """Write the export of ``period`` as ``fmt`` ("xlsx" or "csv") to ``out`` and audit it:
    the one path the command line and the desktop take."""
    from healthcentre.services import audit_log

    sheets = collect_sheets(db, site_id=site_id, period=period, internal=internal, threshold=threshold,
                            progress=progress, cancel=cancel)
    path = write_xlsx(sheets, out) if fmt == "xlsx" else write_csv(sheets, out)
    kind = "internal (exact counts)" if internal else "anonymised"
    audit_log.record_export(db, "export", f"export {period}, {kind}, {fmt}", entity_id=site_id)
    return path


def collect_sheets(db: Database, *, site_id: int | None, period: str, internal: bool = False,
                   threshold: int, progress: Callable[[int, int], None] | None = None,
                   cancel: Callable[[], bool] | None = None) -> list[Sheet]:
    """The sheets of an export of ``period`` for one site or every site on the machine."""
    start, end = parse_period(period)
    figures = county_figures(db, site_id=site_id, periods=export_periods(period), internal=internal,
                             threshold=threshold, progress=progress, cancel=cancel)
    ids = site_ids(db, site_id)
    scope = sites.get_site(db, site_id).name if site_id is not None else "Alla verksamheter på datorn"
    rows = activity_rows(db, site_ids=ids, start=start, end=end)
    return build_sheets(figures, rows, scope=scope, period_label=period_label(start, end), internal=internal,
                        threshold=threshold, issued=dt.date.today())


def write_xlsx(sheets: Sequence[Sheet], out: Path) -> Path:
    """An .xlsx workbook with one worksheet per sheet: bold frozen header, filters, sensible widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    workbook = Workbook()
    workbook.remove(workbook.active)
    header_font, header_fill = Font(bold=True), PatternFill("solid", fgColor="E3EEF5")
    for sheet in sheets:
        worksheet = workbook.create_sheet(sheet.name)
        worksheet.append(sheet.headers)
        for cell in worksheet[1]:
            cell.font, cell.fill = header_font, header_fill
        for row in sheet.rows:
            worksheet.append(row)
        for column, fmt in sheet.number_format.items():
            for (cell,) in worksheet.iter_rows(min_row=2, min_col=column + 1, max_col=column + 1):
                cell.number_format = fmt
        for row in worksheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
                elif cell.data_type == "f":  # text typed as "=..." (e.g. an imported title) stays text
                    cell.data_type = "s"
        worksheet.freeze_panes = "A2"
        if sheet.rows:
            worksheet.auto_filter.ref = worksheet.dimensions
        for index, header in enumerate(sheet.headers, start=1):
            longest = max([len(str(header))] + [len(csv_format.cell_text(r[index - 1])) for r in sheet.rows[:500]])
            worksheet.column_dimensions[worksheet.cell(1, index).column_letter].width = min(60, longest + 2)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(out)
    return out


def csv_text(sheet: Sheet) -> str:
    """One sheet as Swedish-Excel CSV text (semicolons, decimal comma, ISO dates)."""
    return csv_format.csv_text(sheet.headers, sheet.rows)


def csv_file_name(index: int, sheet: Sheet) -> str:
    """``02_Tillfallen.csv``: numbered in sheet order, ASCII only for any file system."""
    plain = sheet.name.translate(str.maketrans("åäöÅÄÖé", "aaoAAOe"))
    return f"{index:02d}_{re.sub(r'[^A-Za-z0-9]+', '_', plain).strip('_')}.csv"


def write_csv(sheets: Sequence[Sheet], out: Path) -> Path:
    """Every sheet as a CSV file (UTF-8 with BOM) in the folder ``out``, or in a zip if it ends in .zip."""
    out = Path(out)
    files = {csv_file_name(i, sheet): csv_text(sheet).encode(csv_format.ENCODING) for i, sheet in enumerate(sheets, 1)}
    if out.suffix.lower() == ".zip":
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                archive.writestr(name, data)
        return out
    out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (out / name).write_bytes(data)
    return out
