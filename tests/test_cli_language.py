"""`--language en` covers the command line's own output: info, the error prefix and the import's messages.

Run as a real process, as a script or a coordinator would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from healthcentre import messages

ROOT = Path(__file__).resolve().parents[1]
SWEDISH_LETTERS = set("åäöÅÄÖ")


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "healthcentre", *args], input=stdin, capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300)


def test_info_in_english_names_every_count_in_english(db, site):
    result = _cli("--language", "en", "info")
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines())
    assert lines["Sites"] == "1"
    assert {"Data directory", "Database", "Schema version", "Participants", "Unregistered visits"} <= set(lines)
    assert not SWEDISH_LETTERS & set(result.stdout.replace(str(db.path), ""))


def test_an_import_with_errors_in_english_says_error_and_nothing_imported(db, site, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Namn;Född\nÅsa Ek;1950\nBo Ek;seventy\n", encoding="utf-8")
    result = _cli("--language", "en", "import", "participants", str(path), "--site", str(site.id), "--yes")
    assert result.returncode == 1
    assert 'Error: Row 3, column "Född": seventy is not a year' in result.stderr
    assert "Error: " + messages.text("import_has_problems", "en", count=1) in result.stderr
    assert "Rows: 2. Preview:" in result.stdout and "FEL" not in result.stderr + result.stdout


def test_a_possible_duplicate_in_english_is_named_and_skipped(db, site, anna, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Namn;Född\nAnna Svensson;1950\n", encoding="utf-8")
    result = _cli("--language", "en", "import", "participants", str(path), "--site", str(site.id),
                  "--duplicates", "skip", "--yes")
    assert result.returncode == 0, result.stderr
    assert "Possible duplicate: row 2 (Anna Svensson, 1950) is like participant" in result.stdout
    assert "0 imported, 1 skipped." in result.stdout


def test_a_failed_command_starts_with_fel_in_swedish_and_error_in_english(db):
    assert _cli("participant", "forget", "999", "--yes").stderr.startswith("Fel: ")
    assert _cli("--language", "en", "participant", "forget", "999", "--yes").stderr.startswith("Error: ")


def test_declining_a_question_says_nothing_was_changed_in_the_chosen_language(db, site, anna):
    result = _cli("--language", "en", "participant", "forget", str(anna.id), stdin="n\n")
    assert result.returncode == 1
    assert messages.text("cli_aborted", "en") in result.stderr
