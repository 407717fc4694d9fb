"""SQLAlchemy 2 models of the IMH domain (DESIGN.md, "Domain model").

Rows that people edit carry a ``version`` column used as SQLAlchemy's
``version_id_col``: a stale save fails instead of silently overwriting.
Enums are stored as their string values (``native_enum=False``) so SQLite and
PostgreSQL hold the same text and new values need no type migration.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from imh_desktop.domain.clock import SystemClock
from imh_desktop.domain.enums import (
    AlertKind,
    ClosureReason,
    FactorRating,
    FamilyStatus,
    FollowUpKind,
    Frequency,
    GoalDomain,
    GoalStatus,
    Instrument,
    ProtectiveFactor,
    ReferralSource,
    ReferralStatus,
    ReferralType,
    Role,
    Sex,
    Stressor,
    VisitMode,
    VisitOutcome,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(cls: type) -> Enum:
    return Enum(
        cls,
        native_enum=False,
        length=24,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


def _now() -> dt.datetime:
    """Fallback for rows inserted without a session clock (Core inserts)."""
    return SystemClock().utc_now()


# Columns stamped from the session's clock when a row is added (``insert``) or
# changed (``update``); see data.db.stamp_rows.
INSERTED = {"stamp": "insert"}
UPDATED = {"stamp": "update"}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class StaffUser(Base):
    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(_enum(Role))
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, info=INSERTED)
    # Sign-in (added in 0006): a password an administrator set must be changed at the
    # next sign-in; failed attempts in a row, and until when the account waits after
    # too many; times in UTC.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_sign_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    deactivated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Family(Base):
    __tablename__ = "families"
    # A team's caseload chooses families by specialist and status (migration 0025).
    __table_args__ = (Index("ix_families_specialist_status", "specialist_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    language: Mapped[str] = mapped_column(String(40), default="English")
    referral_source: Mapped[ReferralSource] = mapped_column(_enum(ReferralSource))
    referral_date: Mapped[dt.date] = mapped_column(Date)
    enrolled_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[FamilyStatus] = mapped_column(_enum(FamilyStatus), index=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    closure_reason: Mapped[ClosureReason | None] = mapped_column(_enum(ClosureReason))
    closure_note: Mapped[str] = mapped_column(Text, default="")
    specialist_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    frequency: Mapped[Frequency] = mapped_column(_enum(Frequency))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, info=INSERTED)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=_now, onupdate=_now, info=UPDATED
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class Caregiver(Base):
    __tablename__ = "caregivers"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    relationship: Mapped[str] = mapped_column(String(60), default="Mother")
    dob: Mapped[dt.date | None] = mapped_column(Date)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class Child(Base):
    __tablename__ = "children"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    dob: Mapped[dt.date] = mapped_column(Date)
    gestational_weeks: Mapped[int | None] = mapped_column(SmallInteger)
    # Days past the completed weeks, 0-6 (36+6); NULL when the weeks are not recorded.
    gestational_days: Mapped[int | None] = mapped_column(SmallInteger)
    sex: Mapped[Sex] = mapped_column(_enum(Sex), default=Sex.UNKNOWN)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class Goal(Base):
    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)
    caregiver_id: Mapped[int | None] = mapped_column(ForeignKey("caregivers.id"))
    child_id: Mapped[int | None] = mapped_column(ForeignKey("children.id"))
    domain: Mapped[GoalDomain] = mapped_column(_enum(GoalDomain))
    statement: Mapped[str] = mapped_column(Text)
    baseline: Mapped[str] = mapped_column(Text, default="")
    strategies: Mapped[str] = mapped_column(Text, default="")
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[GoalStatus] = mapped_column(_enum(GoalStatus), default=GoalStatus.ACTIVE)
    started_on: Mapped[dt.date] = mapped_column(Date)
    status_changed_on: Mapped[dt.date | None] = mapped_column(Date)
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("goals.id"))
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class Visit(Base):
    """A visit: planned, then documented, signed, amended, co-signed."""

    __tablename__ = "visits"
    __table_args__ = (
        Index("ix_visits_family_date", "family_id", "visit_date"),
        Index("ix_visits_specialist_date", "specialist_id", "visit_date"),
        # Revision 0004: lets the caseload query read visits from the index alone.
        Index("ix_visits_family_caseload", "family_id", "outcome", "visit_date", "signed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"))
    specialist_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    visit_date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    duration_minutes: Mapped[int | None] = mapped_column(SmallInteger)
    mode: Mapped[VisitMode] = mapped_column(_enum(VisitMode), default=VisitMode.HOME)
    outcome: Mapped[VisitOutcome] = mapped_column(_enum(VisitOutcome))
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    participants: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    services: Mapped[list[Any]] = mapped_column(JSON, default=list)
    observation: Mapped[str] = mapped_column(Text, default="")
    caregiver_response: Mapped[str] = mapped_column(Text, default="")
    child_presentation: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(Text, default="")
    reflection: Mapped[str] = mapped_column(Text, default="")
    # "For the family" (revision 0014): printed on the family handout, never clinical text.
    family_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    next_visit_date: Mapped[dt.date | None] = mapped_column(Date)
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    # Revision 0015: the goals as the note rated them when it was signed (see notes.sign_visit).
    goal_snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    cosigned_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    cosigned_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    # SHA-256 of the signed content (domain.integrity.note_hash), set when signed. Added in 0012.
    content_hash: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, info=INSERTED)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=_now, onupdate=_now, info=UPDATED
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class GoalProgress(Base):
    __tablename__ = "goal_progress"
    __table_args__ = (UniqueConstraint("visit_id", "goal_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id"), index=True)
    rating: Mapped[int] = mapped_column(SmallInteger)
    note: Mapped[str] = mapped_column(Text, default="")


class Screening(Base):
    __tablename__ = "screenings"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"))
    child_id: Mapped[int | None] = mapped_column(ForeignKey("children.id"))
    caregiver_id: Mapped[int | None] = mapped_column(ForeignKey("caregivers.id"))
    instrument: Mapped[Instrument] = mapped_column(_enum(Instrument))
    given_on: Mapped[dt.date] = mapped_column(Date)
    interval_months: Mapped[int | None] = mapped_column(SmallInteger)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    total: Mapped[int | None] = mapped_column(SmallInteger)
    band: Mapped[str] = mapped_column(String(240), default="")
    positive: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, info=INSERTED)
    # The same-day safety check after a self-harm answer (urgent screens).
    safety_checked_by: Mapped[str | None] = mapped_column(String(200))
    safety_action: Mapped[str | None] = mapped_column(Text)
    safety_outcome: Mapped[str | None] = mapped_column(Text)
    safety_recorded_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    safety_recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_users.id", name="fk_screenings_safety_recorded_by")
    )


class Alert(Base):
    """An open concern on a family (e.g. a positive screen) until followed up."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)
    screening_id: Mapped[int | None] = mapped_column(ForeignKey("screenings.id"))
    kind: Mapped[AlertKind] = mapped_column(_enum(AlertKind))
    text: Mapped[str] = mapped_column(Text)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    follow_up_kind: Mapped[FollowUpKind | None] = mapped_column(_enum(FollowUpKind))
    follow_up_note: Mapped[str] = mapped_column(Text, default="")


