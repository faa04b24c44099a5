"""The county overview shared by the county PDF and the receiver's HTML page: the
receiver's summed tables (``county.receiver.aggregate.indicators``) turned into rows of
printed figures per municipality, the county's indicators and breakdowns."""

from __future__ import annotations

import dataclasses

from healthcentre.contract import tables
from healthcentre.contract.payload import TOTAL
from healthcentre.reports import labels
from healthcentre.reports.formatting import WITHHELD, number

INDICATOR_TABLE = "INDIKATORER"
PARTIAL = "*"
PARTIAL_NOTE = (f"{PARTIAL} Summan av de verksamheter vars tal visas; någon verksamhet i kommunen har tal "
                "som inte visas.")

# Columns of the municipality table: heading, table, cell key, decimals.
MUNICIPALITY_COLUMNS = (
    ("Aktiviteter", "AKTIVITETER", (TOTAL, TOTAL), 0),
    ("Tillfällen", "TILLFALLEN", (TOTAL, TOTAL), 0),
    ("Studietimmar i studiecirklar", "STUDIETIMMAR", (TOTAL, TOTAL), 0),
    ("Unika deltagare", "DELTAGARE_ALDER_KON", (TOTAL, TOTAL), 0),
    ("Nya i organiserad verksamhet", "DELTAGARE_NYA", ("FORSTA_ORGANISERADE",), 0),
    ("Registrerade besök", "BESOK", (TOTAL, "REG"), 0),
    ("Oregistrerade besök", "BESOK", (TOTAL, "OREG"), 0),
)
SPREAD = (("STUDIECIRKLAR_STARTADE", "startade studiecirklar"), ("TRAFFAR_ALDRE", "träffar för äldre"),
          ("KURSER_MED_HALSOCENTER", "kurser tillsammans med Hälsocenter"))


@dataclasses.dataclass(frozen=True)
class Figure:
    """A printed cell: the text, the number behind it (None if withheld) and whether it is partial."""

    text: str
    value: float | None
    partial: bool = False


@dataclasses.dataclass(frozen=True)
class Grid:
    """A titled table of printed figures: row labels × column headings."""

    title: str
    first: str
    headings: list[str]
    rows: list[tuple[str, list[Figure]]]


@dataclasses.dataclass(frozen=True)
class CountyOverview:
    """Everything the county report shows for one period."""

    period: str
    threshold: int
    sites: int
    municipalities_reporting: int
    municipalities: Grid
    indicators: Grid
    spread: list[str]
    target_groups: Grid
    age_gender: Grid
    chart: list[tuple[str, Figure]]  # unique participants per municipality (a partial sum marked)


def _cell(area: dict, table: str, key: tuple, decimals: int = 0) -> Figure:
    if not area["tables"]:  # no site reported: no data, never a 0 that reads as a count
        return Figure("–", None)
    for item in area["tables"]:
        if item["code"] == table:
            for cell in item["cells"]:
                if tuple(cell["key"]) == tuple(key):
                    if cell["withheld"] or (cell.get("partial") and not cell["value"]):
                        return Figure(WITHHELD, None)  # a partial zero hides a withheld count above zero
                    mark = PARTIAL if cell.get("partial") else ""
                    return Figure(number(cell["value"], decimals) + mark, cell["value"], bool(mark))
    return Figure("–" if table != INDICATOR_TABLE else "0", 0 if table == INDICATOR_TABLE else None)


def indicator_figure(area: dict, code: str) -> Figure:
    """The printed figure of the action plans' indicator ``code`` in an area (a municipality or the county)."""
    return _cell(area, *indicator_cell(code))


def indicator_cell(code: str) -> tuple[str, tuple[str, ...]]:
    """The table and key of the action plans' indicator ``code`` (all the trend of it needs to read)."""
    return INDICATOR_TABLE, (code,)


def spread_of(result: dict, code: str) -> int:
    """In how many of the 13 municipalities the indicator ``code`` is above 0 in the period."""
    return sum(1 for area in result["municipalities"] if (indicator_figure(area, code).value or 0) > 0)


def build(result: dict) -> CountyOverview:
    """The overview of the receiver's ``indicators`` result for one period."""
    areas = [*result["municipalities"], result["county"]]
    names = [a["name"] for a in result["municipalities"]] + ["Länet totalt"]
    municipality_rows = [(name, [Figure(number(area["sites"]), area["sites"]),
                                 *(_cell(area, t, k, d) for _, t, k, d in MUNICIPALITY_COLUMNS)])
                         for name, area in zip(names, areas)]
    indicator_rows = [(name, [indicator_figure(area, code) for code, *_ in tables.INDICATORS])
                      for name, area in zip(names, areas)]
    county = result["county"]
    spread = []
    for code, text in SPREAD:
        having = spread_of(result, code)
        spread.append(f"{having} av 13 kommuner har {text} under perioden.")
    target_rows = [(labels.category_label("malgrupp", g), [_cell(county, "DELTAGARE_MALGRUPP", (g,))])
                   for g in (*tables.TARGET_GROUP_CODES, TOTAL)]
    age_rows = [(labels.category_label("aldersgrupp", band),
                 [_cell(county, "DELTAGARE_ALDER_KON", (band, g)) for g in (*tables.GENDERS, TOTAL)])
                for band in (*tables.AGE_BAND_CODES, TOTAL)]
    return CountyOverview(
        period=result["period"], threshold=result["threshold"], sites=county["sites"],
        municipalities_reporting=sum(1 for a in result["municipalities"] if a["sites"]),
        municipalities=Grid("Per kommun", "Kommun", ["Verksamheter", *(c[0] for c in MUNICIPALITY_COLUMNS)],
                            municipality_rows),
        indicators=Grid("Handlingsplanernas indikatorer per kommun", "Kommun",
                        [sv for _, sv, _ in tables.INDICATORS], indicator_rows),
        spread=spread,
        target_groups=Grid("Unika deltagare efter målgrupp, länet", "Målgrupp", ["Deltagare"], target_rows),
        age_gender=Grid("Unika deltagare efter ålder och kön, länet", "Åldersgrupp",
                        [*(labels.category_label("kon", g) for g in tables.GENDERS), "Totalt"], age_rows),
        chart=[(name, figures[4]) for name, figures in municipality_rows[:-1]],
    )


def chart_label(name: str, figure: Figure) -> str:
    """A municipality's name under its bar, marked when the bar is a partial sum."""
    return name + PARTIAL if figure.partial else name


def legend(threshold: int) -> list[str]:
    """How to read the overview's marks."""
    return [
        f"{WITHHELD} Visas inte: färre än {threshold} personer, eller ett tal som skulle avslöja ett sådant.",
        PARTIAL_NOTE,
        "– Ingen uppgift: ingen verksamhet i kommunen har rapporterat för perioden.",
        "Personer räknas per verksamhet: den som deltagit vid två verksamheter räknas vid båda.",
        "Aktiviteter, tillfällen och studietimmar visas alltid. Varje verksamhets senaste inskickade version räknas.",
    ]
