"""The window's own colours (errors, "counts"/"does not count", withheld cells) read on light and dark palettes."""

from __future__ import annotations

from hypothesis import given, strategies as st
from PySide6.QtGui import QColor, QPalette

from healthcentre.ui import colours
from healthcentre.ui.colours import MIN_CONTRAST, contrast, error_colour, ok_colour, withheld_colours


def _palette(window: str, base: str, text: str, placeholder: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(placeholder))
    return palette


LIGHT = _palette("#efefef", "#ffffff", "#000000", "#7f7f7f")
DARK = _palette("#353535", "#2a2a2a", "#ffffff", "#8a8a8a")


def test_the_error_red_is_lighter_on_a_dark_palette_and_reads_on_both(qapp):
    light, dark = error_colour(LIGHT), error_colour(DARK)
    assert light != dark and dark.lightnessF() > light.lightnessF()
    assert light == colours.ERROR_HUE  # the house red is kept where it already reads
    for colour, palette in ((light, LIGHT), (dark, DARK)):
        assert contrast(colour, palette.color(QPalette.ColorRole.Window)) >= MIN_CONTRAST


def test_the_counts_green_reads_on_a_dark_palette(qapp):
    assert contrast(ok_colour(DARK), DARK.color(QPalette.ColorRole.Window)) >= MIN_CONTRAST
    assert ok_colour(DARK) != ok_colour(LIGHT)


def test_withheld_cells_follow_the_palette_and_their_dash_reads(qapp):
    light_background, light_text = withheld_colours(LIGHT)
    dark_background, dark_text = withheld_colours(DARK)
    assert light_background != dark_background
    assert light_background.lightnessF() > 0.5 > dark_background.lightnessF()
    assert contrast(light_text, light_background) >= MIN_CONTRAST
    assert contrast(dark_text, dark_background) >= MIN_CONTRAST


@given(st.integers(0, 255), st.integers(0, 255), st.integers(0, 255))
def test_an_error_message_reads_on_any_window_colour(qapp, red, green, blue):
    background = QColor(red, green, blue)
    assert contrast(colours.readable(colours.ERROR_HUE, background), background) >= MIN_CONTRAST


def test_a_form_error_under_a_dark_palette_is_drawn_in_the_readable_red(qapp):
    from healthcentre.ui.forms import FormErrors

    before = qapp.palette()
    qapp.setPalette(DARK)
    try:
        assert error_colour(DARK).name() in FormErrors().general.styleSheet()
    finally:
        qapp.setPalette(before)
