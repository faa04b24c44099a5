"""Which counts of people are withheld, so that no one can compute or narrow a small count.

Every count of people below the threshold k and above 0 is withheld (primary).
Further counts are withheld (secondary) until the attacker of
``healthcentre.county.disclosure`` finds no withheld count whose feasible range is
narrower than k or lies below k, taking into account every relation of
``healthcentre.county.relations`` across all tables and all 17 periods of the year,
and what earlier published versions already told the county:

- a count withheld in the latest published version of a period stays withheld
  (publishing it now would give away the earlier value wherever it did not change);
- a count published earlier with the value it still has is known to the county, so
  it is never chosen to protect another count.

Secondary counts are chosen greedily and small: first along every sum (a margin or a
sum over months) that would leave one withheld count alone or let the withheld ones
add up to less than k, the smallest count that closes the gap; then for each breach
the attacker still finds, the smallest fitting count in a relation with it, and the
attacker checks again. Events (activities, sessions, hours) are never withheld.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from healthcentre.county import relations as rel
from healthcentre.county.disclosure import Breach, find_breaches
from healthcentre.county.payload import Submission

MAX_ROUNDS = 50


@dataclasses.dataclass(frozen=True)
class Suppression:
    """The counts to withhold, and the breaches left (empty unless earlier versions made one unavoidable)."""

    withheld: frozenset[rel.Ref]
    known: Mapping[rel.Ref, float]
    breaches: tuple[Breach, ...]


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


class _Chooser:
    """Picks secondary counts; holds the exact values, what is withheld and what is known."""

    def __init__(self, exact: Mapping[rel.Ref, float], withheld: set[rel.Ref], known: Mapping[rel.Ref, float],
                 threshold: int, year: int) -> None:
        self.exact, self.withheld, self.known, self.k = exact, withheld, known, threshold
        self.relations = rel.year_relations(year)
        self.involving: dict[rel.Ref, list[rel.Relation]] = {}
        for relation in self.relations:
            for ref, _ in relation.terms:
                self.involving.setdefault(ref, []).append(relation)

    def hidden(self, ref: rel.Ref) -> bool:
        return ref in self.withheld and ref not in self.known

    def _candidates(self, relation: rel.Relation) -> list[rel.Ref]:
        return [ref for ref, _ in relation.terms
                if ref not in self.withheld and ref not in self.known and self.exact[ref] > 0]

    def _pick(self, candidates: list[rel.Ref], need: float) -> rel.Ref | None:
        if not candidates:
            return None
        fitting = [ref for ref in candidates if self.exact[ref] >= need]
        if fitting:
            return min(fitting, key=lambda ref: (self.exact[ref], ref))
        return max(candidates, key=lambda ref: (self.exact[ref], ref))

    def close_sums(self) -> None:
        """Withhold more along every sum whose withheld counts are alone or add up to less than k."""
        changed = True
        while changed:
            changed = False
            for relation in self.relations:
                if not relation.equal:
                    continue
                hidden = [ref for ref, _ in relation.terms if self.hidden(ref)]
                if not hidden:
                    continue
                whole = relation.terms[0][0]
                hidden_sum = sum(self.exact[ref] for ref in hidden)
                if len(hidden) > 1 and (whole in hidden or hidden_sum >= self.k):
                    continue
                need = self.k - hidden_sum if whole not in hidden else 1
                choice = self._pick(self._candidates(relation), need)
                if choice is not None:
                    self.withheld.add(choice)
                    changed = True

    def protect(self, breach: rel.Ref) -> bool:
        """Withhold one more count in a relation with the breached count; False when none is left."""
        need = self.k - self.exact[breach]
        for equal in (True, False):
            candidates = [ref for relation in self.involving.get(breach, []) if relation.equal == equal
                          for ref in self._candidates(relation)]
            choice = self._pick(candidates, need)
            if choice is not None:
                self.withheld.add(choice)
                return True
        return False


def suppress(exact: Mapping[rel.Ref, float], *, year: int, threshold: int,
             published: Sequence[Submission] = ()) -> Suppression:
    """The counts of people of one site's ``year`` to withhold, proven safe by the attacker.

    ``exact`` holds every canonical count of people (see ``relations.people_refs``);
    ``published`` is what the county already received for this site and year."""
    known = earlier_knowledge(published, exact)
    withheld = {ref for ref, value in exact.items() if 0 < value < threshold} | _carried_forward(published, exact)
    chooser = _Chooser(exact, withheld, known, threshold, year)
    chooser.close_sums()
    breaches: list[Breach] = []
    settled: set[rel.Ref] = set()
    for _ in range(MAX_ROUNDS):
        values = {ref: (None if chooser.hidden(ref) else value) for ref, value in exact.items()}
        breaches = find_breaches(values, year=year, threshold=threshold, cheap_first=True, settled=settled)
        progressed = [chooser.protect((b.period, b.table, b.key)) for b in breaches]
        if not any(progressed):
            break
        chooser.close_sums()
    return Suppression(withheld=frozenset(withheld), known=known, breaches=tuple(breaches))
