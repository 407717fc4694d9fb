"""A demo family's context: stressors, protective factor ratings, consent, releases and
referrals in every status, written as plain rows like the rest of the demo.

Drawn from the generator's one ``Random``; prose from ``data/context.toml``.
Referrals still "made" get follow-up dates around today, so some are overdue;
some releases run out within 30 days, so the record and caseload show them.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from random import Random
from typing import Any

from imh_desktop.demo.datafiles import DataFileError, data_file
from imh_desktop.demo.rows import FamilyPlan, Ids, Rows
from imh_desktop.domain.enums import (
    FactorRating,
    FamilyStatus,
    ProtectiveFactor,
    ReferralStatus,
    ReferralType,
    Stressor,
)

FORM_VERSION = "2025-2"
CONTEXT_TABLES = frozenset(
    {"family_stressors", "factor_ratings", "consents", "information_releases", "referrals"}
)
# Referral statuses of families still open: mostly settled, a good share waiting.
STATUS_WEIGHTS = {ReferralStatus.MADE: 3, ReferralStatus.CONNECTED: 4,
                  ReferralStatus.DECLINED: 1, ReferralStatus.CLOSED: 2}  # fmt: skip


@cache
def context_text() -> dict[str, dict[str, tuple[str, ...]]]:
    """``data/context.toml`` as {section: {key: texts}}, checked to cover every list member."""
    data = data_file("context")
    needed = {
        "stressors": [s.value for s in Stressor],
        "ratings": [r.value for r in FactorRating],
        "agencies": [t.value for t in ReferralType],
        "reasons": [t.value for t in ReferralType],
        "outcomes": [s.value for s in ReferralStatus if s is not ReferralStatus.MADE],
        "shares": ["release"],
        "supervision": ["notes"],
    }
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for section, keys in needed.items():
        table = data.get(section)
        if not isinstance(table, dict):
            raise DataFileError(f"demo/data/context.toml: [{section}] is missing")
        for key in keys:
            texts = table.get(key)
            if (
                not isinstance(texts, list)
                or not texts
                or not all(isinstance(t, str) and t.strip() for t in texts)
            ):
                raise DataFileError(f"demo/data/context.toml: {section}.{key} needs texts")
        out[section] = {k: tuple(v) for k, v in table.items()}
    return out


class ContextWriter:
    """Adds one family's context rows to ``rows`` (ids from ``ids``)."""

    def __init__(self, rng: Random, today: dt.date, ids: Ids, rows: Rows) -> None:
        self.rng, self.today, self.ids, self.rows = rng, today, ids, rows
        self.text = context_text()

    def _day(self, first: dt.date, last: dt.date) -> dt.date:
        return first + dt.timedelta(days=self.rng.randint(0, max((last - first).days, 0)))

    def _pick(self, section: str, key: str) -> str:
        return self.rng.choice(self.text[section][key])

    def write(self, plan: FamilyPlan) -> None:
        """The family's context, dated between its enrolment and its last day."""
        if plan.enrolled_on is None:
            return
        first, last = plan.enrolled_on, min(plan.last_day, self.today)
        if last < first:
            return
        self._stressors(plan, first, last)
        self._ratings(plan, first, last)
        add = self.rows.add
        add("consents", {"id": self.ids.take("consents"), "family_id": plan.id,
                         "signed_on": first, "signed_by": plan.caregivers[0].full_name,
                         "form_version": FORM_VERSION, "version": 1})  # fmt: skip
        releases = self._releases(plan, first, last)
        for _ in range(self.rng.choice((0, 1, 1, 2, 2, 3))):
            self._referral(plan, first, last, releases)

    def _stressors(self, plan: FamilyPlan, first: dt.date, last: dt.date) -> None:
        chosen = self.rng.sample(list(Stressor), self.rng.choice((1, 2, 2, 3, 4)))
        if (
            plan.children[0].gestational_weeks is not None
            and Stressor.MEDICAL_COMPLEXITY not in chosen
        ):
            chosen.append(Stressor.MEDICAL_COMPLEXITY)
        for stressor in chosen:
            noted = self._day(first, min(last, first + dt.timedelta(days=60)))
            resolved = self._day(noted, last) if self.rng.random() < 0.35 else None
            self.rows.add("family_stressors", {
                "id": self.ids.take("family_stressors"), "family_id": plan.id,
                "stressor": stressor, "noted_on": noted, "resolved_on": resolved,
                "note": self._pick("stressors", stressor.value), "version": 1,
            })  # fmt: skip

    def _ratings(self, plan: FamilyPlan, first: dt.date, last: dt.date) -> None:
        for factor in ProtectiveFactor:
            if self.rng.random() < 0.15:
                continue  # not rated yet
            rating = self.rng.choice((FactorRating.NEED, FactorRating.BUILDING))
            day = self._day(first, min(last, first + dt.timedelta(days=45)))
            for _ in range(self.rng.choice((1, 2, 3))):
                self.rows.add("factor_ratings", {
                    "id": self.ids.take("factor_ratings"), "family_id": plan.id,
                    "factor": factor, "rating": rating, "rated_on": day,
                    "note": self._pick("ratings", rating.value), "rated_by_id": plan.specialist_id,
                })  # fmt: skip
                day = self._day(day, last)
                rating = self.rng.choice((rating, FactorRating.BUILDING, FactorRating.STRENGTH))

    def _releases(self, plan: FamilyPlan, first: dt.date, last: dt.date) -> list[dict[str, Any]]:
        made = []
        for kind in self.rng.sample(list(ReferralType), self.rng.choice((0, 1, 2))):
            signed = self._day(first, last)
            expires = signed + dt.timedelta(days=365)
            if plan.status is FamilyStatus.ACTIVE and self.rng.random() < 0.2:
                expires = self.today + dt.timedelta(days=self.rng.randint(3, 30))
                signed = max(first, expires - dt.timedelta(days=365))
            row = {
                "id": self.ids.take("information_releases"), "family_id": plan.id,
                "recipient": self._pick("agencies", kind.value),
                "shares": self._pick("shares", "release"),
                "signed_by": plan.caregivers[0].full_name, "signed_on": signed,
                "expires_on": expires, "revoked_on": None, "version": 1,
            }  # fmt: skip
            self.rows.add("information_releases", row)
            made.append(row)
        return made

    def _referral(self, plan: FamilyPlan, first: dt.date, last: dt.date,
                  releases: list[dict[str, Any]]) -> None:  # fmt: skip
        rng = self.rng
        release = rng.choice(releases) if releases and rng.random() < 0.6 else None
        kind = rng.choice(list(ReferralType))
        agency = release["recipient"] if release else self._pick("agencies", kind.value)
        made_on = self._day(max(first, release["signed_on"]) if release else first, last)
        if release is not None and made_on >= release["expires_on"]:
            release = None
        status = rng.choices(list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values()))[0]
        if plan.status is FamilyStatus.CLOSED and status is ReferralStatus.MADE:
            status = ReferralStatus.CLOSED
        follow_up = made_on + dt.timedelta(days=rng.choice((7, 14, 21, 30)))
        outcome = "" if status is ReferralStatus.MADE else self._pick("outcomes", status.value)
        child = rng.random() < 0.4
        self.rows.add("referrals", {
            "id": self.ids.take("referrals"), "family_id": plan.id, "referral_type": kind,
            "caregiver_id": None if child else plan.caregivers[0].id,
            "child_id": plan.children[0].id if child else None, "agency": agency,
            "made_on": made_on, "reason": self._pick("reasons", kind.value), "status": status,
            "follow_up_on": follow_up if status is ReferralStatus.MADE else None,
            "outcome": outcome, "shares_information": release is not None,
            "release_id": release["id"] if release else None, "visit_id": None, "alert_id": None,
            "created_by_id": plan.specialist_id,
            "created_at": dt.datetime(made_on.year, made_on.month, made_on.day, 15),
            "version": 1,
        })  # fmt: skip
        referral_id = self.rows.tables["referrals"][-1]["id"]
        steps = [(ReferralStatus.MADE, made_on, "")]  # settled on its follow-up day (or today)
        if status is not ReferralStatus.MADE:
            steps.append((status, max(min(follow_up, self.today), made_on), outcome))
        for step, day, note in steps:  # the referral's history (revision 0022)
            self.rows.add("referral_status_changes", {
                "id": self.ids.take("referral_status_changes"), "referral_id": referral_id,
                "status": step, "changed_on": day, "note": note,
                "changed_by_id": plan.specialist_id,
                "created_at": dt.datetime(day.year, day.month, day.day, 15),
            })  # fmt: skip


def supervision_sessions(
    rng: Random, today: dt.date, ids: Ids, rows: Rows, boss: dict[int, int]
) -> None:
    """Reflective supervision of each specialist with her supervisor, about every four weeks
    over the last half year, each with a private note (no families linked)."""
    notes = context_text()["supervision"]["notes"]
    for specialist, supervisor in boss.items():
        day = today - dt.timedelta(days=182 - rng.randint(0, 20))
        while day <= today:
            rows.add("supervision_sessions", {
                "id": ids.take("supervision_sessions"), "supervisor_id": supervisor,
                "specialist_id": specialist, "held_on": day, "minutes": rng.choice((60, 60, 90)),
                "private_note": rng.choice(notes),
                "created_at": dt.datetime(day.year, day.month, day.day, 16),
            })  # fmt: skip
            day += dt.timedelta(days=rng.randint(24, 35))
