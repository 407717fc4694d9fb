"""What a visit note needs before signing, and late signatures (DOMAIN.md "Visit notes")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from imh_desktop.domain.enums import VisitOutcome, VisitService
from imh_desktop.domain.sign_rules import (
    NoteForSigning,
    can_sign,
    is_signature_late,
    missing_for_signature,
    working_days_between,
)

COMPLETE = NoteForSigning(
    outcome=VisitOutcome.COMPLETED,
    observation="Mum held Ava close and named her yawns; Ava settled within minutes.",
    services=(VisitService.REFLECTIVE_CONVERSATION.value,),
    goal_ratings=((7, 3),),
)


class TestCompletedVisit:
    def test_complete_note_can_be_signed(self) -> None:
        assert missing_for_signature(COMPLETE) == []
        assert can_sign(COMPLETE)

    def test_optional_sections_are_not_required(self) -> None:
        assert COMPLETE.caregiver_response == COMPLETE.plan == ""
        assert can_sign(COMPLETE)

    def test_empty_observation(self) -> None:
        note = replace(COMPLETE, observation="   \n")
        assert missing_for_signature(note) == [
            "Observation of the caregiver-infant interaction is empty"
        ]

    def test_no_service_ticked(self) -> None:
        note = replace(COMPLETE, services=())
        assert missing_for_signature(note) == [
            "What we did: tick at least one service given this visit"
        ]

    def test_no_goal_addressed(self) -> None:
        assert missing_for_signature(replace(COMPLETE, goal_ratings=())) == [
            "No goal addressed: rate progress (1 to 5) on at least one goal"
        ]

    def test_goal_addressed_without_rating_does_not_count(self) -> None:
        missing = missing_for_signature(replace(COMPLETE, goal_ratings=((7, None),)))
        assert missing == ["No goal addressed: rate progress (1 to 5) on at least one goal"]

    def test_every_addressed_goal_needs_its_rating(self) -> None:
        missing = missing_for_signature(replace(COMPLETE, goal_ratings=((7, 4), (8, None))))
        assert missing == ["1 addressed goal has no progress rating (1 to 5)"]

    @pytest.mark.parametrize("rating", [0, 6, True])
    def test_rating_out_of_range(self, rating: int) -> None:
        missing = missing_for_signature(replace(COMPLETE, goal_ratings=((7, 4), (8, rating))))
        assert missing == ["Goal progress ratings must be from 1 to 5"]

    @pytest.mark.parametrize("rating", [1, 5])
    def test_rating_boundaries_are_accepted(self, rating: int) -> None:
        assert can_sign(replace(COMPLETE, goal_ratings=(("goal-a", rating),)))

    def test_everything_missing_lists_everything(self) -> None:
        assert len(missing_for_signature(NoteForSigning(outcome=VisitOutcome.COMPLETED))) == 3


class TestOtherOutcomes:
    def test_planned_visit_cannot_be_signed(self) -> None:
        missing = missing_for_signature(replace(COMPLETE, outcome=VisitOutcome.PLANNED))
        assert len(missing) == 1
        assert "planned" in missing[0]

    def test_staff_cancellation_needs_a_reason(self) -> None:
        note = NoteForSigning(outcome=VisitOutcome.CANCELLED_STAFF, plan="Rebook next week")
        assert missing_for_signature(note) == ["Reason the visit was cancelled by staff is empty"]
        assert can_sign(replace(note, cancel_reason="Specialist off sick"))

    @pytest.mark.parametrize("outcome", [VisitOutcome.CANCELLED_FAMILY, VisitOutcome.NO_SHOW])
    def test_family_cancellation_or_no_show_needs_a_short_note(self, outcome: VisitOutcome) -> None:
        bare = NoteForSigning(outcome=outcome)
        missing = missing_for_signature(bare)
        assert len(missing) == 1 and "short note" in missing[0]
        assert can_sign(replace(bare, cancel_reason="Baby unwell"))
        assert can_sign(replace(bare, plan="Text mum on Monday to rebook"))

    def test_cancelled_visit_needs_no_observation_or_goals(self) -> None:
        note = NoteForSigning(outcome=VisitOutcome.NO_SHOW, cancel_reason="No answer at door")
        assert missing_for_signature(note) == []


class TestWorkingDays:
    # 2026-03-06 is a Friday.
    friday = date(2026, 3, 6)

    def test_friday_to_tuesday_is_two_working_days(self) -> None:
        assert working_days_between(self.friday, date(2026, 3, 9)) == 1
        assert working_days_between(self.friday, date(2026, 3, 10)) == 2

    def test_weekend_days_do_not_count(self) -> None:
        assert working_days_between(self.friday, date(2026, 3, 8)) == 0

    def test_same_day_or_earlier_is_zero(self) -> None:
        assert working_days_between(self.friday, self.friday) == 0
        assert working_days_between(self.friday, date(2026, 3, 2)) == 0

    def test_over_several_weeks(self) -> None:
        assert working_days_between(self.friday, date(2026, 3, 20)) == 10
        assert working_days_between(date(2026, 3, 2), date(2026, 3, 31)) == 21

    def test_holidays_are_skipped(self) -> None:
        monday = date(2026, 3, 9)
        assert working_days_between(self.friday, date(2026, 3, 10), holidays={monday}) == 1
        # A holiday on a weekend or outside the range changes nothing.
        assert (
            working_days_between(self.friday, date(2026, 3, 10), holidays={date(2026, 3, 7)}) == 2
        )


class TestLateSignature:
    friday = date(2026, 3, 6)

    def test_two_working_days_allowed(self) -> None:
        assert not is_signature_late(self.friday, self.friday)
        assert not is_signature_late(self.friday, date(2026, 3, 10))  # Tuesday
        assert is_signature_late(self.friday, date(2026, 3, 11))  # Wednesday

    def test_midweek_visit(self) -> None:
        monday = date(2026, 3, 2)
        assert not is_signature_late(monday, date(2026, 3, 4))
        assert is_signature_late(monday, date(2026, 3, 5))

    def test_setting_and_holidays(self) -> None:
        assert not is_signature_late(self.friday, date(2026, 3, 11), allowed_working_days=3)
        assert not is_signature_late(self.friday, date(2026, 3, 11), holidays=[date(2026, 3, 9)])
