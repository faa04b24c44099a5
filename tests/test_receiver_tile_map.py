"""The tile map of the 13 municipalities on the trend page of a real receiver holding three years of three
municipalities: each tile and the table behind it say the municipality's value in numbers and in words, for
the year chosen with ``?ar=``; the tiles lie roughly as the county does."""

from __future__ import annotations

import re

import pytest
from receiver_process import Receiver
from trend_data import INDICATOR, seed

from healthcentre.catalogues import MUNICIPALITIES
from healthcentre.receiver import aggregate, tile_map
from healthcentre.receiver.county_overview import indicator_figure


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    server = seed(Receiver(tmp_path_factory.mktemp("county")).start())
    yield server
    server.stop()


def _map_table(html: str) -> dict[str, list[str]]:
    section = html[html.index("<h2 id=karta>"):].split("</table>")[0]
    return {name: cells for name, *cells in
            (re.findall(r"<t[hd][^>]*>([^<]*)</t[hd]>", row) for row in section.split("<tr>")[2:])}


@pytest.mark.parametrize("year", [2023, 2024, 2025])
def test_the_map_table_shows_each_municipalitys_stored_figure_of_the_chosen_year(receiver, year):
    html = receiver.analyst().get("/trender", params={"indikator": INDICATOR, "ar": year}).text
    engine = receiver.engine()
    result = aggregate.indicators(engine, str(year), receiver.threshold)
    engine.dispose()
    table = _map_table(html)
    assert len(table) == 13
    for area in result["municipalities"]:
        figure = indicator_figure(area, INDICATOR)
        assert table[area["name"]][1:] == [figure.text, tile_map.state_of(figure)[0]]
    having = sum(1 for area in result["municipalities"] if (indicator_figure(area, INDICATOR).value or 0) > 0)
    assert f"per kommun {year}: {having} av 13 kommuner har minst en" in html
    assert f'<option value="{year}" selected>' in html


def test_the_tiles_say_the_value_and_the_state_in_words_not_colour_alone(receiver):
    html = receiver.analyst().get("/trender", params={"ar": 2024}).text
    svg = html[html.index('aria-labelledby="title-karta"'):].split("</svg>")[0]
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert len(texts) == 3 * 13
    tiles = {texts[i]: texts[i + 1:i + 3] for i in range(0, len(texts), 3)}
    assert tiles["Jönköping"] == ["5", "Minst en"] and tiles["Aneby"] == ["1", "Minst en"]
    assert tiles["Vetlanda"] == ["–", "Ingen uppgift"]
    assert set(tiles) == {name for _, name in MUNICIPALITIES}


def test_the_default_year_is_the_latest_with_data_and_the_parts_of_the_county_are_named(receiver):
    html = receiver.analyst().get("/trender").text
    table = _map_table(html)
    assert table["Vetlanda"] == ["Höglandet", "4", "Minst en"]
    assert table["Habo"][0] == "Jönköping" and table["Gislaved"][0] == "Värnamo"
    assert '<option value="2025" selected>' in html


def test_the_tiles_lie_roughly_as_the_county_does():
    column = {name: place[0] for name, place in tile_map.LAYOUT.items()}
    row = {name: place[1] for name, place in tile_map.LAYOUT.items()}
    assert all(column[n] >= 2 for n in ("Aneby", "Eksjö", "Nässjö", "Sävsjö", "Tranås", "Vetlanda"))  # east
    assert all(column[n] <= 1 and row[n] >= 2 for n in ("Gislaved", "Gnosjö", "Vaggeryd", "Värnamo"))  # south-west
    assert all(column[n] <= 1 and row[n] <= 1 for n in ("Habo", "Jönköping", "Mullsjö"))  # north-west
    assert len(set((c, r) for c, r, _ in tile_map.LAYOUT.values())) == 13


def test_the_map_says_the_countys_next_target_for_the_spread(receiver):
    receiver.cli("target", "set", "--indicator", INDICATOR, "--year", "2026", "--value", "13",
                 "--measure", "municipalities")
    try:
        html = receiver.analyst().get("/trender", params={"ar": 2024}).text
    finally:
        receiver.cli("target", "remove", "--indicator", INDICATOR, "--year", "2026", "--measure", "municipalities")
    assert "Länets mål: minst en i 13 av 13 kommuner år 2026." in html
    assert "Länets mål" not in receiver.analyst().get("/trender").text


def test_thick_lines_outline_each_part_of_the_county_and_never_cross_one():
    step, half = tile_map.TILE + tile_map.GAP, tile_map.GAP / 2
    part_at = {(c, r): part for c, r, part in tile_map.LAYOUT.values()}
    for x1, y1, x2, y2 in tile_map.part_borders():
        if x1 == x2:  # a vertical side between the columns left and right of it
            column = round((x1 + half) / step)
            row = round((y1 + half) / step)
            assert part_at.get((column - 1, row)) != part_at.get((column, row))
        else:
            column, row = round((x1 + half) / step), round((y1 + half) / step)
            assert part_at.get((column, row - 1)) != part_at.get((column, row))
    # Jönköping's part is Mullsjö, Habo and Jönköping: Habo and Jönköping share no border, Jönköping and Nässjö do
    habo, jonkoping, nassjo = (tile_map.LAYOUT[n][:2] for n in ("Habo", "Jönköping", "Nässjö"))
    between = {(x1, y1, x2, y2) for x1, y1, x2, y2 in tile_map.part_borders()}
    assert (habo[0] * step - half, step - half, habo[0] * step - half + step, step - half) not in between
    assert (nassjo[0] * step - half, jonkoping[1] * step - half, nassjo[0] * step - half,
            jonkoping[1] * step - half + step) in between
