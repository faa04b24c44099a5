"""The few colours the window adds to Qt's own, derived from the palette so they read on light and dark.

A fixed red such as ``#b00020`` is fine on white and unreadable on a dark
palette. Each colour here keeps its hue and is made lighter or darker until it
has at least WCAG AA contrast (4.5:1) against the background it is drawn on.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

MIN_CONTRAST = 4.5
ERROR_HUE = QColor("#b00020")
OK_HUE = QColor("#1b5e20")
WITHHELD_SHADE = 0.18  # how far a withheld cell's background moves from the table's toward its text
_STEP = 0.01


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of ``colour`` (0 black … 1 white)."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio between two colours (1 … 21)."""
    lighter, darker = sorted((relative_luminance(one), relative_luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable(colour: QColor, background: QColor) -> QColor:
    """``colour``'s hue, lightened on a dark background or darkened on a light one until it reads (4.5:1)."""
    towards_white = contrast(QColor("white"), background) > contrast(QColor("black"), background)
    hue, saturation, lightness = colour.hslHueF(), colour.hslSaturationF(), colour.lightnessF()
    result = QColor(colour)
    end = 1.0 if towards_white else 0.0
    while contrast(result, background) < MIN_CONTRAST and lightness != end:
        lightness = min(1.0, lightness + _STEP) if towards_white else max(0.0, lightness - _STEP)
        result = QColor.fromHslF(max(hue, 0.0), saturation, lightness)
    return result


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def error_colour(palette: QPalette | None = None) -> QColor:
    """Red for error messages and "does not count", readable on the window's background."""
    return readable(ERROR_HUE, _palette(palette).color(QPalette.ColorRole.Window))


def ok_colour(palette: QPalette | None = None) -> QColor:
    """Green for "counts", readable on the window's background."""
    return readable(OK_HUE, _palette(palette).color(QPalette.ColorRole.Window))


def error_style(palette: QPalette | None = None) -> str:
    """A style sheet for a label in the error colour."""
    return f"color: {error_colour(palette).name()};"


def status_style(ok: bool, palette: QPalette | None = None) -> str:
    """A bold style sheet in the ok or the error colour (a rule met or not)."""
    colour = ok_colour(palette) if ok else error_colour(palette)
    return f"color: {colour.name()}; font-weight: bold;"


def withheld_colours(palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(background, text) of a withheld cell: a shade between the table's base and its text, text readable on it."""
    palette = _palette(palette)
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    background = QColor.fromRgbF(*(b + (t - b) * WITHHELD_SHADE for b, t in zip(
        (base.redF(), base.greenF(), base.blueF()), (text.redF(), text.greenF(), text.blueF()))))
    return background, readable(palette.color(QPalette.ColorRole.PlaceholderText), background)


def withheld_style(palette: QPalette | None = None) -> str:
    """A style sheet for the legend's sample of a withheld cell, in the cells' own colours."""
    background, text = withheld_colours(palette)
    return f"background: {background.name()}; color: {text.name()}; padding: 1px 8px; border: 1px solid {text.name()};"
