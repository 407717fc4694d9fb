"""``imh-desktop report``: exit codes, messages, and no file left behind on error."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from imh_desktop.cli import main
from imh_desktop.cli_report import quarter_start
from tests.factories import TEST_PASSWORD, give_password, make_family
from tests.reports.pdftext import pdf_pages, pdf_text


def test_progress_handout_and_caseload_from_the_command_line(
    report_setup, run_report, tmp_path, capsys
):
    url, family, visit_id = report_setup
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "progress.pdf"
    rc = run_report(url, "progress", "--family", family.case_number, "--from", "2026-08-01",
              "--to", "2026-10-31", "--out", str(out))  # fmt: skip
    assert rc == 0 and "Wrote the progress report" in capsys.readouterr().out
    text = pdf_text(out.read_bytes())
    assert "1 Aug 2026 – 31 Oct 2026" in text and family.case_number in text
    handout = tmp_path / "handout.pdf"
    assert (
        run_report(url, "handout", "--visit", str(visit_id), "--lang", "es", "--out", str(handout))
        == 0
    )
    assert "Nuestra visita del" in pdf_text(handout.read_bytes())
    caseload = tmp_path / "caseload.pdf"
    assert run_report(url, "caseload", "--specialist", "aspecialist", "--out", str(caseload)) == 0
    assert len(pdf_pages(caseload.read_bytes())) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "caseload.pdf",
        "handout.pdf",
        "progress.pdf",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["progress", "--family", "IMH-1999-0001"], "No family with case number"),
        (["progress", "--family", "{case}", "--from", "2026-13-01"], "is not a date"),
        (["progress", "--family", "{case}", "--from", ""], "is not a date"),
        (["progress", "--family", "{case}", "--from", "2026-10-01", "--to", "2026-09-01"],
         "ends"),
        (["handout", "--visit", "99999"], "No visit"),
        (["handout", "--visit", "{visit}", "--lang", "fr"], "English"),
        (["caseload", "--specialist", "nobody"], "No active staff user"),
        (["caseload", "--status", "sleeping"], "is not one of"),
    ],
)  # fmt: skip
def test_bad_arguments_give_one_line_and_leave_no_file(
    report_setup, run_report, tmp_path, capsys, args, message
):
    url, family, visit_id = report_setup
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    args = [a.format(case=family.case_number, visit=visit_id) for a in args]
    out = tmp_path / "report.pdf"
    assert run_report(url, *args, "--out", str(out)) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and err.count("\n") == 0 and err.startswith("imh-desktop: ")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_paths_are_refused(report_setup, run_report, tmp_path, capsys):
    url, family, _ = report_setup
    a_file = tmp_path / "note.txt"
    a_file.write_text("not a folder")
    for target in (tmp_path / "missing" / "x.pdf", tmp_path, a_file / "x.pdf"):
        assert (
            run_report(url, "progress", "--family", family.case_number, "--out", str(target)) == 2
        )
        assert "imh-desktop: " in capsys.readouterr().err
    assert not (tmp_path / "missing").exists()


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
def test_a_failed_write_leaves_nothing_behind(report_setup, run_report, capsys):
    url, family, _ = report_setup
    # /proc refuses new files even for root
    assert run_report(url, "progress", "--family", family.case_number, "--out", "/proc/r.pdf") == 2
    assert "Cannot write /proc/r.pdf" in capsys.readouterr().err
    assert not [n for n in os.listdir("/proc") if n.startswith(".r.pdf")]


def test_progress_period_defaults_to_the_quarter_so_far_on_the_clock(
    report_setup, run_report, clock, tmp_path, capsys
):
    url, family, _ = report_setup
    clock.set(dt.date(2026, 10, 20))
    out = tmp_path / "progress.pdf"
    assert run_report(url, "progress", "--family", family.case_number, "--out", str(out)) == 0
    assert "1 Oct 2026 – 20 Oct 2026" in pdf_text(out.read_bytes())


def test_quarter_start():
    assert quarter_start(dt.date(2026, 11, 25)) == dt.date(2026, 10, 1)
    assert quarter_start(dt.date(2026, 3, 31)) == dt.date(2026, 1, 1)


def test_caseload_report_keeps_to_the_users_own_scope(
    db, staff, clock, tmp_path, capsys, password_file
):
    """A specialist's ``report caseload`` holds her families only; an administrator gets none."""
    for user in ("bspecialist", "ssupervisor", "aadmin"):
        give_password(db, staff[user], TEST_PASSWORD)
    make_family(db, staff)  # Ana's
    ben = {**staff, "aspecialist": staff["bspecialist"]}
    make_family(db, ben, name="Okafor family")  # Ben's
    for user, families in (("bspecialist", "1 family"), ("ssupervisor", "2 families")):
        out = tmp_path / f"{user}.pdf"
        args = ["--user", user, "report", "caseload", "--out", str(out), "--database", db.url]
        assert main(args, clock=clock) == 0
        assert f"({families})" in capsys.readouterr().out
    out = tmp_path / "admin.pdf"
    args = ["--user", "aadmin", "report", "caseload", "--out", str(out), "--database", db.url]
    assert main(args, clock=clock) == 2 and not out.exists()
    assert "Administrator accounts do not open" in capsys.readouterr().err
