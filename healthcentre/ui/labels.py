"""Translated names of the register's fixed values (gender, site kind, yes/no)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from healthcentre.data.models import Gender, SiteKind


def gender_items() -> list[tuple[str, str]]:
    """(value, name) of every gender choice."""
    return [
        (Gender.WOMAN.value, QCoreApplication.translate("Labels", "Woman")),
        (Gender.MAN.value, QCoreApplication.translate("Labels", "Man")),
        (Gender.OTHER.value, QCoreApplication.translate("Labels", "Other")),
        (Gender.UNKNOWN.value, QCoreApplication.translate("Labels", "Not stated")),
    ]


def gender_text(gender: Gender | str | None) -> str:
    """The name of ``gender`` ('' for None)."""
    if gender is None:
        return ""
    value = gender.value if isinstance(gender, Gender) else gender
    return dict(gender_items()).get(value, value)


def site_kind_items() -> list[tuple[str, str]]:
    """(value, name) of every kind of site."""
    return [
        (SiteKind.HALSOCENTER.value, QCoreApplication.translate("Labels", "Health centre (Hälsocenter)")),
        (SiteKind.RECOVERY_COLLEGE.value, QCoreApplication.translate("Labels", "Recovery college")),
        (SiteKind.MEETING_PLACE.value, QCoreApplication.translate("Labels", "Meeting place")),
        (SiteKind.OTHER.value, QCoreApplication.translate("Labels", "Other")),
    ]


def site_kind_text(kind: SiteKind | str) -> str:
    """The name of a kind of site."""
    value = kind.value if isinstance(kind, SiteKind) else kind
    return dict(site_kind_items()).get(value, value)


def yes_no(value: bool | None) -> str:
    """Yes, No or '' for unknown."""
    if value is None:
        return ""
    return QCoreApplication.translate("Labels", "Yes") if value else QCoreApplication.translate("Labels", "No")
