"""The "For the family" section edited from the handout preview, saved through the note rules.

An unsigned note: the author's edit of that one section, checked against the
version the preview loaded (another save meanwhile is a ConflictError), the
rest of the note untouched. A signed note is locked and sealed, so the edit
is an amendment of "For the family" (``amend_visit``: author or their
supervisor, with a reason): the signed text stays as it was signed, the
audit trail says who changed the family's copy, when and why, and the
handout prints the newest amendment.
"""

from __future__ import annotations

from imh_desktop.domain.errors import ConflictError, DomainError
from imh_desktop.domain.errors import PermissionDeniedError as Denied
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.text import MAX_NOTE_SECTION, check_text
from imh_desktop.services.audit.changes import changes, snapshot
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import unit_of_work
from imh_desktop.services.visits.notes import _visit, amend_visit

AMENDED_IN_PREVIEW = "Family section edited in the handout preview"


def save_family_section(
    ctx: ServiceContext, visit_id: int, text: str, expected_version: int, reason: str = ""
) -> bool:
    """Save the family section of ``visit_id``'s note as ``text``. True when it was amended
    (a signed note; ``reason`` required), False when the unsigned note was edited."""
    text = check_text(text, "family_note", "The section for the family", MAX_NOTE_SECTION,
                      multiline=True)  # fmt: skip
    with unit_of_work(ctx, Permission.WRITE_NOTE) as uow:
        row = _visit(uow.session, visit_id)
        uow.require(note=row)
        signed = row.signed_at is not None
        if not signed:
            if row.specialist_id != uow.actor.id:
                raise Denied("Only the note's author can edit it.", "author")
            if row.version != expected_version:
                raise ConflictError(
                    "Someone saved this note after the preview opened it. Open the handout "
                    "again to see their version; your text is still here.",
                    loaded=expected_version,
                    current=row.version,
                )
            before = snapshot(row, ("family_note",))
            row.family_note = text
            uow.session.flush()
            uow.audit("update", "visit", row.id, family_id=row.family_id, section="family_note",
                      changes=changes(before, snapshot(row, before)))  # fmt: skip
            return False
    if not text:
        raise DomainError("Write the section for the family before you save it.", "family_note")
    amend_visit(ctx, visit_id, "family_note", reason, text)
    return True
