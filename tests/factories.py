"""Builders for test set-ups, shared by test modules (fixtures live in conftest.py).

- ``family_input``: the Nguyễn family as a ``FamilyInput``, for the service tests.
- ``give_password`` / ``add_admin``: an account's passphrase as if its owner chose it
  (``TEST_PASSWORD`` for sign-ins), an administrator beside the shared staff.
- ``full_note`` / ``save_note``: a complete visit note rating two goals, and saving one.
- ``add_visit`` / ``visit_on``: visits inserted as given. A planned visit is only
  ever made by saving a note with a next visit date; tests that need visits on given
  days and outcomes (planned ones included) insert them here, on the context's clock,
  as the context's user.
- ``build_agency``: a small agency whose team measures are worked out by hand in
  tests/services/team/test_dashboard.py.
- ``family_version``: the version a family row has now (what a dialog would have loaded).
- ``DOMAIN_ENUMS`` / ``SHARED_VALUES`` / ``members_sharing_values``: the domain's fixed
  lists, and the stored values more than one of them uses (the enum and label tests).
- ``make_family`` / ``add_history`` / ``add_screening``: a family with a long,
  realistic history for the report tests; the hundreds of visit rows go straight
  through the models to keep the tests quick. Visits inserted signed are sealed
  (``seal_signed_visits``) as signing would, or they read as changed behind the
  app's back.
- ``signed_note`` / ``behind_the_back`` / ``drop_append_only_triggers``: a signed note
  to tamper with, and SQL run on the database directly, as an attacker would (the
  tamper-evidence tests).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import func, select

from imh_desktop.data.db import Database
from imh_desktop.data.migrate import alembic_config
from imh_desktop.data.models import (
    Alert,
    Caregiver,
    Child,
    Family,
    Goal,
    GoalProgress,
    Referral,
    Screening,
    StaffUser,
    Visit,
)
from imh_desktop.domain import enums
from imh_desktop.domain.clock import FixedClock
from imh_desktop.domain.enums import (
    AlertKind,
    ClosureReason,
    FamilyStatus,
    Frequency,
    GoalDomain,
    GoalStatus,
    Instrument,
    ReferralSource,
    ReferralStatus,
    ReferralType,
    Role,
    VisitMode,
    VisitOutcome,
)
from imh_desktop.domain.inputs import CaregiverInput, ChildInput, FamilyInput, GoalInput, VisitInput
from imh_desktop.services.admin import staff as staff_svc
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.convert import to_record
from imh_desktop.services.common.records import VisitRecord
from imh_desktop.services.family import families
from imh_desktop.services.visits.records import GoalRating, NoteInput

# The moment every test runs at unless it moves the ``clock`` fixture: no test reads the wall clock.
# The backend the suite runs on (IMH_TEST_DATABASE; see conftest.py).
ON_POSTGRES = os.environ.get("IMH_TEST_DATABASE", "sqlite").startswith("postgresql")
TEST_NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)
TODAY = TEST_NOW.date()  # Wednesday 25 Nov 2026
D = dt.date
# The passphrase tests give accounts when they sign in (``give_password``).
TEST_PASSWORD = "kettle garden blue tuesday"


def migrate_to(db: Database, step, revision: str) -> None:
    """Run an Alembic ``step`` (``command.upgrade`` or ``command.downgrade``) to ``revision``
    on ``db``, in one transaction."""
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        step(config, revision)


def first_row(db: Database, model, *where):
    """The first row of ``model`` (by id) matching ``where``: a demo database's lookups."""
    with db.session() as session:
        return session.scalars(select(model).where(*where).order_by(model.id)).first()


def family_version(ctx: ServiceContext, family_id: int) -> int:
    """The version the family row has now, as a dialog opened this moment would have it."""
    with ctx.db.read() as session:
        row = session.get(Family, family_id)
        assert row is not None
        return row.version


def family_input(specialist: int, **changes) -> FamilyInput:
    """The Nguyễn family (enrolled 10 Mar 2026, two caregivers, a baby born 5 Jan 2026 at 33
    weeks) assigned to ``specialist``; ``changes`` replace fields."""
    values = dict(
        display_name="Nguyễn family",
        specialist_id=specialist,
        referral_source=ReferralSource.HOSPITAL,
        referral_date=dt.date(2026, 3, 1),
        enrolled_on=dt.date(2026, 3, 10),
        caregivers=(
            CaregiverInput("Nguyễn Thị Ánh"),
            CaregiverInput("Zoë Núñez-O'Brien", "Father"),
        ),
        children=(ChildInput("Bảo Nguyễn", dt.date(2026, 1, 5), gestational_weeks=33),),
    )
    values.update(changes)
    return FamilyInput(**values)


