"""``imh-desktop audit verify``: one line when intact, the first broken link when not."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from imh_desktop.cli import main
from tests.factories import TEST_PASSWORD, behind_the_back, give_password, signed_note


@pytest.fixture
def verify(db, staff, clock, capsys, password_file):
    """``verify(*args, user=...)``: run ``audit verify`` signed in (exit code, stdout, stderr)."""
    for staff_id in staff.values():
        give_password(db, staff_id, TEST_PASSWORD)

    def run(*args: str, user: str = "ssupervisor") -> tuple[int, str, str]:
        argv = ["--user", user, "audit", "verify", "--database", db.url, *args]
        code = main(argv, clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_verify_prints_one_line_with_counts_and_the_head(as_user, staff, verify):
    signed_note(as_user, staff)
    code, out, _err = verify()
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 1 and lines[0].startswith("Audit trail intact: ")
    assert "events and 1 signed note checked;" in lines[0]
    head = lines[0].rsplit("head is No. ", 1)[1]
    assert verify("--anchor", head)[0] == 0
    code, _out, err = verify("--anchor", "3:abc")
    assert code == 2 and "anchor" in err


def test_verify_names_the_first_broken_link_and_the_changed_note(db, as_user, staff, verify):
    family, note = signed_note(as_user, staff)
    behind_the_back(db, "UPDATE visits SET observation = 'TAMPERED' WHERE id = :v", v=note.visit.id)
    with db.read() as s:  # the second event of the first event's lane
        lane, event_id = s.execute(text(
            "SELECT lane, id FROM audit_events WHERE seq = 2 AND lane = "
            "(SELECT lane FROM audit_events WHERE id = 1)"
        )).one()  # fmt: skip
    behind_the_back(db, "UPDATE audit_events SET detail = '{}' WHERE id = :i", i=event_id)
    code, out, _err = verify()
    assert code == 1
    assert (
        f"Audit trail BROKEN: the first broken link: lane {lane}: event {event_id} (No. 2) "
        "was changed" in out
    )
    assert (
        f"Note {note.visit.id} ({family.case_number}, visit of 2026-11-25): this note was "
        "changed outside the app after it was signed: its text or details differ" in out
    )
    summary = out.strip().splitlines()[-1]
    assert summary.startswith("Checked ") and ", 1 changed note; head is No. " in summary
    assert "(s)" not in out


def test_specialists_cannot_verify(verify):
    code, _out, err = verify(user="aspecialist")
    assert code == 2 and "Only a" in err
