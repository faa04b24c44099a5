"""The county submission: the one schema shared by the laptop that sends and the receiver.

Schema version 2 (``SCHEMA_VERSION``; the receiver refuses versions below
``OLDEST_SCHEMA_VERSION`` with a request to update the app). A submission carries
the anonymised count tables of one site for one calendar period (a month
``2026-03``, a quarter ``2026-Q1`` or a year ``2026``) and nothing else: codes and
numbers only, no names, birth years, participant ids or free text. Every cell key
is a code from the county's catalogues (``_total`` marks a margin). A withheld
cell has no value. This module checks the shape; ``healthcentre.contract.validation``
checks the contents against the county's table specifications.

A newer ``version`` of the same site and period replaces an older one at the
county, if it ``includes`` every register change the older one did (several laptops
of a site: ``healthcentre.contract.includes``); the ``submission_id`` makes re-sending
the same submission harmless.
"""

from __future__ import annotations

import datetime as dt
import uuid
from itertools import product
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from healthcentre.contract.includes import MAX_ORIGINS, ORIGIN_PATTERN
from healthcentre.contract.threshold import DEFAULT_THRESHOLD  # noqa: F401  (re-exported: part of the contract)

SCHEMA_VERSION = 2  # 2: every submission is checked against the county's table specifications
OLDEST_SCHEMA_VERSION = 2  # a laptop sending an older version is told to update the app
TOTAL = "_total"
CODE_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_+\-]{0,39}$"  # no leading + or -: a spreadsheet reads that as a formula
PERIOD_PATTERN = r"^(19|20)\d\d(-(0[1-9]|1[0-2])|-Q[1-4])?$"
MAX_TABLES = 64
MAX_CELLS = 5000
MAX_DIMENSIONS = 3
MAX_COUNT = 1e9  # no count or number of hours comes near; sums across sites stay finite
MAX_VERSION = 2**31 - 1  # fits the receiver's INTEGER column in SQLite and PostgreSQL
SITE_KINDS = ("halsocenter", "recovery_college", "meeting_place", "other")  # the laptop's ``SiteKind`` values
EARLIEST, LATEST = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc), dt.datetime(2100, 1, 1, tzinfo=dt.timezone.utc)


