"""``healthcentre --self-test``: one line and exit 0 when the installation works, the reason otherwise."""

from __future__ import annotations

from click.testing import CliRunner

from healthcentre import __version__, paths, selftest
from healthcentre.cli import main


def test_the_core_self_test_passes_and_names_the_version_and_each_step(tmp_path):
    outcome = selftest.run(with_window=False, language="en")
    assert outcome.ok, outcome.line
    assert outcome.line.startswith(f"healthcentre {__version__} self-test OK in ")
    for token in ("config=default", "schema=", "demo=", "payload=", "pdf="):
        assert token in outcome.line
    assert "\n" not in outcome.line


def test_the_self_test_leaves_the_users_data_dir_untouched(tmp_path):
    data_dir = paths.data_dir()
    selftest.run(with_window=False)
    assert not (data_dir / paths.DATABASE_FILE).exists()


def test_a_broken_machine_config_fails_the_self_test_with_file_and_line(tmp_path, monkeypatch):
    broken = tmp_path / "config.toml"
    broken.write_text('[site]\nname = "Hälsocenter Habo"\nmunicipality_code = 643\n', encoding="utf-8")
    monkeypatch.setenv("HEALTHCENTRE_MACHINE_CONFIG", str(broken))
    result = CliRunner().invoke(main, ["--language", "en", "--self-test"])
    assert result.exit_code == 1
    assert f"self-test FAILED at step config: Settings file {broken}, line 3: " in result.output


def test_the_full_self_test_builds_the_real_main_window_offscreen(qapp):
    outcome = selftest.run(language="en")
    assert outcome.ok, outcome.line
    assert "window=" in outcome.line and "pages, Qt 6." in outcome.line


def test_the_self_test_command_prints_exactly_one_line_and_nothing_on_stderr(tmp_path):
    """No library banner (HiGHS prints one unless told not to) may reach the console."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEALTHCENTRE_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, "-m", "healthcentre", "--self-test"], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(done.stdout.splitlines()) == 1, done.stdout
    assert "självtest OK" in done.stdout
    assert done.stderr == ""