def give_password(db: Database, staff_id: int, password: str, must_change: bool = False) -> None:
    """Set an account's passphrase as if its owner had chosen it (sign-in tests).

    On an encrypted test database the passphrase opens the account's key slot too.
    """
    from imh_desktop.services.auth import keys
    from imh_desktop.services.auth.passwords import hash_password

    with keys.slot_change(db) as change, db.session() as session:
        row = session.get(StaffUser, staff_id)
        assert row is not None
        row.password_hash = hash_password(password)
        row.must_change_password = must_change
        change.put(keys.wrap_for(db, row.username, password))


def add_admin(db: Database, username: str, full_name: str) -> int:
    """An administrator added beside the test's staff (only an administrator adds one
    through the services, and the shared ``staff`` fixture has none)."""
    with db.session() as session:
        row = StaffUser(username=username, full_name=full_name, role=Role.ADMIN)
        session.add(row)
        session.flush()
        return row.id


def full_note(two_goals, day=TODAY, **changes) -> NoteInput:
    """A complete note of a 60-minute visit on ``day`` rating the ``two_goals`` fixture's goals
    3 and 2; ``changes`` go to its VisitInput."""
    visit = VisitInput(
        visit_date=day,
        start_time=dt.time(10, 0),
        duration_minutes=60,
        observation="Bảo looked at Ánh; she smiled and named it.",
        services=("emotional_support", "modelling"),
        plan="Read together daily.",
        **changes,
    )
    ratings = (
        GoalRating(two_goals[0].id, 3, "Comforted quickly twice"),
        GoalRating(two_goals[1].id, 2),
    )
    return NoteInput(visit, {"caregivers": [], "children": [], "others": []}, ratings)


def save_note(ctx: ServiceContext, family, note: NoteInput, **kw):
    """``notes.save_note`` for a family record."""
    from imh_desktop.services.visits import notes

    return notes.save_note(ctx, family.id, note, **kw)


def add_visit(
    ctx: ServiceContext,
    family_id: int,
    data: VisitInput,
    signed_on: dt.date | None = None,
    participants: dict | None = None,
) -> VisitRecord:
    """Insert a visit by ``ctx.user_id`` as given (no validation); signed at 17:00 on ``signed_on``."""
    values = dataclasses.asdict(data)
    values["services"] = list(data.services)
    with ctx.db.session(ctx.clock) as session:
        row = Visit(
            family_id=family_id,
            specialist_id=ctx.user_id,
            participants=participants or {},
            **values,
        )
        if signed_on is not None:
            row.signed_at = dt.datetime.combine(signed_on, dt.time(17))
            row.signed_by_id = ctx.user_id
        session.add(row)
        session.flush()
        record = to_record(VisitRecord, row)
    if signed_on is not None:
        seal_signed_visits(ctx, [record.id])
    return record


def seal_signed_visits(ctx: ServiceContext, visit_ids: list[int]) -> None:
    """Seal visits inserted already signed, as signing would: their seal and "sign" events.

    (Without it they read as signed notes changed outside the app.)
    """
    from imh_desktop.domain.permissions import Permission
    from imh_desktop.services.common.uow import unit_of_work
    from imh_desktop.services.visits.seal import seal_note, stored_ratings, visit_history

    # The seal and event of a signing, without its checks: any signed-in user's unit will do.
    with unit_of_work(ctx, Permission.USE_OWN_ACCOUNT) as uow:
        for visit_id in visit_ids:
            row = uow.session.get(Visit, visit_id)
            assert row is not None and row.signed_at is not None
            seal = seal_note(row, stored_ratings(uow.session, row.id))
            uow.audit(
                "sign", "visit", row.id, family_id=row.family_id, content_hash=seal,
                history=visit_history(uow.session, row.id),
            )  # fmt: skip


@dataclass
class Agency:
    """Staff ids by username and family ids by key (f1..f6 Ana's, g1 Ben's, h1 Cleo's)."""

    ids: dict[str, int]
    fam: dict[str, int]


