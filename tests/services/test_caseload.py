"""list_caseload on a small hand-built agency; expected values worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from imh_desktop.data.models import Alert, Visit
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
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.inputs import CaregiverInput, ChildInput, FamilyInput, GoalInput, VisitInput
from imh_desktop.services import families, goals, visits
from imh_desktop.services.caseload import fold_text, list_caseload, list_open_alerts
from imh_desktop.services.staff import create_staff

TODAY = dt.date(2026, 11, 25)
D = dt.date


def _family(db, actor, specialist, name, **changes):
    values = dict(
        display_name=name,
        specialist_id=specialist,
        referral_source=ReferralSource.HOSPITAL,
        referral_date=D(2026, 3, 1),
        enrolled_on=D(2026, 3, 10),
        caregivers=(CaregiverInput(f"{name} carer"),),
    )
    values.update(changes)
    return families.create_family(db, actor, FamilyInput(**values), TODAY)


def _visit(db, actor, family_id, day, outcome=VisitOutcome.COMPLETED):
    return visits.create_visit(db, actor, family_id, VisitInput(day, outcome), today=TODAY)


@pytest.fixture
def agency(db, staff):
    sup, ana, ben = staff["ssupervisor"], staff["aspecialist"], staff["bspecialist"]
    other_sup = create_staff(db, sup, "tsup", "Tia Other", Role.SUPERVISOR).id
    cara = create_staff(db, sup, "cspec", "Cara Elsewhere", Role.SPECIALIST, other_sup).id
    a = _family(
        db, sup, ana, "Nguyễn family",
        caregivers=(CaregiverInput("Nguyễn Thị Ánh", is_primary=True), CaregiverInput("Zoë Park")),
        children=(ChildInput("Bảo Nguyễn", D(2026, 1, 5), gestational_weeks=33),),
    )  # fmt: skip
    signed = _visit(db, ana, a.id, D(2026, 11, 3))
    _visit(db, ana, a.id, D(2026, 11, 17))
    _visit(db, ana, a.id, D(2026, 11, 20), VisitOutcome.CANCELLED_FAMILY)
    _visit(db, ana, a.id, D(2026, 10, 28))
    _visit(db, ana, a.id, D(2026, 11, 30), VisitOutcome.PLANNED)
    _visit(db, ana, a.id, D(2026, 12, 14), VisitOutcome.PLANNED)
    for statement, status in (("one", GoalStatus.ACTIVE), ("two", GoalStatus.ACTIVE),
                              ("three", GoalStatus.ACHIEVED)):  # fmt: skip
        goals.create_goal(
            db, ana, a.id, GoalInput(GoalDomain.ATTACHMENT, statement, D(2026, 4, 1), status=status)
        )
    with db.session() as s:
        s.get(Visit, signed.id).signed_at = dt.datetime(2026, 11, 3, 15, 0)
        s.add(Alert(family_id=a.id, kind=AlertKind.URGENT, text="EPDS item 10 above 0",
                    opened_on=D(2026, 11, 10)))  # fmt: skip
        s.add(Alert(family_id=a.id, kind=AlertKind.POSITIVE_SCREEN, text="ASQ-3 below cut-off",
                    opened_on=D(2026, 11, 12)))  # fmt: skip
        s.add(Alert(family_id=a.id, kind=AlertKind.POSITIVE_SCREEN, text="resolved one",
                    opened_on=D(2026, 9, 1), resolved_at=dt.datetime(2026, 9, 5)))  # fmt: skip
    b = _family(
        db, sup, ben, "Okafor family", frequency=Frequency.BIWEEKLY, enrolled_on=D(2026, 10, 1),
        children=(ChildInput("Ada Okafor", D(2024, 1, 15)),),
    )  # fmt: skip
    _visit(db, ben, b.id, D(2026, 10, 20))
    c = _family(db, sup, ana, "Closed family")
    families.close_family(db, sup, c.id, D(2026, 11, 1), ClosureReason.MOVED, today=TODAY)
    d = _family(db, sup, sup, "Referred family", enrolled_on=None)
    e = _family(db, sup, cara, "Elsewhere family")
    return {"a": a.id, "b": b.id, "c": c.id, "d": d.id, "e": e.id, "ana": ana, "sup": sup}


def _by_name(rows):
    return {r.family_name: r for r in rows}


def test_visit_counts_dates_and_alerts(db, agency):
    row = _by_name(list_caseload(db, agency["ana"], "mine", TODAY))["Nguyễn family"]
    assert row.case_number == "IMH-2026-0001"
    assert row.caregiver_name == "Nguyễn Thị Ánh"
    assert row.specialist_name == "Ana Specialist"
    assert row.last_visit == D(2026, 11, 17)
    assert row.days_since_contact == 8
    assert row.next_visit_due == D(2026, 11, 30)  # the earliest planned visit, not 17 Nov + 7
    assert not row.overdue
    assert row.visits_this_month == 2  # 3 and 17 Nov; the cancelled one does not count
    assert row.expected_this_month == pytest.approx(30 / 7)
    assert row.unsigned_notes == 3  # 17 Nov, 20 Nov (cancelled), 28 Oct; 3 Nov is signed
    assert row.active_goals == 2
    assert row.open_alerts == 2 and row.alert_text == "EPDS item 10 above 0"
    # Born 5 Jan 2026 at 33 weeks: due 23 Feb 2026.
    assert row.children == (("Bảo Nguyễn", D(2026, 1, 5), GestationalAge(33, 0)),)
    assert row.children_text == "Bảo Nguyễn, 10 mo 20 d (corrected 9 mo 2 d)"
    assert not row.ages_out_soon
    assert "nguyen" in row.search_text and "thi anh" in row.search_text
    assert "zoe park" in row.search_text and "imh-2026-0001" in row.search_text


def test_next_due_from_frequency_overdue_and_ageing_out(db, agency):
    rows = _by_name(list_caseload(db, agency["sup"], "team", TODAY))
    okafor = rows["Okafor family"]
    assert okafor.last_visit == D(2026, 10, 20) and okafor.days_since_contact == 36
    assert okafor.next_visit_due == D(2026, 11, 3)  # 20 Oct + 14 days
    assert okafor.overdue
    assert okafor.visits_this_month == 0 and okafor.unsigned_notes == 1
    assert okafor.expected_this_month == pytest.approx(30 / 14)
    assert okafor.ages_out_soon  # turns three on 15 Jan 2027, 51 days away
    assert okafor.open_alerts == 0 and okafor.alert_text == "" and okafor.active_goals == 0
    referred = rows["Referred family"]
    assert referred.status is FamilyStatus.REFERRED
    assert referred.next_visit_due is None and not referred.overdue
    assert referred.last_visit is None and referred.days_since_contact is None
    assert referred.expected_this_month == 0 and referred.children_text == ""


def test_scopes(db, agency):
    def names(actor, scope, **kw):
        return sorted(r.family_name for r in list_caseload(db, actor, scope, TODAY, **kw))

    assert names(agency["ana"], "mine") == ["Nguyễn family"]
    assert names(agency["ana"], "mine", include_closed=True) == ["Closed family", "Nguyễn family"]
    assert names(agency["sup"], "mine") == ["Referred family"]
    assert names(agency["sup"], "team") == ["Nguyễn family", "Okafor family", "Referred family"]
    assert names(agency["sup"], "all") == [
        "Elsewhere family", "Nguyễn family", "Okafor family", "Referred family",
    ]  # fmt: skip
    with pytest.raises(DomainError):
        list_caseload(db, agency["sup"], "everyone", TODAY)  # type: ignore[arg-type]


def test_closed_rows_are_not_due(db, agency):
    closed = _by_name(list_caseload(db, agency["ana"], "mine", TODAY, include_closed=True))
    row = closed["Closed family"]
    assert row.status is FamilyStatus.CLOSED
    assert row.next_visit_due is None and not row.overdue
    # Prorated: closed on 1 Nov, so active 1 day of this month, weekly.
    assert row.expected_this_month == pytest.approx(1 / 7)


def test_one_statement_per_refresh(db, agency):
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        rows = list_caseload(db, agency["sup"], "all", TODAY, include_closed=True)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(rows) == 5
    assert len(statements) == 1


def test_open_alerts_of_a_family(db, agency):
    alerts = list_open_alerts(db, agency["a"])
    assert [a.text for a in alerts] == ["EPDS item 10 above 0", "ASQ-3 below cut-off"]
    assert list_open_alerts(db, agency["b"]) == []


def test_fold_text():
    assert fold_text("Nguyễn Thị Ánh") == "nguyen thi anh"
    assert fold_text("Đặng Zoë Núñez-O'Brien") == "dang zoe nunez-o'brien"
