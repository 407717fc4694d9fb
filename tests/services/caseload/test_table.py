"""list_caseload on a small hand-built agency; expected values worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from imh_desktop.data.models import Alert
from imh_desktop.domain.ages import GestationalAge
from imh_desktop.domain.enums import (
    AlertKind,
    ClosureReason,
    FamilyStatus,
    Frequency,
    GoalDomain,
    GoalStatus,
    ReferralSource,
    Role,
    VisitOutcome,
)
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.domain.inputs import CaregiverInput, ChildInput, FamilyInput, GoalInput, VisitInput
from imh_desktop.services.admin.staff import create_staff
from imh_desktop.services.caseload.table import (
    caseload_row,
    children_text,
    fold_text,
    list_caseload,
)
from imh_desktop.services.family import families, goals
from imh_desktop.services.screenings.results import list_alerts
from tests.factories import add_visit

TODAY = dt.date(2026, 11, 25)  # the day of the `clock` fixture
D = dt.date


def _family(ctx, specialist, name, **changes):
    values = dict(
        display_name=name,
        specialist_id=specialist,
        referral_source=ReferralSource.HOSPITAL,
        referral_date=D(2026, 3, 1),
        enrolled_on=D(2026, 3, 10),
        caregivers=(CaregiverInput(f"{name} carer"),),
    )
    values.update(changes)
    return families.create_family(ctx, FamilyInput(**values))


def _visit(ctx, family_id, day, outcome=VisitOutcome.COMPLETED, signed_on=None):
    return add_visit(ctx, family_id, VisitInput(day, outcome), signed_on)


@pytest.fixture
def agency(db, as_user, clock, staff):
    sup, ana, ben = staff["ssupervisor"], staff["aspecialist"], staff["bspecialist"]
    as_sup, as_ana, as_ben = as_user(sup), as_user(ana), as_user(ben)
    admin = as_user(staff["aadmin"])
    other_sup = create_staff(admin, "tsup", "Tia Other", Role.SUPERVISOR).id
    cara = create_staff(admin, "cspec", "Cara Elsewhere", Role.SPECIALIST, other_sup).id
    a = _family(
        as_sup, ana, "Nguyễn family",
        caregivers=(CaregiverInput("Nguyễn Thị Ánh", is_primary=True), CaregiverInput("Zoë Park")),
        children=(ChildInput("Bảo Nguyễn", D(2026, 1, 5), gestational_weeks=33),),
    )  # fmt: skip
    _visit(as_ana, a.id, D(2026, 11, 3), signed_on=D(2026, 11, 3))
    _visit(as_ana, a.id, D(2026, 11, 17))
    _visit(as_ana, a.id, D(2026, 11, 20), VisitOutcome.CANCELLED_FAMILY)
    _visit(as_ana, a.id, D(2026, 10, 28))
    _visit(as_ana, a.id, D(2026, 11, 30), VisitOutcome.PLANNED)
    _visit(as_ana, a.id, D(2026, 12, 14), VisitOutcome.PLANNED)
    for statement, status in (("one", GoalStatus.ACTIVE), ("two", GoalStatus.ACTIVE),
                              ("three", GoalStatus.ACHIEVED)):  # fmt: skip
        goals.create_goal(
            as_ana, a.id, GoalInput(GoalDomain.ATTACHMENT, statement, D(2026, 4, 1), status=status)
        )
    with db.session(clock) as s:
        s.add(Alert(family_id=a.id, kind=AlertKind.URGENT, text="EPDS item 10 above 0",
                    opened_on=D(2026, 11, 10)))  # fmt: skip
        s.add(Alert(family_id=a.id, kind=AlertKind.POSITIVE_SCREEN, text="ASQ-3 below cut-off",
                    opened_on=D(2026, 11, 12)))  # fmt: skip
        s.add(Alert(family_id=a.id, kind=AlertKind.POSITIVE_SCREEN, text="resolved one",
                    opened_on=D(2026, 9, 1), resolved_at=dt.datetime(2026, 9, 5)))  # fmt: skip
    b = _family(
        as_sup, ben, "Okafor family", frequency=Frequency.BIWEEKLY, enrolled_on=D(2026, 10, 1),
        children=(ChildInput("Ada Okafor", D(2024, 1, 15)),),
    )  # fmt: skip
    _visit(as_ben, b.id, D(2026, 10, 20))
    c = _family(as_sup, ana, "Closed family")
    families.close_family(as_sup, c.id, D(2026, 11, 1), ClosureReason.MOVED, "", c.version)
    d = _family(as_sup, sup, "Referred family", enrolled_on=None)
    e = _family(as_user(other_sup), cara, "Elsewhere family")
    return {
        "a": a.id, "b": b.id, "c": c.id, "d": d.id, "e": e.id, "ana": ana, "sup": sup,
        "tsup": other_sup, "admin": staff["aadmin"],
    }  # fmt: skip


def _by_name(rows):
    return {r.family_name: r for r in rows}


def test_visit_counts_dates_and_alerts(as_user, agency):
    row = _by_name(list_caseload(as_user(agency["ana"]), "mine"))["Nguyễn family"]
    assert row.case_number == "IMH-2026-0001"
    assert row.caregiver_name == "Nguyễn Thị Ánh"
    assert row.specialist_name == "Ana Specialist"
    assert row.last_visit == D(2026, 11, 17)
    assert row.days_since_contact == 8
    assert row.next_visit_due == D(2026, 11, 30)  # the earliest planned visit, not 17 Nov + 7
    assert not row.overdue
    assert row.visits_this_month == 2  # 3 and 17 Nov; the cancelled one does not count
    assert row.expected_this_month == pytest.approx(25 / 7)  # 1-25 Nov, up to today
    assert row.unsigned_notes == 3  # 17 Nov, 20 Nov (cancelled), 28 Oct; 3 Nov is signed
    assert row.active_goals == 2
    assert row.open_alerts == 2 and row.alert_text == "EPDS item 10 above 0"
    # Born 5 Jan 2026 at 33 weeks: due 23 Feb 2026.
    assert row.children == (("Bảo Nguyễn", D(2026, 1, 5), GestationalAge(33, 0)),)
    assert row.children_text == "Bảo Nguyễn, 10 mo 20 d (corrected 9 mo 2 d)"
    assert row.ages_on == D(2026, 11, 25)  # the screens say the same in their language
    assert children_text(row.children, row.ages_on, "es") == (
        "Bảo Nguyễn, 10 m 20 d (corregida 9 m 2 d)"
    )
    assert not row.ages_out_soon
    assert "nguyen" in row.search_text and "thi anh" in row.search_text
    assert "zoe park" in row.search_text and "imh-2026-0001" in row.search_text


def test_next_due_from_frequency_overdue_and_ageing_out(as_user, agency):
    rows = _by_name(list_caseload(as_user(agency["sup"]), "team"))
    okafor = rows["Okafor family"]
    assert okafor.last_visit == D(2026, 10, 20) and okafor.days_since_contact == 36
    assert okafor.next_visit_due == D(2026, 11, 3)  # 20 Oct + 14 days
    assert okafor.overdue
    assert okafor.visits_this_month == 0 and okafor.unsigned_notes == 1
    assert okafor.expected_this_month == pytest.approx(25 / 14)
    assert okafor.ages_out_soon  # turns three on 15 Jan 2027, 51 days away
    assert okafor.open_alerts == 0 and okafor.alert_text == "" and okafor.active_goals == 0
    referred = rows["Referred family"]
    assert referred.status is FamilyStatus.REFERRED
    assert referred.next_visit_due is None and not referred.overdue
    assert referred.last_visit is None and referred.days_since_contact is None
    assert referred.expected_this_month == 0 and referred.children_text == ""


def test_scopes(as_user, agency):
    def names(actor, scope, **kw):
        return sorted(r.family_name for r in list_caseload(as_user(actor), scope, **kw))

    assert names(agency["ana"], "mine") == ["Nguyễn family"]
    assert names(agency["ana"], "mine", include_closed=True) == ["Closed family", "Nguyễn family"]
    assert names(agency["sup"], "mine") == ["Referred family"]
    assert names(agency["sup"], "team") == ["Nguyễn family", "Okafor family", "Referred family"]
    assert names(agency["tsup"], "team") == ["Elsewhere family"]
    with pytest.raises(DomainError):
        list_caseload(as_user(agency["sup"]), "everyone")  # type: ignore[arg-type]


def test_scopes_the_table_refuses(as_user, agency):
    # No role lists every family; a specialist has no team; an administrator no caseload.
    for actor, scope in (("sup", "all"), ("ana", "all"), ("ana", "team"), ("admin", "mine")):
        with pytest.raises(PermissionDeniedError):
            list_caseload(as_user(agency[actor]), scope)
        with pytest.raises(PermissionDeniedError):
            caseload_row(as_user(agency[actor]), scope, agency["a"])


def test_closed_rows_are_not_due(as_user, agency):
    closed = _by_name(list_caseload(as_user(agency["ana"]), "mine", include_closed=True))
    row = closed["Closed family"]
    assert row.status is FamilyStatus.CLOSED
    assert row.next_visit_due is None and not row.overdue
    # Prorated: closed on 1 Nov, so active 1 day of this month, weekly.
    assert row.expected_this_month == pytest.approx(1 / 7)


def test_one_statement_per_refresh(db, as_user, agency):
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement.split()[0] + " " + statement.split()[1])

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        rows = list_caseload(as_user(agency["sup"]), "team", include_closed=True)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(rows) == 4
    # The acting user, the caseload in one statement, then the list's one audit row, chained
    # (the chain's head locked and read, in one round trip on PostgreSQL, then the row inserted
    # and the head moved: one statement on PostgreSQL, two on SQLite, where the transaction's
    # BEGIN IMMEDIATE is a statement of its own too).
    statements = [s for s in statements if not s.startswith("BEGIN")]
    assert statements[0].startswith("SELECT") and statements[1].startswith("WITH")
    chain = [s.split()[0] for s in statements[2:]]
    if db.engine.dialect.name == "postgresql":
        assert chain == ["UPDATE", "WITH"] and statements[-1].startswith("WITH moved_head")
    else:
        assert chain[0] == "UPDATE" and chain[-2:] == ["INSERT", "UPDATE"] and len(chain) <= 4


def test_open_alerts_of_a_family_are_counted_with_the_urgent_ones(as_user, agency):
    ana = as_user(agency["ana"])
    row = caseload_row(ana, "mine", agency["a"])
    assert row is not None and (row.open_alerts, row.urgent_alerts) == (2, 1)
    other = caseload_row(as_user(agency["sup"]), "team", agency["b"])
    assert other is not None and (other.open_alerts, other.urgent_alerts) == (0, 0)
    assert caseload_row(ana, "mine", agency["b"]) is None  # Ben's family: not Ana's to count
    with pytest.raises(PermissionDeniedError):  # nor to read
        list_alerts(ana, agency["b"], open_only=True)
    # The one list of a family's open alerts is the screenings service's (newest first).
    same = list_alerts(ana, agency["a"], open_only=True)
    assert [a.text for a in same] == ["ASQ-3 below cut-off", "EPDS item 10 above 0"]


def test_one_row_after_a_save_matches_the_table(as_user, clock, agency):
    sup, ana = as_user(agency["sup"]), as_user(agency["ana"])
    rows = _by_name(list_caseload(sup, "team"))
    assert caseload_row(sup, "team", agency["a"]) == rows["Nguyễn family"]
    assert caseload_row(sup, "team", agency["b"]) == rows["Okafor family"]
    # Out of scope: another team's family, or someone else's for "mine"; unknown ids.
    assert caseload_row(sup, "team", agency["e"]) is None
    assert caseload_row(ana, "mine", agency["b"]) is None
    assert caseload_row(sup, "team", 999) is None
    # A closed family still has a row, so the caller can drop it from an open-only table.
    closed = caseload_row(ana, "mine", agency["c"])
    assert closed is not None and closed.status is FamilyStatus.CLOSED
    # Counted as of the clock's day: a week later the last visit is 15 days ago.
    clock.set(D(2026, 12, 2))
    later = caseload_row(ana, "mine", agency["a"])
    assert later is not None and later.days_since_contact == 15
    # December: no visits yet; the 30 Nov plan has passed, so the 14 Dec one is next.
    assert later.visits_this_month == 0 and later.next_visit_due == D(2026, 12, 14)
    assert not later.overdue


def test_fold_text():
    assert fold_text("Nguyễn Thị Ánh") == "nguyen thi anh"
    assert fold_text("Đặng Zoë Núñez-O'Brien") == "dang zoe nunez-o'brien"


def test_overdue_referral_follow_ups_and_releases_about_to_expire(as_user, agency, clock):
    from imh_desktop.domain.enums import ReferralType
    from imh_desktop.domain.family_context import ReferralInput, ReleaseInput
    from imh_desktop.services.family import consents, referrals

    ana = as_user(agency["ana"])
    for follow_up in (D(2026, 11, 20), D(2026, 11, 24), D(2026, 11, 25)):  # the last: due today
        referrals.make_referral(
            ana,
            agency["a"],
            ReferralInput(
                ReferralType.FOOD, "WIC", D(2026, 11, 2), "Formula", follow_up_on=follow_up
            ),
        )
    for expires in (D(2026, 12, 1), D(2026, 12, 26)):  # in 6 and in 31 days
        consents.record_release(ana, agency["a"], ReleaseInput(
            "WIC", "Contact", D(2026, 1, 1), expires))  # fmt: skip
    [row] = [r for r in list_caseload(ana, "mine") if r.family_id == agency["a"]]
    assert (row.overdue_referrals, row.expiring_releases) == (2, 1)
    clock.set(D(2026, 12, 1))  # the first release has expired, the second is now within 30 days
    row = caseload_row(ana, "mine", agency["a"])
    assert (row.overdue_referrals, row.expiring_releases) == (3, 1)
    assert _by_name(list_caseload(ana, "mine"))["Nguyễn family"].expiring_releases == 1
