"""The period report (PDF) for a coordinator's committee: a cover, the county indicators
beside the previous period, charts over the months, breakdowns by target group, age band
and gender, study circles with their rule status, and activities done together with others.

Anonymised counts by default (the document may become public); ``internal=True`` shows
exact counts and says so on every page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table, TableStyle

from healthcentre.contract import tables
from healthcentre.contract.payload import TOTAL
from healthcentre.data.database import Database
from healthcentre.reports import charts, fonts, period_sections as sections
from healthcentre.reports.figures import cell, has_data
from healthcentre.reports.formatting import NO_DATA, WITHHELD, date_long, municipality_name
from healthcentre.reports.period_data import PeriodReportData, gather
from healthcentre.reports.style import ACCENT, ACCENT_LIGHT, INTERNAL_MARK, ReportDocument, para, styles

TITLE = "Uppföljningsrapport"


def render_period_report(db: Database, *, site_id: int | None, start: dt.date, end: dt.date, internal: bool = False,
                         out: Path, threshold: int, progress: Callable[[int, int], None] | None = None,
                         cancel: Callable[[], bool] | None = None) -> Path:
    """Write the period report of [start, end] for one site (or every site when ``site_id`` is None).

    ``progress(done, total)`` is called as the counts are made; ``cancel()`` returning True stops
    the work (raising ``figures.Cancelled``) before the file is written. The export is audited."""
    from healthcentre.services import audit_log

    data = gather(db, site_id=site_id, start=start, end=end, internal=internal, threshold=threshold,
                  progress=progress, cancel=cancel)
    document = ReportDocument(out, title=TITLE, header_left=f"{data.scope} · {data.label}", internal=internal)
    path = document.build(_story(data, document.width))
    kind = "internal (exact counts)" if internal else f"anonymised, k={data.threshold}"
    audit_log.record_export(db, "period_report", f"period report {start}–{end}, {kind}, pdf", entity_id=site_id)
    return path


def _story(data: PeriodReportData, width: float) -> list:
    sty = styles()
    story = _cover(data, width)
    story += [PageBreak(), para("1. Länets indikatorer", sty["h1"]), _intro(data), Spacer(1, 3 * mm),
              sections.key_counts(data, width), *sections.withheld_notes(data), Spacer(1, 5 * mm),
              sections.indicators(data, width), *_withheld_note(data)]
    story += [PageBreak(), para("2. Besök och deltagare över tid", sty["h1"]), *_charts(data, width)]
    story += [PageBreak(), para("3. Deltagare efter målgrupp, ålder och kön", sty["h1"]),
              para("Målgrupp", sty["h2"]), sections.by_target_group(data, width),
              CondPageBreak(70 * mm), para("Åldersgrupp", sty["h2"]), sections.by_age_band(data, width),
              CondPageBreak(50 * mm), para("Kön", sty["h2"]), sections.by_gender(data, width), *_withheld_note(data)]
    if data.current is not None:
        story += [CondPageBreak(70 * mm), para(f"Ålder och kön, {data.label}", sty["h2"]),
                  sections.age_by_gender(data, width),
                  CondPageBreak(70 * mm), para(f"4. Aktiviteter efter typ, {data.label}", sty["h1"]),
                  sections.by_kind(data, width)]
    story += [CondPageBreak(60 * mm), para("5. Studiecirklar", sty["h1"]), *sections.study_circles(data, width)]
    story += [CondPageBreak(80 * mm), para("6. Samverkan", sty["h1"]),
              para("Aktiviteter med minst ett tillfälle i perioden, efter hur de genomfördes. En aktivitet kan "
                   "genomföras på flera sätt samtidigt.", sty["body"]), Spacer(1, 2 * mm),
              *sections.partnerships(data, width)]
    story += [Spacer(1, 6 * mm), *sections.legend(data)]
    return story


def _withheld_note(data: PeriodReportData) -> list:
    """One line under the tables saying what × means, when the report's columns withhold a cell,
    so a page read on its own still explains its marks (the full text is in "Om siffrorna")."""
    if not any(item.withheld for column in data.columns for table in data.figures[column.period].values()
               for item in table.cells):
        return []
    text = (f"{WITHHELD} visas inte: färre än {data.threshold} personer, eller ett tal som skulle göra det "
            "möjligt att räkna fram ett sådant (se Om siffrorna).")
    return [Spacer(1, 1.5 * mm), para(text, styles()["small"])]


def _intro(data: PeriodReportData):
    sty = styles()
    if data.current is None:
        return para("Perioden visas månad för månad: unika deltagare kan inte summeras över månader.", sty["body"])
    before = data.columns[0].heading
    text = f"{data.label[0].upper()}{data.label[1:]} jämfört med perioden före ({before})."
    if not has_data(data.figures, data.columns[0].period):
        text += f" För {before} finns {NO_DATA}: inget registrerades då, så ingen förändring räknas."
    return para(text, sty["body"])


def _cover(data: PeriodReportData, width: float) -> list:
    sty = styles()
    story = [Spacer(1, 30 * mm), para(", ".join(municipality_name(name) for name in data.municipalities), sty["kicker"]),
             Spacer(1, 2 * mm), para(TITLE, sty["title"]),
             para(f"{data.label[0].upper()}{data.label[1:]}", sty["subtitle"]), Spacer(1, 8 * mm)]
    facts = [["Verksamhet", data.scope], ["Kommun", ", ".join(data.municipalities)],
             ["Period", f"{date_long(data.start)} – {date_long(data.end)}"],
             ["Datum", date_long(dt.date.today())]]
    table = Table(facts, colWidths=[35 * mm, width - 35 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (0, -1), fonts.BOLD, 10), ("FONT", (1, 0), (1, -1), fonts.REGULAR, 10),
                               ("TEXTCOLOR", (0, 0), (0, -1), ACCENT), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#d5dde2"))]))
    story += [table, Spacer(1, 12 * mm)]
    if data.current is not None and has_data(data.figures, data.current):
        story += [_key_figures(data, width),
                  *sections.withheld_notes(data, [data.current], [tables.PEOPLE_TOTAL]), Spacer(1, 12 * mm)]
    elif data.current is not None:
        story += [para(f"Inget registrerades under perioden ({NO_DATA}).", sty["body"]), Spacer(1, 12 * mm)]
    if data.internal:
        note = f"{INTERNAL_MARK}. Rapporten visar exakta tal och får inte lämnas ut eller publiceras."
        story.append(_boxed(para(note, sty["warning"]), width, colors.HexColor("#fbeaea")))
    else:
        note = (f"Talen är anonymiserade: antal personer under {data.threshold} och tal som skulle avslöja dem "
                f"visas inte utan markeras med {WITHHELD}. Rapporten kan lämnas ut.")
        story.append(_boxed(para(note, sty["body"]), width, ACCENT_LIGHT))
    return story


def _key_figures(data: PeriodReportData, width: float):
    sty = styles()
    wanted = (("Aktiviteter", "AKTIVITETER", (TOTAL, TOTAL)), ("Tillfällen", "TILLFALLEN", (TOTAL, TOTAL)),
              ("Unika deltagare", "DELTAGARE_ALDER_KON", (TOTAL, TOTAL)), ("Besök", "BESOK", (TOTAL, TOTAL)))
    big = sty["title"].clone("big", fontSize=22, leading=26, spaceAfter=0, alignment=1)
    small = sty["small"].clone("under", alignment=1)
    cells = [[para(sections.shown(data, data.current, t, k), big) for _, t, k in wanted],
             [para(label, small) for label, _, _ in wanted]]
    table = Table(cells, colWidths=[width / 4] * 4)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f5f8fa")),
                               ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
                               ("TOPPADDING", (0, 0), (-1, 0), 10), ("BOTTOMPADDING", (0, -1), (-1, -1), 10)]))
    return table


def _boxed(flowable, width: float, background) -> Table:
    box = Table([[flowable]], colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), background), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 7),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return box


def _series(data: PeriodReportData, table: str, key: tuple) -> list[float | None]:
    values = []
    for month in data.months:
        value, withheld = cell(data.figures, month.period, table, *key)
        values.append(None if withheld else value)
    return values


def _charts(data: PeriodReportData, width: float) -> list:
    sty = styles()
    names = [m.heading for m in data.months]
    registered, unregistered = _series(data, "BESOK", (TOTAL, "REG")), _series(data, "BESOK", (TOTAL, "OREG"))
    people = _series(data, "DELTAGARE_ALDER_KON", (TOTAL, TOTAL))
    new = _series(data, "DELTAGARE_NYA", ("NYA",))
    story = [KeepTogether([charts.bar_chart(width, "Besök per månad", names, [registered, unregistered],
                                            ["Registrerade besök", "Oregistrerade besök"], stacked=True)]),
             Spacer(1, 6 * mm),
             KeepTogether([charts.line_chart(width, "Unika deltagare och nya deltagare per månad", names,
                                             [people, new], ["Unika deltagare", "Nya deltagare"])])]
    if any(v is None for v in (*registered, *unregistered, *people, *new)):
        story.append(para(f"Månader där talet inte visas ({WITHHELD}) saknas i diagrammen.", sty["small"]))
    if data.current is not None and data.current[5:6] not in ("", "Q"):
        story.append(para("Diagrammen visar årets månader fram till och med rapportmånaden.", sty["small"]))
    return story
