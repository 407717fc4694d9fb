"""What an update's audit event keeps: each changed field's old and new value.

Narrative text (note sections, reflections, cancel reasons, goal baselines and
strategies, progress notes, closure notes) is kept only as a digest
(domain.integrity.text_digest): the audit trail shows that and when it
changed, and can prove which text it was against a backup, without holding
clinical text a second time where more people read it. Everything else
(names, address, phone, dates, choices, ratings, goal statements) is kept by
value. docs/security.md, "Audit trail", explains the choice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from imh_desktop.domain.integrity import field_changes

NARRATIVE = frozenset(
    {
        "observation",
        "caregiver_response",
        "child_presentation",
        "plan",
        "reflection",
        "family_note",
        "cancel_reason",
        "baseline",
        "strategies",
        "closure_note",
        "rating_notes",
        "note",  # a stressor's note (family context)
        "reason",  # a referral's reason
        "outcome",  # a referral's outcome
    }
)


def snapshot(row: object, names: Iterable[str]) -> dict[str, Any]:
    """The named attributes of ``row``, to compare after a change."""
    return {name: getattr(row, name) for name in names}


def changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """``{field: {"old": …, "new": …}}`` of what differs; narrative text as digests."""
    return field_changes(before, after, NARRATIVE)
