"""Demo note text: the family's names and pronouns filled in, fragments chosen by the child's
age and the goal. (The prose file itself, every placeholder in it and what it must cover, is
checked in test_datafiles.py.)"""

from __future__ import annotations

from random import Random

import pytest

from imh_desktop.demo import text
from imh_desktop.demo.datafiles import prose
from imh_desktop.domain.enums import ClosureReason, FollowUpKind, GoalDomain, VisitOutcome
from imh_desktop.services.visits.notes import AMEND_SECTIONS

WHO = text.names("Bảo", "male", "Ánh", True)


def filled(texts) -> list[str]:
    return [t.format_map(WHO) for t in texts]


@pytest.mark.parametrize(
    ("sex", "female", "expected"),
    [("female", True, ("her", "her", "her", "her")), ("male", False, ("him", "his", "him", "his")),
     ("unknown", True, ("them", "their", "her", "her"))],
)  # fmt: skip
def test_names_and_pronouns(sex, female, expected):
    who = text.names("Kai", sex, "Sam", female)
    assert (who["child"], who["caregiver"]) == ("Kai", "Sam")
    assert (who["child_him"], who["child_his"], who["caregiver_him"], who["caregiver_his"]) == (
        expected
    )


@pytest.mark.parametrize(("months", "band"), [(0, 0), (5, 0), (6, 1), (11, 1), (12, 2), (35, 2)])
def test_age_bands(months, band):
    assert text.age_band(months) == band


def test_the_follow_ups_and_amendments_the_generator_asks_for_exist():
    caregiver = {(kind, False) for kind in FollowUpKind}
    child = {(FollowUpKind.REFERRAL, True), (FollowUpKind.NO_REFERRAL, True)}  # never urgent
    assert set(prose().follow_ups) >= caregiver | child
    assert {section for section, _, _ in prose().amendments} <= set(AMEND_SECTIONS)


@pytest.mark.parametrize("seed", range(30))
def test_a_visit_note_is_built_from_the_bands_and_the_goals_pools(seed):
    rng, lines = Random(seed), prose()
    band = seed % 3
    domain = list(GoalDomain)[seed % len(GoalDomain)] if seed % 4 else None
    observation, response, presentation, plan, reflection = text.visit_note(
        rng, WHO, band, domain, reflect=seed % 2 == 0
    )
    interactions = filled(lines.interactions[band])
    assert sum(1 for t in interactions if t in observation) >= 2  # two different ones
    assert any(observation.startswith(t) for t in filled(lines.openings))
    assert presentation in filled(lines.presentation[band])
    responses = filled(lines.responses)
    assert any(response == f"{a} {b}" for a in responses for b in responses if a != b)
    closers = filled(lines.plan_closers)
    assert any(plan.endswith(c) for c in closers)
    if domain is None:
        assert plan in closers
    else:
        assert any(plan.startswith(p) for p in filled(lines.plans[domain]))
    assert (reflection in filled(lines.reflections)) == (seed % 2 == 0)
    assert reflection or seed % 2 == 1


def test_goal_text_skips_tummy_time_from_8_months_and_the_statement_to_avoid():
    rng = Random(1)
    tummy = "Ánh will give Bảo daily tummy time."
    young = {text.goal_text(rng, GoalDomain.DEVELOPMENT, WHO, months=3)[0] for _ in range(200)}
    older = {text.goal_text(rng, GoalDomain.DEVELOPMENT, WHO, months=8)[0] for _ in range(200)}
    assert tummy in young and tummy not in older and len(older) == len(young) - 1
    statements = filled(prose().goals[GoalDomain.SAFETY].statements)
    avoid = statements[0]
    picked = {text.goal_text(rng, GoalDomain.SAFETY, WHO, avoid)[0] for _ in range(200)}
    assert picked == set(statements[1:])
    only = GoalDomain.DEVELOPMENT
    _, baseline, strategies = text.goal_text(rng, only, WHO)
    goal = prose().goals[only]
    assert (baseline, strategies) == (
        goal.baseline.format_map(WHO),
        goal.strategies.format_map(WHO),
    )


def test_the_small_pickers_fill_in_the_names():
    rng, lines = Random(2), prose()
    assert text.progress_note(rng, 5, WHO) in filled(lines.ratings[4])
    assert text.cancel_reason(rng, VisitOutcome.NO_SHOW, WHO) in filled(
        lines.cancelled[VisitOutcome.NO_SHOW]
    )
    note = text.follow_up_note(rng, FollowUpKind.SAFETY_ASSESSMENT, WHO, child=False)
    assert note in filled(lines.follow_ups[FollowUpKind.SAFETY_ASSESSMENT, False])
    assert text.closure_note(ClosureReason.AGED_OUT, WHO) == (
        lines.closure[ClosureReason.AGED_OUT].format_map(WHO)
    )
    assert "Bảo" in text.closure_note(ClosureReason.AGED_OUT, WHO)
    section, reason, added = text.amendment(rng, WHO)
    assert section in AMEND_SECTIONS and "{" not in reason + added
