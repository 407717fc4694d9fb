"""Text for the demo data, written in the voice of an IMH clinician.

Notes are assembled from short fragments that fit the child's age and the
goal being worked on, with the family's own first names filled in
(``{c}`` child, ``{g}`` caregiver; ``{co}``/``{cp}`` the child's object and
possessive pronouns, ``{gp}``/``{go}`` the caregiver's). Fragments avoid
subject pronouns so "they" never needs another verb form. Everything is
invented; no real record was used.
"""

from __future__ import annotations

from random import Random

from imh_desktop.domain.enums import ClosureReason, FollowUpKind, GoalDomain, VisitOutcome

Names = dict[str, str]

OPENINGS = (
    "Visit took place in the living room; {c} was on a blanket on the floor when I arrived.",
    "{g} met me at the door holding {c}, who had just woken from a nap.",
    "{c} was in {gp} arms at the kitchen table when the visit began.",
    "The TV was off and the room was calm; {g} had set out a few toys for {c}.",
    "{g} was finishing a feed when I arrived and invited me to sit with them.",
    "The apartment was busy today with relatives visiting; {g} moved with {c} to a quieter room.",
    "{g} said it had been a long night; {c} was drowsy at first and alert by mid-visit.",
    "We sat on the floor together for most of the visit.",
    "{g} had {c} in the high chair for a snack at the start of the visit.",
    "We met at the park near the apartment because the heat was out at home.",
    "{g} had cleared a space on the rug for floor play before I arrived.",
    "{c} was fussy when I arrived, and {g} was walking with {co} in the hallway.",
)
INTERACTIONS = (
    (  # under 6 months
        "When {c} turned toward {g}'s voice, {g} leaned in and smiled; {c} answered with a coo.",
        "{c} fussed and arched during the diaper change; {g} slowed down, lowered {gp} voice, "
        "and {c} settled within a minute.",
        "{g} held {c} face to face during the bottle and paused when {c} looked away, "
        "waiting for {co} to look back.",
        "{c} brought a fist to {cp} mouth and looked away; {g} noticed and offered a break.",
        "{g} copied {c}'s coos and waited; {c} kicked and cooed again, four turns in a row.",
        "{c} startled at a loud noise from the street; {g} gathered {co} close and hummed "
        "until {c} relaxed.",
        "During tummy time {c} lifted {cp} head to find {g}'s face; {g} cheered quietly.",
        '{g} narrated the bath ("now the warm water, now your toes") and {c} watched {gp} '
        "face the whole time.",
    ),
    (  # 6 to 12 months
        "{c} pointed at the dog outside the window and looked back at {g}, who said "
        '"Yes, a doggy!"',
        "{g} played peekaboo with a blanket; {c} laughed and pulled it off each time.",
        "{c} crawled off to explore the cupboard and checked back with {g} several times; "
        "{g} smiled each time.",
        "When I arrived {c} looked at me warily and turned to {g}, who said softly, "
        '"It\'s our friend, the one who comes every week."',
        '{c} banged two blocks together; {g} named it ("bang, bang!") and {c} did it again.',
        "{c} became frustrated trying to reach a toy; {g} waited a moment, then moved it closer.",
        "{g} and {c} shared a board book; {c} patted the pictures and {g} named each one.",
        "{c} cried when {g} left the room briefly and calmed quickly on {gp} return.",
    ),
    (  # 12 months and older
        "{c} brought a book to {g} and climbed into {gp} lap; they looked at the pictures "
        "together for several minutes.",
        "{c} had a tantrum when the tablet was put away; {g} stayed close, named the feeling "
        '("you\'re mad, you wanted more"), and {c} calmed within a few minutes.',
        "{g} followed {c}'s lead in block play and described it like a sports commentator.",
        "{c} served pretend tea to {g} and to me; {g} played along and asked for more sugar, "
        "which made {c} giggle.",
        "{c} ran to {g} after bumping {cp} knee and was comforted quickly.",
        "{g} offered {c} two choices at snack time, which headed off a struggle.",
        '{c} said several new words during the visit ("ball", "more", "bye"); {g} '
        "repeated them back with delight.",
        "{c} pushed {g} away when asked to tidy up; {g} took a breath and helped {co} start.",
        "{g} and {c} sang the clean-up song together; {c} filled in the last word of each line.",
        "{c} kept checking that {g} was watching the tower; {g} noticed and cheered each block.",
    ),
)
AFFECT = (
    "Overall {g} appeared warm and attentive, with brief moments of distraction by {gp} phone.",
    "{g}'s affect was flat at the start of the visit and brightened as we talked.",
    "There was a lot of shared laughter in this visit.",
    "{g} seemed tired and a little short with {c} at times, but repaired quickly.",
    "{g} read {c}'s cues more consistently than a month ago.",
    "Mutual gaze and shared smiles were frequent.",
    "{g} was tearful when talking about the week but stayed emotionally available to {c}.",
    "{g} seemed more relaxed than at recent visits and enjoyed {c} openly.",
)
RESPONSES = (
    '{g} said, "I didn\'t know the hiccups could mean {c} has had enough."',
    "{g} reflected that {gp} own mother could not comfort {go} this way, and wants it to be "
    "different for {c}.",
    "{g} tried the rocking strategy during the visit and noticed that {c} calmed faster.",
    '{g} shared: "It feels like {c} knows me now."',
    "{g} liked the serve-and-return handout and put it on the fridge.",
    "{g} talked about feeling isolated since the move; we discussed the parent group at the "
    "library.",
    "{g} said the bedtime routine worked on four nights this week.",
    "{g} worried that {c} talks less than a cousin; we talked about the range of typical "
    "development.",
    "{g} wondered aloud what {c} might be feeling when crying at drop-off.",
    "{g} was quieter today and said money has been very tight this month.",
    "{g} proudly showed me photos of {c} at the park.",
    "{g} asked whether it is okay for {c} to fall asleep in {gp} arms; we talked it through.",
    "{g} noticed {c} looks for {go} when a stranger comes in, and smiled at that.",
    "{g} said work hours changed and the week has felt chaotic.",
    "{g} named two people to call on hard days: a sister and a neighbour.",
    '{g} said, "When {c} cries now I try to think what {c} needs, not that I\'m doing it wrong."',
)
PRESENTATION = (
    (
        "{c} was alert and content for most of the visit, with good eye contact and social smiles.",
        "{c} is feeding well per {g}; weight gain on track at the last well-child check.",
        "{c} lifted {cp} head well during tummy time and tracked a rattle side to side.",
        "{c} had a mild cold: congested but easily soothed.",
        "{c} was sleepy with brief periods of fussing, soothed with holding.",
        "{c} is cooing and smiling responsively.",
    ),
    (
        "{c} is sitting steadily and starting to pull to stand.",
        '{c} babbled with varied sounds ("ba-ba", "da") and responded to {cp} name.',
        "Teething per {g}; {c} chewed on everything but was in good spirits.",
        "{c} showed some stranger wariness with me, typical for {cp} age.",
        "{c} is crawling and into everything; the home has been baby-proofed.",
        "{c} slept poorly this week per {g}, and was clingy but consolable today.",
    ),
    (
        "{c} is walking confidently and climbing on the couch.",
        "{c} uses about ten words and many gestures, and points to ask for things.",
        "{c} was active and curious, moving between toys and checking in with {g}.",
        "{c} had a hard time with transitions today and needed help to calm.",
        "Up to date on well-child visits per {g}; next appointment scheduled.",
        '{c} is combining two words ("more juice", "mama up") and enjoys pretend play.',
    ),
)
PLANS = {
    GoalDomain.ATTACHMENT: (
        "Keep noticing and naming the moments when {g} comforts {c} quickly.",
        "{g} will try 10 minutes a day of undistracted play with {c} this week.",
    ),
    GoalDomain.REGULATION: (
        "Practise the bedtime routine and track how many nights it works.",
        "{g} will watch for {c}'s \"I've had enough\" cues and lower the stimulation.",
    ),
    GoalDomain.SERVE_AND_RETURN: (
        "Bring library picture books next time and model book sharing with {c}.",
        "{g} will try waiting for {c}'s reply before taking the next turn.",
    ),
    GoalDomain.CAREGIVER_WELLBEING: (
        "Check in on {g}'s mood and the counselling referral next visit.",
        "{g} will plan one hour for {go}self this week; the sister can watch {c}.",
    ),
    GoalDomain.DEVELOPMENT: (
        "Plan the next ASQ together; bring the questionnaire.",
        "Follow up on the early intervention evaluation date.",
    ),
    GoalDomain.SAFETY: (
        "Call the housing navigator with {g} before the next visit.",
        "Follow up on the WIC appointment {g} has scheduled.",
    ),
    GoalDomain.OTHER: (
        "Check in on {g}'s classes and the child-care schedule.",
        "Help {g} fill in the bus-pass application.",
    ),
}
PLAN_CLOSERS = (
    "Next visit as scheduled.",
    "Next visit same time next week; {g} will text if anything changes.",
    "{g} will call me if the week gets hard.",
    "Next visit: continue and check in on how the week went.",
    "Will bring the serve-and-return handout in {g}'s language.",
)
REFLECTIONS = (
    "I noticed I wanted to rush to fixing the housing problem; bring to supervision.",
    "Felt hopeful after this visit: {g} is starting to see {c} as a person with {cp} own mind.",
    "I was aware of my own worry about {c}'s weight; will check with the pediatric office, "
    "with consent.",
    "The conversation about {g}'s childhood was heavy; talk in supervision about pacing.",
    "I need to slow down and let {g} lead more.",
    "Wondering whether having the interpreter there changes what {g} feels able to share.",
    "I left feeling tired; this family's stress is high and I want to think about my own limits.",
    "Noticed I felt protective of {c} when {g} was curt; want to understand {g}'s side better.",
)
PROGRESS = (
    ("Not yet observed.", "No change since last visit.", "{g} is not ready to work on this yet."),
    ("First signs, with a lot of prompting.", "Tried once during the visit with my support."),
    ("Seen a few times with some support.", "{g} reports trying this on some days."),
    ("Often seen during the visit with little prompting.", "Happening most days, per {g}."),
    ("Consistently, on {gp} own.", "Goal met: {g} does this without prompting."),
)
CANCEL = {
    VisitOutcome.CANCELLED_FAMILY: (
        "Family cancelled: {c} sick.",
        "{g} had a medical appointment.",
        "Family out of town visiting relatives.",
        "{g} working an extra shift.",
        "Family cancelled by text; no reason given.",
        "No ride; bus route changed.",
    ),
    VisitOutcome.NO_SHOW: (
        "No answer at the door; left a note and texted.",
        "Family not home at the scheduled time; called twice.",
        "Phone off; no response to texts.",
    ),
    VisitOutcome.CANCELLED_STAFF: (
        "Specialist ill.",
        "Staff training day.",
        "Weather: roads unsafe.",
        "Car trouble.",
        "Specialist covering a crisis on another case.",
        "Agency closed for the holiday.",
    ),
}
FOLLOW_UPS = {  # (follow-up kind, screened a child?) -> notes
    (FollowUpKind.REFERRAL, False): (
        "Referred to the perinatal mental health clinic; {g} has an appointment.",
        "Warm hand-off to a counsellor who speaks {g}'s language.",
        "Referred to {g}'s primary care provider, with consent; appointment next week.",
    ),
    (FollowUpKind.REFERRAL, True): (
        "Referred to early intervention for an evaluation; {g} agreed.",
        "Shared the result with {c}'s pediatrician and sent an early intervention referral.",
    ),
    (FollowUpKind.SAFETY_ASSESSMENT, False): (
        "Same-day safety check with {g}: no plan or intent; safety plan made and crisis line "
        "shared. Supervisor informed.",
        "Safety assessment completed at the visit; {g} agreed to a follow-up call tomorrow.",
    ),
    (FollowUpKind.NO_REFERRAL, False): (
        "{g} already sees a therapist; discussed the result with {go}; no new referral.",
        "Score reflects a recent loss in the family; will rescreen in one month.",
    ),
    (FollowUpKind.NO_REFERRAL, True): (
        "{c} already receives early intervention services; shared the result with the provider.",
        "Talked through the result with {g}; activities given and rescreen in two months.",
    ),
}
CLOSURE = {
    ClosureReason.GOALS_MET: "Goals met; {g} feels confident. Closing with a celebration visit.",
    ClosureReason.MOVED: "Family moved out of the service area; referral sent to the new county.",
    ClosureReason.DECLINED: "{g} declined further services; door left open to return.",
    ClosureReason.UNABLE_TO_REACH: "Unable to reach after repeated calls, texts and a letter.",
    ClosureReason.AGED_OUT: "{c} turned three; transition to preschool services completed.",
    ClosureReason.TRANSFERRED: "Transferred to another home-visiting program closer to family.",
    ClosureReason.OTHER: "Family now receiving services elsewhere.",
}
AMENDMENTS = (
    (
        "plan",
        "Corrected the next steps after talking with {g} by phone.",
        "{g} called the next day: the WIC appointment moved to Thursday.",
    ),
    (
        "child_presentation",
        "Added information from the pediatric visit.",
        "{c}'s well-child check this week: growth on track, vaccines up to date.",
    ),
    (
        "observation",
        "Clarified who was present.",
        "{c}'s grandmother was present for the first half of the visit.",
    ),
)

