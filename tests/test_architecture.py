"""The core stays free of Qt, and every core message exists in both languages."""

import ast
from pathlib import Path

import healthcentre
from healthcentre import messages

PACKAGE = Path(healthcentre.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_outside_ui_imports_qt():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and any(name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"} for name in _imports(path))
    ]
    assert offenders == []


def test_every_core_message_has_swedish_and_english():
    incomplete = [code for code, entry in messages.CATALOGUE.items() if set(entry) != set(messages.LANGUAGES)]
    assert incomplete == []


def test_messages_follow_the_chosen_language():
    messages.set_language("en")
    assert messages.text("required", label="title") == "Title is required."
    messages.set_language("sv")
    assert messages.text("required", label="title") == "Titel måste fyllas i."