def add_family(ctx, specialist, name, freq, enrolled, child_dob=None) -> int:
    """A family with one caregiver (and a child when ``child_dob``), created by ``ctx``; its id."""
    data = FamilyInput(
        display_name=name, specialist_id=specialist, referral_source=ReferralSource.WIC,
        referral_date=enrolled, enrolled_on=enrolled, frequency=freq,
        caregivers=(CaregiverInput(f"{name} caregiver"),),
        children=(ChildInput(f"{name} baby", child_dob),) if child_dob else (),
    )  # fmt: skip
    return families.create_family(ctx, data).id


def visit_on(ctx, family_id, day, outcome=VisitOutcome.COMPLETED, signed=None) -> int:
    """A visit on ``day`` by ``ctx``'s user (a reason when not completed), signed on ``signed``; its id."""
    note = VisitInput(
        day, outcome, cancel_reason="" if outcome is VisitOutcome.COMPLETED else "ill"
    )
    return add_visit(ctx, family_id, note, signed_on=signed).id


def build_agency(as_user: Callable[[int], ServiceContext], ids: dict[str, int]) -> Agency:
    """The hand-worked agency: Sam supervises Ana and Ben; Olga supervises Cleo."""
    sam, ana, ben = ids["ssupervisor"], ids["aspecialist"], ids["bspecialist"]
    as_sam = as_user(sam)
    admin = ids.get("aadmin") or add_admin(as_sam.db, "admin", "Ada Admin")
    olga = staff_svc.create_staff(
        as_user(admin), "osupervisor", "Olga Supervisor", Role.SUPERVISOR
    ).id  # only an administrator adds a supervisor
    cleo = staff_svc.create_staff(
        as_user(olga), "cspecialist", "Cleo Specialist", Role.SPECIALIST, olga
    ).id
    ids = {**ids, "osupervisor": olga, "cspecialist": cleo, "admin": admin}
    f = {
        "f1": add_family(as_sam, ana, "Ayala", Frequency.WEEKLY, D(2026, 3, 10), D(2026, 5, 20)),
        "f2": add_family(as_sam, ana, "Brook", Frequency.BIWEEKLY, D(2026, 11, 11)),
        "f3": add_family(as_sam, ana, "Castro", Frequency.MONTHLY, D(2026, 6, 1)),
        "f4": add_family(as_sam, ana, "Dinh", Frequency.WEEKLY, D(2026, 1, 5)),
        "f5": add_family(as_sam, ana, "Evans", Frequency.WEEKLY, D(2026, 2, 1)),
        "f6": add_family(as_sam, ana, "Fofanah", Frequency.WEEKLY, D(2026, 2, 1)),
        "g1": add_family(as_sam, ben, "Gold", Frequency.QUARTERLY, D(2026, 10, 1), D(2024, 11, 1)),
        "h1": add_family(as_user(olga), cleo, "Haddad", Frequency.WEEKLY, D(2026, 9, 1)),
    }
    families.close_family(as_sam, f["f4"], D(2026, 11, 8), ClosureReason.MOVED, "", 1)
    families.hold_family(as_sam, f["f5"], 1)
    families.close_family(as_sam, f["f6"], D(2026, 10, 15), ClosureReason.MOVED, "", 1)
    as_ana, as_ben, as_cleo = as_user(ana), as_user(ben), as_user(cleo)

    # Ayala (weekly): 3 completed in November, one cancelled, one no-show, one old draft.
    v_nov3 = visit_on(as_ana, f["f1"], D(2026, 11, 3), signed=D(2026, 11, 4))
    v_nov10 = visit_on(as_ana, f["f1"], D(2026, 11, 10), signed=D(2026, 11, 12))
    visit_on(as_ana, f["f1"], D(2026, 11, 17))  # unsigned: 6 working days -> late
    visit_on(as_ana, f["f1"], D(2026, 11, 20), VisitOutcome.CANCELLED_FAMILY)  # Fri: 3 -> late
    visit_on(as_ana, f["f1"], D(2026, 11, 24), VisitOutcome.NO_SHOW)  # 1 working day: not late
    visit_on(as_ana, f["f1"], D(2026, 10, 6))  # October, unsigned: late, not in the period
    visit_on(as_ana, f["f1"], D(2026, 12, 1), VisitOutcome.PLANNED)  # planned: never late
    visit_on(as_ana, f["f2"], D(2026, 11, 23))  # Mon, unsigned: 24, 25 = 2 working days: not late
    visit_on(as_ana, f["f3"], D(2026, 9, 30), signed=D(2026, 9, 30))  # Castro's last contact
    visit_on(as_ana, f["f4"], D(2026, 11, 2), signed=D(2026, 11, 2))
    visit_on(as_ana, f["f5"], D(2026, 11, 2), VisitOutcome.CANCELLED_STAFF, signed=D(2026, 11, 2))
    v_gold = visit_on(as_ben, f["g1"], D(2026, 11, 5), signed=D(2026, 11, 5))
    visit_on(as_cleo, f["h1"], D(2026, 11, 4), signed=D(2026, 11, 4))

    # Read before the session below writes: a read leaves an audit row, which would wait on it.
    ayala, gold_family = families.get_family(as_sam, f["f1"]), families.get_family(as_sam, f["g1"])
    with as_sam.db.session(as_sam.clock) as s:

        def goal(fid, domain, status=GoalStatus.ACTIVE, changed=None):
            row = Goal(family_id=fid, domain=domain, statement="x", started_on=D(2026, 6, 1),
                       status=status, status_changed_on=changed)  # fmt: skip
            s.add(row)
            s.flush()
            return row.id

        attach = goal(f["f1"], GoalDomain.ATTACHMENT)
        regul = goal(f["f1"], GoalDomain.REGULATION)
        done = goal(f["f1"], GoalDomain.ATTACHMENT, GoalStatus.ACHIEVED, D(2026, 11, 10))
        goal(f["f1"], GoalDomain.SAFETY, GoalStatus.DISCONTINUED)
        goal(f["f3"], GoalDomain.REGULATION, GoalStatus.REVISED)
        gold = goal(f["g1"], GoalDomain.ATTACHMENT)
        goal(f["g1"], GoalDomain.DEVELOPMENT)
        goal(f["g1"], GoalDomain.SAFETY, GoalStatus.ACHIEVED, D(2026, 10, 20))  # in October
        s.add_all([
            GoalProgress(visit_id=v_nov3, goal_id=attach, rating=2),
            GoalProgress(visit_id=v_nov10, goal_id=attach, rating=4),
            GoalProgress(visit_id=v_nov10, goal_id=regul, rating=3),
            GoalProgress(visit_id=v_nov10, goal_id=done, rating=5),
            GoalProgress(visit_id=v_gold, goal_id=gold, rating=2),
        ])  # fmt: skip

        def screening(fid, instrument, on, child=None, caregiver=None):
            s.add(Screening(family_id=fid, instrument=instrument, given_on=on, child_id=child,
                            caregiver_id=caregiver, created_by_id=ana))  # fmt: skip

        screening(f["f1"], Instrument.ASQSE2, D(2026, 11, 3), child=ayala.children[0].id)
        screening(f["f1"], Instrument.EPDS, D(2026, 6, 15), caregiver=ayala.caregivers[0].id)
        screening(f["g1"], Instrument.PHQ9, D(2026, 10, 20), caregiver=gold_family.caregivers[0].id)
        s.add_all([
            Alert(family_id=f["f3"], kind=AlertKind.POSITIVE_SCREEN, text="EPDS 14",
                  opened_on=D(2026, 11, 1)),
            Alert(family_id=f["f3"], kind=AlertKind.URGENT, text="resolved",
                  opened_on=D(2026, 10, 1), resolved_at=dt.datetime(2026, 10, 2, 9)),
        ])  # fmt: skip
    return Agency(ids, f)


