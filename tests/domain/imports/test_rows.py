"""A row read into the forms' inputs: every problem found, each with its row and column."""

from __future__ import annotations

import datetime as dt

from imh_desktop.domain.enums import GoalDomain, Sex, VisitMode, VisitOutcome
from imh_desktop.domain.imports.rows import RowRules, build_row
from imh_desktop.domain.imports.values import DateOrder

RULES = RowRules(dt.date(2026, 11, 25), DateOrder.DMY, {"ana": 3}, {"ben": "not yours"}, 3)
COLUMNS = {"child_dob": "DOB", "specialist": "Worker", "family_name": "Family"}


def test_a_full_row_becomes_the_forms_inputs():
    row = build_row(7, {
        "family_name": " Ayala ", "specialist": "ANA", "referral_date": "1 March 2026",
        "enrolled_on": 46091, "caregiver_name": "Rosa", "caregiver_dob": "02/03/1999",
        "child_name": "Mia", "child_dob": dt.datetime(2025, 5, 12), "child_sex": "niña",
        "gestational_age": "35+4", "goal_domain": "Apego", "goal_statement": "Comfort",
        "visit_date": "20/11/2026", "visit_mode": "video", "visit_outcome": "no show",
    }, COLUMNS, RULES)  # fmt: skip
    assert row.ok
    assert row.family.display_name == "Ayala" and row.family.specialist_id == 3
    assert row.family.enrolled_on == dt.date(2026, 3, 10)
    assert row.caregiver.dob == dt.date(1999, 3, 2) and row.caregiver.is_primary
    assert (row.child.sex, row.child.gestational_weeks, row.child.gestational_days) == (
        Sex.FEMALE, 35, 4)  # fmt: skip
    assert row.goal.domain is GoalDomain.ATTACHMENT
    assert (row.visit.mode, row.visit.outcome) == (VisitMode.VIRTUAL, VisitOutcome.NO_SHOW)


def test_every_problem_is_listed_with_its_column():
    row = build_row(4, {"family_name": "", "specialist": "ben", "referral_date": "2026-01-01",
                        "child_name": "Mia", "child_dob": "32/01/2026"}, COLUMNS, RULES)  # fmt: skip
    found = [(e.line, e.column, e.field) for e in row.errors]
    assert found == [(4, "Worker", "specialist"), (4, "Family", "family_name"),
                     (4, "DOB", "child_dob")]  # fmt: skip
    assert row.errors[0].message == "not yours"
    assert row.family is None and row.child is None


def test_a_blank_specialist_is_the_importer_and_a_missing_date_is_asked():
    row = build_row(2, {"family_name": "Cruz", "referral_date": ""}, COLUMNS, RULES)
    assert [e.message for e in row.errors] == ["Give the referral date (or the enrolment date)."]
    row = build_row(2, {"family_name": "Cruz", "enrolled_on": "2026-02-01"}, COLUMNS, RULES)
    assert row.ok and row.family.specialist_id == 3
    assert row.family.referral_date == dt.date(2026, 2, 1)
