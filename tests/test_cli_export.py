"""``imh-desktop export``: files written from the command line; bad arguments get one line."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from imh_desktop.cli import main
from tests.factories import TEST_PASSWORD, give_password


@pytest.fixture
def url(db, agency, password_file) -> str:
    """The database of the hand-worked agency; every account has the test passphrase."""
    for staff_id in agency.ids.values():
        give_password(db, staff_id, TEST_PASSWORD)
    return db.url


@pytest.fixture
def run(capsys, clock):
    """Run the command line on the test clock, signed in as Sam unless ``--user`` says
    otherwise (the password from IMH_PASSWORD_FILE): (exit code, stdout, stderr)."""

    def run(*argv: str) -> tuple[int, str, str]:
        if "--user" not in argv:
            argv = ("--user", "ssupervisor", *argv)
        code = main(list(argv), clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_export_team_to_xlsx(url, tmp_path, run):
    out = tmp_path / "team.xlsx"
    code, stdout, _ = run(
        "export", "team", "--format", "xlsx", "--from", "2026-11-01",
        "--to", "2026-11-30", "--out", str(out), "--database", url,
    )  # fmt: skip
    assert code == 0 and stdout.strip() == f"Wrote 3 rows to {out}"
    ws = openpyxl.load_workbook(out).active
    names = [r[0].value for r in ws.iter_rows(min_row=2)]
    assert names == ["Ana Specialist", "Ben Specialist", "Team total"]
    assert ws["A4"].font.bold and not ws["A3"].font.bold  # the totals row stands out
    titles = [c.value for c in ws[1]]
    # Ana completed 3 (Ayala) + 1 (Brook) + 1 (Dinh) visits in November
    assert ws.cell(row=2, column=titles.index("Visits") + 1).value == 5


def test_a_supervisor_exports_their_own_team(url, tmp_path, run):
    out = tmp_path / "olga.csv"
    code, _, _ = run(
        "--user", "osupervisor", "export", "team", "--supervisor", "osupervisor",
        "--out", str(out), "--database", url,
    )  # fmt: skip
    assert code == 0
    with out.open(encoding="utf-8-sig") as f:
        assert [r["Specialist"] for r in csv.DictReader(f)] == ["Cleo Specialist", "Team total"]


@pytest.mark.parametrize(
    ("table", "message"),
    [("team", "Only a supervisor can see the team dashboard"),
     ("caseload", "Administrator accounts do not open families' records")],
)  # fmt: skip
def test_an_administrator_exports_no_families(url, tmp_path, run, table, message):
    out = tmp_path / f"{table}.csv"
    code, stdout, stderr = run(
        "--user", "aadmin", "export", table, "--out", str(out), "--database", url
    )
    assert code == 2 and stdout == "" and not out.exists()
    assert message in stderr


def test_export_caseload_of_one_specialist_to_csv(url, tmp_path, run):
    out = tmp_path / "ben.csv"
    code, _, _ = run(
        "--database", url, "export", "caseload", "--format", "csv",
        "--specialist", "bspecialist", "--from", "2026-10-01", "--to", "2026-10-31",
        "--out", str(out),
    )  # fmt: skip
    assert code == 0
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [(r["Family"], r["Specialist"], r["Enrolled"]) for r in rows] == [
        ("Gold", "Ben Specialist", "2026-10-01")
    ]
    assert rows[0]["Visits"] == "0"  # Gold's only visit was on 5 Nov


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export"], "Say which table to export"),
        (["export", "team", "--format", "pdf", "--out", "{d}/t.pdf"], "--format csv or --format xlsx"),
        (["export", "team", "--format", "csv", "--out", "{d}/t.xlsx"], "must end in .csv"),
        (["export", "team", "--out", "{d}/nowhere/t.csv"], "does not exist"),
        (["export", "team", "--out", "{d}/t.csv", "--from", "2026-11-31", "--to", "2026-12-01"],
         "--from '2026-11-31' is not a date"),
        (["export", "team", "--out", "{d}/t.csv", "--from", "2026-11-01"], "both --from and --to"),
        (["export", "team", "--out", "{d}/t.csv", "--from", "2026-11-05", "--to", "2026-11-01"],
         "--to is before --from"),
        (["export", "caseload", "--out", "{d}/t.csv", "--specialist", "nobody"],
         "No active staff user named 'nobody'"),
        (["export", "team", "--out", "{d}/t.csv", "--supervisor", "cspecialist"],
         "Cleo Specialist is not a supervisor"),
        (["export", "team", "--out", "{d}/t.csv", "--supervisor", "osupervisor", "--user",
          "ssupervisor"], "their own team only"),
        (["export", "caseload", "--out", "{d}/t.csv", "--specialist", "cspecialist"],
         "not on your team"),
    ],
)  # fmt: skip
def test_bad_arguments_get_one_line_and_no_file(url, tmp_path, run, args, message):
    argv = [a.replace("{d}", str(tmp_path / "out")) for a in args]
    (tmp_path / "out").mkdir()
    if "--user" in argv:  # a global option: it goes before the command
        i = argv.index("--user")
        argv = argv[i : i + 2] + argv[:i] + argv[i + 2 :]
    code, stdout, stderr = run("--database", url, *argv)
    assert code == 2 and stdout == ""
    assert stderr.count("\n") == 1 and message in stderr, stderr
    assert list((tmp_path / "out").iterdir()) == []


def test_export_my_visits_to_ics(db, url, agency, as_user, tmp_path, run):
    import datetime as dt

    import icalendar

    from imh_desktop.domain.enums import VisitOutcome
    from imh_desktop.domain.inputs import VisitInput
    from tests.factories import add_visit

    ana = as_user(agency.ids["aspecialist"])
    planned = VisitInput(dt.date(2026, 11, 30), VisitOutcome.PLANNED, start_time=dt.time(9))
    add_visit(ana, agency.fam["f1"], planned)
    out = tmp_path / "ana.ics"
    code, stdout, err = run(
        "--user", "aspecialist", "export", "ics", "--out", str(out), "--database", url
    )
    assert code == 0 and stdout.strip() == f"Wrote 2 planned visits to {out}"  # and f1's own
    assert "no names" in err
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert dt.datetime(2026, 11, 30, 9, tzinfo=dt.UTC) in [e.decoded("dtstart") for e in events]
    assert "Ayala" not in out.read_text()
    code, _, err = run("export", "ics", "--out", str(tmp_path / "x.txt"), "--database", url)
    assert code != 0 and ".ics" in err
