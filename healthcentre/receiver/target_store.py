"""The county's targets per indicator, measure and year (table ``indicator_target`` in ``storage``): set,
list and remove them, checked against the action plans' indicators (``contract.tables.INDICATORS``).

A target is set on one of two measures: ``count``, the county's total of the indicator in the year, or
``municipalities``, in how many of the 13 municipalities it is above 0 (e.g. study circles started in
all 13 municipalities by 2026)."""

from __future__ import annotations

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from healthcentre.catalogues import MUNICIPALITIES
from healthcentre.contract.tables import INDICATOR_CODES
from healthcentre.errors import ValidationError
from healthcentre.receiver import admin_audit
from healthcentre.receiver.store_tables import indicator_target_table, naive_utc, utcnow
from healthcentre.reports.formatting import number

COUNT, SPREAD = "count", "municipalities"
MEASURES = (COUNT, SPREAD)
FIRST_YEAR, LAST_YEAR = 2021, 2040  # the action plans run 2021–2030; a target may look a little further


def _checked(indicator: str, year: int, measure: str) -> str:
    code = indicator.strip().upper()
    if code not in INDICATOR_CODES:
        raise ValidationError("target_indicator_unknown", field="indicator", indicator=indicator[:40],
                              codes=", ".join(INDICATOR_CODES))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError("target_year_invalid", field="year", year=year, first=FIRST_YEAR, last=LAST_YEAR)
    if measure not in MEASURES:
        raise ValidationError("target_measure_invalid", field="measure", measure=measure[:20],
                              measures=", ".join(MEASURES))
    return code


def set_target(conn: Connection, indicator: str, year: int, value: float, measure: str = COUNT, *,
               actor: str | None = None) -> str:
    """Set (or replace) the county's target of ``indicator`` on ``measure`` for ``year``; the indicator's
    code. A negative value, or a spread above the 13 municipalities, is refused. Audited as done by
    ``actor`` (an admin; None: the command line)."""
    code = _checked(indicator, year, measure)
    if value < 0 or (measure == SPREAD and value > len(MUNICIPALITIES)):
        raise ValidationError("target_value_invalid", field="value", value=value_text(value),
                              most=len(MUNICIPALITIES))
    table = indicator_target_table
    where = (table.c.indicator == code, table.c.measure == measure, table.c.year == year)
    values = {"value": float(value), "set_at": naive_utc(utcnow())}
    if conn.execute(update(table).where(*where).values(**values)).rowcount == 0:
        conn.execute(insert(table).values(indicator=code, measure=measure, year=year, **values))
    admin_audit.record(conn, "target_set", f"{admin_audit.target_words(code, measure, year)}: {value_text(value)}",
                       actor)
    return code


def remove_target(conn: Connection, indicator: str, year: int, measure: str = COUNT, *,
                  actor: str | None = None) -> str:
    """Remove the target of ``indicator`` on ``measure`` for ``year``; the indicator's code. An unknown one
    is a message. Audited."""
    code = _checked(indicator, year, measure)
    table = indicator_target_table
    where = (table.c.indicator == code, table.c.measure == measure, table.c.year == year)
    if conn.execute(delete(table).where(*where)).rowcount == 0:
        raise ValidationError("target_unknown", field="year", code=code, year=year)
    admin_audit.record(conn, "target_removed", admin_audit.target_words(code, measure, year), actor)
    return code


def list_targets(conn: Connection, indicator: str | None = None) -> list[dict]:
    """Every target (indicator, measure, year, value), by indicator, measure and year; ``indicator``'s only
    when given."""
    table = indicator_target_table
    query = (select(table.c.indicator, table.c.measure, table.c.year, table.c.value)
             .order_by(table.c.indicator, table.c.measure, table.c.year))
    if indicator is not None:
        query = query.where(table.c.indicator == indicator)
    return [dict(row._mapping) for row in conn.execute(query)]


def value_text(value: float) -> str:
    """A target as printed: whole numbers without decimals, others with one."""
    return number(value, 0 if float(value).is_integer() else 1)
