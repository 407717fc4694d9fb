"""Goal templates (DOMAIN.md "Goals")."""

from __future__ import annotations

from imh_desktop.domain.enums import GoalDomain
from imh_desktop.domain.templates import (
    GOAL_TEMPLATES,
    fill_template,
    goal_templates,
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
