"""The county's commands have their own entry point, `healthcentre-county`, and `healthcentre county`
reaches the same commands where the receiver extra is installed."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from healthcentre.cli import main
from healthcentre.receiver.cli import county


def test_a_site_added_through_healthcentre_county_is_listed_by_the_healthcentre_county_entry_point(tmp_path):
    where = ["--data-dir", str(tmp_path / "county")]
    added = CliRunner().invoke(main, ["county", "site", "add", "--code", "HC-JKP", "--name", "Hälsocenter Jönköping",
                                      "--municipality", "0680", *where])
    assert added.exit_code == 0, added.output
    listed = subprocess.run([sys.executable, "-m", "healthcentre.receiver.cli", "site", "list", *where],
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.split("\t")[0] == "HC-JKP" and "Hälsocenter Jönköping" in listed.stdout


def test_a_county_command_fails_in_the_language_asked_for(tmp_path):
    result = CliRunner().invoke(county, ["--language", "en", "site", "token", "--site", "NONE",
                                         "--data-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "NONE" in result.output
