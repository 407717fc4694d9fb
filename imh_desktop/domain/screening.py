"""Scoring of the screening instruments, from their published descriptions (DOMAIN.md).

- EPDS: Cox, J. L., Holden, J. M., & Sagovsky, R. (1987). Detection of
  postnatal depression: development of the 10-item Edinburgh Postnatal
  Depression Scale. British Journal of Psychiatry, 150, 782-786.
- PHQ-9: Kroenke, K., Spitzer, R. L., & Williams, J. B. W. (2001). The PHQ-9:
  validity of a brief depression severity measure. Journal of General
  Internal Medicine, 16(9), 606-613.
- ASQ-3: Squires, J., & Bricker, D. (2009). Ages & Stages Questionnaires,
  Third Edition. Paul H. Brookes.
- ASQ:SE-2: Squires, J., Bricker, D., & Twombly, E. (2015). Ages & Stages
  Questionnaires: Social-Emotional, Second Edition. Paul H. Brookes.

The EPDS and PHQ-9 item wordings, with the score each answer carries, are in
``domain/instruments/*.json`` (both may be reproduced for clinical use); the
screen shows them so the answer's printed position and its score cannot be
confused. No ASQ item wording or cut-off tables are kept: for ASQ-3 and
ASQ:SE-2 the specialist enters the scores and the band read off the sheet.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from imh_desktop.domain.enums import Instrument
from imh_desktop.domain.errors import DomainError

EPDS_ITEMS = 10
EPDS_REVERSED = frozenset({3, 5, 6, 7, 8, 9, 10})  # 1-based items scored 3, 2, 1, 0
EPDS_SELF_HARM_ITEM = 10
PHQ9_ITEMS = 9
PHQ9_SELF_HARM_ITEM = 9

ASQ3_AREAS: tuple[str, ...] = (
    "communication",
    "gross_motor",
    "fine_motor",
    "problem_solving",
    "personal_social",
)
ASQ3_AREA_LABELS = {
    "communication": "communication",
    "gross_motor": "gross motor",
    "fine_motor": "fine motor",
    "problem_solving": "problem solving",
    "personal_social": "personal-social",
}
ASQ3_BANDS = {
    "above": "above the cut-off (on schedule)",
    "close": "close to the cut-off (monitor)",
    "below": "below the cut-off (refer for assessment)",
}
ASQSE2_BANDS = {
    "below": "below the monitoring zone",
    "monitoring": "in the monitoring zone",
    "above": "above the cut-off (refer)",
}
ASQSE2_MAX_TOTAL = 500  # the longest (60 month) form totals well under this


@dataclass(frozen=True)
class ScreenResult:
    """A scored screening.

    ``item_scores`` are the scored items (EPDS, PHQ-9) or the five area
    scores in ``ASQ3_AREAS`` order (ASQ-3); ``area_bands`` holds each ASQ-3
    area's band key. ``alert_text`` is set when the result is positive and
    says what must happen next.
    """

    instrument: Instrument
    total: int | None
    item_scores: tuple[int, ...]
    band: str
    positive: bool
    urgent: bool
    alert_text: str | None
    area_bands: tuple[tuple[str, str], ...] = ()

    def alert_for(self, subject: str) -> str:
        """The text of the alert a positive result opens: who was screened, then what to do."""
        return f"{subject}: {self.alert_text}"


def _answers(answers: Sequence[int], count: int, name: str) -> tuple[int, ...]:
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise DomainError(f"{name}: answers must be a list of {count} items.", field="answers")
    if len(answers) != count:
        raise DomainError(
            f"{name} has {count} items; {len(answers)} answered. Answer every item.",
            field="answers",
        )
    for number, value in enumerate(answers, start=1):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 3:
            raise DomainError(
                f"{name} item {number}: answer must be one of the four options (0 to 3), "
                f"not {value!r}.",
                field="answers",
            )
    return tuple(answers)


def _alert(*parts: str | None) -> str | None:
    text = ". ".join(p for p in parts if p)
    return text or None


def epds_band(total: int) -> str:
    """EPDS band used by programs: 0-9 low, 10-12 possible, 13+ probable depression."""
    if total >= 13:
        return "probable depression"
    if total >= 10:
        return "possible depression"
    return "low"


def score_epds(answers: Sequence[int]) -> ScreenResult:
    """Score the EPDS (Cox, Holden & Sagovsky, 1987).

    ``answers`` are the option chosen for each of the 10 items, 0 for the
    first option to 3 for the last. Items 1, 2 and 4 score 0-3 in that order;
    items 3 and 5-10 are reversed (3, 2, 1, 0). Total 0-30. Positive at 13 or
    more, or whenever item 10 (thoughts of self-harm) scores above 0, which
    is urgent whatever the total.
    """
    chosen = _answers(answers, EPDS_ITEMS, "EPDS")
    scores = tuple(
        3 - option if number in EPDS_REVERSED else option
        for number, option in enumerate(chosen, start=1)
    )
    band = epds_band(sum(scores))
    return _mood_result(Instrument.EPDS, "EPDS", scores, EPDS_SELF_HARM_ITEM, 13, band, band)


def phq9_band(total: int) -> str:
    """PHQ-9 band: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe."""
    if total >= 20:
        return "severe"
    if total >= 15:
        return "moderately severe"
    if total >= 10:
        return "moderate"
    if total >= 5:
        return "mild"
    return "minimal"


def score_phq9(answers: Sequence[int]) -> ScreenResult:
    """Score the PHQ-9 (Kroenke, Spitzer & Williams, 2001).

    Nine items scored 0-3, total 0-27. Positive at 10 or more, or whenever
    item 9 (thoughts of being better off dead or of self-harm) is above 0,
    which is urgent whatever the total.
    """
    scores = _answers(answers, PHQ9_ITEMS, "PHQ-9")
    band = phq9_band(sum(scores))
    return _mood_result(
        Instrument.PHQ9, "PHQ-9", scores, PHQ9_SELF_HARM_ITEM, 10, band, f"{band} depression"
    )


def _mood_result(
    instrument: Instrument,
    name: str,
    scores: tuple[int, ...],
    self_harm_item: int,
    refer_at: int,
    band: str,
    finding: str,
) -> ScreenResult:
    """A depression screen's result: positive at ``refer_at`` or more, or urgent
    whenever the self-harm item scores above 0, whatever the total."""
    total = sum(scores)
    self_harm = scores[self_harm_item - 1]
    urgent = self_harm > 0
    urgent_text = (
        f"{name} item {self_harm_item} (self-harm) scored {self_harm}: same-day safety check, "
        "and record the follow-up"
        if urgent
        else None
    )
    refer_text = f"{name} {total}: {finding}, refer" if total >= refer_at else None
    return ScreenResult(
        instrument=instrument,
        total=total,
        item_scores=scores,
        band=band,
        positive=urgent or total >= refer_at,
        urgent=urgent,
        alert_text=_alert(urgent_text, refer_text),
    )


def _key(text: object) -> str:
    return str(text).strip().lower().replace("-", "_").replace(" ", "_")


def asq3_result(area_scores: Mapping[str, int], area_bands: Mapping[str, str]) -> ScreenResult:
    """Record an ASQ-3 result (Squires & Bricker, 2009) as read off the official sheet.

    Each of the five areas (``ASQ3_AREAS``; "gross motor" and "gross-motor"
    are accepted too) needs a score of 0-60 in steps of 5 (six items scored
    10/5/0) and a band: "above", "close" or "below" the cut-off. Positive when
    any area is below the cut-off.
    """
    scores = {_key(k): v for k, v in area_scores.items()}
    bands = {_key(k): _key(v) for k, v in area_bands.items()}
    for given in (*scores, *bands):
        if given not in ASQ3_AREAS:
            raise DomainError(f"ASQ-3 has no area called {given!r}.", field=given)
    for area in ASQ3_AREAS:
        label = ASQ3_AREA_LABELS[area].capitalize()
        score = scores.get(area)
        if score is None:
            raise DomainError(f"{label}: enter the area score (0 to 60).", field=area)
        if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 60:
            raise DomainError(f"{label}: the score must be from 0 to 60.", field=area)
        if score % 5:
            raise DomainError(f"{label}: the score goes in steps of 5 (0, 5, 10 … 60).", field=area)
        if bands.get(area) not in ASQ3_BANDS:
            raise DomainError(f"{label}: choose above, close to, or below the cut-off.", field=area)
    below = [ASQ3_AREA_LABELS[a] for a in ASQ3_AREAS if bands[a] == "below"]
    close = [ASQ3_AREA_LABELS[a] for a in ASQ3_AREAS if bands[a] == "close"]
    parts = []
    if below:
        parts.append(f"below the cut-off in {', '.join(below)}")
    if close:
        parts.append(f"close to the cut-off in {', '.join(close)}")
    band = "; ".join(parts) if parts else "above the cut-off in all areas (on schedule)"
    alert = (
        f"ASQ-3 below the cut-off in {', '.join(below)}: refer for developmental assessment"
        if below
        else None
    )
    return ScreenResult(
        instrument=Instrument.ASQ3,
        total=None,
        item_scores=tuple(scores[a] for a in ASQ3_AREAS),
        band=band,
        positive=bool(below),
        urgent=False,
        alert_text=alert,
        area_bands=tuple((a, bands[a]) for a in ASQ3_AREAS),
    )


def asqse2_result(total: int, band: str) -> ScreenResult:
    """Record an ASQ:SE-2 result (Squires, Bricker & Twombly, 2015) as read off the sheet.

    ``total`` is the questionnaire total (items score 0, 5 or 10, plus 5 for
    each concern ticked, so totals go in steps of 5; higher means more
    concern). ``band`` is "below" (below the monitoring zone), "monitoring"
    or "above" (above the cut-off: refer); positive when "above".
    """
    if isinstance(total, bool) or not isinstance(total, int) or not 0 <= total <= ASQSE2_MAX_TOTAL:
        raise DomainError(
            f"ASQ:SE-2 total must be a whole number from 0 to {ASQSE2_MAX_TOTAL}.", field="total"
        )
    if total % 5:
        raise DomainError("ASQ:SE-2 total goes in steps of 5; check the addition.", field="total")
    key = _key(band)
    if key not in ASQSE2_BANDS:
        raise DomainError(
            "ASQ:SE-2 result: choose below the monitoring zone, in the monitoring zone, "
            "or above the cut-off.",
            field="band",
        )
    positive = key == "above"
    return ScreenResult(
        instrument=Instrument.ASQSE2,
        total=total,
        item_scores=(),
        band=ASQSE2_BANDS[key],
        positive=positive,
        urgent=False,
        alert_text=f"ASQ:SE-2 {total}: above the cut-off, refer" if positive else None,
    )
