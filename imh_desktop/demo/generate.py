"""Demo data: a whole synthetic agency, with years of history, in one transaction.

``generate_demo`` fills an empty, migrated database with staff (an
administrator, supervisors and their teams of specialists) and families in
every status, each with caregivers, children, goals, visit notes and ratings,
screenings and alerts. Everything is invented and drawn from one
``random.Random(seed)``: the same seed and "today" give the same rows.

It is built for speed (10,000 families and ~400,000 visits in well under two
minutes on SQLite): rows are plain dicts with integer keys assigned here,
written a few hundred families at a time with ``data.bulk.insert_many`` (Core
``insert``; ``COPY`` on PostgreSQL),
never as ORM objects. On PostgreSQL the id sequences are moved past the
inserted ids at the end. Case numbers follow ``domain.case_numbers`` and audit
rows are built by ``services.common.audit.audit_row``, as the app's own are.
The pieces: ``family`` (who a family is), ``history`` and ``goals`` (visits,
notes, ratings), ``screens`` (screenings, alerts), ``names`` and ``text``
(picking from the data files that ``datafiles`` reads).

Every demo account's passphrase is ``DEMO_PASSWORD``, and the database is
marked as a demo (the agency setting ``demo_sign_in``, naming the first
specialist), so ``imh-desktop --demo`` may sign in by itself on it, and on
no other database.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from random import Random
from typing import Any

from imh_desktop.data.db import Database
from imh_desktop.data.demo_store import DemoStore, demo_transaction
from imh_desktop.demo import names as pool
from imh_desktop.demo import text as text
from imh_desktop.demo.context import CONTEXT_TABLES, ContextWriter, supervision_sessions
from imh_desktop.demo.family import Draft, Drafter
from imh_desktop.demo.history import History
from imh_desktop.demo.indexing import index_rows
from imh_desktop.demo.rows import TABLES, FamilyPlan, Ids, Member, Rows, at
from imh_desktop.demo.seal import DemoChain
from imh_desktop.domain.case_numbers import case_year, next_case_number
from imh_desktop.domain.enums import FamilyStatus, Role
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.auth.passwords import hash_with_seed
from imh_desktop.services.auth.signin import DEMO_KEY
from imh_desktop.services.common.audit import audit_row

CHUNK = 400  # families per batch of inserts
SEARCH_TABLE = "search_index"  # data.search's table, written with each batch
CASELOAD = 25  # active families per specialist
TEAM = 7  # specialists per supervisor
MAX_SPECIALISTS = 400
SHOWCASE = ("open_alert", "premature", "twins", "late_note", "other_goal")
STAFF_YEARS = 13  # staff accounts date from before the oldest case
DEMO_PASSWORD = "demo passphrase"  # every demo account's; printed when the demo is made


@dataclass(frozen=True)
class DemoSummary:
    """What ``generate_demo`` made: rows per table, staff usernames, and the time taken."""

    counts: dict[str, int]
    supervisors: tuple[str, ...]
    specialists: tuple[str, ...]
    admin: str
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def usernames(self) -> tuple[str, ...]:
        """Supervisors first, then specialists, in the order they were made."""
        return self.supervisors + self.specialists

    @property
    def demo_user(self) -> str:
        """The account the demo opens as: the first specialist (the ``DEMO_KEY`` setting)."""
        return self.specialists[0]


def status_counts(families: int) -> dict[FamilyStatus, int]:
    """Families per status: 15% active at agency scale (1,500 of 10,000), 60% in small demos.

    Referred and on-hold families are a few percent, closed cases the rest;
    every status is present from 4 families up.
    """
    n = families
    active = max(1, round(n * max(0.15, min(0.6, 1500 / n))))
    referred = round(n * min(0.08, 150 / n))
    on_hold = round(n * min(0.06, 250 / n))
    if n >= 4:
        referred, on_hold = max(1, referred), max(1, on_hold)
    closed = n - active - referred - on_hold
    if n >= 4 and closed < 1:
        active, closed = active - (1 - closed), 1
    return {
        FamilyStatus.ACTIVE: active,
        FamilyStatus.REFERRED: referred,
        FamilyStatus.ON_HOLD: on_hold,
        FamilyStatus.CLOSED: closed,
    }


def staff_counts(families: int) -> tuple[int, int]:
    """(supervisors, specialists): 25 active families per specialist, teams of 6-7.

    10,000 families give 60 specialists under 9 supervisors; at least 2
    specialists and 1 supervisor.
    """
    active = status_counts(families)[FamilyStatus.ACTIVE]
    specialists = max(2, min(MAX_SPECIALISTS, math.ceil(active / CASELOAD)))
    return max(1, math.ceil(specialists / TEAM)), specialists


class _Builder:
    """Decides the agency and writes it, chunk by chunk, on one connection."""

    def __init__(
        self,
        store: DemoStore,
        families: int,
        seed: int,
        today: dt.date,
        progress: Callable[[str], None],
    ) -> None:
        self.store, self.n, self.today, self.say = store, families, today, progress
        self.seed = seed
        self.rng = Random(seed)
        # A database at an older revision (the upgrade tests) lacks the newer tables.
        self.present = store.table_names()
        self.ids = Ids({t: store.max_id(t) + 1 if t in self.present else 1 for t in TABLES})
        self.rows = Rows()
        self.counts = dict.fromkeys(TABLES, 0)
        self.timings = dict.fromkeys(("plan", "build", "seal", "search", "write", "indexes"), 0.0)
        self.chain = DemoChain(store, self.ids, "audit_chain" in self.present)
        # An older schema (the upgrade tests) has no search index: its upgrade makes one.
        self.indexed = SEARCH_TABLE in self.present
        if self.indexed:
            self.counts[SEARCH_TABLE] = 0
        # On PostgreSQL one writer thread sends a batch while the next is being made: the
        # server's work (COPY, indexes, keys) overlaps ours. SQLite writes in line.
        self.writer = ThreadPoolExecutor(1) if store.on_server else None
        self.pending: Future[None] | None = None

    def make_staff(self) -> tuple[str, list[str], list[str]]:
        """Write the admin, supervisors and specialists; returns their usernames."""
        rng, ids = self.rng, self.ids
        taken = self.store.usernames()
        n_sup, n_spec = staff_counts(self.n)
        made = at(self.today - dt.timedelta(days=365 * STAFF_YEARS), 9)
        names: dict[Role, list[str]] = {Role.ADMIN: [], Role.SUPERVISOR: [], Role.SPECIALIST: []}
        self.supervisor_ids: list[int] = []
        self.specialist_ids: list[int] = []
        self.boss: dict[int, int] = {}
        # One hash for all, its salt from the seed: the same seed gives the same rows.
        password_hash = hash_with_seed(DEMO_PASSWORD, f"imh-demo-{self.seed}")
        for role, count in ((Role.ADMIN, 1), (Role.SUPERVISOR, n_sup), (Role.SPECIALIST, n_spec)):
            for _ in range(count):
                person = pool.make_person(rng, pool.pick_community(rng), rng.random() < 0.85)
                staff_id = ids.take("staff_users")
                boss = None
                if role is Role.SPECIALIST:
                    boss = self.supervisor_ids[len(self.specialist_ids) % n_sup]
                    self.specialist_ids.append(staff_id)
                    self.boss[staff_id] = boss
                elif role is Role.SUPERVISOR:
                    self.supervisor_ids.append(staff_id)
                names[role].append(_username(person, taken))
                self.rows.add(
                    "staff_users",
                    {
                        "id": staff_id,
                        "username": names[role][-1],
                        "full_name": person.full_name,
                        "role": role,
                        "supervisor_id": boss,
                        "password_hash": password_hash,
                        "phone": pool.make_phone(rng),
                        "active": True,
                        "created_at": made,
                    },
                )
        if "supervision_sessions" in self.present:
            supervision_sessions(Random(f"{self.seed}:supervision"), self.today, ids, self.rows,
                                 self.boss)  # fmt: skip
        self._flush()
        self.drain()
        marker = {"key": DEMO_KEY, "value": names[Role.SPECIALIST][0]}  # DemoSummary.demo_user
        self.store.insert("agency_settings", [marker])
        return names[Role.ADMIN][0], names[Role.SUPERVISOR], names[Role.SPECIALIST]

    def plan(self) -> list[Draft]:
        """Every family's draft, in referral-date order (the order ids are given in)."""
        rng = self.rng
        counts = status_counts(self.n)
        statuses = [s for s, k in counts.items() for _ in range(k)]
        rng.shuffle(statuses)
        # enough years of closed cases for the caseload to turn over at ~1 year per family
        years = counts[FamilyStatus.CLOSED] / (counts[FamilyStatus.ACTIVE] * 0.92 + 1)
        history_days = int(365 * max(1.5, min(10.0, years)))
        weights = [rng.uniform(0.75, 1.25) for _ in self.specialist_ids]  # part-timers
        drafter = Drafter(rng, self.today, history_days, weights)
        active = [i for i, s in enumerate(statuses) if s is FamilyStatus.ACTIVE]
        flags: dict[int, tuple[str, ...]] = {}
        for k, flag in enumerate(SHOWCASE):
            i = active[k % len(active)]
            flags[i] = (*flags.get(i, ()), flag)
        drafts = [drafter.draft(i, s, flags.get(i, ())) for i, s in enumerate(statuses)]
        drafts.sort(key=lambda d: (d.referral_date, d.index))
        return drafts

    def write_families(self, drafts: list[Draft]) -> None:
        """Case numbers, then every family and its history, a chunk at a time."""
        last: dict[int, str] = {}  # the highest case number given so far, by year
        numbers = []
        for d in drafts:  # a family's record is made on its referral date
            year = case_year(d.enrolled_on, d.referral_date)
            last[year] = next_case_number(year, last.get(year))
            numbers.append(last[year])
        history = History(self.rng, self.today, self.ids, self.rows)
        # Its own Random: the context leaves every other row as it was without it.
        context = ContextWriter(Random(f"{self.seed}:context"), self.today, self.ids, self.rows)
        with_context = CONTEXT_TABLES <= self.present
        history.screener.make_referrals = with_context  # an older schema has no referrals
        for start in range(0, len(drafts), CHUNK):
            began = time.perf_counter()
            for i in range(start, min(start + CHUNK, len(drafts))):
                plan = self._family(drafts[i], numbers[i])
                history.write(plan)
                if with_context:
                    context.write(plan)
            self.timings["build"] += time.perf_counter() - began
            self._flush()
            self.say(f"Families {min(start + CHUNK, len(drafts)):,} of {len(drafts):,}")

    def _family(self, draft: Draft, number: str) -> FamilyPlan:
        """Add the family's own rows; returns the plan its history is written from."""
        ids, add = self.ids, self.rows.add
        family_id = ids.take("families")
        made = at(draft.referral_date, 9 + draft.index % 8, draft.index * 7 % 60)
        if draft.closed_on:
            updated = at(draft.closed_on, 16, 30)
        else:
            updated = at(draft.enrolled_on, 10) if draft.enrolled_on else made
        specialist = self.specialist_ids[draft.specialist]
        carers = [
            Member(
                ids.take("caregivers"),
                c.person.first_name,
                c.female,
                c.person.full_name,
                relationship=c.relationship,
            )
            for c in draft.carers
        ]
        kids = [
            Member(
                ids.take("children"),
                k.person.first_name,
                k.sex == "female",
                k.person.full_name,
                dob=k.dob,
                gestational_weeks=k.gestational_weeks,
                gestational_days=k.gestational_days,
                sex=k.sex,
            )
            for k in draft.kids
        ]
        who = text.names(kids[0].first, kids[0].sex, carers[0].first, carers[0].female)
        primary = draft.carers[0]
        add(
            "families",
            {
                "id": family_id,
                "case_number": number,
                "display_name": draft.display_name,
                "address": draft.address,
                "phone": primary.phone,
                "language": primary.language,
                "referral_source": draft.source,
                "referral_date": draft.referral_date,
                "enrolled_on": draft.enrolled_on,
                "status": draft.status,
                "closed_on": draft.closed_on,
                "closure_reason": draft.reason,
                "closure_note": text.closure_note(draft.reason, who) if draft.reason else "",
                "specialist_id": specialist,
                "frequency": draft.frequency,
                "created_at": made,
                "updated_at": updated,
                "version": 1,
            },
        )
        for member, carer in zip(carers, draft.carers, strict=True):
            add(
                "caregivers",
                {
                    "id": member.id,
                    "family_id": family_id,
                    "full_name": carer.person.full_name,
                    "relationship": carer.relationship,
                    "dob": carer.dob,
                    "is_primary": member is carers[0],
                    "language": carer.language,
                    "phone": carer.phone,
                    "version": 1,
                },
            )
        for member, kid in zip(kids, draft.kids, strict=True):
            add(
                "children",
                {
                    "id": member.id,
                    "family_id": family_id,
                    "full_name": kid.person.full_name,
                    "dob": kid.dob,
                    "gestational_weeks": kid.gestational_weeks,
                    "gestational_days": kid.gestational_days,
                    "sex": kid.sex,
                    "version": 1,
                },
            )
        event = audit_row(
            at=made,
            staff_id=specialist,
            action="create",
            entity="family",
            entity_id=family_id,
            detail={"case_number": number},  # as create_family records it
        )
        add("audit_events", {"id": ids.take("audit_events"), **event, "family_id": family_id})
        return FamilyPlan(
            id=family_id,
            status=draft.status,
            frequency=draft.frequency,
            specialist_id=specialist,
            supervisor_id=self.boss[specialist],
            enrolled_on=draft.enrolled_on,
            last_day=draft.last_day,
            closed_on=draft.closed_on,
            closure_reason=draft.reason,
            language=primary.language,
            caregivers=carers,
            children=kids,
            flags=draft.flags,
        )

    def _flush(self) -> None:
        """Seal and index the waiting rows, then hand them to the writer (or write them)."""
        began = time.perf_counter()
        self.chain.seal(self.rows)
        sealed = time.perf_counter()
        batch, self.rows.tables = self.rows.tables, Rows().tables
        search = index_rows(batch) if self.indexed else []
        made = time.perf_counter()
        self.timings["seal"] += sealed - began
        self.timings["search"] += made - sealed
        self.drain()
        if self.writer is None:
            self._write(batch, search)
        else:
            self.pending = self.writer.submit(self._write, batch, search)
        self.timings["write"] += time.perf_counter() - made

    def drain(self) -> None:
        """Wait for the batch being written (its error, if any, is raised here)."""
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.result()

    def close(self) -> None:
        """Stop the writer thread once its batch is done (after an error too)."""
        if self.writer is not None:
            self.writer.shutdown(wait=True)

    def _write(self, batch: dict[str, list[dict[str, Any]]], search: list[dict[str, Any]]) -> None:
        """Insert a batch's rows in foreign-key order, the search entries last."""
        for name in TABLES:
            rows = batch[name]
            if not rows or name not in self.present:  # an older schema lacks some
                continue
            if name == "goals":  # a revised goal points at its replacement: insert that first
                first = [r for r in rows if r["replaced_by_id"] is None]
                self.store.insert(name, first)
                if len(first) < len(rows):
                    later = [r for r in rows if r["replaced_by_id"] is not None]
                    self.store.insert(name, later)
            else:
                self.store.insert(name, rows)
            self.counts[name] += len(rows)
        if search:
            self.store.insert(SEARCH_TABLE, search)
            self.counts[SEARCH_TABLE] += len(search)

    def reset_sequences(self) -> None:
        """On PostgreSQL, move each id sequence past the ids inserted here."""
        self.store.reset_sequences([t for t in TABLES if t in self.present])  # older: fewer


