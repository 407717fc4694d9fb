"""Scoring of EPDS, PHQ-9, ASQ-3 and ASQ:SE-2 results (DOMAIN.md "Screenings")."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imh_desktop.domain.enums import Instrument
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.screening import (
    ASQ3_AREAS,
    EPDS_ITEMS,
    EPDS_SELF_HARM_ITEM,
    PHQ9_ITEMS,
    PHQ9_SELF_HARM_ITEM,
    asq3_result,
    asqse2_result,
    epds_band,
    phq9_band,
    score_epds,
    score_phq9,
)

EPDS_REVERSED = {3, 5, 6, 7, 8, 9, 10}


def epds_answers(scores: Sequence[int]) -> list[int]:
    """The option indexes that give these EPDS item scores (reverse items flipped)."""
    return [3 - s if n in EPDS_REVERSED else s for n, s in enumerate(scores, start=1)]


class TestEpds:
    """Edinburgh Postnatal Depression Scale (Cox, Holden & Sagovsky, 1987)."""

    def test_first_option_everywhere_scores_reverse_items_3(self) -> None:
        """Items 1, 2, 4 score 0-3; items 3 and 5-10 score 3-0 (Cox et al., 1987)."""
        result = score_epds([0] * 10)
        assert result.item_scores == (0, 0, 3, 0, 3, 3, 3, 3, 3, 3)
        assert result.total == 21
        assert result.band == "probable depression"
        assert result.urgent and result.positive

    def test_last_option_everywhere(self) -> None:
        """Only items 1, 2 and 4 count when the last option is chosen (Cox et al., 1987)."""
        result = score_epds([3] * 10)
        assert result.item_scores == (3, 3, 0, 3, 0, 0, 0, 0, 0, 0)
        assert result.total == 9
        assert result.band == "low"
        assert not result.positive and not result.urgent
        assert result.alert_text is None
        assert result.instrument == Instrument.EPDS

    def test_item_10_above_zero_is_urgent_even_with_a_low_total(self) -> None:
        """EPDS item 10 (self-harm) above 0 is an urgent alert whatever the total."""
        result = score_epds(epds_answers([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]))
        assert result.total == 1
        assert result.band == "low"
        assert result.urgent and result.positive
        assert result.alert_text is not None
        assert "item 10" in result.alert_text
        assert "same-day safety check" in result.alert_text

    @pytest.mark.parametrize(
        ("total", "band", "positive"),
        [
            (0, "low", False),
            (9, "low", False),
            (10, "possible depression", False),
            (12, "possible depression", False),
            (13, "probable depression", True),
            (30, "probable depression", True),
        ],
    )
    def test_band_boundaries(self, total: int, band: str, positive: bool) -> None:
        """Programs' EPDS bands: 0-9 low, 10-12 possible, 13+ probable (Cox et al., 1987)."""
        scores = [0] * 10
        remaining = total
        for i in range(9):  # leave item 10 at 0 so only the total decides
            scores[i] = min(3, remaining)
            remaining -= scores[i]
        if remaining:
            scores[9] = remaining
        result = score_epds(epds_answers(scores))
        assert result.total == total
        assert result.band == band
        assert result.positive is positive

    def test_probable_depression_alert_says_refer(self) -> None:
        """EPDS 13 or more: refer (Cox et al., 1987)."""
        result = score_epds(epds_answers([3, 3, 3, 3, 3, 0, 0, 0, 0, 0]))
        assert result.total == 15
        assert not result.urgent
        assert result.alert_text == "EPDS 15: probable depression, refer"

    def test_urgent_and_probable_alerts_combine(self) -> None:
        result = score_epds(epds_answers([3, 3, 3, 3, 3, 0, 0, 0, 0, 2]))
        assert result.total == 17
        assert result.alert_text is not None
        assert result.alert_text.startswith("EPDS item 10")
        assert "EPDS 17: probable depression, refer" in result.alert_text

    @pytest.mark.parametrize(
        "answers",
        [[0] * 9, [0] * 11, [0] * 9 + [4], [0] * 9 + [-1], [0] * 9 + [True], "0000000000"],
    )
    def test_bad_answers_name_the_field(self, answers: object) -> None:
        with pytest.raises(DomainError) as err:
            score_epds(answers)  # type: ignore[arg-type]
        assert err.value.field == "answers"
        assert "EPDS" in err.value.message


