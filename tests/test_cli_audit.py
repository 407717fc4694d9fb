"""``imh-desktop audit verify``: one line when intact, the first broken link when not."""

from __future__ import annotations

from imh_desktop.cli import main
from tests.services.audit.tamper import behind_the_back, signed_note


def test_verify_prints_one_line_with_counts_and_the_head(db, as_user, staff, clock, capsys):
    signed_note(as_user, staff)
    assert main(["audit", "verify", "--database", db.url], clock=clock) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("Audit trail intact: ")
    assert "events and 1 signed notes checked" in out[0]
    head = out[0].rsplit("head is No. ", 1)[1]
    assert main(["audit", "verify", "--database", db.url, "--anchor", head], clock=clock) == 0
    capsys.readouterr()
    assert main(["audit", "verify", "--database", db.url, "--anchor", "3:abc"], clock=clock) == 2
    assert "anchor" in capsys.readouterr().err


def test_verify_names_the_first_broken_link_and_the_changed_note(db, as_user, staff, clock, capsys):
    family, note = signed_note(as_user, staff)
    behind_the_back(db, "UPDATE visits SET observation = 'TAMPERED' WHERE id = :v", v=note.visit.id)
    behind_the_back(db, "UPDATE audit_events SET detail = '{}' WHERE seq = 2")
    assert main(["audit", "verify", "--database", db.url], clock=clock) == 1
    out = capsys.readouterr().out
    assert "Audit trail BROKEN: the first broken link: event 2 (No. 2) was changed" in out
    assert (
        f"Note {note.visit.id} ({family.case_number}, visit of 2026-11-25): this note was "
        "changed outside the app after it was signed: its text or details differ" in out
    )


def test_specialists_cannot_verify(db, staff, clock, capsys):
    args = ["--user", "aspecialist", "audit", "verify", "--database", db.url]
    assert main(args, clock=clock) == 2
    assert "Only a" in capsys.readouterr().err