# Goal statements (DOMAIN.md templates), with a baseline and strategies for each domain.
GOALS = {
    GoalDomain.ATTACHMENT: (
        "{g} will notice {c}'s distress cues and comfort {c} within a few minutes, most of the "
        "time, as seen in visits.",
        '{g} will talk about what {c} might be feeling or wanting ("{c} is tired", '
        '"{c} wants you to watch").',
        "{g} will spend 10 minutes a day in warm, undistracted play with {c}.",
    ),
    GoalDomain.REGULATION: (
        "{g} will use two soothing strategies (holding close, rocking, a quiet voice, "
        "swaddling) when {c} is upset.",
        "{g} will recognise signs that {c} is overwhelmed (looking away, arching, hiccups, "
        "fussing) and lower the stimulation.",
        "{c} will settle to sleep with a predictable bedtime routine on 5 of 7 nights.",
    ),
    GoalDomain.SERVE_AND_RETURN: (
        "{g} will follow {c}'s lead in play and name what {c} is looking at or doing.",
        "{g} will take turns with {c}'s sounds and gestures, waiting for {c}'s reply.",
        "{g} will read or look at a picture book with {c} most days.",
    ),
    GoalDomain.CAREGIVER_WELLBEING: (
        "{g} will name two people to call when feeling overwhelmed.",
        "{g} will attend a first appointment with a mental health provider.",
        "{g} will have one hour a week for {go}self.",
    ),
    GoalDomain.DEVELOPMENT: (
        "{c} will be screened at each scheduled ASQ-3 / ASQ:SE-2 interval.",
        "{g} will give {c} daily tummy time.",
        "The family will connect with early intervention for an evaluation.",
    ),
    GoalDomain.SAFETY: (
        "The family will have a safe sleep space (own crib, on the back, nothing loose).",
        "The family will move into stable housing.",
        "The family will enrol in WIC / food support.",
    ),
    GoalDomain.OTHER: (
        "{g} will finish {gp} GED classes this term.",
        "{g} will find reliable child care for {c} on work days.",
        "The family will get a bus pass to reach appointments.",
    ),
}
BASELINES = {
    GoalDomain.ATTACHMENT: "At intake {g} often missed {c}'s cues and was unsure how to comfort.",
    GoalDomain.REGULATION: "{c} cries for long stretches in the evening; bedtime is late and "
    "varies.",
    GoalDomain.SERVE_AND_RETURN: "Little back-and-forth play seen at intake; the TV is often on.",
    GoalDomain.CAREGIVER_WELLBEING: "{g} reports feeling alone and low most days since the birth.",
    GoalDomain.DEVELOPMENT: "No developmental screening yet; {g} has questions about milestones.",
    GoalDomain.SAFETY: "Family staying with relatives; {c} sleeps in the adult bed.",
    GoalDomain.OTHER: "{g} wants help with a practical need that gets in the way of services.",
}
STRATEGIES = {
    GoalDomain.ATTACHMENT: "Video feedback of play; speaking for the baby; reflecting on "
    "{g}'s own experience of being cared for.",
    GoalDomain.REGULATION: "Model soothing; co-create a bedtime routine chart; talk through "
    "{c}'s cues.",
    GoalDomain.SERVE_AND_RETURN: "Model the five steps of serve and return; bring books; "
    "praise each return.",
    GoalDomain.CAREGIVER_WELLBEING: "Reflective conversation; EPDS every 6 months; warm "
    "referral if wanted.",
    GoalDomain.DEVELOPMENT: "ASQ at scheduled ages; activity ideas by age; early intervention "
    "referral if needed.",
    GoalDomain.SAFETY: "Safe-sleep teaching; help with applications; advocacy with housing.",
    GoalDomain.OTHER: "Concrete help and advocacy as needed.",
}


