"""Participants: the minimum kept, validated, flagged when they look like someone registered, and forgettable."""

from __future__ import annotations

import datetime as dt

import pytest

from healthcentre.data.models import Gender
from healthcentre.errors import NotFoundError, PossibleDuplicateError, ValidationError
from healthcentre.services import attendance, participant_search, participants, sessions, statistics

THIS_YEAR = dt.date.today().year


def test_a_participant_is_registered_with_the_minimum_fields(db, site, anna):
    record = participants.get_participant(db, anna.id)
    assert (record.display_name, record.birth_year, record.gender, record.municipality_code) == (
        "Anna Svensson", 1950, Gender.WOMAN, "0680")
    assert record.target_groups == ("ALDRE",) and record.first_organised_activity is True
    assert record.registered_on == dt.date.today() and not record.erased


@pytest.mark.parametrize("birth_year", [1900, THIS_YEAR])
def test_the_birth_year_range_includes_its_ends(db, site, birth_year):
    assert participants.create_participant(db, site_id=site.id, display_name="Ny", birth_year=birth_year).birth_year \
        == birth_year


@pytest.mark.parametrize("birth_year", [1899, THIS_YEAR + 1])
def test_a_birth_year_out_of_range_is_refused(db, site, birth_year):
    with pytest.raises(ValidationError) as error:
        participants.create_participant(db, site_id=site.id, display_name="Ny", birth_year=birth_year)
    assert (error.value.code, error.value.field) == ("birth_year_range", "birth_year")
    assert error.value.message("sv") == f"Födelseår måste vara mellan 1900 och {THIS_YEAR}."


@pytest.mark.parametrize("kwargs, code", [
    (dict(display_name=" "), "required"),
    (dict(display_name="x" * 121), "too_long"),
    (dict(display_name="Ny", gender="robot"), "gender_invalid"),
    (dict(display_name="Ny", consent_date=dt.date.today() + dt.timedelta(days=1)), "consent_in_future"),
    (dict(display_name="Ny", municipality_code="0101"), "municipality_unknown"),
    (dict(display_name="Ny", target_groups=["NOPE"]), "target_group_unknown"),
])
def test_invalid_participants_are_refused_and_nothing_is_written(db, site, kwargs, code):
    with pytest.raises(ValidationError) as error:
        participants.create_participant(db, site_id=site.id, **kwargs)
    assert error.value.code == code
    assert participant_search.count_participants(db) == 0


def test_someone_with_the_same_name_and_birth_year_is_flagged_until_confirmed(db, site, anna):
    with pytest.raises(PossibleDuplicateError) as error:
        participants.create_participant(db, site_id=site.id, display_name="anna svensson", birth_year=1950)
    assert error.value.duplicate_ids == [anna.id]
    assert "född 1950" in error.value.message("sv")
    second = participants.create_participant(db, site_id=site.id, display_name="Anna Svensson", birth_year=1950,
                                             confirm_duplicate=True)
    assert second.id != anna.id
    assert participants.find_possible_duplicates(db, display_name="Anna Svensson", birth_year=1950) == [
        anna.id, second.id]


def test_same_name_with_another_birth_year_is_not_flagged(db, site, anna):
    assert participants.create_participant(db, site_id=site.id, display_name="Anna Svensson", birth_year=1951).id


def test_a_participant_is_updated_and_fields_not_given_stay(db, anna):
    record = participants.update_participant(db, anna.id, birth_year=1951, target_groups=["ALDRE", "ANHORIGA"],
                                             gender="other")
    assert (record.birth_year, record.gender, record.target_groups) == (1951, Gender.OTHER, ("ALDRE", "ANHORIGA"))
    assert record.display_name == "Anna Svensson" and record.municipality_code == "0680"


def test_an_update_that_makes_a_duplicate_is_flagged_and_a_bad_value_refused(db, site, anna):
    other = participants.create_participant(db, site_id=site.id, display_name="Anna Svensson", birth_year=1952)
    with pytest.raises(PossibleDuplicateError):
        participants.update_participant(db, other.id, birth_year=1950)
    with pytest.raises(ValidationError):
        participants.update_participant(db, other.id, birth_year=1800)
    assert participants.get_participant(db, other.id).birth_year == 1952


def test_forgetting_keeps_an_unlinked_row_with_no_personal_fields_and_its_attendances(db, site, anna, course):
    first = sessions.list_sessions(db, course.id)[0]
    attendance.record_attendance(db, activity_id=course.id, session_id=first.id, participant_id=anna.id)
    before = statistics.register_counts(db)

    participants.forget_participant(db, anna.id)

    record = participants.get_participant(db, anna.id)
    assert record.erased
    assert (record.display_name, record.birth_year, record.gender, record.municipality_code, record.consent_date,
            record.first_organised_activity, record.target_groups) == (None, None, None, None, None, None, ())
    assert attendance.session_attendance(db, first.id) == [anna.id]
    after = statistics.register_counts(db)
    assert after["attendances"] == before["attendances"] == 1
    assert (after["participants"], after["erased_participants"]) == (0, 1)
    assert participant_search.search_participants(db, "") == []
    assert participant_search.search_participant_ids(db, include_erased=True) == [anna.id]


def test_a_forgotten_participant_cannot_be_changed(db, anna):
    participants.forget_participant(db, anna.id)
    with pytest.raises(ValidationError) as error:
        participants.update_participant(db, anna.id, display_name="Anna")
    assert error.value.code == "participant_erased"


def test_search_by_name_part_target_group_gender_and_age_band(db, site, anna):
    bo = participants.create_participant(db, site_id=site.id, display_name="Bo Karlsson", birth_year=2000,
                                         gender="man", target_groups=["UNGA_VUXNA"])
    assert [p.id for p in participant_search.search_participants(db, "sve")] == [anna.id]
    assert [p.id for p in participant_search.search_participants(db, "Kar")] == [bo.id]
    assert [p.id for p in participant_search.search_participants(db, "", target_group="UNGA_VUXNA")] == [bo.id]
    assert [p.id for p in participant_search.search_participants(db, "", gender="woman")] == [anna.id]
    band = "80+" if THIS_YEAR - 1950 >= 80 else "65-79"
    assert [p.id for p in participant_search.search_participants(db, "", age_band=band)] == [anna.id]
    assert [p.id for p in participant_search.list_participants(db, site_id=site.id)] == [anna.id, bo.id]


def test_a_participant_registered_by_mistake_is_deleted_with_their_attendance(db, anna, course):
    first = sessions.list_sessions(db, course.id)[0]
    attendance.record_attendance(db, activity_id=course.id, session_id=first.id, participant_id=anna.id)
    participants.delete_participant(db, anna.id)
    with pytest.raises(NotFoundError):
        participants.get_participant(db, anna.id)
    assert attendance.session_attendance(db, first.id) == []


def test_a_participant_needs_an_existing_site(db):
    with pytest.raises(NotFoundError):
        participants.create_participant(db, site_id=7, display_name="Ny")