class Amendment(Base):
    """Append-only change to a signed note; the original is never altered."""

    __tablename__ = "amendments"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, info=INSERTED)
    section: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    # SHA-256 chained on the note's seal or the amendment before it. Added in 0012.
    hash: Mapped[str | None] = mapped_column(String(64))


class AuditEvent(Base):
    """Who did what to which record, and when. Append-only and hash-chained (revision 0012).

    ``seq`` numbers the chain 1, 2, 3… without gaps; ``hash`` is SHA-256 over
    the event's columns and ``prev_hash`` (the hash of event ``seq - 1``), see
    domain.integrity. A trigger refuses UPDATE and DELETE on this table.
    ``family_id`` files the event under the family it concerns, if any.
    """

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_seq", "seq", unique=True),
        Index("ix_audit_events_family_at", "family_id", "at"),
        Index("ix_audit_events_entity", "entity", "entity_id"),
        Index("ix_audit_events_staff_at", "staff_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, index=True, info=INSERTED)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")
    seq: Mapped[int | None] = mapped_column(Integer)
    family_id: Mapped[int | None] = mapped_column(Integer)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class AuditChain(Base):
    """The head of the audit chain: one row (id 1), locked by every append. Added in 0012.

    Appending updates this row first, which takes SQLite's write lock or the
    row's lock on PostgreSQL, so two transactions never both extend the same
    head (the chain cannot fork). ``seq``/``head_hash`` are those of the last
    event; a mismatch with the table's last row shows events cut off its end.
    """

    __tablename__ = "audit_chain"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))


class NoteDraft(Base):
    """Autosaved state of an open visit editor, so a crash loses seconds only.

    Added in revision 0002.
    """

    __tablename__ = "note_drafts"
    __table_args__ = (
        UniqueConstraint("author_id", "family_id", "visit_id"),
        # Revision 0016: one draft of a new note (no visit yet) per author and family.
        Index(
            "uq_note_drafts_new_note", "author_id", "family_id", unique=True,
            sqlite_where=text("visit_id IS NULL"), postgresql_where=text("visit_id IS NULL"),
        ),
    )  # fmt: skip

    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, info=INSERTED)
    # Revision 0016: a stale window's autosave fails instead of overwriting a newer draft.
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class AgencySetting(Base):
    """Agency-wide settings shared by everyone on the database. Added in 0002."""

    __tablename__ = "agency_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class EmergencyAccess(Base):
    """A clinician's time-limited access to a family outside their caseload ("break the glass").

    Granted after the clinician typed a reason; audited, shown to supervisors.
    Added in revision 0013.
    """

    __tablename__ = "emergency_access"
    __table_args__ = (Index("ix_emergency_access_staff_family", "staff_id", "family_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    granted_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=_now, index=True, info=INSERTED
    )
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)