class TestPhq9:
    """Patient Health Questionnaire-9 (Kroenke, Spitzer & Williams, 2001)."""

    @pytest.mark.parametrize(
        ("total", "band", "positive"),
        [
            (0, "minimal", False),
            (4, "minimal", False),
            (5, "mild", False),
            (9, "mild", False),
            (10, "moderate", True),
            (14, "moderate", True),
            (15, "moderately severe", True),
            (19, "moderately severe", True),
            (20, "severe", True),
            (24, "severe", True),
        ],
    )
    def test_band_boundaries(self, total: int, band: str, positive: bool) -> None:
        """Bands 0-4, 5-9, 10-14, 15-19, 20-27; positive at 10 (Kroenke et al., 2001)."""
        answers = [0] * 9
        remaining = total
        for i in range(8):  # item 9 stays 0
            answers[i] = min(3, remaining)
            remaining -= answers[i]
        assert remaining == 0
        result = score_phq9(answers)
        assert result.total == total
        assert result.band == band
        assert result.positive is positive
        assert not result.urgent

    def test_item_9_above_zero_is_urgent_with_a_minimal_total(self) -> None:
        """PHQ-9 item 9 above 0 is an urgent alert (Kroenke et al., 2001)."""
        result = score_phq9([0, 0, 0, 0, 0, 0, 0, 0, 1])
        assert result.total == 1
        assert result.band == "minimal"
        assert result.urgent and result.positive
        assert result.alert_text is not None and "item 9" in result.alert_text

    def test_items_are_scored_as_given(self) -> None:
        result = score_phq9([3, 3, 3, 3, 3, 3, 3, 3, 3])
        assert result.item_scores == (3,) * 9
        assert result.total == 27
        assert result.instrument == Instrument.PHQ9

    def test_moderate_alert_says_refer(self) -> None:
        result = score_phq9([2, 2, 2, 2, 2, 0, 0, 0, 0])
        assert result.alert_text == "PHQ-9 10: moderate depression, refer"

    @pytest.mark.parametrize("answers", [[0] * 8, [0] * 10, [0] * 8 + [5], [0] * 8 + [None]])
    def test_bad_answers_name_the_field(self, answers: list[object]) -> None:
        with pytest.raises(DomainError) as err:
            score_phq9(answers)  # type: ignore[arg-type]
        assert err.value.field == "answers"


def asq_scores(**overrides: int) -> dict[str, int]:
    return {area: 50 for area in ASQ3_AREAS} | overrides


def asq_bands(**overrides: str) -> dict[str, str]:
    return {area: "above" for area in ASQ3_AREAS} | overrides


class TestAsq3:
    """ASQ-3 results entered from the official sheet (Squires & Bricker, 2009)."""

    def test_all_above_is_not_positive(self) -> None:
        result = asq3_result(asq_scores(), asq_bands())
        assert not result.positive and not result.urgent
        assert result.total is None
        assert result.item_scores == (50, 50, 50, 50, 50)
        assert result.band == "above the cut-off in all areas (on schedule)"
        assert result.alert_text is None

    def test_any_area_below_is_positive(self) -> None:
        """Any ASQ-3 area below the cut-off: refer for assessment (Squires & Bricker, 2009)."""
        result = asq3_result(
            asq_scores(communication=15, fine_motor=20),
            asq_bands(communication="below", fine_motor="below", gross_motor="close"),
        )
        assert result.positive
        assert result.band == (
            "below the cut-off in communication, fine motor; close to the cut-off in gross motor"
        )
        assert result.alert_text == (
            "ASQ-3 below the cut-off in communication, fine motor: "
            "refer for developmental assessment"
        )
        assert dict(result.area_bands)["communication"] == "below"

    def test_close_only_is_monitoring_not_positive(self) -> None:
        result = asq3_result(asq_scores(), asq_bands(personal_social="close"))
        assert not result.positive
        assert result.band == "close to the cut-off in personal-social"

    def test_accepts_readable_area_names(self) -> None:
        scores = {"Communication": 60, "gross motor": 55, "Fine-Motor": 0, "problem solving": 5,
                  "personal-social": 30}  # fmt: skip
        bands = {k: "Above" for k in scores}
        result = asq3_result(scores, bands)
        assert result.item_scores == (60, 55, 0, 5, 30)

    def test_missing_area_names_it(self) -> None:
        scores = asq_scores()
        del scores["problem_solving"]
        with pytest.raises(DomainError) as err:
            asq3_result(scores, asq_bands())
        assert err.value.field == "problem_solving"

    def test_missing_band_names_the_area(self) -> None:
        bands = asq_bands()
        del bands["gross_motor"]
        with pytest.raises(DomainError) as err:
            asq3_result(asq_scores(), bands)
        assert err.value.field == "gross_motor"

    @pytest.mark.parametrize("score", [-5, 65, 7, True, "50"])
    def test_scores_are_0_to_60_in_steps_of_5(self, score: object) -> None:
        """Six items scored 10/5/0 give an area score of 0-60 (Squires & Bricker, 2009)."""
        with pytest.raises(DomainError) as err:
            asq3_result(asq_scores(fine_motor=score), asq_bands())  # type: ignore[arg-type]
        assert err.value.field == "fine_motor"

    def test_unknown_band(self) -> None:
        with pytest.raises(DomainError) as err:
            asq3_result(asq_scores(), asq_bands(communication="fail"))
        assert err.value.field == "communication"

    def test_unknown_area(self) -> None:
        with pytest.raises(DomainError) as err:
            asq3_result(asq_scores(social_emotional=30), asq_bands())
        assert err.value.field == "social_emotional"


