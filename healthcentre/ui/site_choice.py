"""Which site the window registers for: the one the configuration names, else the first one."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop

from healthcentre.config import Settings
from healthcentre.data.database import Database
from healthcentre.data.models import Site
from healthcentre.services import sites


def choose_site(db: Database, settings: Settings, ops) -> Site | None:
    """The configured site (created when IT configured all its details), the only/first site, or None.

    Only reads on the GUI thread: a configured site not yet registered is created
    by ``ops``, the window's worker, behind the register's start-up check, so a
    damaged register is never written (the creation is then cancelled). None
    means nothing is known yet: the first-run dialog asks."""
    registered = sites.list_sites(db)
    named = _named(registered, settings)
    if named is not None:
        return named
    if settings.site_name and settings.site_kind and settings.municipality_code:
        created = _create_on_worker(ops, settings)
        if created is not None:
            return created
    return registered[0] if registered else None


def known_site(db: Database, settings: Settings) -> Site | None:
    """The site ``choose_site`` would give without writing anything or asking (None: it would create
    the configured site or the first-run dialog would ask). The start opens such a register with
    the integrity check queued after the first page's reads, as no write can come before the user acts."""
    registered = sites.list_sites(db)
    named = _named(registered, settings)
    if named is not None or (settings.site_name and settings.site_kind and settings.municipality_code):
        return named
    return registered[0] if registered else None


def _named(registered: list[Site], settings: Settings) -> Site | None:
    return next((site for site in registered if settings.site_name and site.name == settings.site_name), None)


def _create_on_worker(ops, settings: Settings) -> Site | None:
    """Create the configured site on the worker and wait for it in a local event loop (the GUI stays live).

    None if the creation failed (the worker showed why) or was cancelled (a damaged register)."""
    name, kind, municipality = settings.site_name, settings.site_kind, settings.municipality_code
    created: list[Site] = []
    job = ops.run(lambda db: sites.create_site(db, name=name, kind=kind, municipality_code=municipality),
                  success=created.append)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    loop.exec()
    return created[0] if created else None
