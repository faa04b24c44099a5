"""Nothing the county receives for a demo year lets anyone compute or narrow a withheld count below k.

Everything the county would receive is built: all tables of all 17 periods of every
demo site, a first version, then a second after edits in some months (built against
the first as published). The linear-programming attacker then bounds every withheld
cell of both versions, using every relation of the tables and, for the second
version, every count of the first that is still the same (the county may guess
that it did not change). Both the protection's own attacker (``disclosure``) and
the independent one (``attacker``, which reads the tables by its own code path) are
run, the latter also with the documented outside knowledge (a site's first year).
The medium demo (five sites, two years, more small counts in more combinations) is
checked the same way for both years, and a second version of its last year.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid

import pytest

from healthcentre import demo
from healthcentre.anonymised import attacker, attacker_rows, counts, disclosure, loss
from healthcentre.contract import tables
from healthcentre.anonymised.anonymise import earlier_knowledge
from healthcentre.contract.payload import CODE_PATTERN, PERIOD_PATTERN, Submission
from healthcentre.data.models import utcnow
from healthcentre.services import activities, attendance, participant_search, participants, sessions, sites
from tests.attack_helpers import first_year_of, true_cells

YEAR = 2025
# Cells withheld and withheld headline totals >= k on the small demo's two versions before the headline totals
# cost more to withhold than inner cells (the protection then withheld them as readily as any cell).
BEFORE_HEADLINE_COST = {5: (1542, 47), 3: (1034, 41)}
MEDIUM_TOTALS_BEFORE = {5: 51, 3: 44}  # the same for both years of the medium demo


def _submissions(site, year_counts: counts.YearCounts, periods, version: int) -> list[Submission]:
    return [Submission(submission_id=uuid.uuid4(), site_code=f"HC{site.id}", municipality_code=site.municipality_code,
                       period=period, version=version, app_version="0.1.0", threshold=year_counts.threshold,
                       created_at=utcnow(), tables=year_counts.released[period]) for period in periods]


def _sessions_in(db, site_id: int, month: int):
    return [row for record in activities.list_activities(db, site_id=site_id)
            for row in sessions.list_sessions(db, record.id) if row.date.year == YEAR and row.date.month == month]


def _edit_some_months(db, site_id: int) -> None:
    """A new person in March, an attendance taken back in September, a head-count corrected in November."""
    march = _sessions_in(db, site_id, 3)[0]
    newcomer = participants.create_participant(db, site_id=site_id, display_name=f"Ny Person {site_id}", birth_year=1990,
                                               gender="other", first_organised_activity=True)
    attendance.record_attendance(db, activity_id=march.activity_id, session_id=march.id, participant_id=newcomer.id)
    september = next(row for row in _sessions_in(db, site_id, 9) if attendance.session_attendance(db, row.id))
    attendance.remove_attendance(db, session_id=september.id,
                                 participant_id=attendance.session_attendance(db, september.id)[0])
    november = _sessions_in(db, site_id, 11)[0]
    sessions.update_session(db, november.id, unregistered_count=november.unregistered_count + 3)


def _withheld(year_counts: counts.YearCounts) -> set:
    return {(period, table.code, cell.key) for period, tables in year_counts.released.items()
            for table in tables for cell in table.cells if cell.withheld}


@pytest.mark.parametrize("threshold", [5, 3])
def test_lp_attacker_finds_no_withheld_count_narrower_than_k_on_two_versions_of_a_demo_year(db, threshold):
    demo.generate(db, size="small", seed=11, year=YEAR)
    site_rows = sites.list_sites(db)
    first = {s.id: counts.build_year(db, site_id=s.id, year=YEAR, threshold=threshold) for s in site_rows}
    published = {s.id: _submissions(s, first[s.id], first[s.id].released, 1) for s in site_rows}
    for s in site_rows:
        _edit_some_months(db, s.id)
    resent = 0
    cost = loss.Loss()
    for s in site_rows:
        second = counts.build_year(db, site_id=s.id, year=YEAR, threshold=threshold, published=published[s.id])
        changed = counts.periods_to_send(second, published[s.id])
        resent += len(changed)
        exact_now = counts.people_values(counts.exact_grid(db, site_id=s.id, year=YEAR))
        known = earlier_knowledge(published[s.id], exact_now)
        assert disclosure.attack(first[s.id].released, year=YEAR, threshold=threshold) == []
        assert disclosure.attack(second.released, year=YEAR, threshold=threshold, known=known) == []
        _assert_independent_attacker_finds_nothing(db, s.id, YEAR, first[s.id], threshold)
        _assert_independent_attacker_finds_nothing(db, s.id, YEAR, second, threshold, known)
        assert _withheld(first[s.id]) <= _withheld(second)
        assert second.breaches == ()
        cost += loss.measure(first[s.id]) + loss.measure(second)
    figure = f"k={threshold}, two versions of the small demo year: {cost.summary()}"
    print(figure, *(f"  {t.period} {t.table} {'/'.join(t.key)} = {t.value:g}: {t.reason}" for t in cost.totals),
          sep="\n")
    assert resent > 0, figure
    cells_before, totals_before = BEFORE_HEADLINE_COST[threshold]
    assert 0 < cost.withheld_cells <= cells_before, figure
    assert len(cost.totals) < totals_before, figure
    assert all(t.reason for t in cost.totals)


def _assert_independent_attacker_finds_nothing(db, site_id: int, year: int, year_counts, threshold: int,
                                               known=None) -> None:
    """Neither the tables alone nor the tables with the outside knowledge that holds narrow a count below k."""
    values, _ = true_cells(db, site_id=site_id, year=year)
    for knowledge in {attacker_rows.Knowledge(), first_year_of(values, year)}:
        narrowed = attacker.attack(year_counts.released, year=year, threshold=threshold, known=known,
                                   knowledge=knowledge)
        assert narrowed == [], (site_id, year, knowledge, narrowed[:3])


@pytest.mark.parametrize("threshold", [5, 3])
def test_lp_attacker_finds_no_withheld_count_narrower_than_k_on_both_years_of_the_medium_demo_and_a_second_version(
        db, threshold):
    demo.generate(db, size="medium", seed=23, year=YEAR)
    cost = loss.Loss()
    released = {}
    for year in (YEAR - 1, YEAR):
        for s in sites.list_sites(db):
            year_counts = counts.build_year(db, site_id=s.id, year=year, threshold=threshold)
            assert year_counts.breaches == ()
            assert disclosure.attack(year_counts.released, year=year, threshold=threshold) == []
            _assert_independent_attacker_finds_nothing(db, s.id, year, year_counts, threshold)
            cost += loss.measure(year_counts)
            released[s.id] = year_counts
    print(f"k={threshold}, both years of the medium demo: {cost.summary()}")
    assert len(cost.totals) < MEDIUM_TOTALS_BEFORE[threshold], cost.summary()
    published = {s.id: _submissions(s, released[s.id], released[s.id].released, 1) for s in sites.list_sites(db)}
    for s in sites.list_sites(db):
        _edit_some_months(db, s.id)
    for s in sites.list_sites(db):
        second = counts.build_year(db, site_id=s.id, year=YEAR, threshold=threshold, published=published[s.id])
        known = earlier_knowledge(published[s.id], counts.people_values(counts.exact_grid(db, site_id=s.id, year=YEAR)))
        assert second.breaches == ()
        assert _withheld(released[s.id]) <= _withheld(second)
        _assert_independent_attacker_finds_nothing(db, s.id, YEAR, second, threshold, known)


def test_withholding_only_the_small_counts_leaves_counts_the_margins_give_away(db):
    demo.generate(db, size="small", seed=5, year=YEAR)
    site_id = sites.list_sites(db)[0].id
    values = counts.people_values(counts.exact_grid(db, site_id=site_id, year=YEAR))
    small = {ref for ref, value in values.items() if 0 < value < 5}
    hidden = {ref: (None if ref in small else value) for ref, value in values.items()}
    breaches = disclosure.find_breaches(hidden, year=YEAR, threshold=5)
    assert breaches
    assert {(b.period, b.table, b.key) for b in breaches} <= small


def test_a_count_given_away_by_a_margin_is_a_breach(db):
    demo.generate(db, size="small", seed=5, year=YEAR)
    site_id = sites.list_sites(db)[0].id
    values = counts.people_values(counts.exact_grid(db, site_id=site_id, year=YEAR))
    ref = next(r for r, v in values.items() if r[1] == "BESOK" and r[2] == ("_total", "REG") and len(r[0]) == 7)
    hidden = {r: (None if r == ref else v) for r, v in values.items()}
    [breach] = disclosure.find_breaches(hidden, year=YEAR, threshold=5)
    assert breach.low == breach.high == values[ref]


def _strings_and_keys(node, keys: set, strings: list, numbers: list, key: str = "") -> None:
    if isinstance(node, dict):
        for name, child in node.items():
            keys.add(name)
            _strings_and_keys(child, keys, strings, numbers, name)
    elif isinstance(node, list):
        for child in node:
            _strings_and_keys(child, keys, strings, numbers, key)
    elif isinstance(node, str):
        strings.append((key, node))
    elif isinstance(node, (int, float)) and not isinstance(node, bool):
        numbers.append(key)


def test_payload_of_a_demo_year_holds_no_names_birth_years_ids_or_free_text(db):
    demo.generate(db, size="small", seed=11, year=YEAR)
    payloads = [json.loads(submission.model_dump_json())
                for s in sites.list_sites(db)
                for submission in _submissions(s, counts.build_year(db, site_id=s.id, year=YEAR),
                                               tables.year_periods(YEAR), 1)]
    text = json.dumps(payloads, ensure_ascii=False)
    people = participant_search.list_participants(db)
    assert people and not any(p.display_name in text for p in people)
    assert not any(record.title in text for record in activities.list_activities(db))
    keys: set = set()
    strings: list = []
    numbers: list = []
    for payload in payloads:
        _strings_and_keys(payload, keys, strings, numbers)
    assert keys == {"schema_version", "submission_id", "site_code", "municipality_code", "period", "version",
                    "app_version", "threshold", "created_at", "site_kind", "tables", "code", "measure", "dimensions",
                    "additive", "cells", "key", "value", "withheld", "includes"}
    assert set(numbers) <= {"schema_version", "version", "threshold", "value"}
    free = [(key, value) for key, value in strings
            if not (re.match(CODE_PATTERN, value) or (key == "period" and re.match(PERIOD_PATTERN, value))
                    or key in {"submission_id", "created_at", "app_version"})]
    assert free == []
    assert all(dt.datetime.fromisoformat(value) for key, value in strings if key == "created_at")
