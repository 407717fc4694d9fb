"""Autosaved drafts of the visit editor, so a crash or power cut loses seconds, not a note.

One draft per author, family and note (``visit_id`` None for a note not yet
saved). The payload is the editor's state as plain JSON.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Select, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from imh_desktop.data.models import Family, NoteDraft
from imh_desktop.domain.errors import ConflictError, DomainError
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.text import MAX_NOTE_SECTION
from imh_desktop.services.common.access import load_family
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import reading, retry_transient, unit_of_work
from imh_desktop.services.visits.records import DraftRecord

# A draft holds what the editor shows, which may still be over a field's limit
# (the save says so beside the field); this only bounds the row's size.
MAX_DRAFT_CHARS = 20 * MAX_NOTE_SECTION


def drop_drafts(session: Session, author_id: int, family_id: int, visit_id: int | None) -> None:
    """Delete the author's draft inside the caller's transaction (query helper, no commit)."""
    cond = NoteDraft.visit_id.is_(None) if visit_id is None else NoteDraft.visit_id == visit_id
    session.execute(
        delete(NoteDraft).where(
            NoteDraft.author_id == author_id, NoteDraft.family_id == family_id, cond
        )
    )


def _draft_stmt(author_id: int, family_id: int, visit_id: int | None) -> Select[NoteDraft]:
    cond = NoteDraft.visit_id.is_(None) if visit_id is None else NoteDraft.visit_id == visit_id
    return select(NoteDraft).where(
        NoteDraft.author_id == author_id, NoteDraft.family_id == family_id, cond
    )


def _draft_record(row: NoteDraft, family_name: str) -> DraftRecord:
    return DraftRecord(
        row.id,
        row.author_id,
        row.family_id,
        family_name,
        row.visit_id,
        dict(row.payload),
        row.saved_at,
        row.version,
    )


@retry_transient
def save_draft(
    ctx: ServiceContext, family_id: int, visit_id: int | None, payload: dict[str, Any],
    expected_version: int | None,
) -> DraftRecord:  # fmt: skip
    """Store the editor's unsaved state (one draft per author, family and note).

    ``expected_version`` is the version of the draft this window last saved or
    restored, or None when it holds none (the only way to create one). A draft
    saved since by another window or process, or one created there first,
    raises ConflictError (``current`` = that DraftRecord) and changes nothing;
    so does a draft removed meanwhile (the note was saved or the draft discarded
    elsewhere; ``current`` None).

    Called every few seconds while typing, so only the first save of a
    draft is audited. A payload over ``MAX_DRAFT_CHARS`` (as JSON) is refused.
    """
    encoded = json.dumps(payload, default=str, ensure_ascii=False)
    if len(encoded) > MAX_DRAFT_CHARS:
        raise DomainError(
            "The draft is too long to keep; shorten the note's text (see each section's limit).",
            "draft",
        )
    try:
        encoded.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no database can keep it
        raise DomainError("The draft holds a character that cannot be kept.", "draft") from None
    with unit_of_work(ctx, Permission.WRITE_NOTE, family_id=family_id) as uow:
        family = load_family(uow.session, family_id)
        row = uow.session.scalar(_draft_stmt(uow.actor.id, family_id, visit_id))
        found = None if row is None else row.version
        if found != expected_version:
            raise ConflictError(
                "This note's draft was changed in another window after you opened it.",
                loaded=expected_version,
                current=None if row is None else _draft_record(row, family.display_name),
            )
        if row is None:
            row = NoteDraft(
                author_id=uow.actor.id, family_id=family_id, visit_id=visit_id, payload=payload
            )
            uow.session.add(row)
            try:
                uow.session.flush()
            except IntegrityError:  # another process created it in the same moment
                raise ConflictError(
                    "This note's draft was saved in another window at the same moment.",
                    loaded=None,
                ) from None
            uow.audit("create", "note_draft", row.id, family_id=family_id, visit_id=visit_id)
        row.payload, row.saved_at = payload, uow.now()
        uow.session.flush()
        return _draft_record(row, family.display_name)


@retry_transient
def load_draft(ctx: ServiceContext, family_id: int, visit_id: int | None) -> DraftRecord | None:
    """The author's draft for this family's new note (``visit_id`` None) or for a note."""
    with reading(
        ctx, Permission.READ_FAMILY, "note_draft", family_id=family_id, visit_id=visit_id
    ) as uow:  # fmt: skip
        row = uow.session.scalar(_draft_stmt(uow.actor.id, family_id, visit_id))
        if row is None:
            return None
        uow.read_id = row.id
        return _draft_record(row, load_family(uow.session, family_id).display_name)


@retry_transient
def discard_draft(ctx: ServiceContext, family_id: int, visit_id: int | None) -> None:
    """Delete the author's own draft, if any (even once the family is out of reach)."""
    with unit_of_work(ctx, Permission.WRITE_NOTE) as uow:
        uow.require(specialist_id=uow.actor.id)  # one's own drafts
        drop_drafts(uow.session, uow.actor.id, family_id, visit_id)
        uow.audit("discard", "note_draft", visit_id, family_id=family_id)


def list_drafts(ctx: ServiceContext) -> list[DraftRecord]:
    """The author's drafts, newest first (offered back after a crash).

    Drafts of families the author may no longer open are left out (they stay stored).
    """
    with reading(ctx, Permission.READ_FAMILY, "note_drafts") as uow:
        uow.require(specialist_id=uow.actor.id)  # one's own drafts
        rows = uow.session.execute(
            select(NoteDraft, Family)
            .join(Family, Family.id == NoteDraft.family_id)
            .where(NoteDraft.author_id == uow.actor.id)
            .order_by(NoteDraft.saved_at.desc())
        ).all()
        shown = [
            _draft_record(row, f.display_name) for row, f in rows if uow.may(uow.permission, f)
        ]
        uow.read_detail["drafts"] = len(shown)
        return shown
