"""Sites: create, update, list, search and delete, with clear refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from healthcentre.data.models import SiteKind
from healthcentre.errors import NotFoundError, ValidationError
from healthcentre.services import activities, participants, sites, target_groups


def test_a_site_is_created_listed_searched_and_read_back(db, site):
    other = sites.create_site(db, name="  Recovery college Vetlanda ", kind=SiteKind.RECOVERY_COLLEGE,
                              municipality_code="0685")
    assert other.name == "Recovery college Vetlanda"
    assert [s.id for s in sites.list_sites(db)] == [site.id, other.id]
    assert [s.id for s in sites.search_sites(db, "recovery")] == [other.id]
    assert sites.get_site(db, site.id).kind is SiteKind.HALSOCENTER


def test_a_site_is_updated_field_by_field(db, site):
    updated = sites.update_site(db, site.id, name="Hälsocenter Huskvarna", county_site_code=" HC-0680-2 ")
    assert (updated.name, updated.kind, updated.county_site_code) == (
        "Hälsocenter Huskvarna", SiteKind.HALSOCENTER, "HC-0680-2")
    assert sites.update_site(db, site.id, kind="meeting_place", municipality_code="0604").municipality_code == "0604"


@pytest.mark.parametrize("kwargs, code, field", [
    (dict(name=" ", kind="halsocenter", municipality_code="0680"), "required", "name"),
    (dict(name="x" * 121, kind="halsocenter", municipality_code="0680"), "too_long", "name"),
    (dict(name="HC", kind="gym", municipality_code="0680"), "site_kind_invalid", "kind"),
    (dict(name="HC", kind="halsocenter", municipality_code="0180"), "municipality_unknown", "municipality_code"),
])
def test_invalid_sites_are_refused_with_the_field_named(db, kwargs, code, field):
    with pytest.raises(ValidationError) as error:
        sites.create_site(db, **kwargs)
    assert (error.value.code, error.value.field) == (code, field)
    assert error.value.message("sv") and error.value.message("en")
    assert sites.list_sites(db) == []


def test_an_unknown_municipality_is_refused_on_update(db, site):
    with pytest.raises(ValidationError) as error:
        sites.update_site(db, site.id, municipality_code="9999")
    assert "9999" in error.value.message("sv")


def test_an_empty_site_can_be_deleted(db, site):
    sites.delete_site(db, site.id)
    with pytest.raises(NotFoundError):
        sites.get_site(db, site.id)


def test_a_site_with_activities_or_participants_is_not_deleted(db, site, course):
    with pytest.raises(ValidationError) as error:
        sites.delete_site(db, site.id)
    assert error.value.code == "in_use"
    second = sites.create_site(db, name="Mötesplats", kind="meeting_place", municipality_code="0680")
    participants.create_participant(db, site_id=second.id, display_name="Stig Holm", birth_year=1944)
    with pytest.raises(ValidationError):
        sites.delete_site(db, second.id)


def test_a_site_with_local_target_groups_is_not_deleted(db, site):
    target_groups.create_local_group(db, site_id=site.id, code="LOKAL", name_sv="Lokal", county_code="VUXNA")
    with pytest.raises(ValidationError) as error:
        sites.delete_site(db, site.id)
    assert error.value.code == "in_use"


def test_a_missing_site_is_reported(db):
    with pytest.raises(NotFoundError) as error:
        sites.update_site(db, 42, name="x")
    assert error.value.message("sv") == "Verksamheten med id 42 finns inte (kanske borttagen)."
    with pytest.raises(NotFoundError):
        activities.create_activity(db, site_id=42, kind="KURS", title="x", start_date=dt.date(2025, 1, 1))
