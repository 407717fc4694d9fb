"""The visit history of one demo family: visits, notes, signatures, and when screens fall.

Visits follow the family's expected frequency, from enrolment to closure or
yesterday, on weekdays, with some cancellations and no-shows. Completed
visits get a note, participants, services and goal ratings; nearly all are
signed (a few recent ones wait, so supervisors see unsigned notes), a few are
co-signed or amended. Most active families have one planned visit ahead. Every
random choice comes from the one ``Random`` handed in, in a fixed order.
"""

from __future__ import annotations

import datetime as dt
from random import Random
from typing import Any

from imh_desktop.demo import text as text
from imh_desktop.demo.goals import GoalBook
from imh_desktop.demo.rows import FamilyPlan, Ids, Member, Rows, at, months_between, pick, summed
from imh_desktop.demo.screens import Screener
from imh_desktop.domain.enums import (
    ClosureReason,
    FamilyStatus,
    VisitMode,
    VisitOutcome,
    VisitService,
)
from imh_desktop.domain.schedule import caregiver_windows, child_windows

JITTER = {7: (-1, 2), 14: (-2, 3), 30: (-4, 5), 91: (-7, 10)}  # days around the due date
OUTCOMES = (
    VisitOutcome.COMPLETED,
    VisitOutcome.CANCELLED_FAMILY,
    VisitOutcome.NO_SHOW,
    VisitOutcome.CANCELLED_STAFF,
)
MODES = (VisitMode.HOME, VisitMode.VIRTUAL, VisitMode.PHONE, VisitMode.OFFICE, VisitMode.COMMUNITY)
MODE_WEIGHTS = summed((80, 8, 5, 3, 4))
MINUTES = {
    VisitMode.PHONE: (20, 30, 30, 45),
    VisitMode.VIRTUAL: (45, 60, 60),
}
HOME_MINUTES = (45, 60, 60, 75, 75, 90, 90)
SERVICE_ODDS = (
    (VisitService.EMOTIONAL_SUPPORT, 0.55),
    (VisitService.DEVELOPMENTAL_GUIDANCE, 0.5),
    (VisitService.REFLECTIVE_CONVERSATION, 0.55),
    (VisitService.MODELLING, 0.35),
    (VisitService.CONCRETE_HELP, 0.2),
    (VisitService.CRISIS_INTERVENTION, 0.01),
    (VisitService.ADVOCACY, 0.1),
    (VisitService.REFERRAL, 0.04),
)
SIGN_LAG_DAYS = (0, 1, 2, 3, 5)
SIGN_LAG_WEIGHTS = summed((55, 28, 10, 4, 3))
SERVICES = tuple(VisitService)  # in the enum's order (iterating an enum is slow)
NOBODY: dict[str, list[Any]] = {"caregivers": [], "children": [], "others": []}
# Every visit column; each row starts as a copy of this.
BLANK_VISIT: dict[str, Any] = {
    "id": 0,
    "family_id": 0,
    "specialist_id": 0,
    "visit_date": None,
    "start_time": None,
    "duration_minutes": None,
    "mode": VisitMode.HOME,
    "outcome": VisitOutcome.COMPLETED,
    "cancel_reason": "",
    "participants": NOBODY,
    "services": [],
    "observation": "",
    "caregiver_response": "",
    "child_presentation": "",
    "plan": "",
    "reflection": "",
    "next_visit_date": None,
    "signed_at": None,
    "signed_by_id": None,
    "cosigned_at": None,
    "cosigned_by_id": None,
    "content_hash": None,
    "created_at": None,
    "updated_at": None,
    "version": 1,
}
Event = tuple[dt.date, dt.date, Member, object, int | None]


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def _weekday(day: dt.date) -> dt.date:
    """Visits fall on weekdays: a weekend date moves to the Monday."""
    wd = day.weekday()
    return day + _days(7 - wd) if wd >= 5 else day


UNSCHEDULED_SHARE = 0.2


