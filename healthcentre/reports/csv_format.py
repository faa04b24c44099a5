"""The one CSV convention of every CSV the product writes, the laptop's exports and the county
receiver's alike: UTF-8 with BOM, semicolon separated, decimal comma, CRLF lines, which is what
Excel with Swedish settings opens correctly; text Excel would run as a formula stays text."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

CSV_DELIMITER = ";"
ENCODING = "utf-8-sig"  # with the BOM, by which Excel knows the file is UTF-8


def cell_text(value: object) -> str:
    """A value as the CSV shows it: empty for None, a float with two decimals and a decimal comma."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    return str(value)


def _csv_cell(value: object) -> str:
    """Text that Excel would run as a formula (``=``, ``+``, ``-``, ``@`` first) gets a leading
    apostrophe, so an imported title like ``=HYPERLINK(...)`` stays text; numbers are left alone."""
    text = cell_text(value)
    if isinstance(value, str) and text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def csv_text(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A header and rows as CSV text in the convention above (without the BOM)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([_csv_cell(value) for value in row])
    return buffer.getvalue()


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """The same as a file's bytes, BOM first."""
    return csv_text(headers, rows).encode(ENCODING)
