"""The linear-programming attacker: what can the county compute about each withheld count?

Given every count of people the county holds for a site's year (published numbers,
plus anything else it knows, e.g. an unchanged count from an earlier version) and
the relations of ``healthcentre.anonymised.relations``, each withheld count is bounded
by solving two linear programmes (minimise it, maximise it) with HiGHS. A breach is
a withheld count whose feasible range ``[low, high]`` is narrower than the
threshold k, or lies wholly below k (``high < k``). Ranges are rounded inwards to
whole numbers, since counts of people are whole.

The programme has one column per withheld count, at least its floor (0, or what the
site's published study hours imply), and one row per relation that involves one
(the published counts moved to the right-hand side); every solve
starts from the previous optimal basis. Every solution found (first of random
weighted sums, then of single counts) is a feasible point, so it widens the known
range of every count: a count whose known range already is at least k wide and
reaches k is proven safe without solving for it.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence

import numpy as np

from healthcentre.anonymised import relations as rel
from healthcentre.contract.payload import Table
from healthcentre.anonymised.programme import INF, PRIMAL, Infeasible, Programme, site_matrix, too_narrow, whole_range

_EPS = 1e-6
# Solves with random weights on the not yet proven counts (maximised, then minimised) before solving
# for single counts: each solution is a feasible point that widens every count's known range.
_BATCH_ROUNDS = 2


@dataclasses.dataclass(frozen=True)
class Breach:
    """A withheld count the county could compute or narrow below the threshold."""

    period: str
    table: str
    key: tuple[str, ...]
    low: float
    high: float


class InconsistentCounts(ValueError):
    """The counts given to the attacker contradict the relations (a bug in whoever made them)."""


def release_values(release: Mapping[str, Sequence[Table]], *, year: int,
                   known: Mapping[rel.Ref, float] | None = None) -> dict[rel.Ref, float | None]:
    """Every count of people of ``year`` as the county sees it: the number, or None when withheld.

    ``release`` maps period codes to their tables; ``known`` adds counts the county
    knows by other means (they override a withheld cell). A count shown by several
    cells is known when any of them shows it."""
    values: dict[rel.Ref, float | None] = dict.fromkeys(rel.people_refs(year))
    for period, period_tables in release.items():
        for table in period_tables:
            for cell in table.cells:
                ref = rel.canonical(period, table.code, cell.key)
                if ref in values and cell.value is not None:
                    values[ref] = cell.value
    for ref, value in (known or {}).items():
        values[ref] = value
    return values


def find_breaches(values: Mapping[rel.Ref, float | None], *, year: int, threshold: int,
                  extra: Sequence[rel.Relation] = (), floors: Mapping[rel.Ref, float] | None = None) -> list[Breach]:
    """Every withheld count (value None) of ``year`` the county could compute or narrow below ``threshold``,
    with the site's ``extra`` relations (``relations.site_relations``) besides the year's, and the least
    values its study hours imply (``floors``, ``relations.site_floors``)."""
    matrix = site_matrix(year, tuple(extra), floors)
    hidden = np.array([values.get(ref) is None for ref in matrix.refs])
    if not hidden.any():
        return []
    known = np.array([0.0 if values.get(ref) is None else float(values[ref]) for ref in matrix.refs])
    attacker = _Attacker(matrix, hidden, known)
    found = attacker.breaches(threshold)
    unknown = [ref for ref, is_hidden in zip(matrix.refs, hidden) if is_hidden]
    return [Breach(*unknown[i], low=low, high=high) for i, (low, high) in found]


def attack(release: Mapping[str, Sequence[Table]], *, year: int, threshold: int,
           known: Mapping[rel.Ref, float] | None = None) -> list[Breach]:
    """The breaches in what the county receives for ``year`` (``release``), with ``known`` extra knowledge."""
    events = {period: rel.events_of({t.code: {c.key: c.value for c in t.cells} for t in period_tables})
              for period, period_tables in release.items()}
    extra = rel.site_relations(year, events, first_year=False)
    return find_breaches(release_values(release, year=year, known=known), year=year, threshold=threshold, extra=extra,
                         floors=rel.site_floors(year, events))


class _Attacker:
    """The programme over the withheld counts, and the range of each seen in the solutions so far."""

    def __init__(self, matrix, hidden: np.ndarray, known: np.ndarray) -> None:
        local = np.cumsum(hidden) - 1
        is_free = hidden[matrix.columns]
        rhs = -np.bincount(matrix.rows[~is_free], weights=matrix.coefficients[~is_free] * known[matrix.columns[~is_free]],
                           minlength=len(matrix.equal))
        used, row_of = np.unique(matrix.rows[is_free], return_inverse=True)
        self.size = int(hidden.sum())
        if len(used) == 0:
            self.programme = None
        else:
            self.programme = Programme(row_of, local[matrix.columns[is_free]], matrix.coefficients[is_free],
                                       np.where(matrix.equal[used], rhs[used], -INF), rhs[used],
                                       matrix.floors[hidden], np.full(self.size, INF), PRIMAL)
        self.low_seen = np.full(self.size, np.inf)
        self.high_seen = np.full(self.size, -np.inf)

    def _solve(self, cost: np.ndarray) -> float:
        """The optimum of minimising ``cost`` (-inf when unbounded); records the solution."""
        self.programme.set_cost(cost)
        try:
            x = self.programme.solve()
        except Infeasible as error:
            raise InconsistentCounts(str(error)) from error
        if x is None:
            return -math.inf
        self.low_seen = np.minimum(self.low_seen, x)
        self.high_seen = np.maximum(self.high_seen, x)
        return float(cost @ x)

    def _safe(self, i: int, threshold: int) -> bool:
        return self.high_seen[i] - self.low_seen[i] >= threshold - _EPS and self.high_seen[i] >= threshold - _EPS

    def breaches(self, threshold: int) -> list[tuple[int, tuple[float, float]]]:
        """Each withheld count (its index among them) whose whole-number range is narrower than, or below,
        ``threshold``, with that range."""
        if self.programme is None:
            return []
        pending = np.arange(self.size)
        random = np.random.default_rng(0)
        for _ in range(_BATCH_ROUNDS):
            weights = np.zeros(self.size)
            weights[pending] = random.random(len(pending)) + 0.5
            self._solve(-weights)
            self._solve(weights)
            pending = np.array([i for i in pending if not self._safe(i, threshold)], dtype=int)
        found = []
        for i in pending:
            if self._safe(i, threshold):
                continue
            unit = np.zeros(self.size)
            unit[i] = 1.0
            high = -self._solve(-unit)
            if high == math.inf or self._safe(i, threshold):
                continue
            low, high = whole_range(self._solve(unit), high)
            if too_narrow(low, high, threshold):
                found.append((int(i), (low, high)))
        return found
