"""What one simulated desktop client does, through the same service functions the app calls.

A specialist opens the caseload, opens a family's record (what the record
window loads: the family, open alerts, visits, goals, goal progress), types a
note while it autosaves as a draft, saves it, signs most notes, sometimes
records a screening, with think times between. A client that shares a note
(``Client.shared``) also reopens and saves that note and its draft, racing the
other client signed in as the same specialist. A supervisor opens the team
dashboard, the team's caseload and a family's record.

Each client has its own engine and pool (``Database``) and ``ServiceContext``,
as a desktop client has, and records every call: its time, and "ok" or the
kind of error. Every write it saw committed is kept for the checks afterwards.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from random import Random
from typing import Any

from benchmarks.load.agency import Client

# Think times: the note editor autosaves 3 s after the last keystroke (ui/visits/editor.py),
# so a specialist typing autosaves every 3-6 s; other steps take a few seconds of reading.
SPECIALIST_THINK_S = (3.0, 8.0)
TYPING_S = (3.0, 6.0)  # between two autosaves
AUTOSAVES = (2, 5)  # per note
SUPERVISOR_THINK_S = (5.0, 15.0)
SHARED_EDITS = 3  # quick edits of the shared note per round
SLOW_S = 0.3  # a call this long is listed with the moment it started (Outcome.slow)


@dataclass
class Outcome:
    """What one client did and saw."""

    samples: list[tuple[str, float, str]] = field(default_factory=list)  # action, s, ok|kind
    warmup: list[tuple[str, float, str]] = field(default_factory=list)  # the same, not counted
    # Counted calls of SLOW_S or more: (started, s after the warm-up; action; s it took), to
    # see whether a tail is spread out (each client's own wait) or comes in bursts (a stall
    # of the server that every client waits out at once).
    slow: list[tuple[float, str, float]] = field(default_factory=list)
    notes: list[tuple[int, int, str]] = field(default_factory=list)  # visit, version, text
    signs: list[tuple[int, int]] = field(default_factory=list)  # visit, version after
    edits: list[tuple[int, int, int]] = field(default_factory=list)  # visit, loaded, saved
    drafts: list[tuple[int, int, int | None, int, str]] = field(default_factory=list)
    screenings: list[int] = field(default_factory=list)
    retried: dict[str, int] = field(default_factory=dict)
    crashes: list[str] = field(default_factory=list)  # first lines of unexpected errors


def note_input(today: dt.date, observation: str, goal_ids: tuple[int, ...]) -> Any:
    """A completed home visit today, as a specialist saves it, rating ``goal_ids``."""
    from imh_desktop.domain.enums import VisitMode, VisitOutcome
    from imh_desktop.domain.inputs import VisitInput
    from imh_desktop.services.visits.records import GoalRating, NoteInput

    visit = VisitInput(
        visit_date=today, outcome=VisitOutcome.COMPLETED, mode=VisitMode.HOME,
        start_time=dt.time(10, 0), duration_minutes=60, observation=observation,
        caregiver_response="She noticed how quickly the baby calmed in her arms.",
        child_presentation="Alert, feeding well, good eye contact.",
        plan="Continue the bedtime routine; try the song at bath time.",
        services=("reflective_conversation", "developmental_guidance"),
        next_visit_date=today + dt.timedelta(days=7),
    )  # fmt: skip
    ratings = tuple(GoalRating(g, 3, "Steady progress.") for g in goal_ids)
    return NoteInput(visit=visit, ratings=ratings)


def error_kind(exc: BaseException) -> str:
    from imh_desktop.domain.errors import ConflictError, DomainError, TransientDatabaseError

    if isinstance(exc, ConflictError):
        return "conflict"
    if isinstance(exc, TransientDatabaseError):
        return "rolled back (after retries)"
    if isinstance(exc, DomainError):
        return type(exc).__name__
    return f"crash: {type(exc).__name__}"


class _TimeUp(Exception):
    """The client's time is up: its round stops before the next call."""


