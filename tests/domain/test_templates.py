"""Goal templates (DOMAIN.md "Goals") and serve-and-return handout ideas."""

from __future__ import annotations

import pytest

from imh_desktop.domain.enums import GoalDomain
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.templates import (
    GOAL_TEMPLATES,
    age_band,
    fill_template,
    goal_templates,
    handout_ideas,
    serve_and_return_steps,
)


class TestGoalTemplates:
    def test_every_domain_has_its_examples(self) -> None:
        assert set(GOAL_TEMPLATES) == set(GoalDomain)
        for domain in GoalDomain:
            expected = 0 if domain == GoalDomain.OTHER else 3
            assert len(goal_templates(domain)) == expected

    def test_statements_from_domain_md(self) -> None:
        assert (
            "[caregiver] will spend 10 minutes a day in warm, undistracted play with [child]."
            in goal_templates(GoalDomain.ATTACHMENT)
        )
        assert "The family will move into stable housing." in goal_templates(GoalDomain.SAFETY)

    def test_accepts_the_stored_value(self) -> None:
        assert goal_templates("regulation") == goal_templates(GoalDomain.REGULATION)  # type: ignore[arg-type]

    def test_fill_template_puts_in_both_names(self) -> None:
        text = goal_templates(GoalDomain.SERVE_AND_RETURN)[1]
        filled = fill_template(text, "Ava", "Maria")
        assert (
            filled
            == "Maria will take turns with Ava's sounds and gestures, waiting for Ava's reply."
        )

    def test_every_template_fills_completely(self) -> None:
        # Three starting statements for every domain but "other", which has none.
        counts = {domain: len(statements) for domain, statements in GOAL_TEMPLATES.items()}
        assert counts == {d: 0 if d is GoalDomain.OTHER else 3 for d in GoalDomain}
        for statements in GOAL_TEMPLATES.values():
            for text in statements:
                filled = fill_template(text, "Ava", "Maria")
                assert "[" not in filled and "]" not in filled

    def test_blank_names_fall_back_and_capitalise(self) -> None:
        text = goal_templates(GoalDomain.REGULATION)[2]
        assert fill_template(text, " ", "") == (
            "The child will settle to sleep with a predictable bedtime routine on 5 of 7 nights."
        )


class TestHandouts:
    @pytest.mark.parametrize(
        ("months", "band"),
        [(0, (0, 6)), (5, (0, 6)), (6, (6, 12)), (11, (6, 12)), (12, (12, 24)), (23, (12, 24)),
         (24, (24, 36)), (35, (24, 36)), (36, (24, 36)), (40, (24, 36))],
    )  # fmt: skip
    def test_age_bands(self, months: int, band: tuple[int, int]) -> None:
        assert age_band(months) == band

    @pytest.mark.parametrize("bad", [-1, 2.5, True])
    def test_bad_age(self, bad: object) -> None:
        with pytest.raises(DomainError) as err:
            handout_ideas(bad, "en")  # type: ignore[arg-type]
        assert err.value.field == "age_months"

    @pytest.mark.parametrize("lang", ["en", "es"])
    @pytest.mark.parametrize("months", [0, 6, 12, 24])
    def test_four_or_five_ideas_per_band(self, lang: str, months: int) -> None:
        ideas = handout_ideas(months, lang)
        assert 4 <= len(ideas) <= 5
        assert all(idea.strip() and "[" not in idea for idea in ideas)

    def test_bands_differ_and_languages_differ(self) -> None:
        bands = [tuple(handout_ideas(m, "en")) for m in (0, 6, 12, 24)]
        assert len(set(bands)) == 4
        assert handout_ideas(3, "en") != handout_ideas(3, "es")

    def test_spanish_reads_as_spanish(self) -> None:
        assert "bebé" in " ".join(handout_ideas(3, "es"))
        assert "peekaboo" in " ".join(handout_ideas(8, "en"))

    @pytest.mark.parametrize("lang", ["ES", "es-MX", "es_US", "Spanish", "español"])
    def test_language_aliases(self, lang: str) -> None:
        assert handout_ideas(8, lang) == handout_ideas(8, "es")

    def test_unavailable_language(self) -> None:
        with pytest.raises(DomainError) as err:
            handout_ideas(8, "fr")
        assert err.value.field == "language"

    @pytest.mark.parametrize("lang", ["en", "es"])
    def test_five_steps_of_serve_and_return(self, lang: str) -> None:
        steps = serve_and_return_steps(lang)
        assert len(steps) == 5

    def test_steps_in_order(self) -> None:
        steps = serve_and_return_steps("en")
        assert steps[0].startswith("Notice the serve")
        assert steps[2].startswith("Give it a name")
        assert steps[4].startswith("Practice endings and beginnings")

    def test_lists_are_copies(self) -> None:
        handout_ideas(3, "en").clear()
        assert handout_ideas(3, "en")
