"""The deterministic demo data generator: a realistic register of Jönköping from a seed.

``generate(db, size=..., seed=...)`` fills an empty register: sites through the
services, then people, activities, sessions, rosters, attendance and study
circles in bulk (``demo.write``), drawn by ``demo.plan`` from one seeded random
generator. Sizes:

- ``small``: a Hälsocenter, a Recovery college and a meeting place for older
  people, one year, about 300 participants;
- ``medium``: five sites, two years, about 3,000 participants;
- ``large``: a decade of a large municipality, eight sites, about 50,000
  participants, 10,000 activities, 150,000 sessions and 1,000,000 attendances.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import func
from sqlmodel import select

from healthcentre.data.database import Database
from healthcentre.data.models import (
    Activity, Attendance, AuditEvent, Enrolment, Participant, Session, Site, TargetGroup,
)
from healthcentre.demo import content, plan as planning, write
from healthcentre.errors import ValidationError
from healthcentre.services import sites as site_service, target_groups

SIZES = tuple(planning.SIZES)


@dataclasses.dataclass(frozen=True)
class DemoSummary:
    """What a demo run added to the register."""

    size: str
    seed: int
    first_year: int
    last_year: int
    sites: int
    participants: int
    erased_participants: int
    activities: int
    study_circles: int
    sessions: int
    enrolments: int
    attendances: int
    unregistered_visits: int

    def __str__(self) -> str:
        def n(value: int) -> str:
            return f"{value:,}".replace(",", "\u00a0")

        years = str(self.last_year) if self.first_year == self.last_year else f"{self.first_year}–{self.last_year}"
        return (f"{n(self.sites)} verksamheter, {n(self.participants)} deltagare, {n(self.activities)} aktiviteter "
                f"varav {n(self.study_circles)} studiecirklar, {n(self.sessions)} tillfällen, "
                f"{n(self.attendances)} närvaro, {n(self.unregistered_visits)} oregistrerade besök ({years}).")


def _check_empty(db: Database) -> None:
    with db.session() as session:
        for model in (Site, Participant, Activity):
            if session.exec(select(model.id).limit(1)).first() is not None:
                raise ValidationError("demo_register_not_empty")


def _first_ids(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {name: session.exec(select(func.coalesce(func.max(model.id), 0))).one() + 1
                for name, model in (("participant", Participant), ("activity", Activity), ("session", Session),
                                    ("enrolment", Enrolment), ("attendance", Attendance))}


def _create_sites(db: Database, size: planning.Size) -> list[int]:
    return [site_service.create_site(db, name=spec.name, kind=spec.kind, municipality_code=content.HOME).id
            for spec in size.sites]


def generate(db: Database, *, size: str = "small", seed: int = 2026, year: int | None = None) -> DemoSummary:
    """Fill an empty register with a demo data set of ``size`` whose last year is ``year``.

    The same seed, size and year always give the same rows. ``year`` defaults to
    last calendar year. Refuses a register that already holds sites, people or activities."""
    if size not in planning.SIZES:
        raise ValidationError("demo_size_unknown", field="size", size=size)
    spec = planning.SIZES[size]
    last_year = year if year is not None else dt.date.today().year - 1
    _check_empty(db)
    site_ids = _create_sites(db, spec)
    local = next(sid for s, sid in zip(spec.sites, site_ids) if s.profile == "older")
    code, name_sv, name_en, county = content.LOCAL_GROUP
    target_groups.create_local_group(db, site_id=local, code=code, name_sv=name_sv, name_en=name_en,
                                     county_code=county)
    with db.session() as session:
        group_ids = {c: i for c, i in session.exec(select(TargetGroup.code, TargetGroup.id))}
    first_ids = _first_ids(db)
    drawn = planning.draw(seed, spec, site_ids, last_year, first_ids)
    with db.engine.begin() as connection:
        counts = write.write(connection.connection.driver_connection, drawn,
                             municipality={sid: content.HOME for sid in site_ids}, group_ids=group_ids,
                             first_ids=first_ids)
    with db.session() as session:
        session.add(AuditEvent(action="create", entity="demo", entity_id=size, summary=f"seed {seed}"))
    return DemoSummary(
        size=size, seed=seed, first_year=last_year - spec.years + 1, last_year=last_year, sites=len(site_ids),
        participants=counts["participant"], erased_participants=counts["erased"],
        activities=counts["activity"], study_circles=counts["study_circle"], sessions=counts["session"],
        enrolments=counts["enrolment"], attendances=counts["attendance"],
        unregistered_visits=counts["unregistered_visits"],
    )