def names(child: str, child_sex: str, caregiver: str, caregiver_female: bool) -> Names:
    """The placeholder values for one caregiver-child pair."""
    obj, poss = {"female": ("her", "her"), "male": ("him", "his")}.get(child_sex, ("them", "their"))
    return {
        "c": child,
        "co": obj,
        "cp": poss,
        "g": caregiver,
        "go": "her" if caregiver_female else "him",
        "gp": "her" if caregiver_female else "his",
    }


def age_band(months: int) -> int:
    """0: under 6 months, 1: 6-11 months, 2: a year or older."""
    return 0 if months < 6 else 1 if months < 12 else 2


def visit_note(
    rng: Random, who: Names, band: int, domain: GoalDomain | None, reflect: bool
) -> tuple[str, str, str, str, str]:
    """Observation, caregiver response, child presentation, plan and reflection."""
    interactions = INTERACTIONS[band]
    first, second = rng.sample(range(len(interactions)), 2)
    observation = " ".join(
        (rng.choice(OPENINGS), interactions[first], interactions[second], rng.choice(AFFECT))
    ).format_map(who)
    response = " ".join(rng.sample(RESPONSES, 2)).format_map(who)
    presentation = rng.choice(PRESENTATION[band]).format_map(who)
    plan_parts = [rng.choice(PLANS[domain])] if domain is not None else []
    plan_parts.append(rng.choice(PLAN_CLOSERS))
    plan = " ".join(plan_parts).format_map(who)
    reflection = rng.choice(REFLECTIONS).format_map(who) if reflect else ""
    return observation, response, presentation, plan, reflection


