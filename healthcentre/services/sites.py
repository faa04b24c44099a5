"""Sites (verksamheter): Hälsocenter, Recovery college and meeting places."""

from __future__ import annotations

from sqlmodel import select

from healthcentre.data.database import Database
from healthcentre.data.models import Activity, Municipality, Participant, Site, SiteKind, TargetGroup
from healthcentre.errors import ValidationError
from healthcentre.services._common import audit, clean_text, get_or_raise, touch


def _kind(kind: SiteKind | str) -> SiteKind:
    try:
        return SiteKind(kind)
    except ValueError:
        raise ValidationError("site_kind_invalid", field="kind", kind=kind) from None


def _check_municipality(session, code: str) -> str:
    if session.get(Municipality, code) is None:
        raise ValidationError("municipality_unknown", field="municipality_code", code=code)
    return code


def create_site(db: Database, *, name: str, kind: SiteKind | str, municipality_code: str) -> Site:
    """Register a site of ``kind`` in the municipality with the official code given."""
    name = clean_text(name, field="name", label="name", max_length=120)
    kind = _kind(kind)
    with db.session() as session:
        site = Site(name=name, kind=kind, municipality_code=_check_municipality(session, municipality_code))
        session.add(site)
        session.flush()
        audit(session, "create", "site", site.id)
        return site


def update_site(db: Database, site_id: int, *, name: str | None = None, kind: SiteKind | str | None = None,
                municipality_code: str | None = None, county_site_code: str | None = None) -> Site:
    """Change a site's name, kind, municipality or county code; omitted fields stay."""
    with db.session() as session:
        site = get_or_raise(session, Site, site_id, "site")
        if name is not None:
            site.name = clean_text(name, field="name", label="name", max_length=120)
        if kind is not None:
            site.kind = _kind(kind)
        if municipality_code is not None:
            site.municipality_code = _check_municipality(session, municipality_code)
        if county_site_code is not None:
            site.county_site_code = county_site_code.strip() or None
        touch(site)
        session.add(site)
        audit(session, "update", "site", site.id)
        return site


def get_site(db: Database, site_id: int) -> Site:
    """One site by id."""
    with db.session() as session:
        return get_or_raise(session, Site, site_id, "site")


def list_sites(db: Database) -> list[Site]:
    """Every site registered on this machine, by name."""
    with db.session() as session:
        return list(session.exec(select(Site).order_by(Site.name)))


def search_sites(db: Database, text: str) -> list[Site]:
    """Sites whose name contains ``text`` (case-insensitive)."""
    with db.session() as session:
        return list(session.exec(select(Site).where(Site.name.icontains(text.strip())).order_by(Site.name)))


def delete_site(db: Database, site_id: int) -> None:
    """Delete a site that has no activities, participants or local target groups."""
    with db.session() as session:
        site = get_or_raise(session, Site, site_id, "site")
        for model, reason in ((Activity, "aktiviteter/activities"), (Participant, "deltagare/participants"),
                              (TargetGroup, "lokala målgrupper/local target groups")):
            if session.exec(select(model.id).where(model.site_id == site_id).limit(1)).first() is not None:
                raise ValidationError("in_use", entity="site", reason=reason)
        session.delete(site)
        audit(session, "delete", "site", site_id)
