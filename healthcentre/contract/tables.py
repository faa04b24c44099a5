"""The county's count tables, defined as data: what each table counts and how its cells relate.

Every table is a cross-tab of at most three dimensions with its margins
(``_total``), computed per site and calendar period (month ``2026-03``, quarter
``2026-Q1``, year ``2026``) by ``healthcentre.anonymised.counts``. The codes below
(tables, dimensions and categories) are the county's and stable across versions:
the county follows them over years, so a code is never renamed or reused.

Tables (``measure``: ``events`` are sent as they are, ``people`` are counts about
persons and are anonymised with the county's threshold):

``AKTIVITETER``        events  activities held (at least one session in the period),
                               by activity kind × target group
``TILLFALLEN``         events  sessions held, by activity kind × target group
``STUDIETIMMAR``       events  study hours of study circles (only circles have them), as
                               the study rules report them: whole 45-minute hours per
                               meeting of at least 3 people, at most 4 a meeting, 3 meetings
                               and 12 hours a week, 480 a year (``healthcentre.study_rules``),
                               kind × target group
``DELTAGARE_ALDER_KON`` people unique participants present at least once, by age
                               band (age = the period's year − birth year) × gender
``DELTAGARE_MALGRUPP`` people  unique participants by their target group
``DELTAGARE_NYA``      people  unique participants (total), of them ``NYA`` present for the
                               first time ever at the site in the period, and
                               ``FORSTA_ORGANISERADE`` new to organised activity
``BESOK``              people  visits by activity kind × visit type: ``REG`` registered
                               attendances, ``OREG`` unregistered head-counts
``INDIKATORER``        events  the indicators of the county's action plans (no total)

Target groups are the county's codes (a site's local groups count under the county
group they map to). The target-group dimension is not additive: an activity or a
person may belong to several groups, so its ``_total`` counts each unit once.

Relations the county can read from the tables (and the anonymisation therefore
respects, see ``healthcentre.anonymised.relations``): margins of additive dimensions,
a category never above its margin, the grand totals of the three participant tables
are one number, participants never exceed registered visits, sums over months for
visits and new participants, and for unique people a quarter is at least each of its
months and at most their sum (likewise the year and its quarters). The published
sessions bound the visits: none without a session of the kind, and registered visits
at most sessions × participants (``relations.site_relations``), and the published circle
study hours floor the registered visits and the participants (a meeting reports at
most 4 hours, and only with 2 participants besides the leader: ``relations.site_floors``). The independent
attacker ``healthcentre.anonymised.attacker`` reads the same specifications by its own
code path.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Literal

from healthcentre.contract.payload import TOTAL
from healthcentre import catalogues

KIND_CODES = tuple(code for code, *_ in catalogues.ACTIVITY_KINDS)
TARGET_GROUP_CODES = tuple(code for code, *_ in catalogues.TARGET_GROUPS)
AGE_BAND_CODES = (*(code for code, *_ in catalogues.AGE_BANDS), catalogues.UNKNOWN_AGE_BAND)
GENDERS = ("kvinna", "man", "annat", "okant")
VISIT_TYPES = ("REG", "OREG")
NEW_GROUPS = ("NYA", "FORSTA_ORGANISERADE")

GATHERING_KIND = "TRAFF"

# Indicator code, Swedish and English label.
INDICATORS: tuple[tuple[str, str, str], ...] = (
    ("KURSER_UNGA_VUXNA", "Kurser för unga vuxna", "Courses for young adults"),
    ("KURSER_ALDRE", "Kurser för äldre (65+)", "Courses for older people (65+)"),
    ("KURSER_MED_HALSOCENTER", "Kurser tillsammans med Hälsocenter", "Courses together with a Hälsocenter"),
    ("KURSER_INOM_HALSOCENTER", "Kurser inom Hälsocenter", "Courses within a Hälsocenter"),
    ("STUDIECIRKLAR_STARTADE", "Startade studiecirklar", "Study circles started"),
    ("STUDIECIRKLAR_AVSLUTADE", "Genomförda studiecirklar som räknas", "Study circles completed that count"),
    ("TRAFFAR_ALDRE", "Träffar på mötesplats för äldre", "Meeting-place gatherings for older people"),
)
INDICATOR_NAMES = {code: sv for code, sv, _ in INDICATORS}  # each indicator's Swedish name, by code
INDICATOR_CODES = tuple(code for code, *_ in INDICATORS)

PeriodRule = Literal["sum", "unique", "none"]


@dataclasses.dataclass(frozen=True)
class DimensionSpec:
    """One axis: its code, its categories and whether they add up to the margin."""

    code: str
    categories: tuple[str, ...]
    additive: bool = True


@dataclasses.dataclass(frozen=True)
class TableSpec:
    """One county table.

    ``period_rule`` says how a cell of a quarter relates to the same cell of its months
    (and the year to its quarters): ``sum`` (visits, first-time participants: they add
    up), ``unique`` (unique people: at least each part, at most their sum) or ``none``
    (events, sent as they are). ``category_rules`` overrides it for single categories
    of the first dimension. ``margins``: False for a list without a meaningful total.
    """

    code: str
    measure: Literal["events", "people"]
    dimensions: tuple[DimensionSpec, ...]
    title_sv: str
    title_en: str
    period_rule: PeriodRule = "none"
    category_rules: tuple[tuple[str, PeriodRule], ...] = ()
    margins: bool = True

    def rule_for(self, key: tuple[str, ...]) -> PeriodRule:
        """How the cell ``key`` relates across periods."""
        return dict(self.category_rules).get(key[0], self.period_rule)


_KIND = DimensionSpec("aktivitetstyp", KIND_CODES)
_TARGET_GROUP = DimensionSpec("malgrupp", TARGET_GROUP_CODES, additive=False)

TABLES: tuple[TableSpec, ...] = (
    TableSpec("AKTIVITETER", "events", (_KIND, _TARGET_GROUP), "Aktiviteter", "Activities"),
    TableSpec("TILLFALLEN", "events", (_KIND, _TARGET_GROUP), "Tillfällen", "Sessions"),
    TableSpec("STUDIETIMMAR", "events", (_KIND, _TARGET_GROUP), "Studietimmar i studiecirklar",
              "Study hours of study circles"),
    TableSpec("DELTAGARE_ALDER_KON", "people",
              (DimensionSpec("aldersgrupp", AGE_BAND_CODES), DimensionSpec("kon", GENDERS)),
              "Unika deltagare efter ålder och kön", "Unique participants by age band and gender",
              period_rule="unique"),
    TableSpec("DELTAGARE_MALGRUPP", "people", (_TARGET_GROUP,),
              "Unika deltagare efter målgrupp", "Unique participants by target group", period_rule="unique"),
    TableSpec("DELTAGARE_NYA", "people", (DimensionSpec("grupp", NEW_GROUPS, additive=False),),
              "Nya deltagare och nya i organiserad verksamhet", "New participants and people new to organised activity",
              period_rule="unique", category_rules=(("NYA", "sum"),)),
    TableSpec("BESOK", "people", (_KIND, DimensionSpec("besokstyp", VISIT_TYPES)),
              "Besök (registrerade och oregistrerade)", "Visits (registered and unregistered)", period_rule="sum"),
    TableSpec("INDIKATORER", "events", (DimensionSpec("indikator", INDICATOR_CODES, additive=False),),
              "Indikatorer", "Indicators", margins=False),
)

BY_CODE = {spec.code: spec for spec in TABLES}

# The cells that are one and the same number: the grand total of unique participants.
PEOPLE_TOTAL = ("DELTAGARE_ALDER_KON", (TOTAL, TOTAL))
SAME_NUMBER: dict[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...]]] = {
    ("DELTAGARE_MALGRUPP", (TOTAL,)): PEOPLE_TOTAL,
    ("DELTAGARE_NYA", (TOTAL,)): PEOPLE_TOTAL,
}
# Unique participants never exceed registered visits in the same period.
AT_MOST: tuple[tuple[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...]]], ...] = (
    (PEOPLE_TOTAL, ("BESOK", (TOTAL, "REG"))),
)
# New participants of later months are not among the people of an earlier month.
NEW_PEOPLE = ("DELTAGARE_NYA", ("NYA",))
# The totals of people of a site and period the coordinators read first: withheld only where nothing else can be.
HEADLINE_TOTALS = (PEOPLE_TOTAL, NEW_PEOPLE)


@functools.lru_cache(maxsize=None)
def cell_keys(spec: TableSpec) -> tuple[tuple[str, ...], ...]:
    """Every cell key of a table in a fixed order, margins included where the table has them."""
    keys: list[tuple[str, ...]] = [()]
    for dimension in spec.dimensions:
        categories = [*dimension.categories, TOTAL] if spec.margins else list(dimension.categories)
        keys = [key + (category,) for key in keys for category in categories]
    return tuple(keys)


def month_periods(year: int) -> list[str]:
    """The twelve month codes of ``year``."""
    return [f"{year:04d}-{month:02d}" for month in range(1, 13)]


def quarter_periods(year: int) -> list[str]:
    """The four quarter codes of ``year``."""
    return [f"{year:04d}-Q{quarter}" for quarter in range(1, 5)]


def year_periods(year: int) -> list[str]:
    """Every period of ``year``: 12 months, 4 quarters and the year itself."""
    return [*month_periods(year), *quarter_periods(year), f"{year:04d}"]


def parts_of(period: str) -> list[str]:
    """The periods a quarter (its months) or a year (its quarters) is made of; [] for a month."""
    year = int(period[:4])
    if len(period) == 4:
        return quarter_periods(year)
    if period[5] == "Q":
        quarter = int(period[6])
        return [f"{year:04d}-{month:02d}" for month in range(3 * quarter - 2, 3 * quarter + 1)]
    return []
