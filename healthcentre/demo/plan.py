"""Drawing a demo register from a seed: people, activities, sessions, rosters and attendance.

Everything is drawn from one ``random.Random(seed)`` in a fixed order (lists,
never sets or dicts keyed by strings), so a seed always gives the same rows.
The rows are plain tuples with explicit ids, ready for bulk insertion.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Iterator

from healthcentre.demo import content
from healthcentre.demo.content import SiteSpec, Template

TERMS = ((dt.date(1, 1, 13), dt.date(1, 6, 12)), (dt.date(1, 8, 18), dt.date(1, 12, 12)))


@dataclasses.dataclass(frozen=True)
class Size:
    """How much a demo data set holds: people, activities and years."""

    participants: int
    activities: int
    years: int
    sites: tuple[SiteSpec, ...]


SIZES = {
    "small": Size(participants=300, activities=64, years=1, sites=content.SMALL_SITES),
    "medium": Size(participants=3000, activities=640, years=2, sites=content.MEDIUM_SITES),
    "large": Size(participants=50000, activities=10000, years=10, sites=content.LARGE_SITES),
}


@dataclasses.dataclass
class Person:
    """A drawn participant, before their rows are written."""

    id: int
    site: int
    year: int
    birth_year: int
    groups: list[str]
    registered_on: dt.date | None = None


@dataclasses.dataclass
class Run:
    """A drawn activity: its row values, sessions and roster."""

    id: int
    site: int
    template: Template
    title: str
    dates: list[dt.date]
    minutes: int
    roster: list[int]
    rate: float
    flags: dict[str, bool]
    theme: str | None = None
    leader_id: int | None = None


@dataclasses.dataclass
class Plan:
    """The whole drawn register (ids are final) except the attendance, which is streamed."""

    people: list[Person]
    runs: list[Run]
    local_group_site: int | None
    seed: int


def _age(rng: random.Random, profile: str) -> int:
    low, high = content.PROFILES[profile][0]
    if profile == "family":
        return rng.randint(3, 17) if rng.random() < 0.4 else rng.randint(24, high)
    mode = {"halsocenter": 55, "recovery": 30, "older": 74}[profile]
    return int(rng.triangular(low, high, mode))


def _age_groups(age: int) -> list[str]:
    if age < 18:
        return ["BARN"]
    if age <= 21:
        return ["UNGA", "UNGA_VUXNA"]
    if age <= 29:
        return ["UNGA_VUXNA"]
    return ["ALDRE"] if age >= 65 else ["VUXNA"]


def _gender(rng: random.Random, age: int) -> str | None:
    roll = rng.random()
    if age < 18:
        return "WOMAN" if roll < 0.5 else "MAN"
    for gender, limit in (("WOMAN", 0.58), ("MAN", 0.96), ("OTHER", 0.975)):
        if roll < limit:
            return gender
    return "UNKNOWN" if roll < 0.99 else None


def _draw_people(rng, size: Size, site_ids: list[int], first_year: int, start_id: int) -> list[Person]:
    total_weight = sum(s.weight for s in size.sites)
    year_weights = [1 + 0.08 * i for i in range(size.years)]
    people = []
    for spec, site_id in zip(size.sites, site_ids):
        site_total = round(size.participants * spec.weight / total_weight)
        for index, weight in enumerate(year_weights):
            count = round(site_total * weight / sum(year_weights))
            year = first_year + index
            for _ in range(count):
                age = _age(rng, spec.profile)
                groups = _age_groups(age) + [g for g, p in content.PROFILES[spec.profile][1] if rng.random() < p]
                people.append(Person(id=start_id + len(people), site=site_id, year=year, birth_year=year - age,
                                     groups=groups))
    return people


def _schedule(rng, template: Template, year: int) -> list[dt.date]:
    count = rng.randint(*template.sessions)
    term_start, term_end = rng.choice(TERMS)
    start, end = term_start.replace(year=year), term_end.replace(year=year)
    weeks = -(-count // template.per_week)
    free_weeks = max(0, (end - start).days // 7 - weeks)
    first = start + dt.timedelta(days=7 * rng.randint(0, free_weeks) + rng.randint(0, 1))
    dates = [first + dt.timedelta(days=7 * (k // template.per_week) + 3 * (k % template.per_week))
             for k in range(count)]
    return [d for d in dates if d <= end] or [first]


def _draw_run(rng, template: Template, site_id: int, year: int) -> Run:
    dates = _schedule(rng, template, year)
    theme = rng.choice(template.themes) if template.themes else None
    title = f"Studiecirkel: {theme}" if theme else rng.choice(template.titles)
    flags = {flag: rng.random() < p for flag, p in template.flags}
    roster_size = rng.randint(*template.roster)
    return Run(id=0, site=site_id, template=template, title=title, dates=dates,
               minutes=rng.choice(template.minutes), roster=[None] * roster_size, rate=rng.uniform(*template.rate),
               flags=flags, theme=theme)


def _spoil_some_circles(runs: list[Run], seen: int) -> int:
    """Make every fifth circle stop after two meetings and every seventh too small, so that
    the register shows circles that do not count as well; returns the circles seen so far."""
    for run in runs:
        if run.template.kind != "STUDIECIRKEL":
            continue
        if seen % 5 == 4:
            run.dates = run.dates[:2]
        if seen % 7 == 3:
            run.roster = run.roster[:1]
        seen += 1
    return seen


def _fill_rosters(rng, runs: list[Run], newcomers: list[Person], pool: list[Person]) -> None:
    """Give each run (of one site and year, by date) its people: newcomers spread over the year, then regulars."""
    slots = sum(len(run.roster) for run in runs)
    queue = list(newcomers)
    for run in runs:
        size = len(run.roster)
        new = min(len(queue), max(0, round(size * len(queue) / max(slots, 1))))
        if len(pool) < size - new:
            new = min(len(queue), size)
        chosen = queue[:new]
        del queue[:new]
        taken = {p.id for p in chosen}
        for person in rng.sample(pool, min(len(pool), size - new + 3)):
            if len(chosen) >= size:
                break
            if person.id not in taken:
                chosen.append(person)
                taken.add(person.id)
        for person in chosen:
            if person.registered_on is None:
                person.registered_on = run.dates[0]
        pool.extend(chosen[:new])
        run.roster = [p.id for p in chosen]
        slots -= size


def draw(seed: int, size: Size, site_ids: list[int], last_year: int, start_ids: dict[str, int]) -> Plan:
    """Draw the people and activities of a demo register with ``size`` at the sites ``site_ids``."""
    rng = random.Random(seed)
    first_year = last_year - size.years + 1
    people = _draw_people(rng, size, site_ids, first_year, start_ids["participant"])
    total_weight = sum(s.weight for s in size.sites)
    newcomers: dict[tuple[int, int], list[Person]] = {}
    for person in people:
        newcomers.setdefault((person.site, person.year), []).append(person)
    runs: list[Run] = []
    circles = 0
    for spec, site_id in zip(size.sites, site_ids):
        pool: list[Person] = []
        templates = content.TEMPLATES[spec.profile]
        for year in range(first_year, last_year + 1):
            count = round(size.activities * spec.weight / total_weight / size.years)
            site_runs = [_draw_run(rng, t, site_id, year)
                         for t in rng.choices(templates, weights=[t.weight for t in templates], k=count)]
            site_runs.sort(key=lambda r: r.dates[0])
            circles = _spoil_some_circles(site_runs, circles)
            _fill_rosters(rng, site_runs, newcomers.get((site_id, year), []), pool)
            runs.extend(site_runs)
    for index, run in enumerate(runs):
        run.id = start_ids["activity"] + index
        if run.template.kind == "STUDIECIRKEL" and run.roster and rng.random() < 0.4:
            run.leader_id = run.roster[0]  # a senior leading seniors
    for person in people:
        if person.registered_on is None:
            person.registered_on = dt.date(person.year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    local_site = next((sid for spec, sid in zip(size.sites, site_ids) if spec.profile == "older"), None)
    return Plan(people=people, runs=runs, local_group_site=local_site, seed=seed)


def person_values(rng: random.Random, person: Person, site_municipality: str, today: dt.date) -> dict:
    """The personal fields of one drawn participant."""
    age = person.year - person.birth_year
    gender = _gender(rng, age)
    names = content.FIRST_NAMES_MEN if gender == "MAN" else content.FIRST_NAMES_WOMEN
    if gender in ("OTHER", "UNKNOWN", None):
        names = content.FIRST_NAMES_WOMEN + content.FIRST_NAMES_MEN
    roll = rng.random()
    municipality = site_municipality if roll < 0.85 else rng.choice(content.NEIGHBOURS) if roll < 0.98 else None
    first = rng.random()
    return {
        "display_name": f"{rng.choice(names)} {rng.choice(content.SURNAMES)}",
        "birth_year": person.birth_year,
        "gender": gender,
        "municipality_code": municipality,
        "consent_date": min(person.registered_on, today) if rng.random() < 0.93 else None,
        "first_organised_activity": True if first < 0.35 else False if first < 0.9 else None,
    }


def attendance(plan: Plan, session_ids: dict[int, list[int]]) -> Iterator[tuple[int, int]]:
    """(session id, participant id) of everyone present, drawn from each roster and its rate."""
    rng = random.Random(plan.seed * 7919 + 1)
    for run in plan.runs:
        for session_id in session_ids[run.id]:
            for participant_id in run.roster:
                if participant_id == run.leader_id or rng.random() < run.rate:
                    yield session_id, participant_id
