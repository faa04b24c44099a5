"""The independent attacker: everything a reader of a site's published tables can compute about a withheld count.

This module reads the county tables by its own code path, from the table
specifications of ``healthcentre.contract.tables`` and its own reading of what the
tables count, and never from the relations the protection uses
(``healthcentre.anonymised.relations``; an import-linter contract keeps it so): a
relation the protection forgets is then one this attacker still finds.

Its model (``attacker_rows``) has one variable per cell of people and the relations anyone can
read off the published tables, and what the county may know besides them.

Each withheld count is bounded by two linear programmes (HiGHS); a breach is a range,
rounded inwards to whole numbers, narrower than k or wholly below k.
``integer_ranges`` solves the same bounds as integer programmes, to measure how far
the continuous bounds are from the integer ones.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping, Sequence

import highspy
import numpy as np

from healthcentre.contract.payload import Table
from healthcentre.anonymised.attacker_rows import (
    Cell, Knowledge, Row, people_cells, published_events, published_people, year_rows,
)
from healthcentre.anonymised.programme import INF, PRIMAL, Infeasible, Programme, too_narrow, whole_range

_EPS = 1e-6
_SAMPLE_ROUNDS = 2  # random weighted solves before single ones: each solution widens every range seen


@dataclasses.dataclass(frozen=True)
class Narrowed:
    """A withheld count the attacker computes or narrows below the threshold."""

    cell: Cell
    low: float
    high: float


class Model:
    """The programme over every people cell of a year, published cells fixed."""

    def __init__(self, year: int, shown: Mapping[Cell, float | None], events: Mapping[Cell, float],
                 knowledge: Knowledge = Knowledge()) -> None:
        self.cells = people_cells(year)
        index = {cell: i for i, cell in enumerate(self.cells)}
        rows = year_rows(year, events, knowledge)
        r, c, a = [], [], []
        for number, row in enumerate(rows):
            for cell, coefficient in row.terms:
                r.append(number)
                c.append(index[cell])
                a.append(coefficient)
        value = np.array([np.nan if shown.get(cell) is None else float(shown[cell]) for cell in self.cells])
        self.hidden = np.flatnonzero(np.isnan(value))
        lower = np.where(np.isnan(value), 0.0, value)
        upper = np.where(np.isnan(value), INF, value)
        self.rows = len(rows)
        self.programme = Programme(np.array(r), np.array(c), np.array(a), np.array([row.low for row in rows]),
                                   np.array([row.high for row in rows]), lower, upper, PRIMAL)
        self.low_seen = np.full(len(self.cells), np.inf)
        self.high_seen = np.full(len(self.cells), -np.inf)

    def optimum(self, cost: np.ndarray) -> float:
        """The minimum of ``cost · x`` (-inf when unbounded); every solution widens the ranges seen."""
        self.programme.set_cost(cost)
        x = self.programme.solve()
        if x is None:
            return -math.inf
        self.low_seen = np.minimum(self.low_seen, x)
        self.high_seen = np.maximum(self.high_seen, x)
        return float(cost @ x)

    def _unit(self, i: int, sign: float) -> np.ndarray:
        cost = np.zeros(len(self.cells))
        cost[i] = sign
        return cost

    def range_of(self, i: int) -> tuple[float, float]:
        """The whole-number range cell ``i`` can take."""
        high = -self.optimum(self._unit(i, -1.0))
        return whole_range(self.optimum(self._unit(i, 1.0)), high)

    def narrowed(self, threshold: int) -> list[Narrowed]:
        """Every withheld cell whose range is narrower than ``threshold`` or below it."""
        random = np.random.default_rng(1)
        pending = self.hidden
        for _ in range(_SAMPLE_ROUNDS):
            weights = np.zeros(len(self.cells))
            weights[pending] = random.random(len(pending)) + 0.5
            self.optimum(-weights)
            self.optimum(weights)
            pending = pending[~self._proven(pending, threshold)]
        found = []
        for i in pending:
            if self._proven(np.array([i]), threshold)[0]:
                continue
            low, high = self.range_of(int(i))
            if too_narrow(low, high, threshold):
                found.append(Narrowed(self.cells[i], low, high))
        return found

    def _proven(self, cells: np.ndarray, threshold: int) -> np.ndarray:
        low, high = self.low_seen[cells], self.high_seen[cells]
        return (high - low >= threshold - _EPS) & (high >= threshold - _EPS)

    def integer_range(self, i: int, time_limit: float = 10.0) -> tuple[float, float]:
        """The range of cell ``i`` when every count is a whole number (a mixed-integer programme)."""
        highs = self.programme.highs
        every = np.arange(len(self.cells), dtype=np.int32)
        highs.changeColsIntegrality(len(every), every, np.full(len(every), highspy.HighsVarType.kInteger))
        highs.setOptionValue("time_limit", time_limit)
        try:
            bounds = []
            for sign in (1.0, -1.0):
                self.programme.set_cost(self._unit(i, sign))
                highs.run()
                if highs.getModelStatus() == highspy.HighsModelStatus.kUnbounded:
                    bounds.append(math.inf)
                    continue
                if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
                    raise Infeasible(highs.modelStatusToString(highs.getModelStatus()))
                bounds.append(sign * highs.getInfo().objective_function_value)
        finally:
            highs.changeColsIntegrality(len(every), every, np.full(len(every), highspy.HighsVarType.kContinuous))
            highs.setOptionValue("time_limit", INF)
        return bounds[0], bounds[1]


def attack(release: Mapping[str, Sequence[Table]], *, year: int, threshold: int,
           known: Mapping[Cell, float] | None = None, knowledge: Knowledge = Knowledge()) -> list[Narrowed]:
    """Every withheld count of ``release`` (period -> tables of one site's ``year``) the county could compute or
    narrow below ``threshold``, also knowing the counts of ``known`` and the outside ``knowledge``."""
    shown = {**published_people(release), **(known or {})}
    return Model(year, shown, published_events(release), knowledge).narrowed(threshold)


def violated(rows: Iterable[Row], values: Mapping[Cell, float]) -> list[Row]:
    """The relations of ``rows`` the true counts ``values`` break (none, when the attacker reads the tables right)."""
    broken = []
    for row in rows:
        total = sum(coefficient * values[cell] for cell, coefficient in row.terms)
        if total < row.low - _EPS or total > row.high + _EPS:
            broken.append(row)
    return broken