class History:
    """Writes one family's history into ``rows``; one instance serves all families."""

    def __init__(self, rng: Random, today: dt.date, ids: Ids, rows: Rows) -> None:
        self.rng, self.today, self.ids, self.rows = rng, today, ids, rows
        self.goals = GoalBook(rng, ids, rows)
        self.screener = Screener(rng, today, ids, rows)

    def write(self, plan: FamilyPlan) -> None:
        """Append the family's goals, visits, ratings, screenings and alerts to the rows."""
        if plan.enrolled_on is None:
            return
        rng, ids = self.rng, self.ids
        carer, child = plan.caregivers[0], plan.children[0]
        who = text.names(child.first, child.sex, carer.first, carer.female)
        goals = self.goals.initial(plan, who)
        slots = self._slots(plan)
        active = plan.status is FamilyStatus.ACTIVE
        # About one active family in five has nothing on the calendar yet, so the
        # caseload shows families coming due and some overdue.
        scheduled = active and rng.random() >= UNSCHEDULED_SHARE
        planned = self._planned_date(plan, slots[-1][0]) if scheduled else None
        self.screener.start(plan, who, self._events(plan))
        late = -1
        if "late_note" in plan.flags:
            late = max(
                (
                    i
                    for i, (day, outcome) in enumerate(slots)
                    if outcome is VisitOutcome.COMPLETED and (self.today - day).days >= 4
                ),
                default=-1,
            )
        last_change = at(plan.enrolled_on, 9)
        for index, (day, outcome) in enumerate(slots):
            start = dt.time(rng.randint(9, 16), rng.choice((0, 15, 30, 45)))
            begin = at(day, start.hour, start.minute)
            row = BLANK_VISIT | {
                "id": ids.take("visits"),
                "family_id": plan.id,
                "specialist_id": plan.specialist_id,
                "visit_date": day,
                "start_time": start,
                "mode": pick(rng, MODES, MODE_WEIGHTS),
                "outcome": outcome,
                "next_visit_date": slots[index + 1][0] if index + 1 < len(slots) else planned,
                "created_at": begin,
                "updated_at": begin,
            }
            if outcome is VisitOutcome.COMPLETED:
                self._document(plan, row, who, goals, index == late)
            else:
                signed = at(day, 17, rng.randint(0, 59))
                row["cancel_reason"] = text.cancel_reason(rng, outcome, who)
                row["signed_at"] = row["updated_at"] = signed
                row["signed_by_id"] = plan.specialist_id
            self.rows.add("visits", row)
            last_change = row["updated_at"]
        if planned is not None:
            self._add_planned(plan, planned, last_change)
        self.screener.finish(plan)
        self.goals.write(plan, goals)

    def _slots(self, plan: FamilyPlan) -> list[tuple[dt.date, VisitOutcome]]:
        """Visit dates at the family's frequency, each with its outcome."""
        rng = self.rng
        assert plan.enrolled_on is not None
        step = plan.frequency.days
        low, high = JITTER[step]
        keep = rng.uniform(0.66, 0.92)  # how reliably this family keeps visits
        rest = (1 - keep) / 20
        weights = summed((keep, 9 * rest, 6 * rest, 5 * rest))
        slots = []
        day = plan.enrolled_on + _days(rng.randint(0, 10))
        while (day := _weekday(day)) <= plan.last_day:
            slots.append((day, pick(rng, OUTCOMES, weights)))
            day += _days(step + rng.randint(low, high))
        if not slots:
            slots.append((plan.enrolled_on, VisitOutcome.COMPLETED))
        if plan.closure_reason is ClosureReason.UNABLE_TO_REACH:  # the family went quiet
            gone = (VisitOutcome.NO_SHOW, VisitOutcome.CANCELLED_FAMILY)
            for i in range(max(1, len(slots) - rng.randint(2, 4)), len(slots)):
                slots[i] = (slots[i][0], rng.choice(gone))
        return slots

    def _planned_date(self, plan: FamilyPlan, last: dt.date) -> dt.date:
        """The next due date after the last visit, and in any case after today."""
        step = plan.frequency.days
        day = last + _days(step + self.rng.randint(*JITTER[step]))
        if day <= self.today:
            day = self.today + _days(self.rng.randint(1, 4))
        return _weekday(day)

    def _signature(
        self, day: dt.date, end: dt.datetime, plan: FamilyPlan, force_unsigned: bool
    ) -> dt.datetime | None:
        """When the note was signed, or None while it waits (recent visits of open cases)."""
        rng = self.rng
        if force_unsigned:
            return None
        age = (self.today - day).days
        still_open = plan.status is not FamilyStatus.CLOSED
        if still_open and (
            (age <= 3 and rng.random() < 0.35) or (age <= 14 and rng.random() < 0.05)
        ):
            return None
        lag = pick(rng, SIGN_LAG_DAYS, SIGN_LAG_WEIGHTS)
        if lag == 0:
            return end + dt.timedelta(minutes=rng.randint(30, 300))
        signed_day = day + _days(lag)
        if signed_day >= self.today:  # nothing is signed later than yesterday
            if still_open:
                return None
            signed_day = day
        return at(signed_day, rng.randint(8, 18), rng.randint(0, 59))

    def _participants(self, plan: FamilyPlan) -> dict[str, Any]:
        rng = self.rng
        carers = [plan.caregivers[0].id]
        if len(plan.caregivers) > 1 and rng.random() < 0.35:
            carers.append(plan.caregivers[1].id)
        children = [c.id for c in plan.children]
        if len(children) > 1 and rng.random() < 0.2:
            children = children[:1]
        others = []
        if plan.language != "English" and rng.random() < 0.6:
            others.append("interpreter")
        roll = rng.random()
        if roll < 0.05:
            others.append("sibling")
        elif roll < 0.09:
            others.append("grandparent")
        elif roll < 0.11:
            others.append(rng.choice(("early intervention provider", "public health nurse")))
        return {"caregivers": carers, "children": children, "others": others}

    def _document(
        self,
        plan: FamilyPlan,
        row: dict[str, Any],
        who: text.Names,
        goals: list[Any],
        force_unsigned: bool,
    ) -> None:
        """Fill in a completed visit: note, ratings, screenings, services, signatures."""
        rng, day = self.rng, row["visit_date"]
        child = plan.children[0]
        assert child.dob is not None
        minutes = rng.choice(MINUTES.get(row["mode"], HOME_MINUTES))
        end = row["created_at"] + dt.timedelta(minutes=minutes)
        addressed = self.goals.address(plan, goals, day, row["id"], who)
        band = text.age_band(months_between(child.dob, day))
        note = text.visit_note(rng, who, band, addressed[0].domain, rng.random() < 0.4)
        row["observation"], row["caregiver_response"], row["child_presentation"] = note[:3]
        row["plan"], row["reflection"] = note[3:]
        row["duration_minutes"] = minutes
        row["participants"] = self._participants(plan)
        screened = self.screener.at_visit(row, day, end)
        ticked = {s for s, odds in SERVICE_ODDS if rng.random() < odds}
        if screened:
            ticked.add(VisitService.SCREENING)
        services = [s.value for s in SERVICES if s in ticked]
        row["services"] = services or [VisitService.REFLECTIVE_CONVERSATION.value]
        signed = self._signature(day, end, plan, force_unsigned)
        row["updated_at"] = signed or end
        if signed is None:
            return
        row["signed_at"], row["signed_by_id"] = signed, plan.specialist_id
        roll = rng.random()
        if roll < 0.04:
            cosigned = at(signed.date() + _days(rng.randint(1, 10)), rng.randint(9, 17))
            if cosigned.date() < self.today:
                row["cosigned_at"], row["cosigned_by_id"] = cosigned, plan.supervisor_id
                row["updated_at"] = cosigned
        elif roll > 0.997:
            when = signed + _days(rng.randint(1, 20))
            if when.date() < self.today:
                section, reason, added = text.amendment(rng, who)
                self.rows.add(
                    "amendments",
                    {
                        "id": self.ids.take("amendments"),
                        "visit_id": row["id"],
                        "author_id": plan.specialist_id,
                        "created_at": when,
                        "section": section,
                        "reason": reason,
                        "text": added,
                        "hash": None,  # set when the batch is sealed (demo.seal)
                    },
                )

    def _add_planned(self, plan: FamilyPlan, day: dt.date, made: dt.datetime) -> None:
        start = dt.time(self.rng.randint(9, 16), self.rng.choice((0, 30)))
        expected = {
            "caregivers": [plan.caregivers[0].id],
            "children": [c.id for c in plan.children],
            "others": [],
        }
        self.rows.add(
            "visits",
            BLANK_VISIT
            | {
                "id": self.ids.take("visits"),
                "family_id": plan.id,
                "specialist_id": plan.specialist_id,
                "visit_date": day,
                "start_time": start,
                "duration_minutes": 60,
                "outcome": VisitOutcome.PLANNED,
                "participants": expected,
                "created_at": made,
                "updated_at": made,
            },
        )

    def _events(self, plan: FamilyPlan) -> list[Event]:
        """Screenings to give: (target day, window end, subject, kind, interval), by target day.

        Windows come from the program's default schedule; a few are missed on
        purpose so that overdue screenings show up.
        """
        rng = self.rng
        enrolled = plan.enrolled_on
        assert enrolled is not None
        events: list[Event] = []
        for window in caregiver_windows(enrolled, plan.last_day):
            if rng.random() < 0.08:
                continue
            span = (window.window_end - window.window_start).days
            target = window.window_start + _days(rng.randint(0, max(0, span - 21)))
            events.append((target, window.window_end, plan.caregivers[0], "caregiver", None))
        for child in plan.children:
            assert child.dob is not None
            for window in child_windows(child.dob, child.gestation):
                if window.window_end < enrolled or window.window_start > plan.last_day:
                    continue
                if rng.random() < 0.1:
                    continue
                start = max(window.window_start, enrolled + _days(14))
                if start > window.window_end:
                    start = max(window.window_start, enrolled)
                room = (window.window_end - start).days - 14
                target = start + _days(rng.randint(0, max(0, room)))
                events.append(
                    (target, window.window_end, child, window.instrument, window.interval)
                )
        order = sorted(range(len(events)), key=lambda i: (events[i][0], i))
        return [events[i] for i in order]
