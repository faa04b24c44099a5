"""The närvarolista of an activity, to print and fill in by hand: one row per participant on
its list, one column per session, a signature column, blank rows for newcomers and a row for
the head-count of unregistered visitors. Many sessions go landscape and split over pages."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, TableStyle

from healthcentre.catalogues import STUDY_CIRCLE_KIND
from healthcentre.data.database import Database
from healthcentre.reports.formatting import date_long, day_month
from healthcentre.reports.style import ReportDocument, data_table, para, styles
from healthcentre.services import activities, attendance, audit_log, sites

NAME_WIDTH = 52 * mm
SIGNATURE_WIDTH = 34 * mm
SESSION_WIDTH = 12 * mm
SESSION_PADDING = 1.5  # points either side of a date heading
BLANK_ROWS = 4
BLANK_SESSION_COLUMNS = 7
ROW_HEIGHT = 8 * mm
PORTRAIT_SESSIONS = 7
ROWS_PER_PAGE = {False: 24, True: 12}


def render_attendance_sheet(db: Database, activity_id: int, *, out: Path, blank_rows: int = BLANK_ROWS) -> Path:
    """Write the activity's attendance sheet to ``out``: a study circle gets the study
    association's cirkellista layout, every other activity the närvarolista. The export is
    audited (it lists participants' names)."""
    activity = activities.get_activity(db, activity_id)
    if activity.kind_code == STUDY_CIRCLE_KIND:
        from healthcentre.reports.circle_list import render_circle_list

        path, layout = render_circle_list(db, activity_id, out=out), "circle list"
    else:
        path, layout = _render_sheet(db, activity, out, blank_rows), "attendance sheet"
    audit_log.record_export(db, "attendance_sheet", f"{layout}, pdf", entity_id=activity_id)
    return path


def _render_sheet(db: Database, activity, out: Path, blank_rows: int) -> Path:
    grid = attendance.attendance_grid(db, activity.id)
    site = sites.get_site(db, activity.site_id)
    dates = [s.date for s in grid.sessions]
    landscape_pages = len(dates) > PORTRAIT_SESSIONS
    document = ReportDocument(out, title="Närvarolista", header_left=f"{site.name} – {activity.title}",
                              landscape_pages=landscape_pages)
    headings = [day_month(d) for d in dates] or [""] * BLANK_SESSION_COLUMNS
    fits = max(1, int((document.width - NAME_WIDTH - SIGNATURE_WIDTH) // SESSION_WIDTH))
    per_page = -(-len(headings) // -(-len(headings) // fits))  # spread evenly over the pages needed
    chunks = [headings[i:i + per_page] for i in range(0, len(headings), per_page)]
    sty = styles()
    story: list = []
    for number, chunk in enumerate(chunks):
        if number:
            story.append(PageBreak())
        story += _heading(activity, site.name, dates, number, len(chunks), sty)
        first = number * per_page
        marks = [[(p.id, s.id) in grid.present for s in grid.sessions[first:first + len(chunk)]]
                 for p in grid.participants]
        names = [p.display_name or "(glömd)" for p in grid.participants]
        blanks = max(blank_rows, ROWS_PER_PAGE[landscape_pages] - len(names) % ROWS_PER_PAGE[landscape_pages])
        story.append(_sheet_table(chunk, names, marks, blanks, document.width, sty))
    return document.build(story)


def _heading(activity, site_name: str, dates, page: int, pages: int, sty) -> list:
    period = date_long(activity.start_date)
    if activity.end_date and activity.end_date != activity.start_date:  # a one-day lecture: its date once
        period += f" – {date_long(activity.end_date)}"
    part = f" (del {page + 1} av {pages})" if pages > 1 else ""
    lines = [para(f"Närvarolista{part}", sty["h1"]),
             para(f"{activity.title}", sty["subtitle"]),
             para(f"{site_name} · {period}", sty["body"])]
    if not dates:
        lines.append(para("Inga tillfällen inlagda ännu: skriv datum överst i kolumnerna.", sty["small"]))
    lines.append(para("Sätt ett kryss (X) för varje tillfälle deltagaren är närvarande. "
                      "Nya deltagare skrivs på de tomma raderna.", sty["small"]))
    lines.append(Spacer(1, 4 * mm))
    return lines


def _sheet_table(headings: Sequence[str], names: Sequence[str], marks: Sequence[Sequence[bool]],
                 blank_rows: int, width: float, sty):
    rows = [["Deltagare", *headings, "Signatur"]]
    for name, row_marks in zip(names, marks):
        rows.append([name, *("X" if mark else "" for mark in row_marks), ""])
    rows += [[""] * (len(headings) + 2) for _ in range(blank_rows)]
    rows.append([para("Oregistrerade besökare (antal)", sty["cell_bold"]), *([""] * len(headings)), ""])
    rows.append([para("Ledarens signatur", sty["cell_bold"]), *([""] * len(headings)), ""])
    session_width = min(2 * SESSION_WIDTH, (width - NAME_WIDTH - SIGNATURE_WIDTH) / len(headings))
    widths = [NAME_WIDTH, *([session_width] * len(headings)), SIGNATURE_WIDTH]
    table = data_table(rows, widths, numeric_from=None, font_size=9,
                       row_heights=[None] + [ROW_HEIGHT] * (len(rows) - 1))
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a979f")),
        ("ALIGN", (1, 0), (-2, -1), "CENTER"),
        ("LEFTPADDING", (1, 0), (-2, -1), SESSION_PADDING),  # "13/10" stays on one line in a 12 mm column
        ("RIGHTPADDING", (1, 0), (-2, -1), SESSION_PADDING),
        ("BACKGROUND", (0, -2), (-1, -1), colors.HexColor("#eef2f4")),
    ]))
    return table

