"""Every public service function refuses someone: the table below must cover them all.

The test walks ``imh_desktop.services`` (pkgutil + inspect) for public
functions whose first parameter is ``ctx: ServiceContext``, and calls each as
a user who must be refused (a specialist on another team's family, a
specialist or supervisor calling an administrator's function, an
administrator asking for clinical content, a deactivated account): each call
raises PermissionDeniedError. Where it says so, the same call by a user who
may make it goes through, so a refusal is the table's doing, not a broken call.
A new service function without an entry here fails ``test_every_service_function_has_a_case``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import imh_desktop.services as services_pkg
from imh_desktop.data.models import AuditEvent, StaffUser
from imh_desktop.domain.enums import (
    ClosureReason,
    FactorRating,
    FollowUpKind,
    GoalDomain,
    Instrument,
    ProtectiveFactor,
    ReferralSource,
    ReferralType,
    Role,
    Stressor,
    VisitOutcome,
)
from imh_desktop.domain.errors import PermissionDeniedError
from imh_desktop.domain.family_context import (
    ConsentInput,
    ReferralInput,
    ReleaseInput,
    StrengthInput,
    StressorInput,
)
from imh_desktop.domain.imports.fields import guess_mapping
from imh_desktop.domain.imports.table import tabulate
from imh_desktop.domain.inputs import (
    CaregiverInput,
    ChildInput,
    FamilyInput,
    GoalInput,
    VisitInput,
)
from imh_desktop.domain.measures import Measure
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.supervision import SupervisionInput
from imh_desktop.services.admin.agency import AgencySettings
from imh_desktop.services.admin.staff import create_staff
from imh_desktop.services.audit.log import AuditFilter
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.family import consents, context, families, goals, referrals
from imh_desktop.services.imports.plan import ImportOptions
from imh_desktop.services.reports.caseload import CaseloadFilters
from imh_desktop.services.screenings.results import ScreeningInput, record_screening
from imh_desktop.services.screenings.safety import SafetyCheckInput
from imh_desktop.services.team import supervision
from imh_desktop.services.team.tables import period_for
from imh_desktop.services.visits.notes import save_note, sign_visit
from imh_desktop.services.visits.records import GoalRating, NoteInput
from tests.factories import add_visit

TODAY = dt.date(2026, 11, 25)
D = dt.date


def service_modules() -> list[str]:
    """Every module under ``imh_desktop.services``: pkgutil's walk, plus the modules of
    folders without an ``__init__.py`` (namespace packages, which pkgutil does not enter)."""
    prefix = services_pkg.__name__ + "."
    names = {info.name for info in pkgutil.walk_packages(services_pkg.__path__, prefix)}
    root = Path(services_pkg.__file__).parent
    for path in root.rglob("*.py"):
        parts = path.relative_to(root).with_suffix("").parts
        names.add(prefix + ".".join(p for p in parts if p != "__init__").rstrip("."))
    return sorted(n.rstrip(".") for n in names)


def discover() -> dict[str, Callable[..., Any]]:
    """Every public function of the services whose first parameter is ``ctx: ServiceContext``."""
    found: dict[str, Callable[..., Any]] = {}
    prefix = services_pkg.__name__ + "."
    for name in service_modules():
        module = importlib.import_module(name)
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters.values())
            if params and params[0].name == "ctx":
                assert params[0].annotation in ("ServiceContext", ServiceContext), fn
                found[f"{module.__name__.removeprefix(prefix)}.{name}"] = fn
    return found


@dataclass
class World:
    """Sam supervises Ana and Ben; Olga supervises Cleo; Ada administers; Gus is deactivated."""

    ids: dict[str, int]
    family: int  # Ana's
    case_number: str
    caregiver: int
    child: int
    goal: int
    signed: int  # a signed, completed note of Ana's on her family
    unsigned: int  # an unsigned one
    alert: int
    versions: dict[int, int]  # the signed and the unsigned note's versions, by visit id
    screening: int  # an urgent EPDS of Ana's family, its safety check not yet recorded
    tmp: Path  # a folder for files the services write
    stressor: int = 0  # a stressor noted on Ana's family
    release: int = 0  # a release of information of Ana's family
    referral: int = 0  # a referral of Ana's family, waiting for its follow-up
    supervision: int = 0  # a session Sam recorded with Ana (version 1)


@pytest.fixture
def world(db, as_user, staff, tmp_path) -> World:
    admin = as_user(staff["aadmin"])
    olga = create_staff(admin, "osupervisor", "Olga Supervisor", Role.SUPERVISOR).id
    cleo = create_staff(admin, "cspecialist", "Cleo Specialist", Role.SPECIALIST, olga).id
    gus = create_staff(admin, "gspecialist", "Gus Gone", Role.SPECIALIST, staff["ssupervisor"]).id
    with db.session() as s:
        s.get(StaffUser, gus).active = False
    ids = {**staff, "osupervisor": olga, "cspecialist": cleo, "gone": gus}
    ana = as_user(ids["aspecialist"])
    family = families.create_family(ana, _family_input(ids["aspecialist"]))
    goal = goals.create_goal(
        ana, family.id, GoalInput(GoalDomain.ATTACHMENT, "Comfort", D(2026, 4, 1))
    )
    note = NoteInput(
        VisitInput(
            TODAY, start_time=dt.time(10), duration_minutes=60, observation="Looked and smiled.",
            services=("modelling",), plan="Read daily.", caregiver_response="Noticed it.",
            child_presentation="Calm.",
        ),
        ratings=(GoalRating(goal.id, 3),),
    )  # fmt: skip
    signed = save_note(ana, family.id, note)
    signed = sign_visit(ana, signed.visit.id, signed.visit.version)
    unsigned = add_visit(
        ana, family.id, VisitInput(D(2026, 11, 20), VisitOutcome.NO_SHOW, cancel_reason="Ill")
    )
    screen = record_screening(
        ana, family.id,
        ScreeningInput(Instrument.EPDS, TODAY, caregiver_id=family.caregivers[0].id,
                       answers=(0,) * 10),
    )  # fmt: skip
    alert = next(a for a in _alerts(ana, family.id) if a.screening_id == screen.id)
    stressor = context.add_stressor(ana, family.id, StressorInput(Stressor.HOUSING, TODAY))
    release = consents.record_release(
        ana, family.id, ReleaseInput("Clinic", "Results", D(2026, 6, 1), D(2027, 6, 1))
    )
    referral = referrals.make_referral(ana, family.id, _referral())
    session = supervision.record_supervision(as_user(ids["ssupervisor"]), SupervisionInput(
        ids["aspecialist"], D(2026, 11, 20), 60, (family.id,), "Held the worry."))  # fmt: skip
    return World(
        ids, family.id, family.case_number, family.caregivers[0].id, family.children[0].id,
        goal.id, signed.visit.id, unsigned.id, alert.id,
        {signed.visit.id: signed.visit.version, unsigned.id: unsigned.version}, screen.id, tmp_path,
        stressor.id, release.id, referral.id, session.id,
    )  # fmt: skip


def _referral() -> ReferralInput:
    return ReferralInput(
        ReferralType.HOUSING, "Housing office", D(2026, 11, 2), "Eviction notice",
        follow_up_on=D(2026, 11, 20),
    )  # fmt: skip


def _alerts(ctx, family_id):
    from imh_desktop.services.screenings.results import list_alerts

    return list_alerts(ctx, family_id)


def _family_input(specialist: int, name: str = "Nguyễn family") -> FamilyInput:
    return FamilyInput(
        display_name=name, specialist_id=specialist, referral_source=ReferralSource.HOSPITAL,
        referral_date=D(2026, 3, 1), enrolled_on=D(2026, 3, 10),
        caregivers=(CaregiverInput("Nguyễn Thị Ánh"),),
        children=(ChildInput("Bảo Nguyễn", D(2026, 1, 5)),),
    )  # fmt: skip


Args = Callable[[World], tuple[Any, ...]]


@dataclass(frozen=True)
class Case:
    """Who must be refused (usernames) with which arguments; who may make the same call."""

    refused: tuple[str, ...]
    args: Args
    allowed: str | None = None
    enter: bool = False  # a context manager (the unit of work): refused on entering it


def _note(w: World) -> NoteInput:
    return NoteInput(VisitInput(TODAY, VisitOutcome.NO_SHOW))


NOV = period_for("this_month", TODAY)


def _import_args(w: World) -> tuple[Any, ...]:
    """A one-family sheet for Ana's caseload (an administrator must not import it)."""
    table = tabulate([["Family name", "Specialist", "Referral date"],
                      ["Imported family", "aspecialist", "2026-10-01"]])  # fmt: skip
    return table, ImportOptions(guess_mapping(table.headers))


