"""What the demo data is made of: sites, people profiles and activity templates, in Swedish.

Plain data only; ``healthcentre.demo.plan`` draws from it with a seeded random
generator so the same seed always gives the same register.
"""

from __future__ import annotations

import dataclasses

HOME = "0680"  # Jönköping
NEIGHBOURS = ("0643", "0642", "0665", "0682", "0686", "0683")

FIRST_NAMES_WOMEN = (
    "Anna", "Eva", "Maria", "Karin", "Kerstin", "Lena", "Ingrid", "Margareta", "Birgitta", "Marie", "Elisabeth",
    "Sara", "Emma", "Johanna", "Linnea", "Elsa", "Maja", "Sofia", "Amira", "Fatima", "Leila", "Aisha", "Greta",
    "Astrid", "Inga", "Gunilla", "Ulla", "Barbro", "Britt", "Siv", "Ida", "Hanna", "Malin", "Elin", "Nour",
)
FIRST_NAMES_MEN = (
    "Lars", "Anders", "Johan", "Per", "Karl", "Erik", "Nils", "Bengt", "Gunnar", "Sven", "Leif", "Göran",
    "Mikael", "Oscar", "Elias", "Liam", "Hugo", "Ali", "Omar", "Ahmed", "Mohammed", "Arvid", "Olle", "Stig",
    "Rolf", "Kjell", "Björn", "Jonas", "Fredrik", "Axel", "Emil", "Yusuf", "Hassan", "Ivar", "Tore",
)
SURNAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
    "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg", "Lindqvist", "Berg",
    "Lundgren", "Holm", "Ek", "Sandberg", "Fransson", "Axelsson", "Hassan", "Ali", "Mohammadi", "Nowak",
    "Korhonen", "Ivanova", "Hedlund", "Strand", "Björk", "Wikström", "Sjöberg", "Forsberg", "Lund", "Ahmadi",
)


@dataclasses.dataclass(frozen=True)
class Template:
    """A kind of activity a site runs, with ranges the generator draws from."""

    kind: str
    titles: tuple[str, ...]
    target_groups: tuple[str, ...]
    weight: int
    sessions: tuple[int, int]
    minutes: tuple[int, ...]
    roster: tuple[int, int]
    rate: tuple[float, float] = (0.7, 0.9)
    unregistered: tuple[int, int] = (0, 0)
    flags: tuple[tuple[str, float], ...] = ()
    per_week: int = 1
    themes: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class SiteSpec:
    """A demo site: its name, kind, profile of people and share of the people."""

    name: str
    kind: str
    profile: str
    weight: int


SMALL_SITES = (
    SiteSpec("Hälsocenter Jönköping", "halsocenter", "halsocenter", 4),
    SiteSpec("Recovery college Jönköping", "recovery_college", "recovery", 3),
    SiteSpec("Mötesplats Träffpunkt Öxnehaga", "meeting_place", "older", 3),
)
MEDIUM_SITES = SMALL_SITES + (
    SiteSpec("HaL – Hälsosam aktiv livsstil Jönköping", "halsocenter", "family", 2),
    SiteSpec("Mötesplats Huskvarna seniorträff", "meeting_place", "older", 2),
)
LARGE_SITES = MEDIUM_SITES + (
    SiteSpec("Hälsocenter Huskvarna", "halsocenter", "halsocenter", 3),
    SiteSpec("Mötesplats Råslätt", "meeting_place", "older", 2),
    SiteSpec("Lärcafé Tenhult", "meeting_place", "older", 1),
)

LOCAL_GROUP = ("OFRIVILLIGT_ENSAMMA", "Äldre i ofrivillig ensamhet", "Older people in involuntary loneliness", "ALDRE")

STUDY_ASSOCIATIONS = ("SV", "ABF", "SENSUS", "SFR", "MBSK", "BILDA", "NBV", "IBNRUSHD", "FU", "KULTURENS")
CIRCLE_THEMES = (
    "Äldre och alkohol", "Existentiella samtal", "Må bra på äldre dar", "Digitala vardagen", "Minnesträning",
    "Matglädje för seniorer", "Släktforskning", "Livsberättelser", "Läkemedel och äldre", "Trygg i hemmet",
)