class Runner:
    def __init__(
        self, client: Client, url: str, today: dt.date, counted_from: float, deadline: float
    ) -> None:  # fmt: skip
        from imh_desktop.data.db import Database
        from imh_desktop.domain.clock import FixedClock
        from imh_desktop.services.common.context import ServiceContext

        self.client, self.today, self.deadline = client, today, deadline
        self.counted_from = counted_from
        self.rng = Random(client.number)
        self.db = Database(url)
        self.ctx = ServiceContext(self.db, client.user_id, FixedClock(today))
        self.out = Outcome()
        self.seq = 0
        self.shared_draft: int | None = None  # the shared draft's version as last seen

    def act(self, action: str, fn: Callable[..., Any], *args: Any) -> tuple[Any, Exception | None]:
        start = time.perf_counter()
        if start >= self.deadline:  # the round ends here: no call after the time is up
            raise _TimeUp
        samples = self.out.samples if start >= self.counted_from else self.out.warmup
        try:
            result = fn(*args)
        except Exception as exc:  # every error is counted by kind; the client carries on
            samples.append((action, time.perf_counter() - start, error_kind(exc)))
            if not hasattr(exc, "message"):
                self.out.crashes.append(f"{action}: {type(exc).__name__}: {str(exc)[:200]}")
            return None, exc
        took = time.perf_counter() - start
        samples.append((action, took, "ok"))
        if took >= SLOW_S and samples is self.out.samples:
            self.out.slow.append((start - self.counted_from, action, took))
        return result, None

    def think(self, span: tuple[float, float]) -> None:
        time.sleep(max(0.0, min(self.rng.uniform(*span), self.deadline - time.perf_counter())))

    def marker(self) -> str:
        self.seq += 1
        return f"Load client {self.client.number}, text {self.seq}: she held the baby close."

    def run(self) -> Outcome:
        step = self.specialist_round if self.client.role == "specialist" else self.supervisor_round
        try:
            while time.perf_counter() < self.deadline:
                step()
        except _TimeUp:
            # Past the deadline the think times are cut to nothing, so a round went on with
            # every call back to back, 70 clients at once: a burst no desktop client makes.
            pass
        finally:
            from imh_desktop.services.common.uow import retried

            self.out.retried = dict(retried)
            self.db.dispose()
        return self.out

    # A specialist -----------------------------------------------------------
    def specialist_round(self) -> None:
        from imh_desktop.domain.enums import FamilyStatus
        from imh_desktop.services.caseload.table import list_caseload

        rows, _ = self.act("open caseload", list_caseload, self.ctx, "mine")
        active = [r for r in rows or () if r.status is FamilyStatus.ACTIVE]
        if self.client.shared is not None:  # first, so that even a short run has the race
            self.race_on_the_shared_note()
        self.think(SPECIALIST_THINK_S)
        if active:
            self.write_a_note(self.rng.choice(active).family_id)
        self.think(SPECIALIST_THINK_S)

    def write_a_note(self, family_id: int) -> None:
        from imh_desktop.domain.errors import ConflictError
        from imh_desktop.services.screenings.results import ScreeningInput, record_screening
        from imh_desktop.services.visits.drafts import save_draft
        from imh_desktop.services.visits.notes import save_note, sign_visit

        opened, _ = self.act("open record", open_record, self.ctx, family_id)
        if opened is None:
            return
        family, goal_ids = opened
        self.think(SPECIALIST_THINK_S)
        version: int | None = None
        text = ""
        for _ in range(self.rng.randint(*AUTOSAVES)):
            if time.perf_counter() > self.deadline:
                return
            text = self.marker()
            draft, exc = self.act("autosave draft", save_draft, self.ctx, family_id, None,
                                  {"observation": text}, version)  # fmt: skip
            if draft is not None:
                version = draft.version
                self.out.drafts.append((self.ctx.user_id, family_id, None, version, text))
            elif isinstance(exc, ConflictError):  # an old draft of an earlier round: take it over
                version = getattr(exc.current, "version", None)
            self.think(TYPING_S)
        saved, _ = self.act("save note", save_note, self.ctx, family_id,
                            note_input(self.today, text, goal_ids))  # fmt: skip
        if saved is None:
            return
        self.out.notes.append((saved.visit.id, saved.visit.version, text))
        if self.rng.random() < 0.7:
            self.think(TYPING_S)
            signed, _ = self.act("sign note", sign_visit, self.ctx, saved.visit.id,
                                 saved.visit.version)  # fmt: skip
            if signed is not None:
                self.out.signs.append((signed.visit.id, signed.visit.version))
        if self.rng.random() < 0.25 and family.caregivers:
            self.think(TYPING_S)
            low = (0, 0, 3, 0, 3, 3, 3, 3, 3, 3)  # EPDS total 0: no alert
            data = ScreeningInput(_epds(), self.today, caregiver_id=family.caregivers[0].id,
                                  answers=low)  # fmt: skip
            done, _ = self.act("record screening", record_screening, self.ctx, family_id, data)
            if done is not None:
                self.out.screenings.append(done.id)

    def race_on_the_shared_note(self) -> None:
        """Reopen the shared note, change it, save it; autosave its draft: racing the other desk."""
        from imh_desktop.domain.clock import FixedClock
        from imh_desktop.services.common.context import ServiceContext
        from imh_desktop.services.visits.drafts import load_draft, save_draft
        from imh_desktop.services.visits.notes import get_note, save_note

        assert self.client.shared is not None
        owner, family_id, visit_id = self.client.shared
        ctx = ServiceContext(self.db, owner, FixedClock(self.today))  # the same specialist
        for _ in range(SHARED_EDITS):
            if time.perf_counter() > self.deadline:
                return
            if self.shared_draft is None:
                draft, _ = self.act("load draft", load_draft, ctx, family_id, visit_id)
                self.shared_draft = None if draft is None else draft.version
            text = self.marker()
            draft, _ = self.act("autosave draft", save_draft, ctx, family_id, visit_id,
                                  {"observation": text}, self.shared_draft)  # fmt: skip
            if draft is not None:
                self.shared_draft = draft.version
                self.out.drafts.append((owner, family_id, visit_id, draft.version, text))
            else:
                self.shared_draft = None  # reload it next time
            note, _ = self.act("open note", get_note, ctx, visit_id)
            if note is None:
                continue
            self.think((0.1, 0.6))
            goals = tuple(r.goal_id for r in note.ratings)
            saved, _ = self.act("save note", save_note, ctx, family_id,
                                note_input(self.today, text, goals), visit_id,
                                note.visit.version)  # fmt: skip
            if saved is not None:
                self.out.notes.append((visit_id, saved.visit.version, text))
                self.out.edits.append((visit_id, note.visit.version, saved.visit.version))
                self.shared_draft = None  # saving the note removed the draft
            self.think((0.2, 1.0))

    # A supervisor -----------------------------------------------------------
    def supervisor_round(self) -> None:
        from imh_desktop.services.caseload.table import list_caseload
        from imh_desktop.services.team.dashboard import load_team, opening_period

        self.act("team dashboard", lambda: load_team(self.ctx, opening_period(self.ctx)))
        self.think(SUPERVISOR_THINK_S)
        rows, _ = self.act("open caseload (team)", list_caseload, self.ctx, "team")
        self.think(SUPERVISOR_THINK_S)
        if rows:
            self.act("open record", open_record, self.ctx, self.rng.choice(rows).family_id)
        self.think(SUPERVISOR_THINK_S)


def _epds() -> Any:
    from imh_desktop.domain.enums import Instrument

    return Instrument.EPDS


def open_record(ctx: Any, family_id: int) -> tuple[Any, tuple[int, ...]]:
    """What the family's record window loads when it opens; the family and its active goals."""
    from imh_desktop.domain.enums import GoalStatus
    from imh_desktop.services.family import families, goals
    from imh_desktop.services.screenings.results import list_alerts
    from imh_desktop.services.visits.lists import goal_progress
    from imh_desktop.services.visits.visits import list_visits

    family = families.get_family(ctx, family_id)
    list_alerts(ctx, family_id, open_only=True)
    list_visits(ctx, family_id)
    active = [g.id for g in goals.list_goals(ctx, family_id) if g.status is GoalStatus.ACTIVE]
    goal_progress(ctx, family_id)
    return family, tuple(active[:3])
