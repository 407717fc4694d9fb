"""An audit event's detail in one readable line: changes first, text as "(text)", hashes short."""

from __future__ import annotations

import json

from imh_desktop.domain.integrity import text_digest
from imh_desktop.services.audit.describe import describe_detail


def test_changes_read_as_old_to_new_and_narrative_as_changed():
    detail = json.dumps({
        "family_id": 3,
        "changes": {
            "address": {"old": "12 Elm", "new": "4 Oak"},
            "phone": {"old": "", "new": "555-0101"},
            "plan": {"old": text_digest("a"), "new": text_digest("b")},
        },
    })  # fmt: skip
    assert describe_detail(detail) == (
        "address: 12 Elm → 4 Oak; phone: (empty) → 555-0101; plan changed (text not kept)"
    )


def test_facts_and_hashes_are_short_and_bookkeeping_is_left_out():
    seal = "ab" * 32
    detail = json.dumps({"family_id": 3, "content_hash": seal, "history": [1, 2], "goals": 2})
    assert describe_detail(detail) == f"content hash {seal[:12]}…; goals: 2"
    sealed = describe_detail(json.dumps({"content_hash": seal, "sealed_by": "upgrade to 0012"}))
    assert sealed.endswith("sealed by the upgrade to 0012")
    assert describe_detail(json.dumps({"note": "x" * 100})).endswith("…")


def test_empty_or_unreadable_detail():
    assert describe_detail("") == ""
    assert describe_detail("not json") == "not json"
    assert describe_detail("[1, 2]") == "[1, 2]"