class TestAsqse2:
    """ASQ:SE-2 results entered from the sheet (Squires, Bricker & Twombly, 2015)."""

    def test_above_cutoff_is_positive(self) -> None:
        result = asqse2_result(120, "above")
        assert result.positive and not result.urgent
        assert result.total == 120
        assert result.band == "above the cut-off (refer)"
        assert result.alert_text == "ASQ:SE-2 120: above the cut-off, refer"
        assert result.instrument == Instrument.ASQSE2

    @pytest.mark.parametrize(
        ("band", "label"),
        [("below", "below the monitoring zone"), ("monitoring", "in the monitoring zone")],
    )
    def test_below_and_monitoring_are_not_positive(self, band: str, label: str) -> None:
        result = asqse2_result(35, band)
        assert not result.positive
        assert result.band == label
        assert result.alert_text is None

    @pytest.mark.parametrize("total", [-5, 12, 505, True])
    def test_bad_total(self, total: object) -> None:
        """Items score 0/5/10 plus 5 per concern, so totals go in steps of 5."""
        with pytest.raises(DomainError) as err:
            asqse2_result(total, "below")  # type: ignore[arg-type]
        assert err.value.field == "total"

    def test_bad_band(self) -> None:
        with pytest.raises(DomainError) as err:
            asqse2_result(40, "high")
        assert err.value.field == "band"


def test_an_alert_names_who_was_screened_then_what_to_do() -> None:
    result = asqse2_result(200, "above")
    assert result.alert_for("Bảo Nguyễn") == f"Bảo Nguyễn: {result.alert_text}"
    assert result.alert_text and result.alert_text in result.alert_for("x")


# Property tests (hypothesis): scoring rules over every possible set of answers.
OPTIONS = st.integers(0, 3)


@settings(max_examples=200)
@given(answers=st.lists(OPTIONS, min_size=EPDS_ITEMS, max_size=EPDS_ITEMS))
def test_epds_scores_reverse_the_right_items_and_flag_self_harm_whatever_the_total(answers):
    result = score_epds(answers)
    expected = [3 - a if n in EPDS_REVERSED else a for n, a in enumerate(answers, start=1)]
    assert list(result.item_scores) == expected and result.total == sum(expected)
    assert 0 <= result.total <= 30 and result.band == epds_band(result.total)
    assert result.urgent == (expected[EPDS_SELF_HARM_ITEM - 1] > 0)
    assert result.positive == (result.urgent or result.total >= 13)
    assert (result.alert_text is not None) == result.positive


@settings(max_examples=200)
@given(answers=st.lists(OPTIONS, min_size=PHQ9_ITEMS, max_size=PHQ9_ITEMS),
       item=st.integers(0, PHQ9_ITEMS - 1))  # fmt: skip
def test_phq9_scores_sum_and_never_fall_when_an_answer_rises(answers, item):
    result = score_phq9(answers)
    assert result.item_scores == tuple(answers) and result.total == sum(answers)
    assert result.band == phq9_band(result.total)
    assert result.urgent == (answers[PHQ9_SELF_HARM_ITEM - 1] > 0)
    assert result.positive == (result.urgent or result.total >= 10)
    higher = list(answers)
    higher[item] = min(3, higher[item] + 1)
    worse = score_phq9(higher)
    assert worse.total >= result.total and (worse.positive or not result.positive)


@settings(max_examples=100)
@given(answers=st.lists(st.integers(-5, 9), max_size=12))
def test_any_answers_out_of_range_or_of_the_wrong_count_are_refused(answers):
    valid = len(answers) == EPDS_ITEMS and all(0 <= a <= 3 for a in answers)
    if valid:
        assert score_epds(answers).total is not None
    else:
        with pytest.raises(DomainError):
            score_epds(answers)
