"""Staff and families: who works here, the families, their caregivers and children."""

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
)
from sqlalchemy.orm import Mapped, mapped_column

from imh_desktop.data.models.base import INSERTED, UPDATED, Base, enum_type, utc_now
from imh_desktop.domain.enums import (
    ClosureReason,
    FamilyStatus,
    Frequency,
    ReferralSource,
    Role,
    Sex,
)


class StaffUser(Base):
    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(enum_type(Role))
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, info=INSERTED)
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
    referral_source: Mapped[ReferralSource] = mapped_column(enum_type(ReferralSource))
    referral_date: Mapped[dt.date] = mapped_column(Date)
    enrolled_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[FamilyStatus] = mapped_column(enum_type(FamilyStatus), index=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    closure_reason: Mapped[ClosureReason | None] = mapped_column(enum_type(ClosureReason))
    closure_note: Mapped[str] = mapped_column(Text, default="")
    specialist_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    frequency: Mapped[Frequency] = mapped_column(enum_type(Frequency))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, info=INSERTED)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utc_now, onupdate=utc_now, info=UPDATED
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
    sex: Mapped[Sex] = mapped_column(enum_type(Sex), default=Sex.UNKNOWN)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}
