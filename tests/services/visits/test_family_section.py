"""The family section edited from the handout preview: an unsigned note's edit, a signed
note's amendment; the handout prints what was saved."""

from __future__ import annotations

import pytest

from imh_desktop.domain.errors import ConflictError, DomainError, PermissionDeniedError
from imh_desktop.services.reports import handout_data
from imh_desktop.services.visits import notes
from imh_desktop.services.visits.family_section import save_family_section
from tests.factories import signed_note


def test_a_signed_notes_family_section_is_amended_never_rewritten(as_user, staff):
    _family, note = signed_note(as_user, staff)
    ana, ben = as_user(staff["aspecialist"]), as_user(staff["bspecialist"])
    with pytest.raises(DomainError) as err:  # an amendment needs its reason
        save_family_section(ana, note.visit.id, "You sang; Bảo smiled.", note.visit.version)
    assert err.value.field == "reason"
    with pytest.raises(PermissionDeniedError):
        save_family_section(ben, note.visit.id, "x", note.visit.version, "Plainer words")
    assert save_family_section(
        ana, note.visit.id, "You sang; Bảo smiled.", note.visit.version, "Plainer words"
    )
    again = notes.get_note(ana, note.visit.id)
    assert again.visit.family_note == note.visit.family_note  # as signed
    assert [(a.section, a.reason, a.text) for a in again.amendments] == [
        ("family_note", "Plainer words", "You sang; Bảo smiled.")
    ]
    assert handout_data(ana, note.visit.id, "en").family_note == "You sang; Bảo smiled."


def test_an_unsigned_notes_family_section_is_edited_by_its_author(as_user, staff):
    from imh_desktop.domain.inputs import VisitInput
    from imh_desktop.services.family import families
    from imh_desktop.services.visits.records import NoteInput
    from tests.factories import TODAY, family_input

    sam, ana = as_user(staff["ssupervisor"]), as_user(staff["aspecialist"])
    family = families.create_family(sam, family_input(staff["aspecialist"]))
    draft = notes.save_note(ana, family.id, NoteInput(VisitInput(TODAY, observation="Seen.")))
    assert not save_family_section(ana, draft.visit.id, "We read together.", draft.visit.version)
    saved = notes.get_note(ana, draft.visit.id)
    assert saved.visit.family_note == "We read together." and saved.visit.observation == "Seen."
    assert saved.visit.version == draft.visit.version + 1
    with pytest.raises(ConflictError):  # the preview's copy is stale now
        save_family_section(ana, draft.visit.id, "Older words", draft.visit.version)
    with pytest.raises(PermissionDeniedError):  # the supervisor amends, never edits a draft
        save_family_section(sam, draft.visit.id, "x", saved.visit.version)
    assert notes.get_note(ana, draft.visit.id).visit.family_note == "We read together."
