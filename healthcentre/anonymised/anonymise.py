"""Which counts of people are withheld, so that no one can compute or narrow a small count.

Every count of people below the threshold k and above 0 is withheld (primary).
Further counts are withheld (secondary) until every withheld count is proven safe:
its feasible range, given everything the county holds, is at least k wide and
reaches k, taking into account every relation of ``healthcentre.anonymised.relations``
across all tables and all 17 periods of the year, and what earlier published
versions already told the county:

- a count withheld in the latest published version of a period stays withheld
  (publishing it now would give away the earlier value wherever it did not change);
- a count published earlier with the value it still has is known to the county, so
  it is never chosen to protect another count.

The proof is constructive. For a withheld count that is not yet proven safe, one
linear programme (HiGHS, warm-started) finds the cheapest change of the counts that
keeps every relation true, keeps the known counts, and moves that count up (or
down) far enough; the counts it has to move besides the withheld ones are withheld
too (so a count that protects several others is chosen once, and zeros and small
counts can protect as well as any). The changed table is then a set of counts the
county cannot tell from the true one, so every withheld count's range contains both
values; its line through the true counts gives a second such point for free. A count
is proven safe when the points seen span at least k and reach k. Moving a headline
total of people (unique and new participants of a period) costs ``HEADLINE_COST``
times an inner cell, so inner cells are withheld instead wherever they can be. Events
(activities, sessions, hours) are never withheld. ``healthcentre.anonymised.disclosure``
is the independent attacker that checks the result.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

import numpy as np

from healthcentre.anonymised import relations as rel
from healthcentre.contract import tables
from healthcentre.anonymised.disclosure import Breach, find_breaches
from healthcentre.contract.payload import Submission
from healthcentre.anonymised.programme import site_matrix
from healthcentre.anonymised.protection import Protector

# How many unsafe counts one programme protects at once: on the demo data sets 2-8% more withheld
# counts than one at a time, in a third of the time.
BATCH = 6
# What withholding a headline total costs against an inner cell: on two versions of the small demo (k=5) 5
# withholds 27 totals of at least k and 1 488 cells, 20 withholds 23 and 1 459, 100 withholds 27 and 1 490
# (1: 52 and 1 555).
HEADLINE_COST = 20.0
MAX_TRIES = 8  # a count still unsafe after this many successful moves is given up on (numerical trouble)


@dataclasses.dataclass(frozen=True)
class Suppression:
    """The counts to withhold, and the breaches left (empty unless earlier versions made one unavoidable).

    ``reasons``: for each count withheld besides the small ones, the counts it protects (none: it was
    withheld in the latest published version)."""

    withheld: frozenset[rel.Ref]
    known: Mapping[rel.Ref, float]
    breaches: tuple[Breach, ...]
    reasons: Mapping[rel.Ref, tuple[rel.Ref, ...]] = dataclasses.field(default_factory=dict)


def latest_versions(published: Sequence[Submission]) -> dict[str, Submission]:
    """The newest published submission of each period."""
    latest: dict[str, Submission] = {}
    for submission in published:
        current = latest.get(submission.period)
        if current is None or submission.version > current.version:
            latest[submission.period] = submission
    return latest


def earlier_knowledge(published: Sequence[Submission], exact: Mapping[rel.Ref, float]) -> dict[rel.Ref, float]:
    """Counts the county already holds with their current value: published earlier and unchanged since."""
    known = {}
    for submission in published:
        for table in submission.tables:
            for cell in table.cells:
                ref = rel.canonical(submission.period, table.code, cell.key)
                if cell.value is not None and exact.get(ref) == cell.value:
                    known[ref] = cell.value
    return known


def _carried_forward(published: Sequence[Submission], exact: Mapping[rel.Ref, float]) -> set[rel.Ref]:
    carried = set()
    for period, submission in latest_versions(published).items():
        for table in submission.tables:
            for cell in table.cells:
                ref = rel.canonical(period, table.code, cell.key)
                if cell.withheld and ref in exact:
                    carried.add(ref)
    return carried




def _apart(matrix, cells: list[int]) -> list[int]:
    """Up to ``BATCH`` of the cells, in order, none of which shares a relation with a count that another
    one's relations involve: they are protected together in one programme with little interference."""
    taken: set[int] = set()
    batch = []
    for i in cells:
        area = matrix.neighbours[i]
        if taken.isdisjoint(area):
            batch.append(i)
            taken |= area
            if len(batch) == BATCH:
                break
    return batch


