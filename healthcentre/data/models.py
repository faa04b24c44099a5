"""The local register's tables.

Every row carries when and by which OS user it was created and last changed.
Participants hold the minimum the domain allows: a display name that never
leaves the laptop, birth year, gender, municipality of residence, target groups,
consent date and whether this is their first organised activity.
"""

from __future__ import annotations

import datetime as dt
import enum
import getpass

from sqlalchemy import Column, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from healthcentre.data.uids import SQL_RANDOM_UID, new_uid


def utcnow() -> dt.datetime:
    """Timestamps are aware and in UTC; SQLite stores them as UTC text."""
    return dt.datetime.now(dt.timezone.utc)


def os_user() -> str:
    """The logged-in OS user, recorded on every write."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (e.g. a service account without passwd entry)
        return "unknown"


class SiteKind(str, enum.Enum):
    HALSOCENTER = "halsocenter"
    RECOVERY_COLLEGE = "recovery_college"
    MEETING_PLACE = "meeting_place"
    OTHER = "other"


class Gender(str, enum.Enum):
    WOMAN = "woman"
    MAN = "man"
    OTHER = "other"
    UNKNOWN = "unknown"


class Audited(SQLModel):
    """Created/changed timestamps and the OS user, on every table."""

    created_at: dt.datetime = Field(default_factory=utcnow, nullable=False)
    created_by: str = Field(default_factory=os_user, nullable=False, max_length=64)
    changed_at: dt.datetime = Field(default_factory=utcnow, nullable=False)
    changed_by: str = Field(default_factory=os_user, nullable=False, max_length=64)


def _uid_column() -> Column:
    """The row's stable global id (``healthcentre.data.uids``), the same on every laptop of the site."""
    return Column(String(32), unique=True, nullable=False, default=new_uid, server_default=text(SQL_RANDOM_UID))


def _fk(target: str, *, ondelete: str = "RESTRICT", nullable: bool = False, index: bool = True):
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index)


# --- catalogues -------------------------------------------------------------


class Municipality(Audited, table=True):
    """One of the county's municipalities, keyed by its official 4-digit code."""

    code: str = Field(primary_key=True, max_length=4)
    name: str = Field(max_length=64)


class ActivityKind(Audited, table=True):
    """Kinds of activity with stable county codes (KURS, STUDIECIRKEL, TRAFF, …)."""

    __tablename__ = "activity_kind"

    code: str = Field(primary_key=True, max_length=32)
    name_sv: str = Field(max_length=64)
    name_en: str = Field(max_length=64)
    is_course: bool = Field(default=False, description="counts as a course for the indicators")
    sort_order: int = 0


class StudyAssociation(Audited, table=True):
    """The study associations (studieförbund) a circle may run with."""

    __tablename__ = "study_association"

    code: str = Field(primary_key=True, max_length=16)
    name: str = Field(max_length=96)


class TargetGroup(Audited, table=True):
    """A target group (målgrupp): the county catalogue, plus local groups of a site.

    Every group maps to a county code: county groups to their own code, local
    groups to the county group they belong to, so counts stay comparable.
    """

    __tablename__ = "target_group"

    uid: str = Field(default_factory=new_uid, sa_column=_uid_column())
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True)
    county_code: str = Field(max_length=32, index=True)
    name_sv: str = Field(max_length=96)
    name_en: str = Field(max_length=96)
    is_county: bool = Field(default=False)
    site_id: int | None = Field(default=None, sa_column=_fk("site.id", nullable=True))
    sort_order: int = 0


# --- the register -----------------------------------------------------------


class Site(Audited, table=True):
    """A verksamhet: a Hälsocenter, Recovery college or meeting place in a municipality."""

    uid: str = Field(default_factory=new_uid, sa_column=_uid_column())
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120)
    kind: SiteKind
    municipality_code: str = Field(foreign_key="municipality.code", max_length=4, index=True)
    county_site_code: str | None = Field(default=None, max_length=64, description="id at the county receiver")


class Activity(Audited, table=True):
    """An aktivitet: a course, study circle, lecture, gathering, health talk…"""

    uid: str = Field(default_factory=new_uid, sa_column=_uid_column())
    id: int | None = Field(default=None, primary_key=True)
    site_id: int = Field(sa_column=_fk("site.id"))
    kind_code: str = Field(foreign_key="activity_kind.code", max_length=32, index=True)
    title: str = Field(max_length=200)
    start_date: dt.date = Field(index=True)
    end_date: dt.date | None = None
    with_halsocenter: bool = False
    within_halsocenter: bool = False
    with_recovery_college: bool = False
    with_study_association: bool = False
    with_civil_society: bool = False
    peer_coproduced: bool = False
    digital: bool = False


class ActivityTargetGroup(SQLModel, table=True):
    """Which target groups an activity is for."""

    __tablename__ = "activity_target_group"

    uid: str = Field(default_factory=new_uid, sa_column=_uid_column())
    activity_id: int = Field(sa_column=Column(Integer, ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True))
    target_group_id: int = Field(
        sa_column=Column(Integer, ForeignKey("target_group.id", ondelete="RESTRICT"), primary_key=True, index=True)
    )


class Session(Audited, table=True):
    """A tillfälle of an activity: a date, a length and the drop-in head-count."""

    __tablename__ = "session"
    __table_args__ = (Index("ix_session_activity_date", "activity_id", "date"),)

    uid: str = Field(default_factory=new_uid, sa_column=_uid_column())
    id: int | None = Field(default=None, primary_key=True)
    activity_id: int = Field(sa_column=Column(Integer, ForeignKey("activity.id", ondelete="CASCADE"), nullable=False))
    date: dt.date = Field(index=True)
    minutes: int
    unregistered_count: int = 0


