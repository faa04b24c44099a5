"""The command line lists possible duplicates and merges two records of one person."""

from __future__ import annotations

from click.testing import CliRunner

from healthcentre.cli import main
from healthcentre.services import participants


def run(*args: str, exit_code: int = 0):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == exit_code, result.output
    return result.output


def _twice(db, site):
    return [participants.create_participant(db, site_id=site.id, display_name=name, birth_year=1950,
                                            confirm_duplicate=True).id for name in ("Anna Svensson", "anna  svensson")]


def test_duplicates_are_listed_one_line_per_record_numbered_by_group(db, site):
    first, second = _twice(db, site)
    lines = [line.split("\t") for line in run("participant", "duplicates", "--site", str(site.id)).splitlines()]
    assert [(cols[0], cols[1], cols[3]) for cols in lines] == [("1", str(first), "1950"), ("1", str(second), "1950")]


def test_no_duplicates_says_so(db, site):
    assert run("participant", "duplicates").strip() == "Inga möjliga dubbletter."


def test_merge_keeps_one_record_and_the_list_is_then_empty(db, site):
    keep, drop = _twice(db, site)
    assert "ihopslagen" in run("participant", "merge", str(keep), str(drop), "--yes")
    assert run("participant", "duplicates").strip() == "Inga möjliga dubbletter."


def test_a_refused_merge_exits_with_the_reason(db, site):
    keep, _ = _twice(db, site)
    assert "två olika deltagare" in run("participant", "merge", str(keep), str(keep), "--yes", exit_code=1)
