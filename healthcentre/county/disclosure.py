"""The linear-programming attacker: what can the county compute about each withheld count?

Given every count of people the county holds for a site's year (published numbers,
plus anything else it knows, e.g. an unchanged count from an earlier version) and
the relations of ``healthcentre.county.relations``, each withheld count is bounded
by solving two linear programmes (minimise it, maximise it) with HiGHS. A breach is
a withheld count whose feasible range ``[low, high]`` is narrower than the
threshold k, or lies wholly below k (``high < k``). Ranges are rounded inwards to
whole numbers, since counts of people are whole.

The programme is split into independent components (withheld counts linked by some
relation), each built sparsely. Every solution found (first of random weighted sums, then of single counts) is a feasible point of the
component, so it widens the known range of every count in it; a count whose known
range already is at least k wide and reaches k is proven safe without solving for it.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import csr_matrix

from healthcentre.county import relations as rel
from healthcentre.county.payload import Table

_EPS = 1e-6
# Solves with random weights on the not yet proven counts (maximised, then minimised) before solving
# for single counts: each solution is a feasible point that widens every count's known range.
_BATCH_ROUNDS = 3


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
                  cheap_first: bool = False, settled: set[rel.Ref] | None = None) -> list[Breach]:
    """Every withheld count (value None) of ``year`` the county could compute or narrow below ``threshold``.

    Bounds propagated along the relations (outer bounds, so anything they show narrow
    is a breach) come first; linear programmes settle the rest. ``cheap_first``: when
    propagation already finds breaches, return just those (for the anonymiser's rounds).
    ``settled``: counts already proven safe, not checked again; the counts proven safe
    now are added to it. Valid while counts are only ever added to the withheld ones:
    withholding one more count only widens every range."""
    unknown = [ref for ref, value in values.items() if value is None]
    index = {ref: i for i, ref in enumerate(unknown)}
    rows = _rows(values, index, rel.year_relations(year))
    settled = set() if settled is None else settled
    done = {index[ref] for ref in settled if ref in index}
    components = [_Component(members, component_rows, done)
                  for members, component_rows in _components(len(unknown), rows)]
    found = [(component, local, bounds) for component in components for local, bounds in component.narrow(threshold)]
    if not (cheap_first and found):
        found += [(component, local, bounds) for component in components
                  for local, bounds in component.unsafe(threshold)]
        flagged = {component.members[local] for component, local, _ in found}
        settled.update(unknown[i] for i in range(len(unknown)) if i not in flagged)
    return [Breach(*unknown[component.members[local]], low=low, high=high) for component, local, (low, high) in found]


def attack(release: Mapping[str, Sequence[Table]], *, year: int, threshold: int,
           known: Mapping[rel.Ref, float] | None = None) -> list[Breach]:
    """The breaches in what the county receives for ``year`` (``release``), with ``known`` extra knowledge."""
    return find_breaches(release_values(release, year=year, known=known), year=year, threshold=threshold)


def _rows(values, index, relations: Iterable[rel.Relation]) -> list[tuple[dict[int, int], float, bool]]:
    """Each relation with the known counts moved to the right-hand side: (coefficients, rhs, equal)."""
    rows = []
    for relation in relations:
        coefficients: dict[int, int] = {}
        rhs = 0.0
        for ref, coefficient in relation.terms:
            value = values.get(ref)
            if value is None and ref in index:
                coefficients[index[ref]] = coefficients.get(index[ref], 0) + coefficient
            elif value is not None:
                rhs -= coefficient * value
        coefficients = {c: a for c, a in coefficients.items() if a}
        if coefficients:
            rows.append((coefficients, rhs, relation.equal))
    return rows


def _components(size: int, rows) -> list[tuple[list[int], list]]:
    parent = list(range(size))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for coefficients, _, _ in rows:
        first, *others = coefficients
        for other in others:
            parent[find(other)] = find(first)
    groups: dict[int, list[int]] = {}
    for i in range(size):
        groups.setdefault(find(i), []).append(i)
    row_groups: dict[int, list] = {}
    for row in rows:
        row_groups.setdefault(find(next(iter(row[0]))), []).append(row)
    return [(members, row_groups.get(root, [])) for root, members in groups.items()]


class _Component:
    """The linear programme of one group of linked withheld counts."""

    def __init__(self, members: list[int], rows, settled: set[int]) -> None:
        local = {global_index: i for i, global_index in enumerate(members)}
        self.members = members
        self.size = len(members)
        self.rows = [({local[c]: a for c, a in coefficients.items()}, rhs, equal) for coefficients, rhs, equal in rows]
        self.skip: set[int] = {i for i, global_index in enumerate(members) if global_index in settled}
        self.equal = self._matrix([r for r in rows if r[2]], local)
        self.upper = self._matrix([r for r in rows if not r[2]], local)
        self.low_seen = np.full(self.size, np.inf)
        self.high_seen = np.full(self.size, -np.inf)

    def _matrix(self, rows, local):
        if not rows:
            return None, None
        data, row_index, columns = [], [], []
        for r, (coefficients, _, _) in enumerate(rows):
            for column, coefficient in coefficients.items():
                data.append(coefficient)
                row_index.append(r)
                columns.append(local[column])
        matrix = csr_matrix((data, (row_index, columns)), shape=(len(rows), self.size))
        return matrix, np.array([rhs for _, rhs, _ in rows])

    def _solve(self, objective: np.ndarray) -> float:
        """The optimum of minimising ``objective`` (inf when unbounded); records the solution."""
        result = linprog(objective, A_ub=self.upper[0], b_ub=self.upper[1], A_eq=self.equal[0], b_eq=self.equal[1],
                         bounds=(0, None), method="highs")
        if result.status == 3:
            return -math.inf
        if result.status != 0:
            raise InconsistentCounts(result.message)
        self.low_seen = np.minimum(self.low_seen, result.x)
        self.high_seen = np.maximum(self.high_seen, result.x)
        return result.fun

    def _safe(self, i: int, threshold: int) -> bool:
        return self.high_seen[i] - self.low_seen[i] >= threshold - _EPS and self.high_seen[i] >= threshold - _EPS

    def narrow(self, threshold: int) -> list[tuple[int, tuple[float, float]]]:
        """Members whose propagated (outer) bounds already are narrower than, or below, ``threshold``."""
        low, high = _propagate(self.size, self.rows)
        found = []
        for i in range(self.size):
            lo, hi = math.ceil(low[i] - _EPS), math.floor(high[i] + _EPS) if high[i] < math.inf else math.inf
            if hi < threshold or hi - lo < threshold:
                found.append((i, (float(lo), float(hi))))
                self.skip.add(i)
        return found

    def unsafe(self, threshold: int) -> list[tuple[int, tuple[float, float]]]:
        """Members (local index), other than those skipped or found by ``narrow``, whose whole-number feasible
        range is narrower than, or below, ``threshold``."""
        pending = np.array([i for i in range(self.size) if i not in self.skip], dtype=int)
        if len(pending) == 0 or (self.equal[0] is None and self.upper[0] is None):
            return []
        random = np.random.default_rng(0)
        for _ in range(_BATCH_ROUNDS):
            weights = np.zeros(self.size)
            weights[pending] = random.random(len(pending)) + 0.5
            self._solve(-weights)
            self._solve(weights)
            pending = np.array([i for i in pending if not self._safe(i, threshold)], dtype=int)
            if len(pending) == 0:
                return []
        found = []
        for i in pending:
            if self._safe(i, threshold):
                continue
            unit = np.zeros(self.size)
            unit[i] = 1.0
            high = -self._solve(-unit)
            if high == math.inf or self._safe(i, threshold):
                continue
            low = self._solve(unit)
            low, high = math.ceil(low - _EPS), math.floor(high + _EPS)
            if high < threshold or high - low < threshold:
                found.append((int(i), (float(low), float(high))))
        return found


def _propagate(size: int, rows, passes: int = 30) -> tuple[list[float], list[float]]:
    """Outer bounds of each count from its rows (``sum(a x) <= rhs``, or ``=``) and ``x >= 0``."""
    low, high = [0.0] * size, [math.inf] * size
    inequalities = []
    for coefficients, rhs, equal in rows:
        inequalities.append((coefficients, rhs))
        if equal:
            inequalities.append(({c: -a for c, a in coefficients.items()}, -rhs))
    for _ in range(passes):
        changed = False
        for coefficients, rhs in inequalities:
            least = [a * (low[c] if a > 0 else high[c]) for c, a in coefficients.items()]
            floor_sum = sum(least)
            if floor_sum == -math.inf and sum(1 for x in least if x == -math.inf) > 1:
                continue
            for (c, a), own in zip(coefficients.items(), least):
                rest = floor_sum - own if own != -math.inf else sum(x for x in least if x != -math.inf)
                if rest == -math.inf:
                    continue
                bound = (rhs - rest) / a
                if a > 0 and bound < high[c] - _EPS:
                    high[c], changed = bound, True
                elif a < 0 and bound > low[c] + _EPS:
                    low[c], changed = bound, True
        if not changed:
            break
    return low, high