def _weights(matrix, values: np.ndarray) -> np.ndarray:
    """What moving (and so withholding) a published count costs, per unit: about one per count, a little
    more for a large one, and ``HEADLINE_COST`` times that for a headline total of people (unique and new
    participants of a period), so that inner cells are withheld instead wherever they can be."""
    headline = set(tables.HEADLINE_TOTALS)
    cost = np.array([HEADLINE_COST if (table, key) in headline else 1.0 for _, table, key in matrix.refs])
    return cost * (1.0 + np.log1p(values) / 100.0)


def _protect_all(protector: Protector, matrix, values: np.ndarray) -> set[int]:
    """Protect every withheld count (batches first, one at a time when a batch cannot be); the counts that
    cannot be."""
    failed: set[int] = set()
    tries: dict[int, int] = {}

    def tried(cells) -> None:
        for i in cells:
            tries[i] = tries.get(i, 0) + 1
            if tries[i] > MAX_TRIES:
                failed.add(i)

    while True:
        pending = sorted((i for i in protector.unsafe() if i not in failed), key=lambda j: (values[j], j))
        if not pending:
            return failed
        batch = _apart(matrix, pending)
        if len(batch) > 1 and protector.move({i: protector.moves(i)[0] for i in batch}):
            tried(batch)
            continue
        i = pending[0]
        if any(protector.move({i: move}) for move in protector.moves(i)):
            tried([i])
        else:
            failed.add(i)


def suppress(exact: Mapping[rel.Ref, float], *, year: int, threshold: int, events: rel.Events,
             published: Sequence[Submission] = ()) -> Suppression:
    """The counts of people of one site's ``year`` to withhold, proven safe.

    ``exact`` holds every canonical count of people (see ``relations.people_refs``);
    ``events`` the published tables of events (period -> table code -> key -> value: sessions, study hours);
    ``published`` is what the county already received for this site and year. In a
    year where every participant is new, the county is taken to know it is the
    site's first year."""
    extra = rel.site_relations(year, events, first_year=rel.is_first_year(exact, year))
    floors = rel.site_floors(year, events)
    matrix = site_matrix(year, extra, floors)
    known = earlier_knowledge(published, exact)
    values = np.array([float(exact[ref]) for ref in matrix.refs])
    carried = _carried_forward(published, exact)
    withheld = ((values > 0) & (values < threshold)) | np.array([ref in carried for ref in matrix.refs])
    fixed = np.array([ref in known for ref in matrix.refs])
    protector = Protector(matrix, values, withheld, fixed, threshold, _weights(matrix, values))
    failed = _protect_all(protector, matrix, values)
    refs = frozenset(ref for ref, hidden in zip(matrix.refs, protector.withheld) if hidden)
    breaches: list[Breach] = []
    if failed:
        shown = {ref: (None if ref in refs and ref not in known else value) for ref, value in exact.items()}
        breaches = find_breaches(shown, year=year, threshold=threshold, extra=extra, floors=floors)
    reasons = {ref: () for ref in carried if ref in refs}
    reasons.update({matrix.refs[i]: tuple(matrix.refs[j] for j in protected)
                    for i, protected in protector.reasons.items()})
    return Suppression(withheld=refs, known=known, breaches=tuple(breaches), reasons=reasons)
