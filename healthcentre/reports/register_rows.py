"""The activities and sessions of a period as plain rows (for the spreadsheet export and the
report's lists), read through the services."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from healthcentre import catalogues
from healthcentre.data.database import Database
from healthcentre.services import activities, attendance, sessions, sites

KIND_NAMES = {code: name for code, name, *_ in catalogues.ACTIVITY_KINDS}
FLAG_NAMES = {
    "with_halsocenter": "Tillsammans med Hälsocenter",
    "within_halsocenter": "Inom Hälsocenter",
    "with_recovery_college": "Tillsammans med Recovery college",
    "with_study_association": "Med studieförbund",
    "with_civil_society": "Med civilsamhälle/pensionärsförening",
    "peer_coproduced": "Samproducerad med peer",
    "digital": "Digital",
}


@dataclasses.dataclass(frozen=True)
class SessionRow:
    """One session in the period with its number of registered attendances."""

    date: dt.date
    minutes: int
    present: int
    unregistered: int


@dataclasses.dataclass(frozen=True)
class ActivityRow:
    """One activity with its sessions inside the period."""

    id: int
    site_name: str
    title: str
    kind_code: str
    start_date: dt.date
    end_date: dt.date | None
    target_groups: tuple[str, ...]
    flags: dict[str, bool]
    sessions: list[SessionRow]

    @property
    def kind_name(self) -> str:
        """The kind's Swedish name."""
        return KIND_NAMES.get(self.kind_code, self.kind_code)


def activity_rows(db: Database, *, site_ids: Sequence[int], start: dt.date, end: dt.date) -> list[ActivityRow]:
    """Activities of the sites with their period overlapping [start, end], oldest first."""
    names = {site.id: site.name for site in sites.list_sites(db)}
    records = [record for site_id in site_ids
               for record in activities.search_activities(db, site_id=site_id, start=start, end=end)]
    present = attendance.present_counts(db, [record.id for record in records])
    rows = []
    for record in records:
        held = [SessionRow(s.date, s.minutes, present.get(s.id, 0), s.unregistered_count)
                for s in sessions.list_sessions(db, record.id) if start <= s.date <= end]
        rows.append(ActivityRow(record.id, names.get(record.site_id, ""), record.title, record.kind_code,
                                record.start_date, record.end_date, record.target_groups, record.flags, held))
    rows.sort(key=lambda r: (r.start_date, r.id))
    return rows
