"""What a visit note needs before its author can sign it, and when a signature is late.

Rules (DOMAIN.md "Visit notes"):

- A planned visit cannot be signed: first record what happened.
- A completed visit needs the observation of the caregiver-infant
  interaction, at least one service ticked under "what we did", and at least
  one goal addressed with a progress rating of 1 to 5. Every goal marked as
  addressed needs its rating.
- A visit cancelled by staff needs the reason (it counts against the
  program's dosage, and supervisors review it).
- A visit cancelled by the family, or a no-show, needs a short note: either
  the reason or the plan to reconnect is enough.
- Notes are expected signed within two working days (Monday-Friday, minus
  any holidays given) of the visit; the number of days is a setting.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from imh_desktop.domain.enums import VisitOutcome

RATING_MIN, RATING_MAX = 1, 5


@dataclass(frozen=True)
class NoteForSigning:
    """The parts of a visit note the signing rules look at."""

    outcome: VisitOutcome
    observation: str = ""
    services: tuple[str, ...] = ()
    caregiver_response: str = ""
    child_presentation: str = ""
    plan: str = ""
    goal_ratings: tuple[tuple[int | str, int | None], ...] = ()
    cancel_reason: str = ""


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _valid_rating(rating: object) -> bool:
    return (
        isinstance(rating, int)
        and not isinstance(rating, bool)
        and RATING_MIN <= rating <= RATING_MAX
    )


def _completed_gaps(note: NoteForSigning) -> list[str]:
    missing = []
    if _blank(note.observation):
        missing.append("Observation of the caregiver-infant interaction is empty")
    if not any(not _blank(s) for s in note.services):
        missing.append("What we did: tick at least one service given this visit")
    ratings = [rating for _, rating in note.goal_ratings]
    unrated = sum(1 for r in ratings if r is None)
    invalid = sum(1 for r in ratings if r is not None and not _valid_rating(r))
    if not any(_valid_rating(r) for r in ratings):
        missing.append("No goal addressed: rate progress (1 to 5) on at least one goal")
    if unrated and len(ratings) > unrated:
        noun = "goal has" if unrated == 1 else "goals have"
        missing.append(f"{unrated} addressed {noun} no progress rating (1 to 5)")
    if invalid:
        missing.append("Goal progress ratings must be from 1 to 5")
    return missing


def missing_for_signature(note: NoteForSigning) -> list[str]:
    """What is missing before the note can be signed; an empty list means it can be signed.

    Each message names the section, for a clinician to read.
    """
    outcome = note.outcome
    if outcome == VisitOutcome.PLANNED:
        return ["A planned visit cannot be signed: record whether it took place first"]
    if outcome == VisitOutcome.COMPLETED:
        return _completed_gaps(note)
    if outcome == VisitOutcome.CANCELLED_STAFF:
        if _blank(note.cancel_reason):
            return ["Reason the visit was cancelled by staff is empty"]
        return []
    # Cancelled by the family, or a no-show: a short note is enough.
    if _blank(note.cancel_reason) and _blank(note.plan):
        what = "no-show" if outcome == VisitOutcome.NO_SHOW else "visit cancelled by the family"
        return [f"Add a short note for this {what}: the reason, or the plan to reconnect"]
    return []


def can_sign(note: NoteForSigning) -> bool:
    """True when nothing is missing for the signature."""
    return not missing_for_signature(note)


def working_days_between(d1: date, d2: date, holidays: Collection[date] = ()) -> int:
    """Working days (Monday to Friday, not in ``holidays``) after ``d1`` up to and including ``d2``.

    0 when ``d2`` is not after ``d1``. A visit on Friday and a signature on
    the next Tuesday are 2 working days apart.
    """
    if d2 <= d1:
        return 0
    total_days = (d2 - d1).days
    full_weeks, extra = divmod(total_days, 7)
    count = full_weeks * 5
    for offset in range(1, extra + 1):
        if (d1 + timedelta(days=offset)).weekday() < 5:
            count += 1
    count -= sum(1 for h in set(holidays) if d1 < h <= d2 and h.weekday() < 5)
    return count


def is_signature_late(
    visit_date: date,
    today: date,
    allowed_working_days: int = 2,
    holidays: Collection[date] = (),
) -> bool:
    """True when more than ``allowed_working_days`` working days have passed since the visit.

    For a signed note pass the signature date as ``today`` to tell whether
    it was signed late.
    """
    return working_days_between(visit_date, today, holidays) > allowed_working_days
