"""Swedish formats for documents: numbers (1 234), dates (22 november 2026) and periods."""

from __future__ import annotations

import datetime as dt
import re

from healthcentre.errors import ValidationError

MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
             "oktober", "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
MONTHS_SHORT_SV = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
THIN_SPACE = "\u00a0"  # a no-break space keeps "1 234" on one line
WITHHELD = "×"  # a withheld cell: a count of people under the threshold, or one that would reveal such a count
NO_DATA = "ingen uppgift"  # a period in which nothing was registered: no zeros, no change computed against it
NO_DATA_SHORT = "–"  # the same in a column too narrow for the words (explained in the report's legend)


def number(value: float | int | None, decimals: int = 0) -> str:
    """A number the Swedish way: space between thousands, comma as decimal sign."""
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", THIN_SPACE).replace(".", ",")


def municipality_name(name: str) -> str:
    """``Jönköpings kommun``, ``Nässjö kommun``, ``Tranås kommun``: the genitive s after a consonant."""
    last = name[-1:].lower()
    return f"{name}{'s' if last.isalpha() and last not in 'aeiouyåäös' else ''} kommun"


def date_long(day: dt.date, language: str = "sv") -> str:
    """``22 november 2026`` (``22 November 2026`` in English, for the English user guide)."""
    months = MONTHS_EN if language == "en" else MONTHS_SV
    return f"{day.day} {months[day.month - 1]} {day.year}"


def date_short(day: dt.date) -> str:
    """``2026-11-22``, the Swedish numeric date."""
    return day.isoformat()


def day_month(day: dt.date) -> str:
    """``22/11``, as a column heading on an attendance sheet."""
    return f"{day.day}/{day.month}"


def month_label(year: int, month: int) -> str:
    """``mar 2026`` for chart axes."""
    return f"{MONTHS_SHORT_SV[month - 1]} {year}"


_PERIOD = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$")


def parse_period(code: str) -> tuple[dt.date, dt.date]:
    """First and last day of ``2026``, ``2026-Q1`` or ``2026-03``."""
    match = _PERIOD.match(code.strip())
    if not match:
        raise ValidationError("report_period_invalid", field="period", period=code)
    year = int(match.group(1))
    if match.group(2):
        first_month, last_month = int(match.group(2)), int(match.group(2))
    elif match.group(3):
        quarter = int(match.group(3))
        first_month, last_month = 3 * quarter - 2, 3 * quarter
    else:
        first_month, last_month = 1, 12
    return dt.date(year, first_month, 1), last_day_of_month(year, last_month)


def last_day_of_month(year: int, month: int) -> dt.date:
    """The last day of a calendar month."""
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def quarter_of(day: dt.date) -> int:
    """The quarter (1–4) that ``day`` falls in."""
    return (day.month - 1) // 3 + 1


def period_code(start: dt.date, end: dt.date) -> str | None:
    """The county period code of [start, end] when it is a whole month, quarter or year, else None."""
    if start.day != 1 or end != last_day_of_month(end.year, end.month) or start.year != end.year:
        return None
    if start.month == 1 and end.month == 12:
        return f"{start.year}"
    if start.month == end.month:
        return f"{start.year}-{start.month:02d}"
    if (start.month - 1) % 3 == 0 and end.month == start.month + 2:
        return f"{start.year}-Q{quarter_of(start)}"
    return None


def period_label(start: dt.date, end: dt.date) -> str:
    """``år 2026``, ``kvartal 1 2026``, ``mars 2026`` or ``1 mars–15 april 2026``."""
    code = period_code(start, end)
    if code is None:
        return f"{date_long(start)} – {date_long(end)}"
    if len(code) == 4:
        return f"år {code}"
    if code[5] == "Q":
        return f"kvartal {code[6]} {code[:4]}"
    return f"{MONTHS_SV[start.month - 1]} {start.year}"


def previous_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The period of the same kind just before: previous month/quarter/year, or as many days before."""
    code = period_code(start, end)
    if code is not None:
        months = end.month - start.month + 1
        first_month = start.month - months
        year = start.year
        if first_month < 1:
            first_month += 12
            year -= 1
        last_month = first_month + months - 1
        return dt.date(year, first_month, 1), last_day_of_month(year, last_month)
    length = end - start
    return start - length - dt.timedelta(days=1), start - dt.timedelta(days=1)


def months_between(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    """Every (year, month) from ``start``'s month to ``end``'s month."""
    year, month, result = start.year, start.month, []
    while (year, month) <= (end.year, end.month):
        result.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result
