"""Import of participants and activities from Excel and CSV: preview, row/column problems,
all-or-nothing, duplicates never created silently, the mapping remembered."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from healthcentre.errors import ValidationError
from healthcentre.reports.import_fields import FLAG_LABELS
from healthcentre.reports.import_mapping import remembered_mapping
from healthcentre.reports.importing import apply_import, plan_import
from healthcentre.services import activities, participant_search
from healthcentre.services.activities import FLAGS


def _xlsx(path, rows):
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def _csv(path, text, encoding="utf-8-sig"):
    path.write_bytes(text.encode(encoding))
    return path


GOOD = [
    ["Namn", "Födelseår", "Kön", "Kommun", "Målgrupp", "Samtycke", "Första aktivitet"],
    ["Åsa Öberg", 1948, "kvinna", "Jönköping", "ALDRE", dt.date(2026, 1, 10), "ja"],
    ["Karl Berg", "1990", "M", "0685", "Vuxna, ANHORIGA", "2026-02-01", "nej"],
]


def test_a_good_file_previews_without_writing_then_imports_every_row(db, site, tmp_path):
    path = _xlsx(tmp_path / "lista.xlsx", GOOD)
    plan = plan_import(db, path, kind="participants", site_id=site.id)
    assert plan.ok and [r.number for r in plan.rows] == [2, 3]
    assert participant_search.count_participants(db) == 0
    result = apply_import(db, plan)
    assert len(result.created_ids) == 2
    rows = {r.display_name: r for r in participant_search.list_participants(db)}
    assert rows["Åsa Öberg"].municipality_code == "0680" and rows["Åsa Öberg"].gender.value == "woman"
    assert set(rows["Karl Berg"].target_groups) == {"VUXNA", "ANHORIGA"}
    assert rows["Karl Berg"].first_organised_activity is False


def test_bad_rows_are_reported_with_row_and_column_and_nothing_is_imported(db, site, tmp_path):
    path = _csv(tmp_path / "lista.csv",
                "Namn;Födelseår;Kön;Målgrupp\n"
                "Anna Ek;1950;kvinna;ALDRE\n"
                "Bo Ek;nittonhundra;man;ALDRE\n"
                ";1960;man;ALDRE\n"
                "Cia Ek;1970;kvinna;PÅHITTAD\n"
                "Dan Ek;1820;man;\n")
    plan = plan_import(db, path, kind="participants", site_id=site.id)
    found = [(p.row, p.column) for p in plan.problems]
    assert found == [(3, "Födelseår"), (4, "Namn"), (5, "Målgrupp"), (6, "Födelseår")]
    assert plan.problems[0].message("sv").startswith('Rad 3, kolumn "Födelseår": nittonhundra')
    assert plan.problems[0].message("en").startswith('Row 3, column "Födelseår"')
    with pytest.raises(ValidationError):
        apply_import(db, plan)
    assert participant_search.count_participants(db) == 0


def test_a_possible_duplicate_is_reported_and_skipped_or_created_only_by_choice(db, site, anna, tmp_path):
    path = _xlsx(tmp_path / "lista.xlsx", [["Förnamn", "Efternamn", "Född"], ["anna", "svensson", 1950],
                                          ["Per", "Holm", 1961], ["Per", "Holm", 1961]])
    plan = plan_import(db, path, kind="participants", site_id=site.id)
    assert plan.ok
    assert [(d.row, d.existing_ids, d.earlier_rows) for d in plan.duplicates] == [(2, (anna.id,), ()), (4, (), (3,))]
    before = participant_search.count_participants(db)
    skipped = apply_import(db, plan, duplicates="skip")
    assert skipped.skipped_rows == [2, 4] and participant_search.count_participants(db) == before + 1
    created = apply_import(db, plan_import(db, path, kind="participants", site_id=site.id), duplicates="create")
    assert len(created.created_ids) == 3 and participant_search.count_participants(db) == before + 4


def test_the_mapping_is_remembered_for_the_next_import(db, site, tmp_path):
    path = _csv(tmp_path / "lista.csv", "Vem;År\nEva Lind;1980\n", encoding="cp1252")
    plan = plan_import(db, path, kind="participants", site_id=site.id, mapping={"Vem": "display_name",
                                                                                "År": "birth_year"})
    apply_import(db, plan)
    assert remembered_mapping(db, "participants") == {"Vem": "display_name", "År": "birth_year"}
    again = plan_import(db, _csv(tmp_path / "b.csv", "Vem;År\nOla Lind;1981\n"), kind="participants",
                        site_id=site.id)
    assert again.mapping == {"Vem": "display_name", "År": "birth_year"} and again.ok


def test_a_missing_required_column_is_one_problem_naming_the_field(db, site, tmp_path):
    path = _csv(tmp_path / "lista.csv", "Född;Kön\n1950;kvinna\n")
    plan = plan_import(db, path, kind="participants", site_id=site.id)
    assert [(p.row, p.code) for p in plan.problems] == [(1, "import_required_column")]


def test_activities_import_with_kinds_by_name_flags_and_a_bad_end_date(db, site, tmp_path):
    path = _xlsx(tmp_path / "akt.xlsx", [
        ["Titel", "Typ", "Startdatum", "Slutdatum", "Målgrupp", "Tillsammans med Hälsocenter"],
        ["Må bra", "Kurs", dt.date(2026, 3, 1), dt.date(2026, 5, 1), "ALDRE", "ja"],
        ["Samtal", "Studiecirkel", "2026-04-01", "2026-03-01", "ALDRE", ""],
    ])
    plan = plan_import(db, path, kind="activities", site_id=site.id)
    assert [(p.row, p.column, p.code) for p in plan.problems] == [(3, "Slutdatum", "end_before_start")]
    assert activities.list_activities(db) == []
    fixed = _xlsx(tmp_path / "akt2.xlsx", [["Titel", "Typ", "Startdatum", "Tillsammans med Hälsocenter"],
                                           ["Må bra", "Kurs", dt.date(2026, 3, 1), "ja"]])
    apply_import(db, plan_import(db, fixed, kind="activities", site_id=site.id))
    [created] = activities.list_activities(db)
    assert created.kind_code == "KURS" and created.flags["with_halsocenter"] is True


def test_every_activity_flag_has_an_import_column():
    assert set(FLAG_LABELS) == set(FLAGS)
