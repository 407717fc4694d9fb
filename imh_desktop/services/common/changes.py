"""Typed records of what a write changed, so each view refreshes only what it shows.

A write in the UI publishes one :class:`Change` on the application's change
bus once the service call has committed; the caseload updates that family's
row, an open record reloads the tabs the change names, and nothing reloads
"everything".
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Part(enum.Enum):
    """What part of the record a write touched."""

    FAMILY = "family"  # the family's own fields, status, specialist
    MEMBERS = "members"  # caregivers and children
    GOALS = "goals"
    VISITS = "visits"  # notes, signatures, amendments, goal ratings
    DRAFTS = "drafts"
    SCREENINGS = "screenings"
    ALERTS = "alerts"
    CONTEXT = "context"  # stressors, protective factors, consents, releases, referrals
    STAFF = "staff"
    SETTINGS = "settings"
    AUDIT = "audit"  # the audit trail itself: a check of it or a saved check report, recorded


@dataclass(frozen=True)
class Change:
    """``parts`` of ``family_id`` (or agency-wide, with ``family_id`` None) changed."""

    parts: frozenset[Part]
    family_id: int | None = None

    @classmethod
    def of(cls, family_id: int | None, *parts: Part) -> Change:
        return cls(frozenset(parts), family_id)

    def touches(self, *parts: Part) -> bool:
        """True when any of ``parts`` changed."""
        return not self.parts.isdisjoint(parts)

    @property
    def caseload_row(self) -> bool:
        """True when the family's caseload row may show something else now."""
        return self.family_id is not None and self.touches(
            Part.FAMILY,
            Part.MEMBERS,
            Part.GOALS,
            Part.VISITS,
            Part.SCREENINGS,
            Part.ALERTS,
            Part.CONTEXT,
        )
