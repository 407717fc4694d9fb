"""Text for the demo data, written in the voice of an IMH clinician.

Notes are assembled from short fragments (``data/prose.toml``) that fit the
child's age and the goal being worked on, with the family's own first names
and pronouns filled in (``names`` gives the placeholder values). Everything is
invented; no real record was used.
"""

from __future__ import annotations

from random import Random

from imh_desktop.demo.datafiles import prose
from imh_desktop.domain.enums import ClosureReason, FollowUpKind, GoalDomain, VisitOutcome

Names = dict[str, str]


def names(child: str, child_sex: str, caregiver: str, caregiver_female: bool) -> Names:
    """The placeholder values for one caregiver-child pair (see ``datafiles.PLACEHOLDERS``)."""
    obj, poss = {"female": ("her", "her"), "male": ("him", "his")}.get(child_sex, ("them", "their"))
    return {
        "child": child,
        "child_him": obj,
        "child_his": poss,
        "caregiver": caregiver,
        "caregiver_him": "her" if caregiver_female else "him",
        "caregiver_his": "her" if caregiver_female else "his",
    }


def age_band(months: int) -> int:
    """0: under 6 months, 1: 6-11 months, 2: a year or older."""
    return 0 if months < 6 else 1 if months < 12 else 2


def visit_note(
    rng: Random, who: Names, band: int, domain: GoalDomain | None, reflect: bool
) -> tuple[str, str, str, str, str]:
    """Observation, caregiver response, child presentation, plan and reflection."""
    text = prose()
    interactions = text.interactions[band]
    first, second = rng.sample(range(len(interactions)), 2)
    observation = " ".join(
        (
            rng.choice(text.openings),
            interactions[first],
            interactions[second],
            rng.choice(text.affect),
        )
    ).format_map(who)
    response = " ".join(rng.sample(text.responses, 2)).format_map(who)
    presentation = rng.choice(text.presentation[band]).format_map(who)
    plan_parts = [rng.choice(text.plans[domain])] if domain is not None else []
    plan_parts.append(rng.choice(text.plan_closers))
    plan = " ".join(plan_parts).format_map(who)
    reflection = rng.choice(text.reflections).format_map(who) if reflect else ""
    return observation, response, presentation, plan, reflection


def goal_text(
    rng: Random, domain: GoalDomain, who: Names, avoid: str = "", months: int = 0
) -> tuple[str, str, str]:
    """A goal statement (from the templates) fit for a child of ``months``, baseline, strategies."""
    goal = prose().goals[domain]
    choices = [t.format_map(who) for t in goal.statements if months < 8 or "tummy time" not in t]
    statement = rng.choice([t for t in choices if t != avoid] or choices)
    return statement, goal.baseline.format_map(who), goal.strategies.format_map(who)


def progress_note(rng: Random, rating: int, who: Names) -> str:
    """A short note for a goal rating of 1-5."""
    return rng.choice(prose().ratings[rating - 1]).format_map(who)


def cancel_reason(rng: Random, outcome: VisitOutcome, who: Names) -> str:
    """Why a visit did not happen."""
    return rng.choice(prose().cancelled[outcome]).format_map(who)


def follow_up_note(rng: Random, kind: FollowUpKind, who: Names, child: bool) -> str:
    """What the specialist did about a positive screen of a child or a caregiver."""
    return rng.choice(prose().follow_ups[kind, child]).format_map(who)


def closure_note(reason: ClosureReason, who: Names) -> str:
    """A closing summary line for a closed case."""
    return prose().closure[reason].format_map(who)


def amendment(rng: Random, who: Names) -> tuple[str, str, str]:
    """An amendment to a signed note: section, reason and added text."""
    section, reason, added = rng.choice(prose().amendments)
    return section, reason.format_map(who), added.format_map(who)