Code = Annotated[str, StringConstraints(pattern=CODE_PATTERN)]
Origin = Annotated[str, StringConstraints(pattern=ORIGIN_PATTERN)]
Seq = Annotated[int, Field(ge=0, le=2**62)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Dimension(_Strict):
    """One axis of a cross-tab. ``additive``: its cells sum to its ``_total`` margin
    (false where one unit may fall in several categories, e.g. target groups)."""

    code: str = Field(pattern=CODE_PATTERN)
    additive: bool = True


class Cell(_Strict):
    """One count: ``key`` holds one category code per dimension (``_total`` for a margin)."""

    key: tuple[Code, ...]  # checked by pydantic-core: a Python validator per cell cost the receiver ~1 ms a submission
    # finite and bounded here; that a count is not negative is checked (and named) by ``validation``
    value: float | None = Field(default=None, ge=-MAX_COUNT, le=MAX_COUNT, allow_inf_nan=False)
    withheld: bool = False

    @model_validator(mode="after")
    def _withheld_has_no_value(self) -> "Cell":
        if self.withheld and self.value is not None:
            raise ValueError("a withheld cell carries no value")
        if not self.withheld and self.value is None:
            raise ValueError("a cell that is not withheld needs a value")
        return self


class Table(_Strict):
    """A cross-tab of at most three dimensions with its margins. Its shape is checked here;
    what its cells may hold (known cells, whole counts, margins that add up, the threshold)
    is checked against the county's specification by ``healthcentre.contract.validation``.

    ``measure``: ``events`` (activities, sessions, hours; sent as they are) or
    ``people`` (counts of persons; small counts withheld)."""

    code: str = Field(pattern=CODE_PATTERN)
    measure: Literal["events", "people"]
    dimensions: tuple[Dimension, ...] = Field(max_length=MAX_DIMENSIONS)
    cells: tuple[Cell, ...] = Field(max_length=MAX_CELLS)

    @model_validator(mode="after")
    def _consistent(self) -> "Table":
        values = {cell.key: cell.value for cell in self.cells}
        width = len(self.dimensions)
        if len(values) != len(self.cells) or any(len(key) != width for key in values):
            self._raise_shape_problem(width)
        return self

    def _raise_shape_problem(self, width: int) -> None:
        """The first cell, in order, with the wrong number of parts or a key seen before."""
        keys = set()
        for cell in self.cells:
            if len(cell.key) != width:
                raise ValueError(f"table {self.code}: cell {cell.key} does not have {width} parts")
            if cell.key in keys:
                raise ValueError(f"table {self.code}: cell {cell.key} appears twice")
            keys.add(cell.key)

    def value(self, *key: str) -> float | None:
        """The value of the cell with ``key`` (None if withheld or absent)."""
        for cell in self.cells:
            if cell.key == key:
                return cell.value
        return None


class Submission(_Strict):
    """Everything one site sends for one period."""

    schema_version: int = Field(default=SCHEMA_VERSION, ge=1, le=SCHEMA_VERSION)
    submission_id: uuid.UUID
    site_code: str = Field(pattern=CODE_PATTERN)
    municipality_code: str = Field(pattern=r"^06\d\d$")
    period: str = Field(pattern=PERIOD_PATTERN)
    version: int = Field(ge=1, le=MAX_VERSION)
    app_version: str = Field(max_length=40, pattern=r"^[0-9A-Za-z.+\-]+$")
    threshold: int = Field(ge=1, le=100)
    created_at: dt.datetime
    tables: tuple[Table, ...] = Field(max_length=MAX_TABLES)
    # optional, so that submissions of laptops from before it still validate; the county keeps it per site
    site_kind: Literal[SITE_KINDS] | None = None
    # optional as well: the register changes it was built from, {origin: seq} (``contract.includes``); the
    # county never lets a submission replace one that includes changes it lacks
    includes: dict[Origin, Seq] | None = Field(default=None, max_length=MAX_ORIGINS)

    @field_validator("created_at")
    @classmethod
    def _a_real_moment(cls, moment: dt.datetime) -> dt.datetime:
        """In UTC (a time without zone is taken as UTC) and within this century."""
        moment = moment.replace(tzinfo=dt.timezone.utc) if moment.tzinfo is None else moment
        if not EARLIEST <= moment < LATEST:
            raise ValueError("created_at must lie between 2000 and 2100")
        return moment.astimezone(dt.timezone.utc)

    @model_validator(mode="after")
    def _unique_tables(self) -> "Submission":
        codes = [t.code for t in self.tables]
        if len(codes) != len(set(codes)):
            raise ValueError("a table code appears twice")
        return self

    def table(self, code: str) -> Table:
        """The table with ``code``."""
        for table in self.tables:
            if table.code == code:
                return table
        raise KeyError(code)


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """First and last day of a period code (month, quarter or year)."""
    year = int(period[:4])
    if len(period) == 4:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if period[5] == "Q":
        quarter = int(period[6])
        first = dt.date(year, 3 * quarter - 2, 1)
        last_month = 3 * quarter
    else:
        first = dt.date(year, int(period[5:7]), 1)
        last_month = first.month
    if last_month == 12:
        return first, dt.date(year, 12, 31)
    return first, dt.date(year, last_month + 1, 1) - dt.timedelta(days=1)


def periods_containing(month: str) -> list[str]:
    """The month itself, its quarter and its year: every period a change in ``month`` touches."""
    year, number = month[:4], int(month[5:7])
    return [month, f"{year}-Q{(number - 1) // 3 + 1}", year]


def full_grid(categories: list[list[str]]) -> list[tuple[str, ...]]:
    """Every cell key of a cross-tab, margins included (``_total`` on each axis)."""
    return list(product(*[[*cats, TOTAL] for cats in categories]))
