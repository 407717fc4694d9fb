"""The clinical work: goals, visits and their notes, goal progress, screenings,
alerts, amendments of signed notes, and note drafts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from imh_desktop.data.models.base import INSERTED, UPDATED, Base, enum_type, utc_now
from imh_desktop.domain.enums import (
    AlertKind,
    FollowUpKind,
    GoalDomain,
    GoalStatus,
    Instrument,
    VisitMode,
    VisitOutcome,
)


class Goal(Base):
    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)
    caregiver_id: Mapped[int | None] = mapped_column(ForeignKey("caregivers.id"))
    child_id: Mapped[int | None] = mapped_column(ForeignKey("children.id"))
    domain: Mapped[GoalDomain] = mapped_column(enum_type(GoalDomain))
    statement: Mapped[str] = mapped_column(Text)
    baseline: Mapped[str] = mapped_column(Text, default="")
    strategies: Mapped[str] = mapped_column(Text, default="")
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[GoalStatus] = mapped_column(enum_type(GoalStatus), default=GoalStatus.ACTIVE)
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
    mode: Mapped[VisitMode] = mapped_column(enum_type(VisitMode), default=VisitMode.HOME)
    outcome: Mapped[VisitOutcome] = mapped_column(enum_type(VisitOutcome))
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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, info=INSERTED)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utc_now, onupdate=utc_now, info=UPDATED
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
    instrument: Mapped[Instrument] = mapped_column(enum_type(Instrument))
    given_on: Mapped[dt.date] = mapped_column(Date)
    interval_months: Mapped[int | None] = mapped_column(SmallInteger)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    total: Mapped[int | None] = mapped_column(SmallInteger)
    band: Mapped[str] = mapped_column(String(240), default="")
    positive: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, info=INSERTED)
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
    kind: Mapped[AlertKind] = mapped_column(enum_type(AlertKind))
    text: Mapped[str] = mapped_column(Text)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    follow_up_kind: Mapped[FollowUpKind | None] = mapped_column(enum_type(FollowUpKind))
    follow_up_note: Mapped[str] = mapped_column(Text, default="")


class Amendment(Base):
    """Append-only change to a signed note; the original is never altered."""

    __tablename__ = "amendments"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, info=INSERTED)
    section: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    # SHA-256 chained on the note's seal or the amendment before it. Added in 0012.
    hash: Mapped[str | None] = mapped_column(String(64))


class NoteDraft(Base):
    """Autosaved state of an open visit editor, so a crash loses seconds only.

    Added in revision 0002.
    """

    __tablename__ = "note_drafts"
    # Revision 0016's partial unique index is added by ``declare_partial_indexes``.
    __table_args__ = (UniqueConstraint("author_id", "family_id", "visit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, info=INSERTED)
    # Revision 0016: a stale window's autosave fails instead of overwriting a newer draft.
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}


NEW_NOTE_DRAFT_INDEX = "uq_note_drafts_new_note"
OPEN_FAMILIES_INDEX = "ix_families_open_specialist"


def declare_partial_indexes() -> None:
    """Add the partial indexes of revisions 0016 and 0029 to the metadata (Alembic's environment
    calls it).

    - One draft of a new note (no visit yet) per author and family: unique (author_id,
      family_id) WHERE visit_id IS NULL.
    - A specialist's open families: (specialist_id) WHERE status <> 'closed', which a team's
      caseload reads (at 50,000 families, eight in ten closed, its scan of the families
      table went from ~15 ms to ~0.3 ms on PostgreSQL).

    Not declared on the models themselves: ``sqlite_where``/``postgresql_where`` load the
    modules of both SQLAlchemy dialects, which cost 50-90 ms of CPU at every start of the
    app, which never makes tables from the models. Autogenerate still sees the indexes.
    Calling it again changes nothing.
    """
    from imh_desktop.data.models.people import Family

    _declare(NoteDraft, NEW_NOTE_DRAFT_INDEX, "visit_id IS NULL", ("author_id", "family_id"), True)
    _declare(Family, OPEN_FAMILIES_INDEX, "status <> 'closed'", ("specialist_id",), False)


def _declare(model: Any, name: str, where_sql: str, columns: tuple[str, ...], unique: bool) -> None:
    table = cast(Table, model.__table__)
    if any(index.name == name for index in table.indexes):
        return
    where = text(where_sql)
    Index(
        name, *(table.c[c] for c in columns), unique=unique,
        sqlite_where=where, postgresql_where=where,
    )  # fmt: skip
