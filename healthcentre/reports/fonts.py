"""The report font: DejaVu Sans when the system has it, else Bitstream Vera shipped with
reportlab (both have å, ä, ö and the en dash), registered once as "Report"."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "Report"
BOLD = "Report-Bold"

_SYSTEM_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/Library/Fonts",
    os.path.expandvars(r"%WINDIR%\Fonts"),
)


def _dejavu() -> tuple[Path, Path] | None:
    for folder in _SYSTEM_DIRS:
        regular, bold = Path(folder) / "DejaVuSans.ttf", Path(folder) / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return regular, bold
    return None


def _vera() -> tuple[Path, Path]:
    folder = Path(reportlab.__file__).parent / "fonts"
    return folder / "Vera.ttf", folder / "VeraBd.ttf"


@functools.cache
def register_fonts() -> str:
    """Register the report font family and return the file name of the regular face used."""
    regular, bold = _dejavu() or _vera()
    pdfmetrics.registerFont(TTFont(REGULAR, str(regular)))
    pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return regular.name