# Family context (revision 0020): stressors, protective factors, consents, releases, referrals.


class FamilyStressor(Base):
    """A source of stress in the family's life, from the day noted until resolved."""

    __tablename__ = "family_stressors"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)
    stressor: Mapped[Stressor] = mapped_column(_enum(Stressor))
    noted_on: Mapped[dt.date] = mapped_column(Date)
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class FactorRatingRow(Base):
    """One dated rating of a protective factor; the newest of a factor is the current one."""

    __tablename__ = "factor_ratings"
    __table_args__ = (Index("ix_factor_ratings_family_factor", "family_id", "factor"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"))
    factor: Mapped[ProtectiveFactor] = mapped_column(_enum(ProtectiveFactor))
    rating: Mapped[FactorRating] = mapped_column(_enum(FactorRating))
    rated_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    rated_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))


class Consent(Base):
    """The family's consent to services, as signed on a version of the form."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)
    signed_on: Mapped[dt.date] = mapped_column(Date)
    signed_by: Mapped[str] = mapped_column(String(200))
    form_version: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class InformationRelease(Base):
    """A release of information to one agency: what may be shared, until when."""

    __tablename__ = "information_releases"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)
    recipient: Mapped[str] = mapped_column(String(200))
    shares: Mapped[str] = mapped_column(Text)
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    signed_on: Mapped[dt.date] = mapped_column(Date)
    expires_on: Mapped[dt.date] = mapped_column(Date, index=True)
    revoked_on: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class Referral(Base):
    """A referral to another service and what came of it."""

    __tablename__ = "referrals"
    __table_args__ = (Index("ix_referrals_status_follow_up", "status", "follow_up_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)
    referral_type: Mapped[ReferralType] = mapped_column(_enum(ReferralType))
    caregiver_id: Mapped[int | None] = mapped_column(ForeignKey("caregivers.id"))
    child_id: Mapped[int | None] = mapped_column(ForeignKey("children.id"))
    agency: Mapped[str] = mapped_column(String(200))
    made_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[ReferralStatus] = mapped_column(_enum(ReferralStatus))
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")
    shares_information: Mapped[bool] = mapped_column(Boolean, default=False)
    release_id: Mapped[int | None] = mapped_column(ForeignKey("information_releases.id"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"))
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alerts.id"))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, info=INSERTED)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class ReferralStatusChange(Base):
    """One change of a referral's status or outcome note: the day, who, the note then.

    Added in revision 0022; a referral's first row is its status when made.
    """

    __tablename__ = "referral_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id"), index=True)
    status: Mapped[ReferralStatus] = mapped_column(_enum(ReferralStatus))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    changed_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, info=INSERTED)


class SupervisionSession(Base):
    """Reflective supervision: a supervisor with one specialist; its note is the two's only.

    Added in revision 0020.
    """

    __tablename__ = "supervision_sessions"
    __table_args__ = (Index("ix_supervision_sessions_specialist_held", "specialist_id", "held_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    supervisor_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    specialist_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    held_on: Mapped[dt.date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(SmallInteger)
    private_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, info=INSERTED)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")  # 0022
    __mapper_args__ = {"version_id_col": version}


class SupervisionFamily(Base):
    """A family discussed in a reflective supervision session."""

    __tablename__ = "supervision_families"
    __table_args__ = (UniqueConstraint("session_id", "family_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("supervision_sessions.id"), index=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)


class SearchEntry(Base):
    """One searchable piece of the record: a note section, an amendment, a goal, a screening.

    Added in revision 0021 and written in the same flush as the row it comes
    from (``data/search.py``). ``words`` is the folded, punctuation-free text
    the full-text index reads (SQLite: the FTS5 table ``search_fts``;
    PostgreSQL: the generated ``tsv`` column and its GIN index, both made by
    the migration and not mapped here); ``body`` is the text as written, for
    the snippet. ``private_to``: only this staff member may find it (the
    specialist's reflection).
    """

    __tablename__ = "search_index"
    __table_args__ = (
        Index("ix_search_index_source", "kind", "source_id"),
        Index("ix_search_index_family_date", "family_id", "on_date"),
        Index("ix_search_index_specialist", "specialist_id", "id"),
    )

    # The sort key from revision 0023 (data.search.entry_key): id order is newest first.
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=False
    )
    kind: Mapped[str] = mapped_column(String(16))  # note, amendment, goal, screening, referral
    source_id: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(40))
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"))
    visit_id: Mapped[int | None] = mapped_column(Integer)
    on_date: Mapped[dt.date] = mapped_column(Date)
    private_to: Mapped[int | None] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    words: Mapped[str] = mapped_column(Text)
    # The family's specialist (revision 0026): a specialist's search walks her own entries.
    specialist_id: Mapped[int | None] = mapped_column(Integer)