TEMPLATES: dict[str, tuple[Template, ...]] = {
    "recovery": (
        Template("KURS", ("Återhämtning – en introduktion", "Att leva med ångest", "Hopp, kontroll och möjligheter",
                          "Sömn och psykisk hälsa", "Stress och återhämtning", "Självmedkänsla i vardagen"),
                 ("PSYKISK_OHALSA",), 4, (6, 10), (120,), (6, 14),
                 flags=(("peer_coproduced", 0.9), ("with_halsocenter", 0.25), ("with_study_association", 0.15))),
        Template("KURS", ("Recovery för unga vuxna", "Att hitta sin väg – unga vuxna"), ("UNGA_VUXNA", "PSYKISK_OHALSA"),
                 2, (5, 8), (120,), (5, 12), flags=(("peer_coproduced", 0.95), ("with_halsocenter", 0.2))),
        Template("KURS", ("Psykisk hälsa på äldre dar", "Ensamhet och gemenskap"), ("ALDRE", "PSYKISK_OHALSA"),
                 1, (4, 6), (120,), (5, 10), flags=(("peer_coproduced", 0.8), ("with_civil_society", 0.4))),
        Template("KURS", ("Att vara anhörig", "Beroende och återhämtning"), ("ANHORIGA", "BEROENDE"), 1, (4, 6),
                 (120,), (5, 12), flags=(("peer_coproduced", 0.9), ("with_civil_society", 0.3))),
        Template("FORELASNING", ("Föreläsning: Vägen tillbaka", "Föreläsning: Psykisk hälsa och levnadsvanor"),
                 ("PSYKISK_OHALSA", "ANHORIGA"), 1, (1, 1), (90,), (8, 25), (0.9, 1.0), (5, 30),
                 flags=(("peer_coproduced", 0.6),)),
        Template("DIGITALT_MOTE", ("Digital samtalsgrupp: Återhämtning",), ("PSYKISK_OHALSA",), 1, (6, 10), (60,),
                 (3, 8), flags=(("digital", 1.0), ("peer_coproduced", 1.0))),
    ),
    "halsocenter": (
        Template("KURS", ("Hälsosamma levnadsvanor", "Sov gott", "Mat för hälsa", "Rörelseglädje", "Må bra i vardagen",
                          "Fimpa – tobaksavvänjning i grupp", "Alkohol och hälsa"), ("LEVNADSVANOR", "VUXNA"), 5,
                 (6, 10), (90,), (6, 14), flags=(("within_halsocenter", 0.9), ("with_recovery_college", 0.15),
                                                ("with_civil_society", 0.1))),
        Template("HALSOSAMTAL", ("Hälsosamtal – levnadsvanor", "Hälsosamtal 65+"), ("LEVNADSVANOR",), 2, (1, 3), (60,),
                 (1, 3), (0.9, 1.0), flags=(("within_halsocenter", 1.0),)),
        Template("GRUPPTRANING", ("Stavgång", "Gympa för alla", "Vattengympa", "Balans och styrka", "Seniorgympa"),
                 ("LEVNADSVANOR", "ALDRE"), 4, (24, 34), (60,), (8, 18), (0.55, 0.8), per_week=2,
                 flags=(("within_halsocenter", 0.8), ("with_civil_society", 0.25))),
        Template("FORELASNING", ("Föreläsning: Levnadsvanor och jämlik hälsa", "Föreläsning: Sömn och stress"),
                 ("LEVNADSVANOR",), 1, (1, 1), (90,), (8, 30), (0.9, 1.0), (5, 40),
                 flags=(("with_halsocenter", 0.5),)),
    ),
    "family": (
        Template("KURS", ("HaL – Hälsosam aktiv livsstil för familjer", "Gravid och aktiv", "Familjematlagning"),
                 ("FAMILJ", "BARN"), 4, (6, 8), (90,), (6, 14), flags=(("within_halsocenter", 1.0),)),
        Template("GRUPPTRANING", ("Familjeidrott", "Lek och rörelse"), ("FAMILJ", "BARN"), 3, (24, 34), (60,),
                 (8, 18), (0.55, 0.8), per_week=2, flags=(("within_halsocenter", 1.0), ("with_civil_society", 0.3))),
        Template("HALSOSAMTAL", ("Familjesamtal om levnadsvanor",), ("FAMILJ",), 3, (1, 3), (60,), (1, 4), (0.9, 1.0),
                 flags=(("within_halsocenter", 1.0),)),
    ),
    "older": (
        Template("TRAFF", ("Fredagsfika", "Sittgympa och fika", "Hälsocafé", "Lärcafé: digitala tjänster",
                           "Sångstund", "Promenadgrupp med fika", "Mötesplats för anhöriga"), ("ALDRE",), 5,
                 (30, 40), (120,), (5, 15), (0.5, 0.8), (0, 12), per_week=2,
                 flags=(("with_civil_society", 0.5), ("with_halsocenter", 0.2))),
        Template("STUDIECIRKEL", (), ("ALDRE",), 5, (5, 10), (90, 120, 135, 150), (4, 11), (0.75, 0.95),
                 flags=(("with_study_association", 1.0), ("with_civil_society", 0.4)), themes=CIRCLE_THEMES),
        Template("FORELASNING", ("Föreläsning: Ofrivillig ensamhet", "Föreläsning: Fallprevention",
                                 "Föreläsning: Äldre och läkemedel"), ("ALDRE",), 1, (1, 1), (90,), (8, 25),
                 (0.9, 1.0), (10, 40), flags=(("with_civil_society", 0.5),)),
        Template("DIGITALT_MOTE", ("Digital träff: Samtal om livet", "Digital seniorträff"), ("ALDRE",), 1, (6, 10),
                 (60,), (3, 8), flags=(("digital", 1.0),)),
    ),
}

# Age range and extra target groups (with their probabilities) of the people of each profile.
PROFILES: dict[str, tuple[tuple[int, int], tuple[tuple[str, float], ...]]] = {
    "halsocenter": ((25, 80), (("LEVNADSVANOR", 0.85), ("FAMILJ", 0.05), ("ANHORIGA", 0.05))),
    "recovery": ((18, 75), (("PSYKISK_OHALSA", 0.65), ("ANHORIGA", 0.25), ("BEROENDE", 0.1))),
    "family": ((3, 45), (("FAMILJ", 0.95), ("LEVNADSVANOR", 0.4))),
    "older": ((65, 96), (("ANHORIGA", 0.1), ("PSYKISK_OHALSA", 0.05))),
}
