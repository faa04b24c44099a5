"""The county pages' tables as an Excel workbook (openpyxl), for an analyst to hand on: one sheet per table,
the header row bold and frozen, numbers as typed numeric cells, names (never codes), withheld figures as
``×`` and the notes that explain the marks in rows under each table. A partial sum keeps its number and
carries a comment saying so."""

from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill

from healthcentre.catalogues import REGION_NAME
from healthcentre.receiver.export_tables import ExportTable

HEADER_FONT, HEADER_FILL = Font(bold=True), PatternFill("solid", fgColor="E3EEF5")
PARTIAL_COMMENT = "Delsumma: någon verksamhet i kommunen har tal som inte visas."


def workbook_bytes(tables: Sequence[ExportTable], title: str) -> bytes:
    """The ``.xlsx`` file of ``tables`` (one sheet each, in order); ``title``: the workbook's title."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.title = title
    workbook.properties.creator = REGION_NAME
    for table in tables:
        _sheet(workbook, table)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _sheet(workbook: Workbook, table: ExportTable) -> None:
    sheet = workbook.create_sheet(table.name[:31])
    sheet.append(table.headers)
    for header in sheet[1]:
        header.font, header.fill = HEADER_FONT, HEADER_FILL
    for r, row in enumerate(table.rows):
        sheet.append(row)
        for c, value in enumerate(row):
            target = sheet.cell(r + 2, c + 1)
            if isinstance(value, str) and c > 0:
                target.alignment = Alignment(horizontal="right")
            elif isinstance(value, float):
                target.number_format = "0.0"
            if (r, c) in table.partial:
                target.comment = Comment(PARTIAL_COMMENT, REGION_NAME)
    sheet.append([])
    for note in table.notes:
        sheet.append([note])
    sheet.freeze_panes = "B2"
    widths = [max(len(str(v)) for v in [header, *(row[i] for row in table.rows)] if v is not None)
              for i, header in enumerate(table.headers)]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = min(50, width + 3)
