"""The program's own records: the audit trail and its chain, the agency's settings,
emergency (break-the-glass) access, and the search index.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from imh_desktop.data.models.base import INSERTED, Base, utc_now


class AuditEvent(Base):
    """Who did what to which record, and when. Append-only and hash-chained (revision 0012).

    The events form several independent chains, "lanes" (revision 0028): an
    event's ``lane`` says which, and ``seq`` numbers each lane 1, 2, 3…
    without gaps; ``hash`` is SHA-256 over the event's columns and
    ``prev_hash`` (the hash of event ``seq - 1`` of the same lane), see
    domain.integrity. Across lanes ``id`` gives the order events were written.
    A trigger refuses UPDATE and DELETE on this table.
    ``family_id`` files the event under the family it concerns, if any.
    """

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_lane_seq", "lane", "seq", unique=True),
        Index("ix_audit_events_family_at", "family_id", "at"),
        Index("ix_audit_events_entity", "entity", "entity_id"),
        Index("ix_audit_events_staff_at", "staff_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, index=True, info=INSERTED)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")
    seq: Mapped[int | None] = mapped_column(Integer)
    family_id: Mapped[int | None] = mapped_column(Integer)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))
    # No Python-side default: a bulk insert that leaves it out (the demo) gets the server's 0.
    lane: Mapped[int] = mapped_column(Integer, server_default="0")


class AuditChain(Base):
    """The head of one lane of the audit chain: ``id`` is the lane. Added in 0012, lanes in 0028.

    Appending updates one lane's row first, which takes SQLite's write lock or
    the row's lock on PostgreSQL, so two transactions never both extend the
    same head (a lane cannot fork); transactions that took different lanes do
    not wait for each other. ``seq``/``head_hash`` are those of the lane's
    last event; a mismatch with the lane's last row shows events cut off its end.
    """

    __tablename__ = "audit_chain"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))


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
        DateTime, default=utc_now, index=True, info=INSERTED
    )
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)


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
