"""The county's target groups are read-only; sites add local groups that map to a county group."""

from __future__ import annotations

import datetime as dt

import pytest

from healthcentre import catalogues
from healthcentre.errors import NotFoundError, ValidationError
from healthcentre.services import activities, participant_search, participants, sites, target_groups


@pytest.fixture
def lonely(db, site):
    return target_groups.create_local_group(db, site_id=site.id, code="ofrivilligt ensamma",
                                            name_sv="Äldre i ofrivillig ensamhet", county_code="ALDRE")


def test_county_groups_come_first_in_catalogue_order_then_local_ones(db, site, lonely):
    groups = target_groups.list_target_groups(db)
    assert [g.code for g in groups] == [code for code, _, _ in catalogues.TARGET_GROUPS] + ["OFRIVILLIGT_ENSAMMA"]
    assert [g.code for g in target_groups.list_target_groups(db, include_local=False)][-1] == "LEVNADSVANOR"


def test_a_local_group_maps_to_a_county_group_and_defaults_its_english_name(db, site, lonely):
    assert (lonely.code, lonely.county_code, lonely.is_county, lonely.site_id) == (
        "OFRIVILLIGT_ENSAMMA", "ALDRE", False, site.id)
    assert lonely.name_en == "Äldre i ofrivillig ensamhet"
    assert target_groups.get_target_group(db, lonely.id).name_sv == "Äldre i ofrivillig ensamhet"


def test_only_the_sites_own_local_groups_are_listed_for_a_site(db, site, lonely):
    other = sites.create_site(db, name="Recovery college", kind="recovery_college", municipality_code="0680")
    assert "OFRIVILLIGT_ENSAMMA" not in [g.code for g in target_groups.list_target_groups(db, site_id=other.id)]
    assert "OFRIVILLIGT_ENSAMMA" in [g.code for g in target_groups.list_target_groups(db, site_id=site.id)]


def test_a_local_group_must_map_to_a_county_group(db, site, lonely):
    for county_code in ("NOPE", "OFRIVILLIGT_ENSAMMA", ""):
        with pytest.raises(ValidationError) as error:
            target_groups.create_local_group(db, site_id=site.id, code="X", name_sv="X", county_code=county_code)
        assert error.value.code == "target_group_maps_to_county"


def test_a_code_in_use_is_refused(db, site, lonely):
    for code in ("ALDRE", "ofrivilligt_ensamma"):
        with pytest.raises(ValidationError) as error:
            target_groups.create_local_group(db, site_id=site.id, code=code, name_sv="X", county_code="ALDRE")
        assert error.value.code == "target_group_code_taken"
        assert "används redan" in error.value.message("sv")


def test_code_and_name_are_required_and_the_site_must_exist(db, site):
    with pytest.raises(ValidationError) as error:
        target_groups.create_local_group(db, site_id=site.id, code=" ", name_sv="X", county_code="ALDRE")
    assert error.value.field == "code"
    with pytest.raises(ValidationError) as error:
        target_groups.create_local_group(db, site_id=site.id, code="X", name_sv="", county_code="ALDRE")
    assert error.value.field == "name_sv"
    with pytest.raises(NotFoundError):
        target_groups.create_local_group(db, site_id=999, code="X", name_sv="X", county_code="ALDRE")


def test_a_local_group_can_be_updated(db, lonely):
    group = target_groups.update_local_group(db, lonely.id, name_en="Lonely older people", county_code="ANHORIGA")
    assert (group.code, group.name_en, group.county_code) == ("OFRIVILLIGT_ENSAMMA", "Lonely older people", "ANHORIGA")
    with pytest.raises(ValidationError) as error:
        target_groups.update_local_group(db, lonely.id, code="BARN")
    assert error.value.code == "target_group_code_taken"


def test_county_groups_cannot_be_changed_or_deleted(db):
    county = target_groups.list_target_groups(db)[0]
    with pytest.raises(ValidationError) as error:
        target_groups.update_local_group(db, county.id, name_sv="Ungar")
    assert error.value.code == "target_group_county_readonly"
    with pytest.raises(ValidationError) as error:
        target_groups.delete_local_group(db, county.id)
    assert error.value.code == "target_group_county_readonly"


def test_an_unused_local_group_can_be_deleted(db, lonely):
    target_groups.delete_local_group(db, lonely.id)
    with pytest.raises(NotFoundError):
        target_groups.get_target_group(db, lonely.id)


def test_a_local_group_in_use_is_not_deleted_and_the_message_says_by_what(db, site, lonely):
    participants.create_participant(db, site_id=site.id, display_name="Stina Berg", birth_year=1940,
                                    target_groups=["OFRIVILLIGT_ENSAMMA"])
    activities.create_activity(db, site_id=site.id, kind="TRAFF", title="Fredagsfika", start_date=dt.date(2025, 1, 1),
                               target_groups=["OFRIVILLIGT_ENSAMMA", "ALDRE"])
    with pytest.raises(ValidationError) as error:
        target_groups.delete_local_group(db, lonely.id)
    assert error.value.code == "target_group_in_use"
    assert error.value.message("en") == ("The target group OFRIVILLIGT_ENSAMMA is used by 1 activities and "
                                         "1 participants and cannot be deleted. Remove it from them first.")
    assert target_groups.usage(db, lonely.id) == (1, 1)


def test_participants_in_a_local_group_are_found_by_its_county_code(db, site, lonely):
    person = participants.create_participant(db, site_id=site.id, display_name="Stina Berg", birth_year=1940,
                                             target_groups=["OFRIVILLIGT_ENSAMMA"])
    assert [p.id for p in participant_search.search_participants(db, "", target_group="ALDRE")] == [person.id]
