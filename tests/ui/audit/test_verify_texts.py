"""The check's findings in the user's language, and the report saved from them."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QCoreApplication

from imh_desktop.services.audit.verify import (
    AuditVerification,
    ChainBreak,
    NoteFinding,
    verify_audit_trail,
)
from imh_desktop.ui.audit.verify_texts import (
    FINDINGS,
    break_row,
    details,
    finding_text,
    note_row,
    report_text,
)
from tests.factories import TODAY, behind_the_back

pytestmark = pytest.mark.ui


def _tampered(db, as_user, staff, cases):
    """A note changed and an event deleted behind the app's back; the check's result."""
    family, _other = cases
    behind_the_back(db, "UPDATE visits SET plan = 'X' WHERE family_id = :f", f=family.id)
    behind_the_back(
        db, "DELETE FROM audit_events WHERE id = (SELECT min(id) + 2 FROM audit_events)"
    )
    return verify_audit_trail(as_user(staff["ssupervisor"]))


def test_what_the_service_finds_is_shown_in_spanish(spanish, db, as_user, staff, cases):
    result = _tampered(db, as_user, staff, cases)
    assert result.breaks and result.tampered_notes
    lane, seq, what = break_row(result.breaks[0])
    assert (lane, seq) == (str(result.breaks[0].lane), str(result.breaks[0].seq))
    assert what.startswith("1 evento(s) borrado(s) antes del evento")
    case, day, problems = note_row(result.tampered_notes[0])
    assert case == cases[0].case_number and day == "25 nov 2026"
    assert "su texto o sus datos difieren de lo que se firmó" in problems
    assert "borrado" in finding_text(
        "lane 3: the last 2 events of the lane (up to No. 9) were deleted"
    )
    assert finding_text("the audit trail just after event 7 was changed or cut") == (
        "el registro de auditoría justo después del evento 7 se cambió o se cortó"
    )
    assert finding_text("something new") == "something new"  # unknown wording: as given


def test_every_wording_has_a_spanish_translation(spanish):
    for _pattern, template in FINDINGS:
        assert QCoreApplication.translate("AuditCheck", str(template)) != template


def test_the_report_names_cases_and_dates_never_a_notes_text(db, as_user, staff, cases):
    result = _tampered(db, as_user, staff, cases)
    report = report_text(result, "25 Nov 2026 10:00")
    assert report.startswith("IMH Desktop: audit trail check\nChecked: 25 Nov 2026 10:00\n")
    assert "The audit trail was changed outside the app." in report
    assert f"{cases[0].case_number}\t25 Nov 2026\t" in report and result.anchor in report
    assert "Read daily" not in report and "smiled" not in report
    intact = dataclasses.replace(result, breaks=(), tampered_notes=())
    assert "The audit trail is intact." in report_text(intact, "now")
    many = dataclasses.replace(
        result, breaks=(ChainBreak(1, 2, "lane 0: lane 4 is not in the chain", lane=0),),
        tampered_notes=(NoteFinding(1, "IMH-1", TODAY, ("its seal was removed",)),),
    )  # fmt: skip
    assert "0\t2\tlane 4 is not in the chain" in report_text(many, "now")


def _counts(events: int, notes: int, changed: int = 0):
    finding = NoteFinding(1, "IMH-2026-0001", TODAY, ("the note's text changed",))
    return AuditVerification(events, notes, (), (finding,) * changed, 1, "0" * 64)


def test_each_count_takes_its_own_plural_form(qapp):
    assert details(_counts(1, 1)) == "Checked 1 event and 1 signed note."
    assert details(_counts(12_345, 2)) == "Checked 12,345 events and 2 signed notes."
    assert details(_counts(12, 2, changed=1)) == (
        "Found 0 broken links and 1 note changed outside the app. "
        "Checked 12 events and 2 signed notes."
    )


def test_each_count_takes_its_own_plural_form_in_spanish(spanish):
    assert details(_counts(1, 2)) == "Se revisó 1 evento y 2 notas firmadas."
    assert details(_counts(3, 1, changed=2)) == (
        "Se encontraron 0 enlaces rotos y 2 notas cambiadas fuera del programa. "
        "Se revisaron 3 eventos y 1 nota firmada."
    )
