"""The window's languages: Qt translators for our strings and Qt's own standard buttons.

Source strings in the code are English (``self.tr("Participants")``); the
Swedish translation lives in ``resources/healthcentre_sv.ts``. The ``.ts`` files
are committed, the compiled ``.qm`` are not: a packaged build ships them next to
the ``.ts`` files, and a development checkout compiles them on first use with
``pyside6-lrelease`` from the virtual environment into the user cache. Update
the ``.ts`` files after changing strings with ``scripts/update_translations.sh``.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from healthcentre import messages, paths

log = logging.getLogger(__name__)

LANGUAGES = {"sv": "Svenska", "en": "English"}
DEFAULT_LANGUAGE = "sv"
_installed: list[QTranslator] = []


def resources_dir() -> Path:
    """Where the translations live: next to the package in a checkout, or in a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def _lrelease() -> str | None:
    candidates = [Path(sys.executable).with_name("pyside6-lrelease"), Path(sys.executable).with_name("pyside6-lrelease.exe")]
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease")


def compiled_translation(language: str) -> Path | None:
    """The ``.qm`` of ``language``: shipped next to the ``.ts``, or compiled into the cache."""
    source = resources_dir() / f"healthcentre_{language}.ts"
    shipped = source.with_suffix(".qm")
    if shipped.exists() and (not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.exists():
        return None
    cache = Path(platformdirs.user_cache_dir(paths.APP_NAME, paths.APP_AUTHOR)) / "translations"
    target = cache / shipped.name
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = _lrelease()
    if tool is None:
        log.warning("pyside6-lrelease not found; the window shows its source strings")
        return None
    cache.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([tool, "-silent", str(source), "-qm", str(target)], capture_output=True, text=True,
                            env={**os.environ})
    if result.returncode != 0 or not target.exists():
        log.warning("compiling %s failed: %s", source, result.stderr.strip())
        return None
    return target


def install(language: str) -> None:
    """Switch the running application (Qt's strings, ours and the core's messages) to ``language``."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator()
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        _installed.append(qt_translator)
    ours = QTranslator()
    qm = compiled_translation(language)
    if qm is not None and ours.load(str(qm)):
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Swedish if language == "sv" else QLocale.Language.English,
                               QLocale.Country.Sweden))
    messages.set_language(language)
