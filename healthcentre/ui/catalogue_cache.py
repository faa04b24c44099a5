"""The catalogues the forms offer (kinds, municipalities, target groups, associations), read once.

Read on the worker through ``load`` and kept on the window as ``window.catalogues``;
the window reloads them when target groups change.
"""

from __future__ import annotations

import dataclasses
import functools

from healthcentre.catalogues import STUDY_CIRCLE_KIND
from healthcentre.data.database import Database
from healthcentre.data.models import ActivityKind, Municipality, StudyAssociation, TargetGroup
from healthcentre.services import catalogues, target_groups
from healthcentre.ui.widgets import localized


@dataclasses.dataclass(frozen=True)
class Catalogues:
    """Rows of every catalogue a form lists."""

    kinds: list[ActivityKind]
    municipalities: list[Municipality]
    target_groups: list[TargetGroup]
    associations: list[StudyAssociation]

    def kind_items(self) -> list[tuple[str, str]]:
        """(code, name) of every activity kind."""
        return [(k.code, localized(k)) for k in self.kinds]

    def kind_name(self, code: str) -> str:
        """The name of the activity kind ``code``."""
        return next((localized(k) for k in self.kinds if k.code == code), code)

    def is_course_or_circle(self, code: str) -> bool:
        """Whether activities of kind ``code`` get an attendance grid (courses and study circles)."""
        return code == STUDY_CIRCLE_KIND or any(k.code == code and k.is_course for k in self.kinds)

    def group_items(self) -> list[tuple[str, str]]:
        """(code, name) of every target group, county groups first."""
        return [(g.code, localized(g)) for g in self.target_groups]

    def county_group_items(self) -> list[tuple[str, str]]:
        """(code, name) of the county's own target groups."""
        return [(g.code, localized(g)) for g in self.target_groups if g.is_county]

    @functools.cached_property
    def _group_names(self) -> dict[str, str]:
        return {g.code: localized(g) for g in self.target_groups}

    @functools.cached_property
    def _municipality_names(self) -> dict[str, str]:
        return {m.code: m.name for m in self.municipalities}

    def group_names(self, codes) -> str:
        """The names of the target groups ``codes``, comma-separated."""
        return ", ".join(self._group_names.get(code, code) for code in codes)

    def municipality_items(self) -> list[tuple[str, str]]:
        """(code, name) of the county's municipalities."""
        return [(m.code, m.name) for m in self.municipalities]

    def municipality_name(self, code: str | None) -> str:
        """The municipality's name ('' for None)."""
        return self._municipality_names.get(code, code or "") if code else ""

    def association_items(self) -> list[tuple[str, str]]:
        """(code, name) of the study associations."""
        return [(a.code, a.name) for a in self.associations]

    def association_name(self, code: str | None) -> str:
        """The study association's name ("—" for none)."""
        return next((a.name for a in self.associations if a.code == code), "—")


def load(db: Database, site_id: int | None) -> Catalogues:
    """Every catalogue, with the local target groups of ``site_id``."""
    return Catalogues(
        kinds=catalogues.list_activity_kinds(db),
        municipalities=catalogues.list_municipalities(db),
        target_groups=target_groups.list_target_groups(db, site_id=site_id),
        associations=catalogues.list_study_associations(db),
    )
