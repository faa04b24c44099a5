"""The layers of the code are import-linter contracts (``[tool.importlinter]`` in pyproject.toml):
they hold on the tree, and an import that breaks one fails with its chain printed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import healthcentre

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"
# in a process of its own: import-linter configures logging, which must not leak into other tests
LINT = [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
        "sys.exit(lint_imports_command())", "--no-cache", "--no-logo"]


def test_every_import_contract_holds_on_the_tree():
    done = subprocess.run([*LINT, str(PYPROJECT)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def _lint_with_import_added(tmp_path: Path, module: str, line: str) -> subprocess.CompletedProcess:
    """import-linter on a copy of the tree where ``module`` (a path under healthcentre/) gained ``line``."""
    copy = tmp_path / "healthcentre"
    shutil.copytree(Path(healthcentre.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    changed = copy / module
    changed.write_text(changed.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    shutil.copy(PYPROJECT, tmp_path / "pyproject.toml")
    return subprocess.run(LINT, cwd=tmp_path, env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, timeout=300)


def test_a_qt_import_added_to_the_register_breaks_the_contract_and_names_the_import(tmp_path):
    done = _lint_with_import_added(tmp_path, "data/models.py", "import PySide6.QtCore")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Only the window (healthcentre.ui) imports Qt BROKEN" in done.stdout
    assert "healthcentre.data.models -> PySide6" in done.stdout


def test_the_sync_reading_the_settings_file_itself_breaks_the_settings_at_the_edge_contract(tmp_path):
    done = _lint_with_import_added(tmp_path, "sync/outbox.py", "from healthcentre import config")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Contracts: 10 kept, 1 broken." in done.stdout
    assert "healthcentre.sync.outbox -> healthcentre.config" in done.stdout


def test_the_replication_using_the_county_delivery_breaks_the_replication_apart_contract(tmp_path):
    done = _lint_with_import_added(tmp_path, "replication/ledger.py", "from healthcentre.sync import credentials")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "healthcentre.replication.ledger -> healthcentre.sync" in done.stdout