ENROLLED = dt.date(2023, 11, 1)
GOALS = (
    (GoalDomain.ATTACHMENT, "Nguyễn Thị Ánh will notice Bảo's distress cues and comfort him "
     "within a few minutes, most of the time, as seen in visits."),
    (GoalDomain.REGULATION, "Ánh will use two soothing strategies (holding close, rocking) when "
     "Bảo is upset."),
    (GoalDomain.SERVE_AND_RETURN, "Zoë Núñez-O'Brien will read a picture book with Bảo most days."),
)  # fmt: skip


def make_family(db, staff, name="Nguyễn family", enrolled=ENROLLED, child_dob=dt.date(2023, 9, 20)):
    """A family with a long history ahead (enrolled 2023) for reports: Ana's, made by Sam."""
    data = FamilyInput(
        display_name=name,
        specialist_id=staff["aspecialist"],
        referral_source=ReferralSource.HOSPITAL,
        referral_date=enrolled - dt.timedelta(days=10),
        enrolled_on=enrolled,
        frequency=Frequency.WEEKLY,
        address="12 Ølstad Road\nRiverbend",
        caregivers=(
            CaregiverInput("Nguyễn Thị Ánh"),
            CaregiverInput("Zoë Núñez-O'Brien", "Father"),
        ),
        children=(ChildInput("Bảo Ølstad", child_dob, gestational_weeks=33),),
    )
    # Made on TODAY whatever a test's clock says later, as the supervisor.
    return families.create_family(ServiceContext(db, staff["ssupervisor"], FixedClock(TODAY)), data)


