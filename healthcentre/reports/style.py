"""The look shared by every report: colours, paragraph styles, table styles and the page frame
(header, footer with "Sida 3 av 7", the internal-use mark)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from healthcentre import messages
from healthcentre.reports import fonts
from healthcentre.reports.formatting import date_long

INK = colors.HexColor("#1d2b36")
ACCENT = colors.HexColor("#005b8f")  # a sober regional blue
ACCENT_LIGHT = colors.HexColor("#e3eef5")
MUTED = colors.HexColor("#5f6b73")
RULE = colors.HexColor("#b8c4cc")
WARNING = colors.HexColor("#a8322d")
SERIES = (ACCENT, colors.HexColor("#e08a00"), colors.HexColor("#3c8d40"), colors.HexColor("#8e5ba8"))

INTERNAL_MARK = "INTERNT – exakta tal"
MARGIN = 18 * mm


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every report, in the report font."""
    fonts.register_fonts()
    base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9.5, leading=13, textColor=INK)
    return {
        "body": base,
        "prose": ParagraphStyle("prose", parent=base, spaceAfter=5),
        "kicker": ParagraphStyle("kicker", parent=base, fontName=fonts.BOLD, fontSize=11, leading=14, textColor=MUTED),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=fonts.BOLD, fontSize=8.5, leading=10.5),
        "num": ParagraphStyle("num", parent=base, fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        "h1": ParagraphStyle("h1", parent=base, fontName=fonts.BOLD, fontSize=16, leading=20, spaceBefore=4,
                             spaceAfter=8, textColor=ACCENT),
        "h2": ParagraphStyle("h2", parent=base, fontName=fonts.BOLD, fontSize=12, leading=15, spaceBefore=12,
                             spaceAfter=5, textColor=ACCENT),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=26, leading=32,
                                textColor=ACCENT, spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=14, leading=19, textColor=INK, spaceAfter=4),
        "warning": ParagraphStyle("warning", parent=base, fontName=fonts.BOLD, textColor=WARNING),
    }


def _header_style(font_size: float, right: bool) -> ParagraphStyle:
    return ParagraphStyle("th", fontName=fonts.BOLD, fontSize=font_size - 0.5, leading=font_size + 1.5, textColor=INK,
                          alignment=TA_RIGHT if right else 0)


def data_table(rows: Sequence[Sequence], col_widths: Sequence[float], *, header_rows: int = 1,
               numeric_from: int | None = 1, total_row: bool = False, font_size: float = 8.5,
               row_heights: Sequence[float | None] | None = None) -> Table:
    """A table with a coloured header repeated on every page, zebra rows and right-aligned numbers
    from column ``numeric_from``; ``total_row`` sets the last row in bold above a rule."""
    fonts.register_fonts()
    rows = [list(row) for row in rows]
    for row in rows[:header_rows]:  # headings wrap inside their column instead of running into the next
        for index, value in enumerate(row):
            if isinstance(value, str) and value:
                right = numeric_from is not None and index >= numeric_from
                row[index] = Paragraph(escape(value), _header_style(font_size, right))
    table = Table(rows, colWidths=list(col_widths), rowHeights=row_heights, repeatRows=header_rows,
                  hAlign="LEFT")
    commands = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, font_size),
        ("FONT", (0, 0), (-1, header_rows - 1), fonts.BOLD, font_size),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT_LIGHT),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, colors.HexColor("#f5f8fa")]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
    ]
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    if total_row:
        commands += [("FONT", (0, -1), (-1, -1), fonts.BOLD, font_size),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
    table.setStyle(TableStyle(commands))
    return table


class _NumberedCanvas(pdfcanvas.Canvas):
    """Draws the footer once the page count is known, for "Sida 3 av 7"."""

    def __init__(self, *args, footer, **kwargs):
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(self, self._pageNumber, total)
            super().showPage()
        super().save()


class ReportDocument:
    """An A4 document (portrait or landscape) with the shared header and footer.

    ``header_left``: e.g. the site and period; ``internal``: print the internal-use mark
    on every page; ``issued``: the date printed in the footer; ``language``: the footer's (the
    county's reports are Swedish, the user guide is printed in either language)."""

    def __init__(self, out: Path, *, title: str, header_left: str, internal: bool = False,
                 landscape_pages: bool = False, issued: dt.date | None = None, language: str = "sv") -> None:
        fonts.register_fonts()
        self.language = language
        self.out = Path(out)
        self.pagesize = landscape(A4) if landscape_pages else A4
        self.title = title
        self.header_left = header_left
        self.internal = internal
        self.issued = issued or dt.date.today()
        self.doc = BaseDocTemplate(
            str(self.out), pagesize=self.pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm, bottomMargin=MARGIN, title=title, author="healthcentre",
            subject=header_left, lang="en-GB" if language == "en" else "sv-SE",
        )
        frame = Frame(MARGIN, MARGIN, self.pagesize[0] - 2 * MARGIN, self.pagesize[1] - 2 * MARGIN - 6 * mm,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._header)])

    @property
    def width(self) -> float:
        """The usable width of a page."""
        return self.pagesize[0] - 2 * MARGIN

    def _header(self, canvas, doc) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, height - MARGIN + 2 * mm, self.header_left)
        canvas.drawRightString(width - MARGIN, height - MARGIN + 2 * mm, self.title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - MARGIN, width - MARGIN, height - MARGIN)
        if self.internal:
            canvas.setFont(fonts.BOLD, 9)
            canvas.setFillColor(WARNING)
            canvas.drawCentredString(width / 2, height - MARGIN + 2 * mm, INTERNAL_MARK)
        canvas.restoreState()

    def _footer(self, canvas, page: int, total: int) -> None:
        width, _ = self.pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, MARGIN - 4 * mm, width - MARGIN, MARGIN - 4 * mm)
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN - 8 * mm,
                          messages.text("pdf_printed", self.language, date=date_long(self.issued, self.language)))
        canvas.drawRightString(width - MARGIN, MARGIN - 8 * mm,
                               messages.text("pdf_page_of", self.language, page=page, total=total))
        if self.internal:
            canvas.setFont(fonts.BOLD, 8)
            canvas.setFillColor(WARNING)
            canvas.drawCentredString(width / 2, MARGIN - 8 * mm, INTERNAL_MARK + " – får inte spridas")
        canvas.restoreState()

    def build(self, story: list) -> Path:
        """Lay out ``story`` and write the file."""
        self.out.parent.mkdir(parents=True, exist_ok=True)
        footer = self._footer

        def make_canvas(*args, **kwargs):
            return _NumberedCanvas(*args, footer=footer, **kwargs)

        self.doc.build(story, canvasmaker=make_canvas)
        return self.out


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped, so names with & or < print as they are)."""
    return Paragraph(escape(text), style)
