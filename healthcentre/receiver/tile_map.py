"""A tile grid map of the 13 municipalities for the trend page (where "spread to all 13" is the goal): one
square per municipality, laid out roughly as the county lies (Jönköping's part north-west by Vättern,
Höglandet east, Värnamo's part south-west), each tile with the municipality's name, its value in numbers
and whether it has any in words, so nothing is told by colour alone (WCAG 1.4.1). A tile with at least one
is dark with white text, one with none white with a dashed border; both keep a contrast of at least 4.5:1.
A thick line in the gaps between the tiles outlines each part of the county (länsdel). The same figures
and parts are in the table beside it (``table_rows``)."""

from __future__ import annotations

import dataclasses
from html import escape

from healthcentre.receiver.county_overview import Figure

# (column, row) of each municipality on the grid, and its part of the county (länsdel).
LAYOUT = {
    "Mullsjö": (0, 0, "Jönköping"), "Habo": (1, 0, "Jönköping"), "Tranås": (3, 0, "Höglandet"),
    "Jönköping": (1, 1, "Jönköping"), "Nässjö": (2, 1, "Höglandet"), "Aneby": (3, 1, "Höglandet"),
    "Gnosjö": (0, 2, "Värnamo"), "Vaggeryd": (1, 2, "Värnamo"), "Sävsjö": (2, 2, "Höglandet"),
    "Eksjö": (3, 2, "Höglandet"), "Gislaved": (0, 3, "Värnamo"), "Värnamo": (1, 3, "Värnamo"),
    "Vetlanda": (3, 3, "Höglandet"),
}
TILE, GAP = 150, 8
BORDER = 5  # the länsdel outline's width, drawn in the middle of the gap
MARGIN = GAP  # room around the grid for the outer outline
DARK, LIGHT, INK = "#005b8f", "#ffffff", "#1d2b36"


@dataclasses.dataclass(frozen=True)
class Tile:
    """One municipality's tile: where it lies, its part of the county, its printed value and state in words."""

    name: str
    column: int
    row: int
    part: str
    value: str
    state: str
    having: bool


def state_of(figure: Figure) -> tuple[str, bool]:
    """Whether a municipality has the indicator in the year, in words (and as a flag for the tile's fill)."""
    if figure.value is None:
        return ("Visas inte" if figure.text.startswith("×") else "Ingen uppgift"), False
    return ("Minst en", True) if figure.value > 0 else ("Ingen", False)


def tiles(municipalities: list[tuple[str, Figure]]) -> list[Tile]:
    """The 13 tiles of one year from each municipality's name and figure."""
    out = []
    for name, figure in municipalities:
        column, row, part = LAYOUT[name]
        state, having = state_of(figure)
        out.append(Tile(name, column, row, part, figure.text, state, having))
    return out


def _tile_svg(tile: Tile) -> str:
    x, y = tile.column * (TILE + GAP), tile.row * (TILE + GAP)
    fill, text = (DARK, LIGHT) if tile.having else (LIGHT, INK)
    dash = "" if tile.having else ' stroke-dasharray="6 4"'
    return (f'<g><rect x="{x + 1}" y="{y + 1}" width="{TILE - 2}" height="{TILE - 2}" rx="6" fill="{fill}" '
            f'stroke="{INK}" stroke-width="2"{dash}/>'
            f'<text x="{x + TILE / 2}" y="{y + 38}" fill="{text}" font-size="19" font-weight="bold" '
            f'text-anchor="middle">{escape(tile.name)}</text>'
            f'<text x="{x + TILE / 2}" y="{y + 88}" fill="{text}" font-size="36" font-weight="bold" '
            f'text-anchor="middle">{escape(tile.value)}</text>'
            f'<text x="{x + TILE / 2}" y="{y + 124}" fill="{text}" font-size="17" '
            f'text-anchor="middle">{escape(tile.state)}</text></g>')


def part_borders() -> list[tuple[float, float, float, float]]:
    """The sides where a tile meets another part of the county or the edge of the map, as lines (x1, y1, x2, y2)
    in the middle of the gap: together they outline each länsdel."""
    part_at = {(column, row): part for column, row, part in LAYOUT.values()}
    step, half = TILE + GAP, GAP / 2
    lines = set()  # a side between two parts is found from both of its tiles: drawn once
    for (column, row), part in part_at.items():
        left, top = column * step - half, row * step - half
        right, bottom = left + step, top + step
        for (dc, dr), line in (((0, -1), (left, top, right, top)), ((0, 1), (left, bottom, right, bottom)),
                               ((-1, 0), (left, top, left, bottom)), ((1, 0), (right, top, right, bottom))):
            if part_at.get((column + dc, row + dr)) != part:
                lines.add(line)
    return sorted(lines)


def _borders_svg() -> str:
    return "".join(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{INK}" stroke-width="{BORDER}" '
                   f'stroke-linecap="square"/>' for x1, y1, x2, y2 in part_borders())


def map_svg(year_tiles: list[Tile], title: str) -> str:
    """The tile grid as inline SVG, its title the accessible name (the table beside it has the figures)."""
    width = 4 * TILE + 3 * GAP + 2 * MARGIN
    body = "".join(_tile_svg(tile) for tile in year_tiles)
    return (f'<svg role="img" aria-labelledby="title-karta" viewBox="{-MARGIN} {-MARGIN} {width} {width}" '
            f'class=tilemap><title id="title-karta">{escape(title)}</title>{body}{_borders_svg()}</svg>')


def table_rows(year_tiles: list[Tile]) -> list[tuple[str, str, str, str]]:
    """The table behind the map: municipality, its part of the county, value and state, by part and name."""
    order = {"Jönköping": 0, "Höglandet": 1, "Värnamo": 2}
    ranked = sorted(year_tiles, key=lambda t: (order[t.part], t.name))
    return [(t.name, t.part, t.value, t.state) for t in ranked]
