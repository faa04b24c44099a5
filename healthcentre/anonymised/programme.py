"""The relations of ``healthcentre.anonymised.relations`` as a sparse matrix, and a warm-started HiGHS model.

Both the anonymiser and the attacker solve many small linear programmes over the
same year's relations that differ only in their objective or in a few bounds.
``YearMatrix`` holds the relations once per year (rows ``sum(a × count) = 0`` or
``<= 0``, columns the canonical counts of ``relations.people_refs``, each at least
its floor: 0, or what the site's study hours imply, ``relations.site_floors``), and
``Programme`` keeps one HiGHS model alive so that each further solve starts from
the last optimal basis (primal simplex after a new objective, dual after new
bounds; one thread): a few dozen iterations instead of a fresh solve.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Mapping

import highspy
import numpy as np

from healthcentre.anonymised import relations as rel

INF = highspy.kHighsInf
_OPTIONS = (("threads", 1), ("presolve", "off"), ("output_flag", False))
PRIMAL, DUAL = 4, 1  # simplex strategies: primal after changing the objective, dual after changing bounds


@dataclasses.dataclass(frozen=True)
class YearMatrix:
    """Every relation of a year as coordinate lists (row, column, coefficient) over ``refs``."""

    refs: tuple[rel.Ref, ...]
    rows: np.ndarray
    columns: np.ndarray
    coefficients: np.ndarray
    equal: np.ndarray  # per row: True for ``= 0``, False for ``<= 0``
    floors: np.ndarray  # per column: the least value the count can have

    @functools.cached_property
    def neighbours(self) -> list[frozenset[int]]:
        """Each count with every count it shares a relation with."""
        members: dict[int, set[int]] = {}
        for row, column in zip(self.rows.tolist(), self.columns.tolist()):
            members.setdefault(row, set()).add(column)
        near: list[set[int]] = [{column} for column in range(len(self.refs))]
        for row_members in members.values():
            for column in row_members:
                near[column].update(row_members)
        return [frozenset(cells) for cells in near]

    def apply(self, x: np.ndarray) -> np.ndarray:
        """The left-hand side of every relation at the point ``x``."""
        return np.bincount(self.rows, weights=self.coefficients * x[self.columns], minlength=len(self.equal))

    def violation(self, x: np.ndarray) -> float:
        """How far ``x`` is from satisfying every relation and ``x >= floors`` (0 when it does)."""
        lhs = self.apply(x)
        worst = max(np.abs(lhs[self.equal]).max(initial=0.0), lhs[~self.equal].max(initial=0.0))
        return max(worst, (self.floors - x).max(initial=0.0))


def _coordinates(relations, index: dict, first_row: int) -> tuple[list, list, list, list]:
    rows, columns, coefficients, equal = [], [], [], []
    for r, relation in enumerate(relations, start=first_row):
        merged: dict[int, float] = {}
        for ref, coefficient in relation.terms:
            merged[index[ref]] = merged.get(index[ref], 0.0) + coefficient
        for column, coefficient in merged.items():
            if coefficient:
                rows.append(r)
                columns.append(column)
                coefficients.append(coefficient)
        equal.append(relation.equal)
    return rows, columns, coefficients, equal


@functools.lru_cache(maxsize=4)
def year_matrix(year: int) -> YearMatrix:
    """The relations of ``year`` (cached: they depend on the year only)."""
    refs = tuple(rel.people_refs(year))
    rows, columns, coefficients, equal = _coordinates(rel.year_relations(year), {r: i for i, r in enumerate(refs)}, 0)
    return YearMatrix(refs, np.array(rows), np.array(columns), np.array(coefficients), np.array(equal),
                      np.zeros(len(refs)))


def site_matrix(year: int, extra, floors: Mapping[rel.Ref, float] | None = None) -> YearMatrix:
    """The relations of ``year`` and the site's own ``extra`` relations (``relations.site_relations``), each
    count at least its floor of ``floors`` (``relations.site_floors``; 0 where it has none)."""
    base = year_matrix(year)
    if not extra and not floors:
        return base
    index = {ref: i for i, ref in enumerate(base.refs)}
    least = base.floors.copy()
    for ref, floor in (floors or {}).items():
        least[index[ref]] = floor
    rows, columns, coefficients, equal = _coordinates(extra, index, len(base.equal))
    return YearMatrix(base.refs, np.concatenate([base.rows, rows]).astype(int),
                      np.concatenate([base.columns, columns]).astype(int),
                      np.concatenate([base.coefficients, coefficients]), np.concatenate([base.equal, equal]).astype(bool),
                      least)


class Infeasible(ValueError):
    """The programme has no solution."""


class SolverError(RuntimeError):
    """HiGHS ended without an answer (it should not on programmes this small)."""


class _QuietHighs(highspy.Highs):
    """HiGHS that never writes to the console: highspy's constructor enables callbacks, and that
    first call prints the version banner to stdout unless ``output_flag`` is already off."""

    def enableCallbacks(self):  # noqa: N802 - HiGHS' own name
        """Turn the console log off before HiGHS can write its banner, then enable as usual."""
        self.setOptionValue("output_flag", False)
        return super().enableCallbacks()


class Programme:
    """One HiGHS model: ``row_lower <= A x <= row_upper``, ``lower <= x <= upper``, minimise ``cost · x``.

    Columns and rows are given once; costs and column bounds change between solves. ``strategy``:
    ``PRIMAL`` when mostly the objective changes between solves, ``DUAL`` when mostly the bounds do."""

    def __init__(self, rows: np.ndarray, columns: np.ndarray, coefficients: np.ndarray, row_lower: np.ndarray,
                 row_upper: np.ndarray, lower: np.ndarray, upper: np.ndarray, strategy: int) -> None:
        self.size = len(lower)
        self.highs = _QuietHighs()
        for name, value in _OPTIONS:
            self.highs.setOptionValue(name, value)
        self.highs.setOptionValue("simplex_strategy", strategy)
        order = np.lexsort((rows, columns))
        lp = highspy.HighsLp()
        lp.num_col_, lp.num_row_ = self.size, len(row_lower)
        lp.col_cost_ = np.zeros(self.size)
        lp.col_lower_, lp.col_upper_ = np.asarray(lower, float), np.asarray(upper, float)
        lp.row_lower_, lp.row_upper_ = np.asarray(row_lower, float), np.asarray(row_upper, float)
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_ = np.searchsorted(columns[order], np.arange(self.size + 1)).astype(np.int32)
        lp.a_matrix_.index_ = rows[order].astype(np.int32)
        lp.a_matrix_.value_ = coefficients[order].astype(float)
        self.highs.passModel(lp)
        self._all = np.arange(self.size, dtype=np.int32)

    def set_cost(self, cost: np.ndarray) -> None:
        """The objective (minimised) for the next solves."""
        self.highs.changeColsCost(self.size, self._all, np.asarray(cost, float))

    def set_costs(self, columns, costs) -> None:
        """New objective coefficients for some columns."""
        columns = np.asarray(columns, dtype=np.int32)
        self.highs.changeColsCost(len(columns), columns, np.asarray(costs, float))

    def set_bounds(self, columns, lower, upper) -> None:
        """New bounds for some columns."""
        columns = np.asarray(columns, dtype=np.int32)
        self.highs.changeColsBounds(len(columns), columns, np.asarray(lower, float), np.asarray(upper, float))

    def solve(self) -> np.ndarray | None:
        """An optimal point, or None when the objective is unbounded; ``Infeasible`` when there is none."""
        self.highs.run()
        status = self.highs.getModelStatus()
        if status == highspy.HighsModelStatus.kUnboundedOrInfeasible:  # which one: solve afresh to tell
            self.highs.clearSolver()
            self.highs.run()
            status = self.highs.getModelStatus()
        if status == highspy.HighsModelStatus.kOptimal:
            return np.array(self.highs.getSolution().col_value)
        if status == highspy.HighsModelStatus.kUnbounded:
            return None
        if status == highspy.HighsModelStatus.kInfeasible:
            raise Infeasible(self.highs.modelStatusToString(status))
        raise SolverError(f"HiGHS: {self.highs.modelStatusToString(status)}")


def whole_range(low: float, high: float, eps: float = 1e-6) -> tuple[float, float]:
    """A range of real values rounded inwards to whole numbers (counts of people are whole)."""
    return float(math.ceil(low - eps)), (float(math.floor(high + eps)) if high < math.inf else math.inf)


def too_narrow(low: float, high: float, threshold: int) -> bool:
    """Whether a whole-number range is narrower than ``threshold`` or lies wholly below it."""
    return high < threshold or high - low < threshold
