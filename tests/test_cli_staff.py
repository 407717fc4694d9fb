"""``imh-desktop staff``: the staff list as each role sees it, adding a person with their
supervisor, bad input in one line, and the database named before the command.

Signing in and the account actions (reset, deactivate, reactivate) are in test_cli_account.py.
"""

from __future__ import annotations

import re

import pytest

from imh_desktop.cli import main
from imh_desktop.services.admin.staff import find_staff
from tests.factories import TEST_PASSWORD, give_password


@pytest.fixture
def default_path(tmp_path, monkeypatch):
    """The application's default database file, moved into tmp_path to see it stay unused."""
    path = tmp_path / "default.sqlite"
    monkeypatch.setattr(
        "imh_desktop.data.db.default_database_path",
        lambda demo=False: tmp_path / "default-demo.sqlite" if demo else path,
    )
    return path


@pytest.fixture
def run(db, staff, password_file, default_path, capsys, clock):
    """``run(*argv, user=...)`` signed in as ``user`` (Sam by default) on the test database
    named after the command: (exit code, stdout, stderr). Everyone has the test passphrase;
    Ada is an administrator."""
    for staff_id in staff.values():  # Ada (aadmin) among them
        give_password(db, staff_id, TEST_PASSWORD)

    def run(*argv: str, user: str = "ssupervisor") -> tuple[int, str, str]:
        code = main(["--user", user, "staff", "--database", db.url, *argv], clock=clock)
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_the_staff_list_supervisors_first_then_by_name(run):
    code, out, err = run("list")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "ssupervisor      Supervisor  Sam Supervisor",
        "aspecialist      Specialist  Ana Specialist",
        "bspecialist      Specialist  Ben Specialist",
        "aadmin           Admin       Ada Admin",
    ]
    assert run("list", user="aspecialist")[1] == out  # a specialist sees the same list


def test_a_supervisor_adds_a_specialist_who_reports_to_them(db, run):
    code, out, err = run("add", "ana2", "Ánh Ølstad", "--supervisor", "ssupervisor")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Added Ánh Ølstad (ana2, specialist)."
    assert re.fullmatch(r"Temporary password: \S{12,}", lines[1])
    assert lines[2] == "Give it to them; they choose their own when they first sign in."
    added = find_staff(db, "ana2")
    assert (
        added.supervisor_id == find_staff(db, "ssupervisor").id and added.full_name == "Ánh Ølstad"
    )


def test_an_administrator_sees_each_accounts_state(run):
    run("add", "mgarcia", "María García", user="aadmin")
    code, out, _ = run("list", user="aadmin")
    assert code == 0
    assert "mgarcia          Specialist  María García  (must change password)" in out.splitlines()
    assert "ssupervisor      Supervisor  Sam Supervisor" in out.splitlines()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["add", "bo", "Bo", "--supervisor", "ghost"], "No active staff user named 'ghost'."),
        (["add", "aspecialist", "Again"], "The username 'aspecialist' is taken."),
        (["reset-password", "nobody"], "No account named 'nobody'."),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(run, argv, message):
    before = run("list", user="aadmin")[1]
    code, out, err = run(*argv, user="aadmin")
    assert (code, out) == (2, "") and err == f"imh-desktop: {message}\n"
    assert run("list", user="aadmin")[1] == before


def test_an_unknown_role_is_refused_by_the_parser(run, capsys):
    with pytest.raises(SystemExit) as exited:
        run("add", "ana2", "Ana", "--role", "boss")
    assert exited.value.code == 2
    assert "invalid choice: 'boss'" in capsys.readouterr().err


def test_the_database_named_before_the_command_is_used(db, staff, run, default_path, capsys, clock):
    """``imh-desktop --database URL staff ...`` works on URL, as the main help says."""
    argv = ["--database", db.url, "--user", "ssupervisor", "staff", "list"]
    assert main(argv, clock=clock) == 0
    assert "Sam Supervisor" in capsys.readouterr().out
    assert not default_path.exists()
