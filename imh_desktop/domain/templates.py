"""Goal statement templates.

Goal templates are DOMAIN.md's example statements per goal domain, with
``[child]`` and ``[caregiver]`` placeholders for ``fill_template``.

Serve-and-return ideas for family handouts live with the handout's other
wording, one data file per language (``reports/handout_text/<code>.toml``).
"""

from __future__ import annotations

from imh_desktop.domain.enums import GoalDomain

GOAL_TEMPLATES: dict[GoalDomain, tuple[str, ...]] = {
    GoalDomain.ATTACHMENT: (
        "[caregiver] will notice [child]'s distress cues and comfort [child] within a few "
        "minutes, most of the time, as seen in visits.",
        "[caregiver] will talk about what [child] might be feeling or wanting "
        '("she\'s tired", "he wants you to watch").',
        "[caregiver] will spend 10 minutes a day in warm, undistracted play with [child].",
    ),
    GoalDomain.REGULATION: (
        "[caregiver] will use two soothing strategies (holding close, rocking, a quiet voice, "
        "swaddling) when [child] is upset.",
        "[caregiver] will recognise signs that [child] is overwhelmed (looking away, arching, "
        "hiccups, fussing) and lower the stimulation.",
        "[child] will settle to sleep with a predictable bedtime routine on 5 of 7 nights.",
    ),
    GoalDomain.SERVE_AND_RETURN: (
        "[caregiver] will follow [child]'s lead in play and name what [child] is looking at "
        "or doing.",
        "[caregiver] will take turns with [child]'s sounds and gestures, waiting for "
        "[child]'s reply.",
        "[caregiver] will read or look at a picture book with [child] most days.",
    ),
    GoalDomain.CAREGIVER_WELLBEING: (
        "[caregiver] will name two people to call when feeling overwhelmed.",
        "[caregiver] will attend a first appointment with a mental health provider.",
        "[caregiver] will have one hour a week for themselves.",
    ),
    GoalDomain.DEVELOPMENT: (
        "[child] will be screened at each scheduled ASQ-3 / ASQ:SE-2 interval.",
        "[caregiver] will give [child] daily tummy time.",
        "The family will connect with early intervention for an evaluation.",
    ),
    GoalDomain.SAFETY: (
        "The family will have a safe sleep space (own crib, on the back, nothing loose).",
        "The family will move into stable housing.",
        "The family will enrol in WIC / food support.",
    ),
    GoalDomain.OTHER: (),  # free text
}


def goal_templates(domain: GoalDomain) -> tuple[str, ...]:
    """The example goal statements for ``domain`` (none for "other": free text)."""
    return GOAL_TEMPLATES[GoalDomain(domain)]


def fill_template(text: str, child: str, caregiver: str) -> str:
    """Put the child's and caregiver's names in a goal template.

    Blank names become "the child" / "the caregiver"; the first letter of the
    statement is capitalised.
    """
    filled = text.replace("[child]", child.strip() or "the child")
    filled = filled.replace("[caregiver]", caregiver.strip() or "the caregiver")
    return filled[:1].upper() + filled[1:]
