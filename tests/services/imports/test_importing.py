"""Importing a sheet: all or nothing, duplicates as chosen, audited, saved errors."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt

import pytest

from imh_desktop.data.models import AuditEvent, Caregiver, Child, Family, Goal, Visit
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.domain.imports.fields import guess_mapping
from imh_desktop.domain.imports.table import tabulate
from imh_desktop.domain.imports.values import DateOrder
from imh_desktop.domain.inputs import FamilyInput
from imh_desktop.services.family.families import get_family, update_family
from imh_desktop.services.imports.importing import (
    ImportCancelled,
    preview_import,
    run_import,
    write_errors,
)
from imh_desktop.services.imports.plan import Decision, ImportOptions

HEADER = ["Case number", "Family name", "Specialist", "Referral date", "Enrolled",
          "Caregiver name", "Child name", "Child date of birth", "Goal", "Visit date", "Outcome"]  # fmt: skip


def sheet(*rows):
    table = tabulate([HEADER, *rows])
    return table, ImportOptions(guess_mapping(table.headers), DateOrder.DMY)


def good(case="A-1", name="Ayala", child="Mia", dob="12/05/2025", who="aspecialist"):
    return [case, name, who, "01/03/2026", "10/03/2026", "Rosa " + name, child, dob,
            "Read together daily", "20/11/2026", "completed"]  # fmt: skip


def counts(db):
    with db.read() as s:
        return tuple(s.query(m).count() for m in (Family, Caregiver, Child, Goal, Visit))


def test_a_clean_sheet_imports_every_row_with_its_members(db, as_user, staff):
    table, options = sheet(good(), good("A-2", "Brook", "Leo", "01/02/2026"))
    result = run_import(as_user(staff["aspecialist"]), table, options)
    assert (result.created, result.updated, result.skipped) == (2, 0, 0)
    family = get_family(as_user(staff["aspecialist"]), result.family_ids[0])
    assert (family.case_number, family.display_name, family.enrolled_on) == (
        "A-1",
        "Ayala",
        dt.date(2026, 3, 10),
    )
    assert [c.full_name for c in family.children] == ["Mia"]
    assert family.children[0].dob == dt.date(2025, 5, 12)
    assert family.caregivers[0].is_primary
    assert counts(db) == (2, 2, 2, 2, 2)
    with db.read() as s:
        visit = s.query(Visit).first()
        assert visit.signed_at is None and visit.specialist_id == staff["aspecialist"]
        actions = [e.action for e in s.query(AuditEvent).order_by(AuditEvent.id)]
    assert actions[-4:] == ["create", "create", "import", "read"]  # then get_family


def test_one_bad_row_and_nothing_is_written(db, as_user, staff):
    bad = good("A-3", "Cruz", "Ana", "31/02/2026")  # no 31 February
    table, options = sheet(good(), bad)
    plan = preview_import(as_user(staff["aspecialist"]), table, options)
    assert not plan.ok
    assert [(e.line, e.column) for e in plan.errors] == [(3, "Child date of birth")]
    assert "not a real date" in plan.errors[0].message
    before = counts(db)
    with pytest.raises(DomainError, match="1 row of the sheet has errors; nothing was imported"):
        run_import(as_user(staff["aspecialist"]), table, options)
    assert counts(db) == before == (0, 0, 0, 0, 0)


def test_the_forms_rules_catch_what_a_form_would(as_user, staff):
    born_after = good("A-4", "Dinh", "Kim", "22/11/2026")  # born after the 20 Nov visit
    unknown = good("A-5", "Egan", "Sol", "01/01/2026", who="nobody")
    future = good("A-6", "Fox", "Ivy", "01/01/2027")
    long_name = good("A-7", "F" * 201, "Ada", "01/01/2026")
    plan = preview_import(
        as_user(staff["aspecialist"]), *sheet(born_after, unknown, future, long_name)
    )
    found = {(e.line, e.field): e.message for e in plan.errors}
    assert "after the visit" in found[(2, "child_dob")]
    assert "No active specialist" in found[(3, "specialist")]
    assert "in the future" in found[(4, "child_dob")]
    assert "too long" in found[(5, "family_name")]


def test_another_specialist_is_an_error_and_admins_are_refused(as_user, staff):
    plan = preview_import(as_user(staff["aspecialist"]), *sheet(good(who="bspecialist")))
    assert "not on your team" in plan.errors[0].message
    with pytest.raises(PermissionDeniedError):
        preview_import(as_user(staff["aadmin"]), *sheet(good()))
    supervisor = preview_import(as_user(staff["ssupervisor"]), *sheet(good(who="bspecialist")))
    assert supervisor.ok


@pytest.mark.parametrize(
    ("decision", "families", "children", "result"),
    [(Decision.SKIP, 1, 1, (1, 0, 1)), (Decision.UPDATE, 1, 2, (1, 1, 0)),
     (Decision.NEW, 2, 2, (2, 0, 0))],
)  # fmt: skip
def test_duplicates_within_the_file(db, as_user, staff, decision, families, children, result):
    table, options = sheet(good(), good("A-1", "Ayala", "Noa", "02/02/2026"))
    options = ImportOptions(options.mapping, DateOrder.DMY, duplicates=decision)
    plan = preview_import(as_user(staff["aspecialist"]), table, options)
    assert plan.rows[1].duplicate_of == "row 2" and plan.rows[1].decision is decision
    done = run_import(as_user(staff["aspecialist"]), table, options)
    assert (done.created, done.updated, done.skipped) == result
    assert counts(db)[0:3:2] == (families, children)


def test_duplicates_against_the_database_per_row(db, as_user, staff):
    ana = as_user(staff["aspecialist"])
    run_import(ana, *sheet(good(), good("A-2", "Brook", "Leo", "01/02/2026")))
    again = sheet(
        good("A-1", "Ayala Ruiz"),
        good("", "Brook", "Leo", "01/02/2026"),
        good("A-9", "Cruz", "Sam", "03/03/2026"),
    )
    options = ImportOptions(again[1].mapping, DateOrder.DMY, Decision.SKIP, {2: Decision.UPDATE})
    plan = preview_import(ana, again[0], options)
    assert [r.duplicate_of for r in plan.rows] == ["A-1", "A-2", ""]
    assert [r.decision for r in plan.rows] == [Decision.UPDATE, Decision.SKIP, None]
    done = run_import(ana, again[0], options)
    assert (done.created, done.updated, done.skipped) == (1, 1, 1)
    with db.read() as s:
        assert s.query(Family).filter_by(case_number="A-1").one().display_name == "Ayala Ruiz"
        assert s.query(Family).count() == 3


def test_a_taken_number_gets_a_new_one_as_new(db, as_user, staff):
    ana = as_user(staff["aspecialist"])
    run_import(ana, *sheet(good()))
    table, options = sheet(good("A-1", "Other", "Zed", "04/04/2026"))
    done = run_import(ana, table, ImportOptions(options.mapping, DateOrder.DMY, Decision.NEW))
    family = get_family(ana, done.family_ids[0])
    assert family.case_number == "IMH-2026-0001"


def test_cancel_rolls_back_everything(db, as_user, staff):
    rows = [good(f"A-{i}", f"F{i}", f"C{i}", "01/01/2026") for i in range(250)]
    seen = []
    with pytest.raises(ImportCancelled):
        run_import(
            as_user(staff["aspecialist"]),
            *sheet(*rows),
            progress=lambda d, t: seen.append((d, t)),
            cancelled=lambda: len(seen) >= 2,
        )
    assert seen == [(100, 250), (200, 250)]
    assert counts(db) == (0, 0, 0, 0, 0)


def test_dry_run_counts_and_writes_nothing(db, as_user, staff):
    done = run_import(as_user(staff["aspecialist"]), *sheet(good()), dry_run=True)
    assert (done.created, done.dry_run) == (1, True)
    assert counts(db) == (0, 0, 0, 0, 0)


def test_errors_are_saved_as_csv(tmp_path, as_user, staff):
    plan = preview_import(as_user(staff["aspecialist"]),
                          *sheet(good("A-3", "=Cruz", "Ana", "31/02/2026")))  # fmt: skip
    path = write_errors(tmp_path / "errors.csv", plan.errors)
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Row", "Column", "Problem"]
    assert rows[1][:2] == ["2", "Child date of birth"]
    assert oct(path.stat().st_mode)[-3:] == "600"


def test_an_update_of_a_family_edited_after_the_preview_is_refused_whole(db, as_user, staff):
    ana = as_user(staff["aspecialist"])
    run_import(ana, *sheet(good(), good("A-2", "Brook", "Leo", "01/02/2026")))
    table, options = sheet(good("A-1", "Ayala Ruiz"), good("A-9", "Cruz", "Sam", "03/03/2026"))
    options = dataclasses.replace(options, duplicates=Decision.UPDATE)
    plan = preview_import(ana, table, options)
    with db.read() as s:
        ayala = s.query(Family).filter_by(case_number="A-1").one()
        ayala_id, seen = ayala.id, ayala.version
    assert plan.versions == {ayala_id: seen}
    options = dataclasses.replace(options, versions=plan.versions)
    # Someone edits the family between the preview and the import.
    record = get_family(ana, ayala_id)
    edited = FamilyInput(
        record.display_name, record.specialist_id, record.referral_source,
        record.referral_date, record.enrolled_on, record.frequency, phone="555-0101",
    )  # fmt: skip
    update_family(ana, ayala_id, edited, record.version)
    before = counts(db)
    with pytest.raises(DomainError) as err:
        run_import(ana, table, options)
    assert err.value.message.startswith("Row 2: family A-1 was changed by someone else after")
    assert "Nothing was imported" in err.value.message
    assert counts(db) == before  # the new family of row 3 is not written either
    kept = get_family(ana, ayala_id)
    assert (kept.display_name, kept.phone) == ("Ayala", "555-0101")
    # Checked again, the import goes through over the family as it is now.
    fresh = dataclasses.replace(options, versions=preview_import(ana, table, options).versions)
    done = run_import(ana, table, fresh)
    assert (done.created, done.updated) == (1, 1)
    assert get_family(ana, ayala_id).display_name == "Ayala Ruiz"
