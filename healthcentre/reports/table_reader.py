"""Reading the first sheet of an .xlsx file or a CSV file as a header row and data rows,
the way a user sees them (row numbers as in Excel: the header is row 1)."""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
from pathlib import Path

from healthcentre.errors import ValidationError

CSV_DELIMITERS = ";,\t"


@dataclasses.dataclass(frozen=True)
class SourceTable:
    """Headers and rows of a file; ``rows`` pairs each row's number in the file with its cells."""

    headers: list[str]
    rows: list[tuple[int, list[object]]]


def read_table(path: Path) -> SourceTable:
    """The header row and the non-empty data rows of an .xlsx or .csv file."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError("import_file_missing", field="path", path=str(path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw = _read_xlsx(path)
    elif suffix in (".csv", ".txt"):
        raw = _read_csv(path)
    else:
        raise ValidationError("import_file_type", field="path", suffix=suffix or "?")
    if not raw:
        raise ValidationError("import_file_empty", field="path", path=path.name)
    headers = [str(cell).strip() if cell is not None else "" for cell in raw[0][1]]
    rows = [(number, list(cells) + [None] * (len(headers) - len(cells)))
            for number, cells in raw[1:] if any(_present(c) for c in cells)]
    return SourceTable(headers=headers, rows=rows)


def _present(cell: object) -> bool:
    return cell is not None and str(cell).strip() != ""


def _read_xlsx(path: Path) -> list[tuple[int, list[object]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or mislabelled file
        raise ValidationError("import_file_unreadable", field="path", path=path.name, reason=str(exc)) from exc
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            if rows or any(_present(c) for c in cells):
                rows.append((number, list(cells)))
        return rows
    except Exception as exc:  # read-only mode streams the sheet: damage inside it shows only now (XML, zip, zlib)
        raise ValidationError("import_file_unreadable", field="path", path=path.name, reason=str(exc)) from exc
    finally:
        workbook.close()


def _decode(data: bytes, path: Path) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text"
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ValidationError("import_file_unreadable", field="path", path=path.name, reason=str(exc)) from None
    if b"\x00" in data:  # a binary file (or UTF-16 without its mark) named .csv
        raise ValidationError("import_file_not_text", field="path", path=path.name)
    for encoding in ("utf-8-sig", "cp1252"):  # Swedish Excel saves "CSV" as Windows-1252
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _read_csv(path: Path) -> list[tuple[int, list[object]]]:
    text = _decode(path.read_bytes(), path)
    sample = text[:4096]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=CSV_DELIMITERS).delimiter
    except csv.Error:
        delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    rows = []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        for number, cells in enumerate(reader, start=1):
            if rows or any(_present(c) for c in cells):
                rows.append((number, [c if c != "" else None for c in cells]))
    except csv.Error as exc:  # e.g. a cell over the csv module's 128 KiB field limit
        raise ValidationError("import_csv_broken", field="path", path=path.name, row=reader.line_num,
                              reason=str(exc)) from None
    return rows
