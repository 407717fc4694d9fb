"""Demo note text: every fragment fills with the family's names, fits the child's age and goal."""

from __future__ import annotations

import string
from random import Random

import pytest

from imh_desktop.demo import text
from imh_desktop.domain.enums import ClosureReason, FollowUpKind, GoalDomain, VisitOutcome
from imh_desktop.services.visits.notes import AMEND_SECTIONS

WHO = text.names("Bảo", "male", "Ánh", True)


def fragments():
    """Every template string of the module, with where it lives."""
    pools = {
        "OPENINGS": text.OPENINGS, "AFFECT": text.AFFECT, "RESPONSES": text.RESPONSES,
        "PLAN_CLOSERS": text.PLAN_CLOSERS, "REFLECTIONS": text.REFLECTIONS,
        **{f"INTERACTIONS[{i}]": p for i, p in enumerate(text.INTERACTIONS)},
        **{f"PRESENTATION[{i}]": p for i, p in enumerate(text.PRESENTATION)},
        **{f"PROGRESS[{i}]": p for i, p in enumerate(text.PROGRESS)},
        **{f"PLANS[{k}]": p for k, p in text.PLANS.items()},
        **{f"CANCEL[{k}]": p for k, p in text.CANCEL.items()},
        **{f"FOLLOW_UPS[{k}]": p for k, p in text.FOLLOW_UPS.items()},
        **{f"GOALS[{k}]": p for k, p in text.GOALS.items()},
        "CLOSURE": tuple(text.CLOSURE.values()), "BASELINES": tuple(text.BASELINES.values()),
        "STRATEGIES": tuple(text.STRATEGIES.values()),
        "AMENDMENTS": tuple(part for a in text.AMENDMENTS for part in a[1:]),
    }  # fmt: skip
    return [(where, t) for where, pool in pools.items() for t in pool]


def test_every_fragment_uses_only_the_known_placeholders():
    found = fragments()
    assert len(found) > 150
    for where, template in found:
        fields = {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
        assert fields <= set(WHO), (where, template)
        filled = template.format_map(WHO)
        assert "{" not in filled and "}" not in filled, (where, template)


@pytest.mark.parametrize(
    ("sex", "female", "expected"),
    [("female", True, ("her", "her", "her", "her")), ("male", False, ("him", "his", "him", "his")),
     ("unknown", True, ("them", "their", "her", "her"))],
)  # fmt: skip
def test_names_and_pronouns(sex, female, expected):
    who = text.names("Kai", sex, "Sam", female)
    assert (who["c"], who["g"]) == ("Kai", "Sam")
    assert (who["co"], who["cp"], who["go"], who["gp"]) == expected


@pytest.mark.parametrize(("months", "band"), [(0, 0), (5, 0), (6, 1), (11, 1), (12, 2), (35, 2)])
def test_age_bands(months, band):
    assert text.age_band(months) == band


def test_every_outcome_reason_and_follow_up_has_text():
    assert set(text.CANCEL) == set(VisitOutcome) - {VisitOutcome.COMPLETED, VisitOutcome.PLANNED}
    assert set(text.CLOSURE) == set(ClosureReason)
    assert set(text.PLANS) == set(text.GOALS) == set(text.BASELINES) == set(GoalDomain)
    assert set(text.STRATEGIES) == set(GoalDomain)
    caregiver = {(kind, False) for kind in FollowUpKind}
    child = {(FollowUpKind.REFERRAL, True), (FollowUpKind.NO_REFERRAL, True)}  # never urgent
    assert set(text.FOLLOW_UPS) == caregiver | child
    assert len(text.PROGRESS) == 5 and len(text.INTERACTIONS) == len(text.PRESENTATION) == 3
    assert {section for section, _, _ in text.AMENDMENTS} <= set(AMEND_SECTIONS)


@pytest.mark.parametrize("seed", range(30))
def test_a_visit_note_is_built_from_the_bands_and_the_goals_pools(seed):
    rng = Random(seed)
    band = seed % 3
    domain = list(GoalDomain)[seed % len(GoalDomain)] if seed % 4 else None
    observation, response, presentation, plan, reflection = text.visit_note(
        rng, WHO, band, domain, reflect=seed % 2 == 0
    )
    interactions = [t.format_map(WHO) for t in text.INTERACTIONS[band]]
    assert sum(1 for t in interactions if t in observation) >= 2  # two different ones
    assert presentation in [t.format_map(WHO) for t in text.PRESENTATION[band]]
    closers = [t.format_map(WHO) for t in text.PLAN_CLOSERS]
    assert any(plan.endswith(c) for c in closers)
    if domain is None:
        assert plan in closers
    else:
        assert any(plan.startswith(p.format_map(WHO)) for p in text.PLANS[domain])
    assert (reflection != "") == (seed % 2 == 0)
    responses = [t.format_map(WHO) for t in text.RESPONSES]
    assert any(response == f"{a} {b}" for a in responses for b in responses if a != b)


def test_goal_text_skips_tummy_time_from_8_months_and_the_statement_to_avoid():
    rng = Random(1)
    tummy = "Ánh will give Bảo daily tummy time."
    young = {text.goal_text(rng, GoalDomain.DEVELOPMENT, WHO, months=3)[0] for _ in range(200)}
    older = {text.goal_text(rng, GoalDomain.DEVELOPMENT, WHO, months=8)[0] for _ in range(200)}
    assert tummy in young and tummy not in older and len(older) == 2
    avoid = "The family will move into stable housing."
    picked = {text.goal_text(rng, GoalDomain.SAFETY, WHO, avoid)[0] for _ in range(200)}
    assert avoid not in picked and len(picked) == 2
    _, baseline, strategies = text.goal_text(rng, GoalDomain.REGULATION, WHO)
    assert baseline.startswith("Bảo cries for long stretches") and "Bảo's cues" in strategies


def test_the_small_pickers_fill_in_the_names():
    rng = Random(2)
    assert text.progress_note(rng, 5, WHO) in ("Consistently, on her own.",
                                               "Goal met: Ánh does this without prompting.")  # fmt: skip
    assert text.cancel_reason(rng, VisitOutcome.NO_SHOW, WHO) in text.CANCEL[VisitOutcome.NO_SHOW]
    note = text.follow_up_note(rng, FollowUpKind.SAFETY_ASSESSMENT, WHO, child=False)
    assert "Ánh" in note
    assert text.closure_note(ClosureReason.AGED_OUT, WHO) == (
        "Bảo turned three; transition to preschool services completed."
    )
    section, reason, added = text.amendment(rng, WHO)
    assert section in AMEND_SECTIONS and "{" not in reason + added
