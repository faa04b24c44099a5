"""The cirkellista of a study circle, laid out as the study associations' circle lists:
the circle (association, leader, theme, period), its meetings with dates and the study hours
each reports under the study rules (and which rule cut it), and its participants with birth
year and a box per meeting, with the leader's signature."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer, Table, TableStyle

from healthcentre import study_rules
from healthcentre import catalogues
from healthcentre.data.database import Database
from healthcentre.reports import fonts
from healthcentre.reports.formatting import date_long, day_month, number
from healthcentre.reports.style import ACCENT, ReportDocument, data_table, para, styles
from healthcentre.services import activities, attendance, sites, study_circles

BLANK_MEETINGS = 10
BLANK_PEOPLE = 4
MAX_MEETING_COLUMNS = 12

# Why a meeting reports fewer study hours than its length, as the meetings table says it.
RULE_NOTES = {
    study_rules.TOO_FEW_PEOPLE: f"Färre än {study_rules.MIN_PEOPLE} inkl. ledaren",
    study_rules.MEETING_CAP: f"Högst {study_rules.MAX_STUDY_HOURS_PER_MEETING} per träff",
    study_rules.WEEK_MEETINGS: f"Högst {study_rules.MAX_MEETINGS_PER_WEEK} träffar per vecka",
    study_rules.WEEK_HOURS: f"Högst {study_rules.MAX_STUDY_HOURS_PER_WEEK} studietimmar per vecka",
    study_rules.YEAR_HOURS: f"Högst {study_rules.MAX_STUDY_HOURS_PER_YEAR} studietimmar per år",
}


def render_circle_list(db: Database, activity_id: int, *, out: Path) -> Path:
    """Write the study circle's cirkellista to ``out`` (landscape A4)."""
    circle = study_circles.get_circle(db, activity_id)
    status = study_circles.circle_status(db, activity_id)
    grid = attendance.attendance_grid(db, activity_id)
    site = sites.get_site(db, activities.get_activity(db, activity_id).site_id)
    document = ReportDocument(out, title="Cirkellista", header_left=f"{site.name} – {circle.title}",
                              landscape_pages=True)
    sty = styles()
    story = [para("Cirkellista", sty["h1"]), _facts(circle, site.name, document.width), Spacer(1, 5 * mm),
             para("Deltagare och närvaro", sty["h2"]), *_presence(grid, document.width),
             CondPageBreak(60 * mm), para("Sammankomster", sty["h2"]), _meetings(grid, status, document.width),
             Spacer(1, 10 * mm),
             para("Cirkelledarens underskrift: ________________________________    Datum: ______________",
                  sty["body"])]
    return document.build(story)


def _facts(circle, site_name: str, width: float) -> Table:
    association = dict(catalogues.STUDY_ASSOCIATIONS).get(circle.study_association_code or "", "")
    period = date_long(circle.start_date) + (f" – {date_long(circle.end_date)}" if circle.end_date else "")
    pairs = [("Studieförbund", association), ("Cirkelns namn", circle.title), ("Tema/ämne", circle.theme or ""),
             ("Cirkelledare", circle.leader_name or ""), ("Arrangör", site_name), ("Period", period)]
    rows = [[pairs[i][0], pairs[i][1], pairs[i + 3][0], pairs[i + 3][1]] for i in range(3)]
    table = Table(rows, colWidths=[30 * mm, width / 2 - 30 * mm, 30 * mm, width / 2 - 30 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9.5), ("FONT", (0, 0), (0, -1), fonts.BOLD, 9),
        ("FONT", (2, 0), (2, -1), fonts.BOLD, 9), ("TEXTCOLOR", (0, 0), (0, -1), ACCENT),
        ("TEXTCOLOR", (2, 0), (2, -1), ACCENT), ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#8a979f")),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#c7d0d6")), ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _presence(grid, width: float) -> list:
    sessions = grid.sessions or []
    headings = [day_month(s.date) for s in sessions] + [""] * max(0, BLANK_MEETINGS - len(sessions))
    story = []
    for first in range(0, len(headings), MAX_MEETING_COLUMNS):
        chunk = headings[first:first + MAX_MEETING_COLUMNS]
        rows = [["Nr", "Namn", "Födelseår", *chunk]]
        for number_, person in enumerate(grid.participants, start=1):
            marks = ["X" if (person.id, s.id) in grid.present else "" for s in sessions[first:first + len(chunk)]]
            marks += [""] * (len(chunk) - len(marks))
            rows.append([str(number_), person.display_name or "(glömd)", str(person.birth_year or ""), *marks])
        rows += [[str(len(grid.participants) + i + 1), "", "", *([""] * len(chunk))] for i in range(BLANK_PEOPLE)]
        fixed = [10 * mm, 70 * mm, 22 * mm]
        each = min(18 * mm, (width - sum(fixed)) / len(chunk))
        table = data_table(rows, [*fixed, *([each] * len(chunk))], numeric_from=None, font_size=9,
                           row_heights=[None] + [7 * mm] * (len(rows) - 1))
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a979f")),
                                   ("ALIGN", (2, 0), (-1, -1), "CENTER")]))
        story += [table, Spacer(1, 4 * mm)]
    return story


def _meetings(grid, status, width: float) -> Table:
    """Each meeting with the study hours it reports under the study rules; the sum is the circle's."""
    rows = [["Nr", "Datum", "Minuter", "Studietimmar", "Närvarande", "Oregistrerade", "Anmärkning"]]
    present: dict[int, int] = {}
    for _pid, session_id in grid.present:
        present[session_id] = present.get(session_id, 0) + 1
    reported = {h.meeting_id: h for h in status.meeting_hours}
    small = styles()["cell"].clone("cell_small", fontSize=7.5, leading=9.5)
    for index, session in enumerate(grid.sessions, start=1):
        hours = reported[session.id]
        rows.append([str(index), date_long(session.date), number(session.minutes), number(hours.hours),
                     number(present.get(session.id, 0)), number(session.unregistered_count),
                     para(RULE_NOTES.get(hours.rule, ""), small)])
    rows.append(["", "Summa", number(sum(s.minutes for s in grid.sessions)), number(status.study_hours), "", "", ""])
    fixed = [12 * mm, 45 * mm, 22 * mm, 28 * mm, 26 * mm, 28 * mm]
    return data_table(rows, [*fixed, width - sum(fixed)], numeric_from=2, total_row=True)
