"""`healthcentre county …` on a laptop install (no `receiver` extra): a clear sv/en message saying how to
install it, exit code 1, and nothing created. Runs in both installs: the extra's modules are hidden."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

# the receiver extra's modules, hidden as if never installed
EXTRA = ("fastapi", "uvicorn", "psycopg", "argon2", "pyotp")


def _run_without_extra(tmp_path, language: str, *arguments: str) -> subprocess.CompletedProcess:
    script = textwrap.dedent(f"""
        import sys
        for name in {EXTRA!r}:
            sys.modules[name] = None  # find_spec answers None and an import fails, as without the package
        sys.argv = ["healthcentre", "--language", {language!r}, *{list(arguments)!r}]
        from healthcentre.cli import main
        main()
    """)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path)


@pytest.mark.parametrize("language, expected", [
    ("sv", "Fel: Länets mottagare är inte installerad på den här datorn"),
    ("en", "Error: The county receiver is not installed on this computer"),
])
def test_county_commands_without_the_receiver_extra_say_how_to_install_it_and_create_nothing(
        tmp_path, language, expected):
    county_dir = tmp_path / "county"
    result = _run_without_extra(tmp_path, language, "county", "site", "add", "--code", "HC-1", "--name", "HC",
                                "--municipality", "0680", "--data-dir", str(county_dir))
    assert result.returncode == 1, result.stdout + result.stderr
    assert expected in result.stderr and 'pip install "healthcentre[receiver]"' in result.stderr
    assert result.stdout == "" and not county_dir.exists()


def test_the_laptop_commands_work_without_the_receiver_extra(tmp_path):
    result = _run_without_extra(tmp_path, "en", "--help")
    assert result.returncode == 0, result.stderr
    assert "enroll" in result.stdout and "county" in result.stdout
