"""The tables of the period report, each built from the gathered figures."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from healthcentre import study_rules
from healthcentre.contract import tables
from healthcentre.contract.payload import TOTAL
from healthcentre.reports import labels
from healthcentre.reports.figures import cell, has_data
from healthcentre.reports.formatting import NO_DATA, NO_DATA_SHORT, WITHHELD, number
from healthcentre.reports.period_data import PeriodReportData
from healthcentre.reports.register_rows import FLAG_NAMES
from healthcentre.reports.style import data_table, para, styles

MAX_LISTED = 40

STUDY_HOURS_NOTE = (
    "Studietimmar räknas bara för studiecirklar, enligt Folkbildningsrådets regler: hela studietimmar om "
    f"{study_rules.MINUTES_PER_STUDY_HOUR} minuter per träff med minst {study_rules.MIN_PEOPLE} deltagare "
    f"inklusive ledaren, högst {study_rules.MAX_STUDY_HOURS_PER_MEETING} per träff, "
    f"{study_rules.MAX_MEETINGS_PER_WEEK} träffar och {study_rules.MAX_STUDY_HOURS_PER_WEEK} studietimmar per "
    f"vecka och {study_rules.MAX_STUDY_HOURS_PER_YEAR} per år och cirkel.")

# The key counts shown above the indicators: label, table, cell key, decimals.
KEY_COUNTS = (
    ("Aktiviteter", "AKTIVITETER", (TOTAL, TOTAL), 0),
    ("Tillfällen", "TILLFALLEN", (TOTAL, TOTAL), 0),
    ("Studietimmar i studiecirklar", "STUDIETIMMAR", (TOTAL, TOTAL), 0),
    ("Unika deltagare", "DELTAGARE_ALDER_KON", (TOTAL, TOTAL), 0),
    ("Nya deltagare", "DELTAGARE_NYA", ("NYA",), 0),
    ("Nya i organiserad verksamhet", "DELTAGARE_NYA", ("FORSTA_ORGANISERADE",), 0),
    ("Registrerade besök", "BESOK", (TOTAL, "REG"), 0),
    ("Oregistrerade besök", "BESOK", (TOTAL, "OREG"), 0),
)


def no_data_mark(data: PeriodReportData) -> str:
    """What a period without data shows: the words beside the previous period, a dash in the
    narrow month-by-month columns (the legend says what the dash means)."""
    return NO_DATA if data.current is not None else NO_DATA_SHORT


def shown(data: PeriodReportData, period: str, table: str, key: Sequence[str], decimals: int = 0) -> str:
    """A cell as printed: the Swedish number, the withheld mark, or "ingen uppgift" for a period
    in which nothing was registered (never a 0 that reads as a count)."""
    if not has_data(data.figures, period):
        return no_data_mark(data)
    value, withheld = cell(data.figures, period, table, *key)
    return WITHHELD if withheld else number(value, decimals)


def _change(data: PeriodReportData, table: str, key: Sequence[str]) -> str:
    if data.current is None:
        return ""
    if not all(has_data(data.figures, c.period) for c in data.columns):
        return NO_DATA  # a change against a period without data would be the count itself
    (before, _), (now, _) = (cell(data.figures, c.period, table, *key) for c in data.columns)
    if before is None or now is None:
        return ""
    diff = now - before
    return ("+" if diff > 0 else "−" if diff < 0 else "±") + number(abs(diff), 0 if float(diff).is_integer() else 1)


def _comparison(data: PeriodReportData, width: float, first: str, rows: Sequence[tuple[str, str, tuple, int]]):
    sty = styles()
    headings = [c.heading for c in data.columns]
    with_change = data.current is not None
    header = [first, *headings, *(["Förändring"] if with_change else [])]
    body = [[Paragraph(label, sty["cell"]), *(shown(data, c.period, t, k, d) for c in data.columns),
             *([_change(data, t, k)] if with_change else [])] for label, t, k, d in rows]
    numeric = len(header) - 1
    label_width = 70 * mm if numeric <= 3 else 52 * mm
    rest = (width - label_width) / numeric
    return data_table([header, *body], [label_width, *([rest] * numeric)])


def key_counts(data: PeriodReportData, width: float):
    """The period's main counts beside the previous period's (or month by month)."""
    return _comparison(data, width, "Antal", KEY_COUNTS)


def withheld_notes(data: PeriodReportData, periods: Sequence[str] | None = None,
                   totals: Sequence[tuple[str, tuple[str, ...]]] = tables.HEADLINE_TOTALS) -> list:
    """One line per headline total of people of at least k that is withheld in the columns' periods (or
    ``periods``), saying why instead of a bare mark (``withheld_why``)."""
    sty = styles()
    headings = {c.period: c.heading for c in data.columns}
    return [para(data.why[(period, *total)].message(total, headings.get(period, period), "sv"), sty["small"])
            for period in (periods if periods is not None else list(headings)) for total in totals
            if (period, *total) in data.why]


def indicators(data: PeriodReportData, width: float):
    """The county's indicators beside the previous period's (or month by month)."""
    rows = [(sv, "INDIKATORER", (code,), 0) for code, sv, _ in tables.INDICATORS]
    return _comparison(data, width, "Indikator", rows)


def by_target_group(data: PeriodReportData, width: float):
    """Unique participants per target group (a person may be in several groups)."""
    rows = [(name, "DELTAGARE_MALGRUPP", (code,), 0) for code, name in labels.CATEGORIES["malgrupp"].items()]
    rows.append(("Totalt (varje person en gång)", "DELTAGARE_MALGRUPP", (TOTAL,), 0))
    table = _comparison(data, width, "Målgrupp", rows)
    return table


def by_age_band(data: PeriodReportData, width: float):
    """Unique participants per age band."""
    rows = [(labels.category_label("aldersgrupp", code), "DELTAGARE_ALDER_KON", (code, TOTAL), 0)
            for code in tables.AGE_BAND_CODES]
    rows.append(("Totalt", "DELTAGARE_ALDER_KON", (TOTAL, TOTAL), 0))
    return _comparison(data, width, "Åldersgrupp", rows)


def by_gender(data: PeriodReportData, width: float):
    """Unique participants per gender."""
    rows = [(labels.category_label("kon", code), "DELTAGARE_ALDER_KON", (TOTAL, code), 0) for code in tables.GENDERS]
    rows.append(("Totalt", "DELTAGARE_ALDER_KON", (TOTAL, TOTAL), 0))
    return _comparison(data, width, "Kön", rows)


def age_by_gender(data: PeriodReportData, width: float):
    """Age band × gender for the period (standard periods only)."""
    period = data.current
    header = ["Åldersgrupp", *(labels.category_label("kon", g) for g in tables.GENDERS), "Totalt"]
    rows = [[labels.category_label("aldersgrupp", band),
             *(shown(data, period, "DELTAGARE_ALDER_KON", (band, g)) for g in (*tables.GENDERS, TOTAL))]
            for band in (*tables.AGE_BAND_CODES, TOTAL)]
    rest = (width - 45 * mm) / 5
    return data_table([header, *rows], [45 * mm, *([rest] * 5)], total_row=True)


def by_kind(data: PeriodReportData, width: float):
    """Activities, sessions and visits per activity kind, for the period (study hours are the circles' only,
    so they are in the key counts and the circle list, not here)."""
    columns = (("Aktiviteter", "AKTIVITETER", TOTAL, 0), ("Tillfällen", "TILLFALLEN", TOTAL, 0),
               ("Registrerade besök", "BESOK", "REG", 0),
               ("Oregistrerade besök", "BESOK", "OREG", 0))
    period = data.current
    header = ["Aktivitetstyp", *(c[0] for c in columns)]
    rows = [[labels.category_label("aktivitetstyp", kind),
             *(shown(data, period, t, (kind, second), d) for _, t, second, d in columns)]
            for kind in (*tables.KIND_CODES, TOTAL)]
    rest = (width - 38 * mm) / len(columns)
    return data_table([header, *rows], [38 * mm, *([rest] * len(columns))], total_row=True)


def study_circles(data: PeriodReportData, width: float) -> list:
    """Each study circle of the period with its association, size and whether it counts."""
    sty = styles()
    if not data.circles:
        return [para("Inga studiecirklar under perioden.", sty["body"])]
    names = labels_of_associations()
    header = ["Studiecirkel", "Studieförbund", "Regelstatus", "Träffar", "Studietimmar", "Deltagare"]
    small = sty["cell"].clone("cell_small", fontSize=7.5, leading=9.5)
    rows = []
    for line in data.circles:
        people = line.status.people
        people_text = WITHHELD if not data.internal and 0 < people < data.threshold else number(people)
        status = line.status.messages("sv")
        verdict = ("Räknas" if line.status.counts else "Räknas inte") + (
            ": " + " ".join(status[1:]) if len(status) > 1 else "")
        rows.append([Paragraph(line.record.title, sty["cell"]),
                     Paragraph(names.get(line.record.study_association_code or "", "–"), small),
                     Paragraph(verdict, small), number(line.status.meetings), number(line.status.study_hours),
                     people_text])
    widths = [32 * mm, 34 * mm, 0, 16 * mm, 27 * mm, 20 * mm]
    if data.several_sites:
        header.insert(1, "Enhet")
        for row, line in zip(rows, data.circles):
            row.insert(1, Paragraph(line.site_name, small))
        widths[:2] = [28 * mm, 20 * mm, 31 * mm]
    widths[widths.index(0)] = width - sum(widths)
    table = data_table([header, *rows], widths, numeric_from=len(header) - 3)
    return [table]


def labels_of_associations() -> dict[str, str]:
    """Study association code → name."""
    from healthcentre import catalogues

    return dict(catalogues.STUDY_ASSOCIATIONS)


def partnerships(data: PeriodReportData, width: float) -> list:
    """Activities done together with others: how many per kind of partner, and which."""
    sty = styles()
    partner_flags = ("with_halsocenter", "within_halsocenter", "with_recovery_college", "with_study_association",
                     "with_civil_society", "peer_coproduced", "digital")
    header = ["Hur aktiviteten genomfördes", "Aktiviteter", "Tillfällen i perioden"]
    rows = []
    for flag in partner_flags:
        matching = [a for a in data.activities if a.flags.get(flag) and a.sessions]
        rows.append([FLAG_NAMES[flag], number(len(matching)), number(sum(len(a.sessions) for a in matching))])
    story = [data_table([header, *rows], [90 * mm, 35 * mm, 35 * mm])]
    together = [a for a in data.activities if a.sessions and any(a.flags.get(f) for f in partner_flags[:5])]
    together.sort(key=lambda a: (-len(a.sessions), a.title))
    if together:
        heading = "Aktiviteter i samverkan under perioden"
        if len(together) > MAX_LISTED:
            heading += f" (de {MAX_LISTED} med flest tillfällen av {number(len(together))})"
        story += [CondPageBreak(30 * mm), Spacer(1, 4 * mm), para(heading, sty["cell_bold"]), Spacer(1, 1.5 * mm)]
        together = together[:MAX_LISTED]
        header = ["Aktivitet", "Typ", "Tillsammans med", "Tillfällen"]
        small = sty["cell"].clone("cell_small", fontSize=7.5, leading=9.5)
        list_rows = [[Paragraph(a.title, sty["cell"]), Paragraph(a.kind_name, small),
                      Paragraph(", ".join(FLAG_NAMES[f] for f in partner_flags[:5] if a.flags.get(f)), sty["cell"]),
                      number(len(a.sessions))] for a in together]
        widths = [58 * mm, 32 * mm, 0, 21 * mm]
        if data.several_sites:
            header.insert(1, "Enhet")
            for row, activity in zip(list_rows, together):
                row.insert(1, Paragraph(activity.site_name, small))
            widths = [38 * mm, 24 * mm, 26 * mm, 0, 21 * mm]
        widths[widths.index(0)] = width - sum(widths)
        story.append(data_table([header, *list_rows], widths, numeric_from=len(header) - 1))
    return story


def legend(data: PeriodReportData) -> list:
    """How to read the figures: definitions, the threshold and the withheld mark."""
    sty = styles()
    lines = [
        "Siffrorna är desamma som verksamheten rapporterar till länets uppföljning (ReKo) och räknas per "
        "kalenderperiod. En aktivitet räknas i perioden om den har minst ett tillfälle i perioden. "
        "Unika deltagare är personer som varit närvarande minst en gång; en person räknas en gång även om "
        "hen deltagit många gånger. Ålder räknas som periodens år minus födelseåret.",
        "En person kan tillhöra flera målgrupper, därför kan målgrupperna tillsammans bli fler än totalen. "
        + STUDY_HOURS_NOTE,
    ]
    if data.internal:
        lines.append("INTERNT: rapporten visar exakta tal, även små antal som kan peka ut enskilda. "
                     "Den får inte lämnas ut eller publiceras.")
    else:
        lines.append(f"Anonymiserade tal: antal personer under {data.threshold} visas inte, och inte heller tal "
                     f"som skulle göra det möjligt att räkna fram dem. Sådana celler är markerade med {WITHHELD}. "
                     "Antal aktiviteter, tillfällen och studietimmar visas alltid.")
    empty = [c.heading for c in data.columns if not has_data(data.figures, c.period)]
    if empty:
        mark = NO_DATA if data.current is not None else f"{NO_DATA_SHORT} ({NO_DATA})"
        lines.append(f"{mark}: inget registrerades under perioden ({', '.join(empty)}), till exempel innan "
                     "verksamheten började använda registret. Ingen förändring räknas mot en sådan period.")
    return [KeepTogether([para("Om siffrorna", sty["h2"]), *(para(text, sty["prose"]) for text in lines)])]
