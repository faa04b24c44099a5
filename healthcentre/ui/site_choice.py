"""Which site the window registers for: the one the configuration names, else the first one."""

from __future__ import annotations

from healthcentre.config import Settings
from healthcentre.data.database import Database
from healthcentre.data.models import Site
from healthcentre.services import sites


def choose_site(db: Database, settings: Settings) -> Site | None:
    """The configured site (created when IT configured all its details), the only/first site, or None.

    None means nothing is known yet: the first-run dialog asks."""
    registered = sites.list_sites(db)
    if settings.site_name:
        named = next((site for site in registered if site.name == settings.site_name), None)
        if named is not None:
            return named
        if settings.site_kind and settings.municipality_code:
            return sites.create_site(db, name=settings.site_name, kind=settings.site_kind,
                                     municipality_code=settings.municipality_code)
    return registered[0] if registered else None
