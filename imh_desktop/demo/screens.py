"""Screenings and alerts for the demo data, scored by ``imh_desktop.domain.screening``.

Caregiver depression screens (EPDS or PHQ-9) get item answers drawn from a
per-family mood level and are scored by the published rules, so totals,
bands, positives and urgent self-harm flags are exactly what the program
itself would compute. ASQ-3 and ASQ:SE-2 results are entered as on the
official sheet (scores and a band per area); the demo never uses the
published cut-off tables: its ASQ:SE-2 totals sit on an invented scale.
A positive screen opens an alert; most are followed up, a few recent ones on
active families stay open.
"""

from __future__ import annotations

import datetime as dt
from random import Random
from typing import Any

from imh_desktop.demo import text as text
from imh_desktop.demo.context import context_text
from imh_desktop.demo.rows import FamilyPlan, Ids, Member, Rows, at, pick, summed
from imh_desktop.domain import screening as scoring
from imh_desktop.domain.enums import (
    AlertKind,
    FamilyStatus,
    FollowUpKind,
    Instrument,
    ReferralStatus,
    ReferralType,
    VisitService,
)

ASQ3_SCORES = {
    "above": (40, 45, 50, 50, 55, 55, 60, 60),
    "close": (25, 30, 35, 40),
    "below": (0, 5, 10, 15, 20, 25),
}
# By child risk, summed for demo.rows.pick: ASQ-3 above, close, below; ASQ:SE-2 below,
# monitoring, above.
ASQ3_ODDS = tuple(summed(w) for w in ((92.5, 6, 1.5), (60, 25, 15), (35, 30, 35)))
SE2_ODDS = tuple(summed(w) for w in ((88, 8, 4), (65, 22, 13), (45, 30, 25)))
MOODS = ((0.25, 0.004), (0.9, 0.03), (1.6, 0.1))  # mean item score, odds of a self-harm answer
MOOD_WEIGHTS = (72, 18, 10)
OPEN_WITHIN_DAYS = 21
# The referral a positive screen's follow-up made: mostly connected by now.
REFERRAL_STATUS_WEIGHTS = {ReferralStatus.CONNECTED: 5, ReferralStatus.CLOSED: 2,
                           ReferralStatus.MADE: 2, ReferralStatus.DECLINED: 1}  # fmt: skip


