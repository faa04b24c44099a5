"""Helpers of the report tests: reading PDF text and finding a table line in it."""

from __future__ import annotations

from pathlib import Path

import pdfplumber


def pdf_pages(path: Path) -> list[str]:
    """The text of every page, with no-break spaces as plain spaces."""
    with pdfplumber.open(str(path)) as pdf:
        return [(page.extract_text() or "").replace("\u00a0", " ") for page in pdf.pages]


def line_starting(pages: list[str], label: str) -> str:
    """The first line of the document that starts with ``label``."""
    for text in pages:
        for line in text.splitlines():
            if line.startswith(label):
                return line
    raise AssertionError(f"no line starts with {label!r}")