SPECIALIST_ON_OTHER_TEAM = ("cspecialist", "osupervisor", "aadmin")

CASES: dict[str, Case] = {
    # The two doors every service goes through.
    "common.uow.unit_of_work": Case(
        ("gone", "aspecialist"), lambda w: (Permission.ADMINISTER_STAFF,), "aadmin", enter=True
    ),
    "common.uow.reading": Case(
        SPECIALIST_ON_OTHER_TEAM,
        lambda w: (Permission.READ_FAMILY, "family"),
        "aspecialist",
        enter=True,
    ),
    "common.uow.checked_long_read": Case(
        ("aspecialist", "gone"), lambda w: (Permission.VIEW_AUDIT,), "ssupervisor", enter=True
    ),
    # Administration: settings and accounts are the administrator's.
    "admin.agency.get_settings": Case(("gone",), lambda w: (), "aspecialist"),
    "admin.agency.save_settings": Case(
        ("ssupervisor", "aspecialist"),
        lambda w: (AgencySettings(emergency_access_hours=8),),  # an access setting
        "aadmin",
    ),
    "admin.staff.list_staff": Case(("gone",), lambda w: (), "aspecialist"),
    # The calendar: one's own visits, a supervisor her team's.
    "calendar.views.list_calendar": Case(
        ("cspecialist", "bspecialist", "osupervisor", "aadmin"),
        lambda w: (TODAY, TODAY + dt.timedelta(days=6), w.ids["aspecialist"]),
        "ssupervisor",
    ),
    "calendar.views.check_plan": Case(
        (*SPECIALIST_ON_OTHER_TEAM, "bspecialist"),
        lambda w: (w.unsigned, TODAY, dt.time(10), 60),
        "aspecialist",
    ),
    "calendar.views.check_next_visit": Case(
        (*SPECIALIST_ON_OTHER_TEAM, "bspecialist"),
        lambda w: (w.family, TODAY, dt.time(10)),
        "aspecialist",
    ),
    # Allowed only for a planned visit (tests/services/calendar/test_moves.py moves one).
    "calendar.moves.reschedule_visit": Case(
        (*SPECIALIST_ON_OTHER_TEAM, "bspecialist", "gone"),
        lambda w: (w.unsigned, 1, TODAY, dt.time(10), 60),
    ),
    "calendar.ics.export_ics": Case(
        ("aadmin", "gone"), lambda w: (w.tmp / "visits.ics",), "aspecialist"
    ),
    "admin.staff.get_staff": Case(("gone",), lambda w: (w.ids["aspecialist"],), "aspecialist"),
    "admin.staff.create_staff": Case(
        ("ssupervisor", "aspecialist"), lambda w: ("newadmin", "New Admin", Role.ADMIN), "aadmin"
    ),  # a supervisor adds only specialists to their own team
    "admin.accounts.list_accounts": Case(("ssupervisor", "aspecialist"), lambda w: (), "aadmin"),
    "admin.accounts.reset_password": Case(
        ("ssupervisor", "aspecialist"),
        lambda w: (w.ids["bspecialist"], "violet harbour lantern nine"),
        "aadmin",
    ),
    "admin.accounts.deactivate_staff": Case(
        ("ssupervisor", "aspecialist"), lambda w: (w.ids["bspecialist"],), "aadmin"
    ),
    "admin.accounts.reactivate_staff": Case(
        ("ssupervisor", "aspecialist"), lambda w: (w.ids["gone"],), "aadmin"
    ),
    "admin.encryption.can_encrypt": Case(("ssupervisor", "aspecialist"), lambda w: (), "aadmin"),
    "admin.encryption.encrypt_database": Case(
        ("ssupervisor", "aspecialist"), lambda w: ("not the right passphrase",)
    ),  # the administrator's call, with her passphrase: tests/services/auth/test_keys.py
    "admin.encryption.unencrypted_copies": Case(
        ("ssupervisor", "aspecialist"), lambda w: (), "aadmin"
    ),
    # The audit trail: administrators (all of it) and supervisors (their team's).
    "audit.log.list_audit_events": Case(
        ("aspecialist", "gone"), lambda w: (AuditFilter(),), "ssupervisor"
    ),
    "audit.log.audit_choices": Case(("aspecialist", "gone"), lambda w: (), "aadmin"),
    "audit.log.family_access_log": Case(
        ("bspecialist", "cspecialist", "osupervisor"), lambda w: (w.family,), "aadmin"
    ),  # the family's specialist, her supervisor and administrators
    "audit.export.write_audit_csv": Case(
        ("aspecialist", "gone"), lambda w: ((), w.tmp / "audit.csv"), "ssupervisor"
    ),
    "audit.verify.verify_audit_trail": Case(("aspecialist", "gone"), lambda w: (), "aadmin"),
    "audit.verify_report.save_verify_report": Case(
        ("aspecialist", "gone"), lambda w: ("Audit trail intact.", w.tmp / "check.txt"), "aadmin"
    ),
    # Backups: supervisors and administrators; the automatic ones for anyone signed in.
    "admin.backups.backup_folder": Case(("gone",), lambda w: (), "aspecialist"),
    "admin.backups.backup_due": Case(("gone",), lambda w: (), "aspecialist"),
    "admin.backups.automatic_backup": Case(("gone",), lambda w: ()),
    "admin.backups.choose_backup_folder": Case(
        ("aspecialist", "gone"), lambda w: (str(w.tmp),), "ssupervisor"
    ),
    "admin.backups.make_backup": Case(("aspecialist", "gone"), lambda w: (w.tmp,)),
    "admin.backups.list_backups": Case(("aspecialist", "gone"), lambda w: (w.tmp,), "aadmin"),
    "admin.backups.inspect_backup": Case(
        ("aspecialist", "gone"), lambda w: (w.tmp / "none.sqlite",)
    ),
    "admin.backups.restore_backup": Case(
        ("aspecialist", "bspecialist"), lambda w: (w.tmp / "none.sqlite",)
    ),
    # One's own account: a deactivated account is refused even that.
    "auth.signin.unlock": Case(("gone",), lambda w: ("kettle garden blue tuesday",)),
    "auth.signin.record_lock": Case(("gone",), lambda w: ("idle",), "aspecialist"),
    "auth.signin.record_sign_out": Case(("gone",), lambda w: (), "aspecialist"),
    "auth.signin.change_password": Case(
        ("gone",), lambda w: ("kettle garden blue tuesday", "violet harbour lantern nine")
    ),
    # Emergency access and what is already on screen.
    "access.emergency.locate_family": Case(("aadmin",), lambda w: (w.case_number,), "cspecialist"),
    "access.emergency.grant_emergency_access": Case(
        ("aadmin",), lambda w: (w.family, "The family called in crisis."), "cspecialist"
    ),
    "access.emergency.list_emergency_access": Case(
        ("aspecialist", "aadmin"), lambda w: (NOV.start,), "ssupervisor"
    ),
    "access.disclosures.record_export": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: ("caseload", [w.family], "csv"), "aspecialist"
    ),
    "access.disclosures.record_print": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: ("caseload", [w.family]), "ssupervisor"
    ),
    # The caseload.
    "caseload.table.list_caseload": Case(("aspecialist",), lambda w: ("team",), "ssupervisor"),
    "caseload.table.caseload_row": Case(("aadmin",), lambda w: ("mine", w.family), "aspecialist"),
    # Families, members, goals.
    "family.families.create_family": Case(
        ("cspecialist", "bspecialist", "aadmin"),
        lambda w: (_family_input(w.ids["aspecialist"], "Okafor family"),),
        "ssupervisor",
    ),
    "family.families.update_family": Case(
        SPECIALIST_ON_OTHER_TEAM,
        lambda w: (w.family, _family_input(w.ids["aspecialist"], "Renamed"), 1),
        "aspecialist",
    ),
    "family.families.get_family": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.family,), "ssupervisor"
    ),
    "family.families.find_family": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.case_number,), "aspecialist"
    ),
    "family.families.list_families": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.ids["aspecialist"],), "ssupervisor"
    ),
    "family.families.close_family": Case(
        SPECIALIST_ON_OTHER_TEAM,
        lambda w: (w.family, TODAY, ClosureReason.MOVED, "", 1, {w.alert: "To the new team."}),
        "aspecialist",
    ),
    "family.families.reopen_family": Case(SPECIALIST_ON_OTHER_TEAM, lambda w: (w.family, 1)),
    "family.families.hold_family": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.family, 1), "aspecialist"
    ),
    "family.families.reassign_family": Case(
        ("aspecialist", "cspecialist", "osupervisor", "aadmin"),
        lambda w: (w.family, w.ids["bspecialist"], 1),
        "ssupervisor",
    ),
    "family.families.add_caregiver": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.family, CaregiverInput("Zoë Park")), "aspecialist"
    ),
    "family.families.save_caregiver": Case(
        SPECIALIST_ON_OTHER_TEAM,
        lambda w: (w.family, CaregiverInput("Zoë Park"), w.caregiver, 1),
        "aspecialist",
    ),
    "family.families.add_child": Case(
        SPECIALIST_ON_OTHER_TEAM,
        lambda w: (w.family, ChildInput("Mai", D(2026, 9, 1))),
        "aspecialist",
    ),
    "family.families.save_child": Case(
        SPECIALIST_ON_OTHER_TEAM,
        lambda w: (w.family, ChildInput("Mai", D(2026, 9, 1)), w.child, 1),
        "aspecialist",
    ),
    "family.goals.create_goal": Case(
        SPECIALIST_ON_OTHER_TEAM,
        lambda w: (w.family, GoalInput(GoalDomain.REGULATION, "Soothe", D(2026, 5, 1))),
        "ssupervisor",
    ),
    "family.goals.update_goal": Case(
        SPECIALIST_ON_OTHER_TEAM,
        lambda w: (w.goal, GoalInput(GoalDomain.ATTACHMENT, "Comfort more", D(2026, 4, 1)), 1),
        "aspecialist",
    ),
    "family.goals.list_goals": Case(SPECIALIST_ON_OTHER_TEAM, lambda w: (w.family,), "aspecialist"),
    "family.goal_revisions.revise_goal": Case(
        SPECIALIST_ON_OTHER_TEAM,
        lambda w: (
            w.goal,
            GoalInput(GoalDomain.ATTACHMENT, "Comfort within minutes", D(2026, 6, 1)),
            1,
        ),
        "aspecialist",
    ),
    # Family context: stressors, strengths, consents, releases, referrals.
    "family.context.add_stressor": Case(
        SPECIALIST_ON_OTHER_TEAM,
        lambda w: (w.family, StressorInput(Stressor.TEEN_PARENT, D(2026, 3, 1))),
        "ssupervisor",
    ),
    "family.context.update_stressor": Case(
        SPECIALIST_ON_OTHER_TEAM,
        lambda w: (w.stressor, StressorInput(Stressor.HOUSING, TODAY, "", TODAY), None),
        "aspecialist",
    ),
    "family.context.rate_factor": Case(
        SPECIALIST_ON_OTHER_TEAM,
        lambda w: (
            w.family,
            StrengthInput(ProtectiveFactor.RESILIENCE, FactorRating.BUILDING, TODAY),
        ),
        "aspecialist",
    ),
    "family.context.read_context": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.family,), "ssupervisor"
    ),
    "family.consents.record_consent": Case(
        SPECIALIST_ON_OTHER_TEAM,
        lambda w: (w.family, ConsentInput(D(2026, 3, 10), "Ánh", "v2")),
        "aspecialist",
    ),
    "family.consents.record_release": Case(
        SPECIALIST_ON_OTHER_TEAM,
        lambda w: (w.family, ReleaseInput("WIC", "Contact", D(2026, 3, 10), D(2027, 3, 10))),
        "aspecialist",
    ),
    "family.consents.revoke_release": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.release, TODAY), "ssupervisor"
    ),
    "family.consents.current_release": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.family, "Clinic", TODAY), "aspecialist"
    ),
    "family.referrals.make_referral": Case(
        ("bspecialist", "cspecialist", "osupervisor", "aadmin"),
        lambda w: (w.family, _referral()),
        "ssupervisor",
    ),
    "family.referrals.update_referral": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.referral, _referral(), None), "aspecialist"
    ),
    "family.referrals.list_referrals": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.family,), "aspecialist"
    ),
    "family.referrals.referrals_to_follow_up": Case(
        ("aspecialist", "aadmin"), lambda w: ("team",), "ssupervisor"
    ),
    # Reports.
    "reports.caseload.caseload_report_data": Case(
        ("aspecialist", "aadmin"), lambda w: ("team", CaseloadFilters()), "ssupervisor"
    ),
    "reports.common.agency_info": Case(("gone",), lambda w: (), "aspecialist"),
    "reports.handout.handout_data": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.signed,), "aspecialist"
    ),
    "reports.progress.progress_report_data": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.family, D(2026, 9, 1), TODAY), "ssupervisor"
    ),
    # Screenings.
    "screenings.due.family_screenings_due": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.family, TODAY), "aspecialist"
    ),
    "screenings.due.screenings_due_counts": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: ([w.family], TODAY), "ssupervisor"
    ),
    "screenings.results.record_screening": Case(
        SPECIALIST_ON_OTHER_TEAM,
        lambda w: (
            w.family,
            ScreeningInput(Instrument.PHQ9, TODAY, caregiver_id=w.caregiver, answers=(0,) * 9),
        ),
        "aspecialist",
    ),
    "screenings.safety.record_safety_check": Case(
        SPECIALIST_ON_OTHER_TEAM,
        lambda w: (w.screening, SafetyCheckInput("Ana", "Called the crisis line.", "Safe.")),
        "aspecialist",
    ),
    "screenings.safety.unchecked_for_visit": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.signed,), "aspecialist"
    ),
    "screenings.results.list_screenings": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.family,), "aspecialist"
    ),
    "screenings.results.list_alerts": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.family,), "aspecialist"
    ),
    "screenings.results.resolve_alert": Case(
        SPECIALIST_ON_OTHER_TEAM,
        lambda w: (w.alert, FollowUpKind.SAFETY_ASSESSMENT, "Seen the same day."),
        "ssupervisor",
    ),
    # Reflective supervision: a supervisor with a specialist of the team; the specialist reads.
    "team.supervision.record_supervision": Case(
        ("aspecialist", "osupervisor", "aadmin"),
        lambda w: (SupervisionInput(w.ids["aspecialist"], TODAY, 60, (w.family,), "Stuck."),),
        "ssupervisor",
    ),
    # Only the supervisor who recorded a session corrects or deletes it (not its specialist).
    "team.supervision.update_supervision": Case(
        ("aspecialist", "bspecialist", "osupervisor", "aadmin"),
        lambda w: (w.supervision, SupervisionInput(w.ids["aspecialist"], TODAY, 45), 1),
        "ssupervisor",
    ),
    "team.supervision.delete_supervision": Case(
        ("aspecialist", "bspecialist", "osupervisor", "aadmin"),
        lambda w: (w.supervision, 1),
        "ssupervisor",
    ),
    "team.supervision.list_supervision": Case(
        ("bspecialist", "osupervisor", "aadmin"), lambda w: (w.ids["aspecialist"],), "aspecialist"
    ),
    # Program measures: counts for a supervisor (her team) and an administrator (the agency);
    # the families behind a count for the supervisor only.
    "measures.program.program_measures": Case(
        ("aspecialist", "gone"), lambda w: (D(2026, 1, 1), TODAY), "aadmin"
    ),
    "measures.program.export_measures": Case(
        ("aspecialist", "gone"), lambda w: (D(2026, 1, 1), TODAY, "xlsx"), "ssupervisor"
    ),
    "measures.program.measure_families": Case(
        ("aadmin", "aspecialist", "gone"),
        lambda w: (D(2026, 1, 1), TODAY, Measure.RETAINED_6),
        "ssupervisor",
    ),
    # The team.
    "team.dashboard.load_team": Case(("aspecialist", "aadmin"), lambda w: (NOV,), "ssupervisor"),
    "team.dashboard.opening_period": Case(("aspecialist", "aadmin"), lambda w: (), "ssupervisor"),
    "team.dashboard.team_frame": Case(("aspecialist", "aadmin"), lambda w: (), "ssupervisor"),
    "team.dashboard.caseload_frame": Case(("aadmin",), lambda w: (), "aspecialist"),
    # Visits and notes.
    "visits.drafts.save_draft": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.family, None, {"plan": "x"}, None), "aspecialist"
    ),
    "visits.drafts.load_draft": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.family, None), "aspecialist"
    ),
    "visits.drafts.discard_draft": Case(("aadmin",), lambda w: (w.family, None), "aspecialist"),
    "visits.drafts.list_drafts": Case(("aadmin",), lambda w: (), "aspecialist"),
    "visits.lists.list_unsigned": Case(
        ("cspecialist", "bspecialist", "osupervisor", "aadmin"),
        lambda w: (w.ids["aspecialist"], TODAY),
        "ssupervisor",
    ),
    "visits.lists.goal_progress": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.family,), "aspecialist"
    ),
    "visits.notes.save_note": Case(
        ("cspecialist", "bspecialist", "osupervisor", "aadmin"),
        lambda w: (w.family, _note(w)),
        "ssupervisor",
    ),
    "visits.notes.get_note": Case(SPECIALIST_ON_OTHER_TEAM, lambda w: (w.signed,), "ssupervisor"),
    "visits.notes.missing_for_signature": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.unsigned,), "aspecialist"
    ),
    "visits.notes.sign_visit": Case(
        ("ssupervisor", "cspecialist", "aadmin"),
        lambda w: (w.unsigned, w.versions[w.unsigned]),
        "aspecialist",
    ),
    "visits.notes.amend_visit": Case(
        ("bspecialist", "cspecialist", "osupervisor", "aadmin"),
        lambda w: (w.signed, "plan", "Wrong day", "Read on Tuesdays."),
        "ssupervisor",
    ),
    "visits.family_section.save_family_section": Case(
        ("cspecialist", "osupervisor", "aadmin"),
        lambda w: (w.signed, "We sang together.", 1, "Plainer words"),
        "aspecialist",
    ),
    "visits.notes.cosign_visit": Case(
        ("aspecialist", "osupervisor", "aadmin"),
        lambda w: (w.signed, w.versions[w.signed]),
        "ssupervisor",
    ),
    # Search across the record: clinicians (in their scope, see tests/services/search).
    "search.records.search_records": Case(("aadmin", "gone"), lambda w: ("smiled",), "aspecialist"),
    # Importing a sheet is adding families: into one's own caseload (or one's team's).
    "imports.importing.preview_import": Case(("aadmin", "gone"), _import_args, "aspecialist"),
    "imports.importing.run_import": Case(("aadmin", "gone"), _import_args, "aspecialist"),
    "visits.visits.get_visit": Case(SPECIALIST_ON_OTHER_TEAM, lambda w: (w.signed,), "aspecialist"),
    "visits.visits.list_visits": Case(
        SPECIALIST_ON_OTHER_TEAM, lambda w: (w.family,), "ssupervisor"
    ),
}


