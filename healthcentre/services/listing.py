"""Sorted, filtered, paged lists: the one query object every list of the window pages through.

Each list (participants, activities, study circles, audit log) has one function in
the service module that owns its table, taking a ``ListQuery`` and returning a
``ListPage``. Sorting and filtering happen in SQL over the whole register, so a
list of 50,000 people sorts correctly although only the page on screen is read.
A sort key is looked up in the list's whitelist of columns, never put into SQL
as text, and every order ends with the row id so pages never overlap.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any, Generic, TypeVar

from sqlalchemy import func
from sqlmodel import select

R = TypeVar("R")
F = TypeVar("F")

PAGE_SIZE = 100


@dataclasses.dataclass(frozen=True)
class ListQuery(Generic[F]):
    """What a list shows: sort column and direction, filter text, the list's own filters, the page.

    ``sort`` is a key of the list's sortable columns (None: the list's natural order);
    ``filters`` is the list's own filter object (e.g. ``ParticipantFilters``)."""

    filters: F
    sort: str | None = None
    descending: bool = False
    text: str = ""
    offset: int = 0
    limit: int | None = PAGE_SIZE

    def page(self, offset: int, limit: int | None = PAGE_SIZE) -> ListQuery[F]:
        """The same list from row ``offset``, ``limit`` rows."""
        return dataclasses.replace(self, offset=offset, limit=limit)


@dataclasses.dataclass(frozen=True)
class ListPage(Generic[R]):
    """One page of a list and how many rows the whole list has."""

    rows: list[R]
    total: int


def order_by(query, q: ListQuery, columns: Mapping[str, Any], natural: Sequence, tie_break):
    """``query`` ordered by the whitelisted column ``q.sort`` then ``tie_break`` (the row id, so the order
    is total), or by ``natural`` (the list's own full order) when no column is chosen. Empty values last.

    An unknown sort key is a programming error (ValueError), not user input put into SQL."""
    if q.sort is None:
        return query.order_by(*natural)
    if q.sort not in columns:
        raise ValueError(f"not a sortable column: {q.sort!r}")
    column = columns[q.sort]
    if q.descending:
        return query.order_by(column.is_(None), column.desc(), tie_break.desc())
    return query.order_by(column.is_(None), column.asc(), tie_break)


def total_of(session, query) -> int:
    """How many rows ``query`` (unordered, unpaged) gives."""
    return session.exec(select(func.count()).select_from(query.order_by(None).subquery())).one()


def sliced(query, q: ListQuery):
    """``query`` limited to the page of ``q``."""
    query = query.offset(q.offset)
    return query if q.limit is None else query.limit(q.limit)


def text_pattern(text: str) -> str | None:
    """A LIKE pattern for "contains ``text``" (its own % and _ taken literally), None for no text."""
    text = (text or "").strip()
    if not text:
        return None
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