def add_history(
    db, family, specialist_id: int, visits: int, start: dt.date = ENROLLED,
    every_days: int = 7, plan: str = "Keep reading together at bedtime.",
    unsigned_last: int = 1,
) -> list[int]:  # fmt: skip
    """``visits`` visits every ``every_days`` from ``start`` with ratings; returns goal ids.

    Every tenth visit is a family cancellation, every seventeenth a no-show;
    the last ``unsigned_last`` visits are unsigned drafts.
    """
    signed_ids = []
    with db.session() as s:
        s.get(StaffUser, specialist_id).phone = "(555) 010-7788"
        goals = [
            Goal(family_id=family.id, domain=d, statement=text, started_on=start,
                 status=GoalStatus.ACTIVE, target_date=start + dt.timedelta(days=400))
            for d, text in GOALS
        ]  # fmt: skip
        s.add_all(goals)
        s.flush()
        for i in range(visits):
            day = start + dt.timedelta(days=i * every_days)
            outcome = VisitOutcome.COMPLETED
            if i % 10 == 9:
                outcome = VisitOutcome.CANCELLED_FAMILY
            elif i % 17 == 16:
                outcome = VisitOutcome.NO_SHOW
            signed = i < visits - unsigned_last
            visit = Visit(
                family_id=family.id, specialist_id=specialist_id, visit_date=day,
                mode=VisitMode.VIRTUAL if i % 5 == 0 else VisitMode.HOME, outcome=outcome,
                services=["emotional_support", "modelling"], observation=f"Visit {i}: Ánh held Bảo.",
                caregiver_response="Ánh said Bảo calms faster now.", plan=f"{plan} ({i})",
                reflection="SECRET-REFLECTION I felt worried.",
                signed_at=dt.datetime.combine(day, dt.time(17)) if signed else None,
                signed_by_id=specialist_id if signed else None,
            )  # fmt: skip
            s.add(visit)
            s.flush()
            if signed:
                signed_ids.append(visit.id)
            if outcome is VisitOutcome.COMPLETED:
                for j, goal in enumerate(goals):
                    if (i + j) % 2 == 0:
                        rating = min(5, 1 + (i + j) * 4 // max(visits, 1))
                        s.add(GoalProgress(visit_id=visit.id, goal_id=goal.id, rating=rating))
        goal_ids = [g.id for g in goals]
    seal_signed_visits(ServiceContext(db, specialist_id, FixedClock(TODAY)), signed_ids)
    return goal_ids


def add_screening(db, family, staff_id: int, on: dt.date, positive: bool = True) -> None:
    """An EPDS of the first caregiver on ``on``: 14 with an open alert, or a low 4."""
    with db.session() as s:
        screening = Screening(
            family_id=family.id, caregiver_id=family.caregivers[0].id, instrument=Instrument.EPDS,
            given_on=on, total=14 if positive else 4,
            band="probable depression" if positive else "low", positive=positive,
            urgent=False, created_by_id=staff_id,
        )  # fmt: skip
        s.add(screening)
        s.flush()
        if positive:
            s.add(Alert(family_id=family.id, screening_id=screening.id,
                        kind=AlertKind.POSITIVE_SCREEN, opened_on=on,
                        text="EPDS 14: refer for a mental health assessment."))  # fmt: skip


# The domain's fixed lists ---------------------------------------------------

DOMAIN_ENUMS: tuple[type[Enum], ...] = tuple(
    cls
    for name, cls in inspect.getmembers(enums, inspect.isclass)
    if issubclass(cls, Enum) and cls.__module__ == enums.__name__ and not name.startswith("_")
)

# Stored values that more than one list uses, and whether the word means the same in each.
# A value added to a second list must be added here, deciding whether the two may read alike.
SHARED_VALUES = {
    "other": True,  # referral source, closure reason, sex, goal domain
    "active": True,  # a family's status, a goal's status
    "referral": True,  # a service given at a visit, the follow-up of an alert
    "community": False,  # a visit held in the community; a community agency that referred
}


def members_sharing_values() -> dict[str, list[Enum]]:
    """Stored value -> the members of different enums that store it."""
    by_value: dict[str, list[Enum]] = defaultdict(list)
    for enum in DOMAIN_ENUMS:
        for member in enum:
            by_value[member.value].append(member)
    return {value: members for value, members in by_value.items() if len(members) > 1}


# Tampering, as someone with the database file or its owner's SQL rights would.


def drop_append_only_triggers(db: Database) -> None:
    """What someone editing the database must do first: remove the append-only triggers."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_no_update")
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_no_delete")
        else:
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")


def behind_the_back(db: Database, sql: str, **params: object) -> int:
    """Run ``sql`` straight on the database (triggers dropped first); returns rows touched."""
    drop_append_only_triggers(db)
    from sqlalchemy import text

    with db.engine.begin() as conn:
        return conn.execute(text(sql), params).rowcount


def signed_note(as_user, staff, observation: str = "Bảo looked at Ánh; she smiled.") -> tuple:
    """A family and a note Ana saved, edited once, and signed; returns (family, note)."""
    from imh_desktop.services.family import goals
    from imh_desktop.services.visits import notes

    sam, ana = as_user(staff["ssupervisor"]), as_user(staff["aspecialist"])
    family = families.create_family(sam, family_input(staff["aspecialist"]))
    goal = goals.create_goal(
        ana, family.id, GoalInput(GoalDomain.ATTACHMENT, "Ánh will comfort Bảo.", TODAY)
    )
    visit = VisitInput(
        visit_date=TODAY, start_time=dt.time(10, 0), duration_minutes=60,
        observation=observation, services=("emotional_support",), plan="Read daily.",
    )  # fmt: skip
    note = NoteInput(visit, {"caregivers": [family.caregivers[0].id]}, (GoalRating(goal.id, 3),))
    saved = notes.save_note(ana, family.id, note)
    saved = notes.save_note(ana, family.id, note, saved.visit.id, saved.visit.version)
    signed = notes.sign_visit(ana, saved.visit.id, saved.visit.version)
    return family, signed


def two_teams(as_user, staff) -> dict:
    """``staff`` plus a second team: Ana's new family (``family``) on Sam's team, and
    Cleo (``cspecialist``) on Olga's (``osupervisor``) team."""
    admin = as_user(staff["aadmin"])
    olga = staff_svc.create_staff(admin, "osupervisor", "Olga Supervisor", Role.SUPERVISOR).id
    cleo = staff_svc.create_staff(admin, "cspecialist", "Cleo Specialist", Role.SPECIALIST, olga).id
    family = families.create_family(
        as_user(staff["aspecialist"]), family_input(staff["aspecialist"])
    )
    return {**staff, "osupervisor": olga, "cspecialist": cleo, "family": family}


# Program measures: the hand-built agency of tests/services/measures/test_program.py -----------

MEASURES_START, MEASURES_END = dt.date(2026, 1, 1), dt.date(2026, 6, 30)


def _measure_family(s, specialist, enrolled, *, closed=None, reason=None, dob=None, weeks=None):
    """A family with one primary caregiver (and a child born on ``dob``); (family, carer, child)."""
    n = (s.scalar(select(func.count()).select_from(Family)) or 0) + 1  # Family 1, 2… per test
    fam = Family(
        case_number=f"IMH-2026-{n:04d}", display_name=f"Family {n}", specialist_id=specialist,
        referral_source=ReferralSource.HOSPITAL, referral_date=enrolled or D(2026, 1, 2),
        enrolled_on=enrolled, frequency=Frequency.WEEKLY,
        status=FamilyStatus.CLOSED if closed else (
            FamilyStatus.ACTIVE if enrolled else FamilyStatus.REFERRED),
        closed_on=closed, closure_reason=reason,
    )  # fmt: skip
    s.add(fam)
    s.flush()
    carer = Caregiver(family_id=fam.id, full_name=f"Carer {n}", is_primary=True)
    s.add(carer)
    child = None
    if dob:
        child = Child(family_id=fam.id, full_name=f"Child {n}", dob=dob, gestational_weeks=weeks,
                      gestational_days=0 if weeks else None)  # fmt: skip
        s.add(child)
    s.flush()
    return fam, carer, child


def _measure_screen(s, fam, who, instrument, on, staff, positive=False):
    row = Screening(
        family_id=fam.id, instrument=instrument, given_on=on, positive=positive, band="",
        created_by_id=staff,
        child_id=who.id if isinstance(who, Child) else None,
        caregiver_id=who.id if isinstance(who, Caregiver) else None,
    )  # fmt: skip
    s.add(row)
    s.flush()
    alert = None
    if positive:
        alert = Alert(family_id=fam.id, screening_id=row.id, kind=AlertKind.POSITIVE_SCREEN,
                      text="Positive screen", opened_on=on)  # fmt: skip
        s.add(alert)
        s.flush()
    return alert


def _measure_referral(s, fam, kind, on, status, staff, alert=None):
    s.add(Referral(family_id=fam.id, referral_type=kind, agency="Agency", made_on=on,
                   reason="Screen", status=status, created_by_id=staff,
                   alert_id=alert.id if alert else None))  # fmt: skip


def measures_agency(db, staff, as_user) -> dict[str, int]:
    """The families of tests/services/measures/test_program.py's docstring, worked out by
    hand there; staff ids by username (plus Olga and Cleo) and family ids f1, f2, f5."""
    from imh_desktop.services.admin.staff import create_staff

    admin = as_user(staff["aadmin"])
    olga = create_staff(admin, "osupervisor", "Olga Supervisor", Role.SUPERVISOR).id
    cleo = create_staff(admin, "cspecialist", "Cleo Specialist", Role.SPECIALIST, olga).id
    ana, ben = staff["aspecialist"], staff["bspecialist"]
    with db.session() as s:
        f1, c1, k1 = _measure_family(s, ana, D(2025, 11, 1), dob=D(2025, 9, 10))
        _measure_screen(s, f1, c1, Instrument.EPDS, D(2025, 12, 15), ana)
        _measure_screen(s, f1, k1, Instrument.ASQ3, D(2026, 1, 20), ana)
        f2, c2, _ = _measure_family(s, ana, D(2025, 10, 1), dob=D(2026, 1, 20), weeks=34)
        _measure_screen(s, f2, c2, Instrument.EPDS, D(2025, 12, 1), ana)
        _measure_screen(s, f2, c2, Instrument.EPDS, D(2026, 5, 5), ana, positive=True)
        _measure_referral(
            s, f2, ReferralType.MENTAL_HEALTH, D(2026, 5, 10), ReferralStatus.CONNECTED, ana
        )
        _measure_family(s, ana, D(2025, 3, 1), closed=D(2025, 8, 20), reason=ClosureReason.GOALS_MET,
                   dob=D(2024, 6, 1))  # fmt: skip
        _measure_family(s, ben, D(2025, 2, 1), closed=D(2026, 1, 10), reason=ClosureReason.MOVED,
                   dob=D(2024, 12, 1))  # fmt: skip
        f5, _, k5 = _measure_family(s, ben, D(2025, 7, 1), dob=D(2024, 8, 10))
        alert = _measure_screen(s, f5, k5, Instrument.ASQ3, D(2026, 4, 1), ben, positive=True)
        _measure_referral(s, f5, ReferralType.EARLY_INTERVENTION, D(2026, 4, 10), ReferralStatus.MADE, ben,
              alert)  # fmt: skip
        _measure_referral(
            s, f5, ReferralType.EARLY_INTERVENTION, D(2026, 2, 1), ReferralStatus.CONNECTED, ben
        )
        alert = _measure_screen(s, f5, k5, Instrument.ASQSE2, D(2026, 6, 1), ben, positive=True)
        _measure_referral(
            s, f5, ReferralType.MENTAL_HEALTH, D(2026, 6, 3), ReferralStatus.CLOSED, ben, alert
        )
        _measure_family(s, ben, None, dob=D(2025, 12, 1))
        _measure_family(s, cleo, D(2025, 12, 1))
        ids = {"f1": f1.id, "f2": f2.id, "f5": f5.id}
    return {**staff, "osupervisor": olga, "cspecialist": cleo, **ids}
