"""The county's fixed catalogues: municipalities, activity kinds, target groups, study associations.

Codes are stable across versions: the county follows them over years. Migrations
seed these rows; changing one needs a new migration, never an edit in place.
"""

MUNICIPALITIES: list[tuple[str, str]] = [
    ("0604", "Aneby"),
    ("0617", "Gnosjö"),
    ("0642", "Mullsjö"),
    ("0643", "Habo"),
    ("0662", "Gislaved"),
    ("0665", "Vaggeryd"),
    ("0680", "Jönköping"),
    ("0682", "Nässjö"),
    ("0683", "Värnamo"),
    ("0684", "Sävsjö"),
    ("0685", "Vetlanda"),
    ("0686", "Eksjö"),
    ("0687", "Tranås"),
]

REGION_CODE = "06"
REGION_NAME = "Region Jönköpings län"  # the county, as every county page, export and report names it

STUDY_CIRCLE_KIND = "STUDIECIRKEL"  # the activity kind that has study-circle details and study hours

# code, Swedish name, English name, counts as a course for the county indicators
ACTIVITY_KINDS: list[tuple[str, str, str, bool]] = [
    ("KURS", "Kurs/utbildning", "Course", True),
    (STUDY_CIRCLE_KIND, "Studiecirkel", "Study circle", False),
    ("FORELASNING", "Föreläsning", "Lecture", False),
    ("TRAFF", "Träff på mötesplats", "Meeting-place gathering", False),
    ("HALSOSAMTAL", "Hälsosamtal", "Health talk", False),
    ("GRUPPTRANING", "Gruppträning", "Group exercise", False),
    ("DIGITALT_MOTE", "Digital träff", "Digital meeting", False),
]

# code, Swedish name, English name
TARGET_GROUPS: list[tuple[str, str, str]] = [
    ("BARN", "Barn (under 18 år)", "Children (under 18)"),
    ("UNGA", "Unga (18–21 år)", "Young people (18–21)"),
    ("UNGA_VUXNA", "Unga vuxna", "Young adults"),
    ("VUXNA", "Vuxna", "Adults"),
    ("ALDRE", "Äldre (65+)", "Older people (65+)"),
    ("FAMILJ", "Familjer och gravida", "Families and pregnant women"),
    ("PSYKISK_OHALSA", "Personer med psykisk ohälsa", "People with mental ill-health"),
    ("BEROENDE", "Personer med missbruk/beroende", "People with substance use"),
    ("ANHORIGA", "Anhöriga och närstående", "Relatives"),
    ("LEVNADSVANOR", "Risk p.g.a. levnadsvanor", "At risk because of living habits"),
]

STUDY_ASSOCIATIONS: list[tuple[str, str]] = [
    ("SV", "Studieförbundet Vuxenskolan"),
    ("ABF", "ABF – Arbetarnas bildningsförbund"),
    ("SENSUS", "Sensus studieförbund"),
    ("SFR", "Studiefrämjandet"),
    ("MBSK", "Medborgarskolan"),
    ("BILDA", "Bilda"),
    ("NBV", "NBV – Nykterhetsrörelsens bildningsverksamhet"),
    ("IBNRUSHD", "Ibn Rushd studieförbund"),
    ("FU", "Folkuniversitetet"),
    ("KULTURENS", "Kulturens bildningsverksamhet"),
]

# Age bands of the county's breakdowns: code, first age, last age (None: no upper bound).
# Age is counted as the period's year minus the birth year.
AGE_BANDS: list[tuple[str, int, int | None]] = [
    ("0-17", 0, 17),
    ("18-21", 18, 21),
    ("22-29", 22, 29),
    ("30-44", 30, 44),
    ("45-64", 45, 64),
    ("65-79", 65, 79),
    ("80+", 80, None),
]
UNKNOWN_AGE_BAND = "okand"


def age_band(birth_year: int | None, year: int) -> str:
    """The county age band of someone born in ``birth_year``, in ``year``."""
    if birth_year is None:
        return UNKNOWN_AGE_BAND
    age = year - birth_year
    for code, first, last in AGE_BANDS:
        if age >= first and (last is None or age <= last):
            return code
    return UNKNOWN_AGE_BAND


def age_band_birth_years(code: str, year: int) -> tuple[int, int]:
    """The range of birth years (inclusive) that fall in age band ``code`` in ``year``."""
    for band, first, last in AGE_BANDS:
        if band == code:
            return (year - (last if last is not None else 130), year - first)
    raise KeyError(code)