def goal_text(
    rng: Random, domain: GoalDomain, who: Names, avoid: str = "", months: int = 0
) -> tuple[str, str, str]:
    """A goal statement (from the templates) fit for a child of ``months``, baseline, strategies."""
    choices = [t.format_map(who) for t in GOALS[domain] if months < 8 or "tummy time" not in t]
    statement = rng.choice([t for t in choices if t != avoid] or choices)
    return statement, BASELINES[domain].format_map(who), STRATEGIES[domain].format_map(who)


def progress_note(rng: Random, rating: int, who: Names) -> str:
    """A short note for a goal rating of 1-5."""
    return rng.choice(PROGRESS[rating - 1]).format_map(who)


def cancel_reason(rng: Random, outcome: VisitOutcome, who: Names) -> str:
    """Why a visit did not happen."""
    return rng.choice(CANCEL[outcome]).format_map(who)


def follow_up_note(rng: Random, kind: FollowUpKind, who: Names, child: bool) -> str:
    """What the specialist did about a positive screen of a child or a caregiver."""
    return rng.choice(FOLLOW_UPS[kind, child]).format_map(who)


def closure_note(reason: ClosureReason, who: Names) -> str:
    """A closing summary line for a closed case."""
    return CLOSURE[reason].format_map(who)


def amendment(rng: Random, who: Names) -> tuple[str, str, str]:
    """An amendment to a signed note: section, reason and added text."""
    section, reason, text = rng.choice(AMENDMENTS)
    return section, reason.format_map(who), text.format_map(who)
