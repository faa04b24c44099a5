"""Laptops of one site for the register's tests: each its own data dir and SQLite file, work through the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from healthcentre.data.database import Database, open_database
from healthcentre.register.port import SiteRegister
from healthcentre.services import activities, participants, sessions, sites

SITE_CODE = "HC-JKP-1"


@dataclass
class Laptop:
    """One laptop: its database and its register port."""

    name: str
    db: Database
    register: SiteRegister

    def hash(self) -> str:
        """The content hash of its register."""
        return self.register.content_hash()


def laptop(tmp_path: Path, name: str) -> Laptop:
    """A laptop with an empty register of its own."""
    db = open_database(tmp_path / name / "healthcentre.db", daily_backup=False)
    return Laptop(name, db, SiteRegister.open(db, SITE_CODE))


def join(new: Laptop, existing: Laptop) -> None:
    """``new`` joins the site register: it starts from ``existing``'s snapshot."""
    new.register.apply(existing.register.snapshot().to_bytes())


def exchange_all(laptops: list[Laptop]) -> None:
    """Every laptop applies every other laptop's own changes (a full round)."""
    for giver in laptops:
        change_set = giver.register.local_change_set(0)
        if change_set is None:
            continue
        for taker in laptops:
            if taker is not giver:
                taker.register.apply(change_set.to_bytes())


def uid_of(laptop_: Laptop, model, local_id: int) -> str:
    """The global id of a row on ``laptop_``."""
    with laptop_.db.session() as session:
        return session.get(model, local_id).uid


def local_id(laptop_: Laptop, model, uid: str) -> int | None:
    """The local id on ``laptop_`` of the row with global id ``uid``."""
    from sqlmodel import select
    with laptop_.db.session() as session:
        return session.exec(select(model.id).where(model.uid == uid)).first()


def start_site(first: Laptop):
    """A site with a course of two sessions and one participant, made on ``first``; returns (site, course)."""
    site = sites.create_site(first.db, name="Hälsocenter Jönköping", kind="halsocenter", municipality_code="0680")
    course = activities.create_activity(first.db, site_id=site.id, kind="KURS", title="Må bra",
                                        start_date=dt.date(2026, 3, 1), end_date=dt.date(2026, 3, 31),
                                        target_groups=["ALDRE"])
    for day in (3, 10):
        sessions.add_session(first.db, activity_id=course.id, date=dt.date(2026, 3, day), minutes=90)
    participants.create_participant(first.db, site_id=site.id, display_name="Anna Svensson", birth_year=1950,
                                    gender="woman", target_groups=["ALDRE"])
    return site, course
