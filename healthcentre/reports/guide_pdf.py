"""The user guide as a PDF for printing: the same pages as the help window, one section per task
starting on its own page, after a short list of contents."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, ListFlowable, ListItem, PageBreak, Paragraph, Spacer

from healthcentre import guide, messages
from healthcentre.reports.style import ReportDocument, para, styles

IMAGE_MAX_HEIGHT = 120 * mm


def render_guide(out: Path, language: str | None = None) -> Path:
    """Write the user guide in ``language`` (the current one when not given) to ``out``."""
    language = language or messages.current_language()
    title = messages.text("guide_title", language)
    document = ReportDocument(out, title=title, header_left=messages.text("guide_subtitle", language),
                              language=language)
    sty = styles()
    guide_pages = guide.pages(language)
    story: list = [para(title, sty["title"]), para(messages.text("guide_subtitle", language), sty["subtitle"]),
                   Spacer(1, 6 * mm), para(messages.text("guide_contents", language), sty["h2"])]
    story += [para(f"{number}. {page.title}", sty["prose"]) for number, page in enumerate(guide_pages, start=1)]
    for page in guide_pages:
        story.append(PageBreak())
        story += [flowable for block in page.blocks for flowable in _flowables(block, document.width, sty)]
    return document.build(story)


def _flowables(block: guide.Block, width: float, sty) -> list:
    if block.kind in ("h1", "h2"):
        return [Paragraph(guide.inline_markup(block.items[0]), sty[block.kind])]
    if block.kind == "para":
        return [Paragraph(guide.inline_markup(block.items[0]), sty["prose"])]
    if block.kind in ("steps", "bullets"):
        items = [ListItem(Paragraph(guide.inline_markup(item), sty["prose"])) for item in block.items]
        kind = {"bulletType": "1", "bulletFormat": "%s."} if block.kind == "steps" else {"bulletType": "bullet", "start": "•"}
        return [ListFlowable(items, leftIndent=14, bulletFontName=sty["body"].fontName,
                             bulletFontSize=sty["body"].fontSize, **kind)]
    caption, path = block.items
    if path is None:
        return []
    return [KeepTogether([Spacer(1, 2 * mm), _image(path, width), para(caption, sty["small"]), Spacer(1, 3 * mm)])]


def _image(path: Path, width: float) -> Image:
    """The screenshot scaled to the page width, and down further if it would be too tall."""
    image = Image(str(path))
    scale = min(width / image.imageWidth, IMAGE_MAX_HEIGHT / image.imageHeight, 1.0)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    image.hAlign = "LEFT"
    return image