def test_every_service_function_has_a_case():
    found = set(discover())
    missing = sorted(found - set(CASES))
    stale = sorted(set(CASES) - found)
    assert not missing, f"service functions without a refusal case: {missing}"
    assert not stale, f"refusal cases for functions that no longer exist: {stale}"
    assert len(found) >= 55  # the walk found the services (a broken walk finds none)


@pytest.mark.parametrize("name", sorted(CASES))
def test_refused_then_allowed(name, db, as_user, world):
    fn = discover()[name]
    case = CASES[name]

    def call(who: str) -> None:
        ctx, args = as_user(world.ids[who]), case.args(world)
        if not case.enter:
            fn(ctx, *args)
            return
        kwargs = {"family_id": world.family} if name.endswith("reading") else {}
        with fn(ctx, *args, **kwargs):
            pass

    for who in case.refused:
        with pytest.raises(PermissionDeniedError):
            call(who)
    if case.allowed is not None:
        call(case.allowed)  # the same call by someone who may make it goes through


def test_a_refusal_is_audited_and_changes_nothing(db, as_user, world):
    cleo = as_user(world.ids["cspecialist"])
    with pytest.raises(PermissionDeniedError):
        families.update_family(cleo, world.family, _family_input(world.ids["cspecialist"]), 1)
    with db.read() as s:
        row = s.query(AuditEvent).order_by(AuditEvent.id.desc()).first()
        assert (row.staff_id, row.action, row.entity, row.entity_id) == (
            world.ids["cspecialist"], "denied", "family", world.family,
        )  # fmt: skip
        assert "CHANGE_FAMILY" in row.detail
    record = families.get_family(as_user(world.ids["aspecialist"]), world.family)
    assert (
        record.display_name == "Nguyễn family" and record.specialist_id == world.ids["aspecialist"]
    )