class Screener:
    """Gives one family's scheduled screenings at its completed visits."""

    def __init__(self, rng: Random, today: dt.date, ids: Ids, rows: Rows) -> None:
        self.rng, self.today, self.ids, self.rows = rng, today, ids, rows
        self.make_referrals = True  # a "referral" follow-up records its referral (issue 17)

    def start(self, plan: FamilyPlan, who: text.Names, events: list[Any]) -> None:
        """Begin a family: its schedule (sorted events), mood level and children's risk."""
        rng = self.rng
        self.plan, self.who, self.events, self.next = plan, who, events, 0
        self.mood, self.self_harm = rng.choices(MOODS, MOOD_WEIGHTS)[0]
        carer = plan.caregivers[0]
        epds_odds = 0.85 if carer.relationship == "Mother" else 0.3
        self.instrument = Instrument.EPDS if rng.random() < epds_odds else Instrument.PHQ9
        self.risk = {}
        for child in plan.children:
            base = 0.35 if (child.gestational_weeks or 40) <= 34 else 0.15
            roll = rng.random()
            self.risk[child.id] = 0 if roll > base else 1 if roll > base / 3 else 2
        self.last: tuple[dict[str, Any], dt.date, dt.datetime] | None = None
        self.opened = 0

    def at_visit(self, visit: dict[str, Any], day: dt.date, end: dt.datetime) -> bool:
        """Give every screening due by ``day`` at this completed visit; True if any."""
        self.last = (visit, day, end)
        given = False
        events = self.events
        while self.next < len(events) and events[self.next][0] <= day:
            _, window_end, subject, kind, interval = events[self.next]
            self.next += 1
            if day <= window_end:
                self._give(visit["id"], day, end, subject, kind, interval)
                given = True
        return given

    def finish(self, plan: FamilyPlan) -> None:
        """Make sure a family flagged "open_alert" shows one open, recent positive screen."""
        if "open_alert" not in plan.flags or self.opened or self.last is None:
            return
        visit, day, end = self.last
        instrument = self.instrument
        score = scoring.score_epds if instrument is Instrument.EPDS else scoring.score_phq9
        for _ in range(50):
            answers = self._mood_answers(instrument, 1.7, 0.0)
            result = score(answers)
            if result.positive:
                break
        else:  # pragma: no cover - 50 misses in a row do not happen at this mood level
            phq9, epds = [2, 2, 2, 1, 1, 1, 1, 1, 0], [3, 3, 0, 3, 0, 0, 1, 3, 3, 3]
            answers = phq9 if instrument is Instrument.PHQ9 else epds
            result = score(answers)
        payload = {"options": answers, "scores": list(result.item_scores)}
        carer = self.plan.caregivers[0]
        self._record(visit["id"], day, end, carer, instrument, None, payload, result, True)
        services = set(visit["services"]) | {"screening"}
        visit["services"] = [s.value for s in VisitService if s.value in services]

    # -- results -------------------------------------------------------------
    def _mood_answers(self, instrument: Instrument, level: float, self_harm: float) -> list[int]:
        """Option chosen per item (EPDS: 0 = first option; PHQ-9: 0-3 as scored)."""
        rng = self.rng
        mean = level * rng.uniform(0.6, 1.2)
        count = 10 if instrument is Instrument.EPDS else 9
        scores = [min(3, max(0, round(rng.gauss(mean, 0.6)))) for _ in range(count - 1)]
        scores.append(rng.choice((1, 1, 2)) if rng.random() < self_harm else 0)
        if instrument is Instrument.PHQ9:
            return scores
        return [3 - s if n in scoring.EPDS_REVERSED else s for n, s in enumerate(scores, 1)]

    def _give(
        self,
        visit_id: int,
        day: dt.date,
        end: dt.datetime,
        subject: Member,
        kind: object,
        interval: int | None,
    ) -> None:
        rng = self.rng
        if kind == "caregiver":
            instrument = self.instrument
            answers = self._mood_answers(instrument, self.mood, self.self_harm)
            result = (
                scoring.score_epds(answers)
                if instrument is Instrument.EPDS
                else scoring.score_phq9(answers)
            )
            payload: dict[str, Any] = {"options": answers, "scores": list(result.item_scores)}
            if result.positive:
                self.mood *= 0.75  # support and treatment help
        elif kind is Instrument.ASQ3:
            instrument = Instrument.ASQ3
            odds = ASQ3_ODDS[self.risk[subject.id]]
            bands = {a: pick(rng, ("above", "close", "below"), odds) for a in scoring.ASQ3_AREAS}
            areas = {a: rng.choice(ASQ3_SCORES[b]) for a, b in bands.items()}
            result = scoring.asq3_result(areas, bands)
            payload = {"scores": areas, "bands": bands}
        else:
            instrument = Instrument.ASQSE2
            band = pick(rng, ("below", "monitoring", "above"), SE2_ODDS[self.risk[subject.id]])
            scale = 6 + (interval or 12) // 2  # invented steps of 5, not the published cut-offs
            low, high = {
                "below": (0, scale * 6 // 10),
                "monitoring": (scale * 7 // 10, scale),
                "above": (scale + 1, scale * 16 // 10),
            }[band]
            total = 5 * rng.randint(low, high)
            result = scoring.asqse2_result(total, band)
            payload = {"total": total, "band": band}
        self._record(visit_id, day, end, subject, instrument, interval, payload, result)

    def _record(
        self,
        visit_id: int,
        day: dt.date,
        end: dt.datetime,
        subject: Member,
        instrument: Instrument,
        interval: int | None,
        payload: dict[str, Any],
        result: scoring.ScreenResult,
        force_open: bool = False,
    ) -> None:
        plan, ids, rng = self.plan, self.ids, self.rng
        is_child = instrument in (Instrument.ASQ3, Instrument.ASQSE2)
        screening_id = ids.take("screenings")
        self.rows.add(
            "screenings",
            {
                "id": screening_id,
                "family_id": plan.id,
                "visit_id": visit_id,
                "child_id": subject.id if is_child else None,
                "caregiver_id": None if is_child else subject.id,
                "instrument": instrument,
                "given_on": day,
                "interval_months": interval,
                "answers": payload,
                "total": result.total,
                "band": result.band,
                "positive": result.positive,
                "urgent": result.urgent,
                "created_by_id": plan.specialist_id,
                "created_at": end,
            },
        )
        if not result.positive:
            return
        alert = {
            "id": ids.take("alerts"),
            "family_id": plan.id,
            "screening_id": screening_id,
            "kind": AlertKind.URGENT if result.urgent else AlertKind.POSITIVE_SCREEN,
            "text": result.alert_for(subject.full_name),  # as record_screening words it
            "opened_on": day,
            "resolved_at": None,
            "resolved_by_id": None,
            "follow_up_kind": None,
            "follow_up_note": "",
        }
        recent = (self.today - day).days <= OPEN_WITHIN_DAYS
        stays_open = force_open or (
            plan.status is FamilyStatus.ACTIVE
            and recent
            and not result.urgent
            and rng.random() < 0.35
        )
        if stays_open:
            self.opened += 1
        else:
            if result.urgent:
                kind, when = (
                    FollowUpKind.SAFETY_ASSESSMENT,
                    end + dt.timedelta(minutes=rng.randint(20, 180)),
                )
            else:
                kind = FollowUpKind.REFERRAL if rng.random() < 0.65 else FollowUpKind.NO_REFERRAL
                when = at(day + dt.timedelta(days=rng.randint(0, 10)), rng.randint(8, 17))
                limit = plan.closed_on or self.today
                if when.date() >= limit or when < end:
                    when = end + dt.timedelta(minutes=rng.randint(20, 180))
            alert.update(
                resolved_at=when,
                resolved_by_id=plan.specialist_id,
                follow_up_kind=kind,
                follow_up_note=text.follow_up_note(rng, kind, self.who, is_child),
            )
        self.rows.add("alerts", alert)
        resolved = alert["resolved_at"]
        referred = alert["follow_up_kind"] is FollowUpKind.REFERRAL and self.make_referrals
        if referred and isinstance(resolved, dt.datetime):
            self._referral(alert, instrument, subject, resolved)

    def _referral(
        self, alert: dict[str, Any], instrument: Instrument, subject: Member, when: dt.datetime
    ) -> None:
        """The referral a "referral" follow-up made (as ``make_referral`` with the alert does):
        Part C for an ASQ-3, mental health otherwise; its status drawn from its own generator
        (seeded by the alert) so the rest of the demo stays as it was."""
        plan, rng = self.plan, Random(alert["id"])
        kind = ReferralType.EARLY_INTERVENTION if instrument is Instrument.ASQ3 else (
            ReferralType.MENTAL_HEALTH)  # fmt: skip
        weights = REFERRAL_STATUS_WEIGHTS
        status = rng.choices(list(weights), list(weights.values()))[0]
        if plan.status is FamilyStatus.CLOSED and status is ReferralStatus.MADE:
            status = ReferralStatus.CLOSED
        words = context_text()
        made_on = when.date()
        is_child = instrument in (Instrument.ASQ3, Instrument.ASQSE2)
        self.rows.add("referrals", {
            "id": self.ids.take("referrals"), "family_id": plan.id, "referral_type": kind,
            "caregiver_id": None if is_child else subject.id,
            "child_id": subject.id if is_child else None,
            "agency": rng.choice(words["agencies"][kind.value]), "made_on": made_on,
            "reason": rng.choice(words["reasons"][kind.value]), "status": status,
            "follow_up_on": made_on + dt.timedelta(days=14) if status is ReferralStatus.MADE
            else None,
            "outcome": "" if status is ReferralStatus.MADE
            else rng.choice(words["outcomes"][status.value]),
            "shares_information": False, "release_id": None, "visit_id": None,
            "alert_id": alert["id"], "created_by_id": plan.specialist_id, "created_at": when,
            "version": 1,
        })  # fmt: skip
