"""Choosing the counts to withhold besides the small ones, with a constructive proof of safety.

The model is the year's relations in deviations from the true counts ``v``: a
point is ``v + up − down`` (``up``, ``down`` >= 0, ``down <= v − floor`` so no count
goes below its floor: 0, or what the site's study hours imply), every relation of
``healthcentre.anonymised.relations`` stays true, and a count the county knows
cannot move. Moving a published count costs its weight;
moving a withheld one is free. To protect a withheld count, one warm-started
HiGHS solve asks for the cheapest point that moves it up (or down) far enough;
every published count that point moves is withheld from then on, so the point is
indistinguishable from the truth to the county. Every such point (and the far ends
of its line through ``v``) widens the known range of every withheld count; a count
whose known range spans at least k and reaches k is safe, whatever else happens,
since withholding more only widens every range.
"""

from __future__ import annotations

import numpy as np

from healthcentre.anonymised.disclosure import InconsistentCounts
from healthcentre.anonymised.programme import DUAL, INF, Infeasible, Programme, SolverError, YearMatrix

_CLEAN = 1e-7  # a deviation this small is none (the solver's tolerance)
_FEASIBLE = 1e-6  # a point is accepted when no relation is off by more
_EPS = 1e-6
_LINE_LIMIT = 100.0


class Protector:
    """The deviation programme of one site's year, the withheld counts and the range each is known to span."""

    def __init__(self, matrix: YearMatrix, values: np.ndarray, withheld: np.ndarray, fixed: np.ndarray,
                 threshold: int, weights: np.ndarray) -> None:
        self.matrix, self.v, self.k, self.weights = matrix, values, threshold, weights
        self.withheld = withheld.copy()
        self.fixed = fixed
        self.hidden = withheld & ~fixed
        if matrix.violation(values) > _EPS:
            raise InconsistentCounts("the counts do not satisfy the relations")
        lhs = matrix.apply(values)
        self.slack = np.maximum(-lhs, 0.0)
        n = len(values)
        self.n = n
        self.up_limit = np.where(fixed, 0.0, INF)
        self.room = values - matrix.floors  # how far each count can go down
        self.down_limit = np.where(fixed, 0.0, self.room)
        self.programme = Programme(
            np.concatenate([matrix.rows, matrix.rows]), np.concatenate([matrix.columns, matrix.columns + n]),
            np.concatenate([matrix.coefficients, -matrix.coefficients]),
            np.where(matrix.equal, 0.0, -INF), np.where(matrix.equal, 0.0, self.slack),
            np.zeros(2 * n), np.concatenate([self.up_limit, self.down_limit]), DUAL)
        self.reasons: dict[int, tuple[int, ...]] = {}  # a count withheld to protect others: which ones
        self.low = np.zeros(n)  # the lowest deviation of each count seen in a feasible point
        self.high = np.zeros(n)
        self._set_cost()

    def _set_cost(self) -> None:
        cost = np.where(self.hidden | self.fixed, 0.0, self.weights)
        self.programme.set_cost(np.concatenate([cost, cost]))

    def unsafe(self) -> np.ndarray:
        """The withheld counts (indices) whose known range is narrower than k or below k."""
        low = np.ceil(self.v + self.low - _EPS)
        high = np.floor(self.v + self.high + _EPS)
        return np.flatnonzero(self.hidden & ((high < self.k) | (high - low < self.k)))

    def moves(self, i: int) -> list[tuple[bool, float]]:
        """The moves that would make count ``i`` safe, best first: (upwards, by how much)."""
        low = np.ceil(self.v[i] + self.low[i] - _EPS)
        high = np.floor(self.v[i] + self.high[i] + _EPS)
        up = self.k - self.v[i] + max(low, 0.0)  # reach k above the lowest value seen, and k itself
        if high < self.k:  # reach k first: the line through the true counts often reaches 0 on its own
            return [(True, self.k - self.v[i]), (True, up)] if low > 0 else [(True, up)]
        down = self.v[i] - (high - self.k)  # reach k below the highest value seen
        return [(False, down), (True, up)] if 0 < down <= self.room[i] else [(True, up)]

    def move(self, wanted: dict[int, tuple[bool, float]]) -> bool:
        """Find the cheapest point that moves each count of ``wanted`` as asked, withhold what it moves and
        record it; False when there is none."""
        cells = np.array(list(wanted), dtype=int)
        columns = np.concatenate([cells, cells + self.n])
        upwards = np.array([wanted[i][0] for i in cells])
        amounts = np.array([wanted[i][1] for i in cells])
        lower = np.concatenate([np.where(upwards, amounts, 0.0), np.where(upwards, 0.0, amounts)])
        upper = np.concatenate([np.where(upwards, self.up_limit[cells], 0.0),
                                np.where(upwards, 0.0, self.down_limit[cells])])
        self.programme.set_bounds(columns, lower, upper)
        try:
            x = self.programme.solve()
        except (Infeasible, SolverError):
            x = None
        finally:
            self.programme.set_bounds(columns, np.zeros(len(columns)),
                                      np.concatenate([self.up_limit[cells], self.down_limit[cells]]))
        if x is None:
            return False
        deviation = x[:self.n] - x[self.n:]
        deviation[np.abs(deviation) <= _CLEAN] = 0.0
        moved = (deviation != 0) & ~self.hidden
        if moved.any():
            self.reasons.update(dict.fromkeys(np.flatnonzero(moved).tolist(), tuple(cells.tolist())))
            self.hidden |= moved
            self.withheld |= moved
            columns = np.flatnonzero(moved)
            self.programme.set_costs(np.concatenate([columns, columns + self.n]), np.zeros(2 * len(columns)))
        self._record_line(deviation)
        return True

    def _record_line(self, deviation: np.ndarray) -> None:
        """Record ``v + t × deviation`` at t = 1 and at both ends of the feasible segment of that line: points
        the county cannot rule out, as they change only withheld counts and keep every relation."""
        if np.any(deviation[~self.hidden]):
            return
        change = self.matrix.apply(deviation)
        for t in (1.0, *self._line_ends(deviation, change)):
            point = t * deviation
            if self.matrix.violation(self.v + point) <= _FEASIBLE:
                self.low = np.minimum(self.low, point)
                self.high = np.maximum(self.high, point)

    def _line_ends(self, deviation: np.ndarray, change: np.ndarray) -> tuple[float, float]:
        """The smallest (<= 0) and largest (>= 1) t for which ``v + t × deviation`` satisfies every relation."""
        inequality = ~self.matrix.equal
        rising, falling = inequality & (change > _EPS), inequality & (change < -_EPS)
        up, down = deviation > 0, deviation < 0
        high = min(np.min(self.slack[rising] / change[rising], initial=_LINE_LIMIT),
                   np.min(self.room[down] / -deviation[down], initial=_LINE_LIMIT))
        low = max(np.max(self.slack[falling] / change[falling], initial=-_LINE_LIMIT),
                  np.max(-self.room[up] / deviation[up], initial=-_LINE_LIMIT))
        return min(low, 0.0), max(high, 1.0)
