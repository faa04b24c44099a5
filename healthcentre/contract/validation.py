"""A submission checked against the county's table specifications: the one place that says what
the county accepts beyond the schema's shape.

``payload`` says what a submission looks like (codes, keys of the right width, no duplicates);
this module says what it may contain, table by table as ``healthcentre.contract.tables``
specifies: only known tables and cells, every table and every cell present, each table's
measure and dimensions as specified (not as the sender declares), counts that are
non-negative and whole (study hours too: whole 45-minute hours), every count of people 0 or at least the
county's threshold, and margins that agree with their published cells. The receiver runs it
on every submission (over HTTP and from a transfer file) before storing anything, and the
laptop's own submissions pass it (a test builds them from demo registers).

Each problem is a ``Problem``: a message code of ``healthcentre.messages`` and its parameters,
naming the table and the cell.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator

from healthcentre.contract import tables
from healthcentre.contract.payload import TOTAL, Submission, Table

TOLERANCE = 1e-6  # study hours are fractions of 45 minutes: their sums are compared with this slack


@dataclasses.dataclass(frozen=True)
class Problem:
    """Why a submission is refused: a message code and its parameters (table, cell…)."""

    code: str
    params: dict[str, object]


def cell_label(key: tuple[str, ...]) -> str:
    """A cell key as the messages show it: ``(KURS, REG)``."""
    return "(" + ", ".join(key) + ")"


def first_problem(submission: Submission, *, threshold: int) -> Problem | None:
    """The first thing in ``submission`` the county refuses (tables in the specification's
    order), or None when it conforms; ``threshold`` is the county's own k."""
    return next(problems(submission, threshold=threshold), None)


def problems(submission: Submission, *, threshold: int) -> Iterator[Problem]:
    """Every table-level problem of ``submission``, then the cell-level ones table by table."""
    sent = {table.code: table for table in submission.tables}
    for code in sent:
        if code not in tables.BY_CODE:
            yield Problem("receiver_table_unknown", {"table": code})
    for spec in tables.TABLES:
        if spec.code not in sent:
            yield Problem("receiver_table_missing", {"table": spec.code})
    for spec in tables.TABLES:
        if spec.code in sent:
            yield from table_problems(sent[spec.code], spec, threshold=threshold)


def table_problems(table: Table, spec: tables.TableSpec, *, threshold: int) -> Iterator[Problem]:
    """What is wrong with ``table`` against its specification ``spec``."""
    if table.measure != spec.measure:
        yield Problem("receiver_table_measure", {"table": spec.code, "sent": table.measure, "expected": spec.measure})
        return
    if tuple((d.code, d.additive) for d in table.dimensions) != _shape(spec):
        yield Problem("receiver_table_dimensions", {"table": spec.code, "expected": _dimensions_label(spec)})
        return
    values = {cell.key: cell.value for cell in table.cells}
    keys = tables.cell_keys(spec)
    if len(values) != len(keys) or not values.keys() <= _known(spec):
        yield from _unknown_or_missing(spec, values)
    yield from _value_problems(spec, values, threshold)
    if spec.margins:
        yield from margin_problems(spec, values)


@functools.lru_cache(maxsize=None)
def _shape(spec: tables.TableSpec) -> tuple[tuple[str, bool], ...]:
    return tuple((d.code, d.additive) for d in spec.dimensions)


@functools.lru_cache(maxsize=None)
def _known(spec: tables.TableSpec) -> frozenset[tuple[str, ...]]:
    return frozenset(tables.cell_keys(spec))


def _unknown_or_missing(spec: tables.TableSpec, values: dict[tuple[str, ...], float | None]) -> Iterator[Problem]:
    known = _known(spec)
    for key in values:
        if key not in known:
            yield Problem("receiver_cell_unknown", {"table": spec.code, "cell": cell_label(key)})
    for key in tables.cell_keys(spec):
        if key not in values:
            yield Problem("receiver_cell_missing", {"table": spec.code, "cell": cell_label(key)})


def _dimensions_label(spec: tables.TableSpec) -> str:
    return " × ".join(d.code for d in spec.dimensions)


def _value_problems(spec: tables.TableSpec, values: dict[tuple[str, ...], float | None],
                    threshold: int) -> Iterator[Problem]:
    """Negative counts, fractions (every table counts whole units), people between 0 and k."""
    people = spec.measure == "people"
    for key in tables.cell_keys(spec):
        value = values.get(key)
        if value is None:
            continue
        if value < 0:
            yield _located("receiver_count_negative", spec, key, value)
        elif value != int(value):
            yield _located("receiver_count_not_whole", spec, key, value)
        elif people and 0 < value < threshold:
            yield _located("receiver_people_below_threshold", spec, key, value, threshold=threshold)


def _located(code: str, spec: tables.TableSpec, key: tuple[str, ...], value: float, **more: object) -> Problem:
    return Problem(code, {"table": spec.code, "cell": cell_label(key), "value": _number(value), **more})


def margin_problems(spec: tables.TableSpec, values: dict[tuple[str, ...], float | None]) -> Iterator[Problem]:
    """Margins that disagree with their cells, where both are published: a margin is never
    smaller than a cell of it, and along an additive dimension it is the sum of its cells
    when all of them are published."""
    for line, parts, dimension in _lines(spec):
        margin = values.get(line)
        if margin is None:
            continue
        known = [values.get(key) for key in parts]
        for key, value in zip(parts, known):
            if value is not None and value > margin + TOLERANCE:
                yield Problem("receiver_margin_below_cell", {
                    "table": spec.code, "cell": cell_label(key), "value": _number(value),
                    "margin": cell_label(line), "total": _number(margin)})
        if dimension.additive and None not in known and abs(sum(known) - margin) > TOLERANCE:
            yield Problem("receiver_margin_sum", {
                "table": spec.code, "cell": cell_label(line), "total": _number(margin),
                "sum": _number(sum(known)), "dimension": dimension.code})


Key = tuple[str, ...]


@functools.lru_cache(maxsize=None)
def _lines(spec: tables.TableSpec) -> tuple[tuple[Key, tuple[Key, ...], tables.DimensionSpec], ...]:
    """Each margin of ``spec`` with the cells along one dimension that it covers, dimension by dimension."""
    lines = []
    for axis, dimension in enumerate(spec.dimensions):
        grouped: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for key in tables.cell_keys(spec):
            if key[axis] != TOTAL:
                grouped.setdefault((*key[:axis], TOTAL, *key[axis + 1:]), []).append(key)
        lines.extend((line, tuple(parts), dimension) for line, parts in grouped.items())
    return tuple(lines)


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"