def _username(person: pool.Person, taken: set[str]) -> str:
    """First initial and family name in plain lowercase letters ("mgarcia"), made unique."""
    base = (pool.ascii_fold(person.first_name)[:1] + pool.ascii_fold(person.surname))[:60]
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}{n}"
    taken.add(name)
    return name


def _check(store: DemoStore, families: int) -> None:
    if isinstance(families, bool) or not isinstance(families, int) or families < 1:
        raise DomainError("Choose at least one family for the demo data.", "families")
    if "families" not in store.table_names():
        raise DomainError("This database has no tables yet. Upgrade it (create the schema) first.")
    existing = store.count("families")
    if existing:
        noun = "family" if existing == 1 else "families"
        raise DomainError(
            f"This database already has {existing:,} {noun}. Demo data can only be added "
            "to an empty database: choose a new file.",
            "database",
        )


def generate_demo(
    db: Database,
    families: int,
    seed: int,
    today: dt.date,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Fill an empty, migrated database with a synthetic agency of ``families`` families.

    The same ``seed`` and ``today`` give identical rows: the caller passes
    ``today`` (the application clock's date), so nothing here reads the wall
    clock. ``progress`` is called with short messages as the
    work goes on. Everything is written in one transaction, so on any error
    nothing is kept. Raises DomainError when ``families`` < 1, the schema is
    missing, or the database already has families.
    """
    began = time.perf_counter()
    say = progress or (lambda _message: None)
    with demo_transaction(db) as store:
        _check(store, families)
        builder = _Builder(store, families, seed, today, say)
        try:
            admin, supervisors, specialists = builder.make_staff()
            say(f"Staff: {len(supervisors)} supervisors, {len(specialists)} specialists")
            planned = time.perf_counter()
            drafts = builder.plan()
            builder.timings["plan"] = time.perf_counter() - planned
            # The search entries go in with their batch; the full-text index is made at the end,
            # with the other indexes and the foreign keys (PostgreSQL: data.bulk).
            written = [t for t in (*TABLES, SEARCH_TABLE) if t in builder.present]
            with store.keys_set_aside(written):
                with store.search_filled_in_bulk() if builder.indexed else nullcontext():
                    builder.write_families(drafts)
                    builder.drain()
                    say("Indexing the notes for search")
                    indexing = time.perf_counter()
            builder.timings["indexes"] = time.perf_counter() - indexing
            builder.chain.finish()
            builder.reset_sequences()
        finally:
            builder.close()  # no batch may still be writing when the transaction ends
        say("Saving")
    seconds = time.perf_counter() - began
    builder.timings["total"] = seconds
    say(f"Done in {seconds:.1f} s")
    return DemoSummary(
        counts=builder.counts,
        supervisors=tuple(supervisors),
        specialists=tuple(specialists),
        admin=admin,
        seconds=seconds,
        timings=builder.timings,
    )
