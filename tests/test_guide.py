"""The user guide's pages and its printed PDF: one section per daily task, in Swedish and English."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from click.testing import CliRunner

from healthcentre import guide
from healthcentre.cli import main
from healthcentre.reports.guide_pdf import render_guide
from reports_helpers import pdf_pages

TASKS = ("new-activity", "attendance", "drop-in", "study-circle", "new-participant", "sync", "share", "report")


def _png(path: Path, width: int, height: int) -> Path:
    """A blank PNG of ``width`` × ``height`` pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\xff\xff\xff" * width for _ in range(height))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    return path


def _section_titles(pages: list[str], titles: list[str]) -> list[str]:
    """The titles that open a page (the first line under the running header) after the contents page;
    a long section runs on over the next page, which opens with other text."""
    return [text.splitlines()[1] for text in pages[1:] if text.splitlines()[1] in titles]


def test_the_guide_has_one_page_per_daily_task_in_both_languages():
    assert guide.PAGES == TASKS
    for language in ("sv", "en"):
        pages = guide.pages(language)
        assert [page.name for page in pages] == list(TASKS)
        assert all(any(block.kind == "steps" for block in page.blocks) for page in pages)
    assert guide.page("drop-in", "sv").title == "Dagens träff"
    assert guide.page("drop-in", "en").title == "Today's gathering"


def test_a_page_without_its_generated_screenshot_shows_its_text_only(tmp_path):
    blocks = guide.parse("# Närvaro\n\n1. Klicka på **Markera alla**.\n\n![Närvaro](attendance.png)", tmp_path)
    page = guide.Page("attendance", "Närvaro", tuple(blocks))
    assert "<img" not in guide.html(page)
    assert "<li>Klicka på <b>Markera alla</b>.</li>" in guide.html(page)


def test_a_screenshot_is_shown_no_wider_than_the_help_window_takes(tmp_path):
    _png(tmp_path / "wide.png", 1366, 4)
    _png(tmp_path / "small.png", 300, 4)
    page = guide.Page("x", "X", tuple(guide.parse("# X\n\n![Wide](wide.png)\n\n![Small](small.png)", tmp_path)))
    html = guide.html(page)
    assert f'width="{guide.IMAGE_WIDTH}"' in html
    assert 'width="300"' in html


def test_the_printed_guide_has_a_contents_page_and_one_section_per_task_in_swedish(tmp_path):
    pages = pdf_pages(render_guide(tmp_path / "guide.pdf", "sv"))
    titles = [page.title for page in guide.pages("sv")]
    assert "Användarguide" in pages[0] and "Innehåll" in pages[0]
    assert all(f"{number}. {title}" in pages[0] for number, title in enumerate(titles, start=1))
    assert _section_titles(pages, titles) == titles
    text = "\n".join(pages)
    assert "Markera alla" in text and "Arkiv → Dagens träff…" in text


def test_the_guide_command_prints_the_guide_in_english_with_language_en(tmp_path):
    out = tmp_path / "guide.pdf"
    result = CliRunner().invoke(main, ["--language", "en", "guide", "--out", str(out)])
    assert result.exit_code == 0, result.output
    pages = pdf_pages(out)
    assert "User guide" in pages[0] and "Contents" in pages[0]
    titles = [page.title for page in guide.pages("en")]
    assert _section_titles(pages, titles) == titles
    assert "File → Today's gathering…" in "\n".join(pages)


def test_the_english_guide_s_footer_is_english_and_the_swedish_one_swedish(tmp_path):
    english = pdf_pages(render_guide(tmp_path / "guide-en.pdf", "en"))
    swedish = pdf_pages(render_guide(tmp_path / "guide-sv.pdf", "sv"))
    assert all(f"Page {i} of {len(english)}" in page and "Printed " in page for i, page in enumerate(english, start=1))
    assert not any("Sida " in page or "Utskriven" in page for page in english)
    assert all(f"Sida {i} av {len(swedish)}" in page and "Utskriven " in page for i, page in enumerate(swedish, start=1))