class Participant(Audited, table=True):
    """A deltagare. After erasure every personal field is empty and ``erased_at`` set."""

    __table_args__ = (
        Index("ix_participant_name", "display_name", "erased_at", "site_id"),  # search over every site
        Index("ix_participant_site_name", "site_id", "erased_at", "display_name"),  # a site's list, by name
    )

    uid: str = Field(default_factory=new_uid, sa_column=_uid_column())
    id: int | None = Field(default=None, primary_key=True)
    site_id: int = Field(sa_column=_fk("site.id"))
    display_name: str | None = Field(default=None, max_length=120)
    birth_year: int | None = None
    gender: Gender | None = None
    municipality_code: str | None = Field(default=None, foreign_key="municipality.code", max_length=4)
    consent_date: dt.date | None = None
    first_organised_activity: bool | None = None
    registered_on: dt.date = Field(default_factory=dt.date.today, index=True)
    erased_at: dt.datetime | None = None


class ParticipantTargetGroup(SQLModel, table=True):
    """Which target groups a participant belongs to."""

    __tablename__ = "participant_target_group"

    uid: str = Field(default_factory=new_uid, sa_column=_uid_column())
    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True)
    )
    target_group_id: int = Field(
        sa_column=Column(Integer, ForeignKey("target_group.id", ondelete="RESTRICT"), primary_key=True, index=True)
    )


class Enrolment(Audited, table=True):
    """A participant on an activity's list: the rows of its attendance check-list."""

    __table_args__ = (UniqueConstraint("activity_id", "participant_id"),)

    uid: str = Field(default_factory=new_uid, sa_column=_uid_column())
    id: int | None = Field(default=None, primary_key=True)
    activity_id: int = Field(sa_column=Column(Integer, ForeignKey("activity.id", ondelete="CASCADE"), nullable=False))
    participant_id: int = Field(sa_column=_fk("participant.id", ondelete="CASCADE"))


class Attendance(Audited, table=True):
    """A participant present at a session (one visit)."""

    __table_args__ = (
        UniqueConstraint("session_id", "participant_id"),
        Index("ix_attendance_participant_session", "participant_id", "session_id"),  # a person's visits
    )

    uid: str = Field(default_factory=new_uid, sa_column=_uid_column())
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(sa_column=Column(Integer, ForeignKey("session.id", ondelete="CASCADE"), nullable=False))
    participant_id: int = Field(sa_column=_fk("participant.id", ondelete="CASCADE", index=False))


class StudyCircle(Audited, table=True):
    """Circle details of an activity of kind STUDIECIRKEL."""

    __tablename__ = "study_circle"

    uid: str = Field(default_factory=new_uid, sa_column=_uid_column())
    activity_id: int = Field(
        sa_column=Column(Integer, ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True)
    )
    leader_name: str | None = Field(default=None, max_length=120)
    leader_participant_id: int | None = Field(default=None, sa_column=_fk("participant.id", ondelete="SET NULL", nullable=True))
    study_association_code: str | None = Field(default=None, foreign_key="study_association.code", max_length=16)
    theme: str | None = Field(default=None, max_length=200)


# --- local bookkeeping (never synced as rows) -------------------------------


class Setting(Audited, table=True):
    """Small local key-value state: last sync, remembered import mapping, …"""

    key: str = Field(primary_key=True, max_length=64)
    value: str


class PeriodMark(Audited, table=True):
    """A calendar month of a site whose data changed since it was last sent."""

    __tablename__ = "period_mark"

    site_id: int = Field(sa_column=Column(Integer, ForeignKey("site.id", ondelete="CASCADE"), primary_key=True))
    period: str = Field(primary_key=True, max_length=10, description="YYYY-MM")


class OutboxSubmission(Audited, table=True):
    """A built county payload waiting to be, or already, delivered."""

    __tablename__ = "outbox_submission"
    __table_args__ = (UniqueConstraint("site_id", "period", "version"),)

    id: str = Field(primary_key=True, max_length=36, description="submission UUID")
    site_id: int = Field(sa_column=_fk("site.id", ondelete="CASCADE"))
    period: str = Field(max_length=10, index=True)
    version: int
    payload_json: str
    state: str = Field(default="pending", max_length=16, index=True)
    attempts: int = 0
    next_attempt_at: dt.datetime | None = None
    delivered_at: dt.datetime | None = None
    last_error: str | None = Field(default=None, max_length=500)
    refused_code: str | None = Field(default=None, max_length=64, description="the county's code for its refusal")
    refused_sv: str | None = Field(default=None, max_length=500, description="the county's reason, Swedish")
    refused_en: str | None = Field(default=None, max_length=500, description="the county's reason, English")
    refused_at: dt.datetime | None = None
    dismissed_reason: str | None = Field(default=None, max_length=300, description="why IT dismissed a refusal")


class AuditEvent(SQLModel, table=True):
    """Who did what to which record and when; local only, never synced."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=utcnow, index=True)
    os_user: str = Field(default_factory=os_user, max_length=64)
    action: str = Field(max_length=16)
    entity: str = Field(max_length=32)
    entity_id: str | None = Field(default=None, max_length=64)
    summary: str | None = Field(default=None, max_length=300)
