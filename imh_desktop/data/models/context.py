"""A family's context (revision 0020): stressors, protective factors, consents,
releases of information, referrals and their history; reflective supervision.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from imh_desktop.data.models.base import INSERTED, Base, enum_type, utc_now
from imh_desktop.domain.enums import (
    FactorRating,
    ProtectiveFactor,
    ReferralStatus,
    ReferralType,
    Stressor,
)


class FamilyStressor(Base):
    """A source of stress in the family's life, from the day noted until resolved."""

    __tablename__ = "family_stressors"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)
    stressor: Mapped[Stressor] = mapped_column(enum_type(Stressor))
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
    factor: Mapped[ProtectiveFactor] = mapped_column(enum_type(ProtectiveFactor))
    rating: Mapped[FactorRating] = mapped_column(enum_type(FactorRating))
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
    referral_type: Mapped[ReferralType] = mapped_column(enum_type(ReferralType))
    caregiver_id: Mapped[int | None] = mapped_column(ForeignKey("caregivers.id"))
    child_id: Mapped[int | None] = mapped_column(ForeignKey("children.id"))
    agency: Mapped[str] = mapped_column(String(200))
    made_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[ReferralStatus] = mapped_column(enum_type(ReferralStatus))
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")
    shares_information: Mapped[bool] = mapped_column(Boolean, default=False)
    release_id: Mapped[int | None] = mapped_column(ForeignKey("information_releases.id"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"))
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alerts.id"))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, info=INSERTED)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class ReferralStatusChange(Base):
    """One change of a referral's status or outcome note: the day, who, the note then.

    Added in revision 0022; a referral's first row is its status when made.
    """

    __tablename__ = "referral_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id"), index=True)
    status: Mapped[ReferralStatus] = mapped_column(enum_type(ReferralStatus))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    changed_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, info=INSERTED)


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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, info=INSERTED)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")  # 0022
    __mapper_args__ = {"version_id_col": version}


class SupervisionFamily(Base):
    """A family discussed in a reflective supervision session."""

    __tablename__ = "supervision_families"
    __table_args__ = (UniqueConstraint("session_id", "family_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("supervision_sessions.id"), index=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)
