"""``imh-desktop staff``: list staff, add the first user, then others as a supervisor or admin."""

from __future__ import annotations

import pytest

from imh_desktop.cli import main
from imh_desktop.data.db import Database
from imh_desktop.services.admin.staff import find_staff


@pytest.fixture
def url(tmp_path, monkeypatch):
    """A new database file; the default database is moved into tmp_path too, to see it unused."""
    monkeypatch.setattr(
        "imh_desktop.data.db.default_database_path",
        lambda demo=False: tmp_path / ("default-demo.sqlite" if demo else "default.sqlite"),
    )
    return f"sqlite:///{tmp_path / 'agency.sqlite'}"


def test_staff_add_and_list(tmp_path, capsys, clock):
    url = f"sqlite:///{tmp_path / 'agency.sqlite'}"

    def staff(*args: str) -> int:
        return main(["staff", "--database", url, *args], clock=clock)

    assert staff("list") == 0 and capsys.readouterr().out == ""  # no one yet
    assert staff("add", "kolstad", "Kari Ølstad", "--role", "admin") == 0  # the first: no --as
    assert staff("add", "anguyen", "Ánh Nguyễn") == 2  # needs --as now
    assert "Only an administrator" in capsys.readouterr().err
    assert staff("add", "anguyen", "Ánh Nguyễn", "--as", "kolstad") == 0
    assert staff("add", "bnguyen", "Bình Nguyễn", "--as", "anguyen") == 2  # a specialist
    assert "Only a" in capsys.readouterr().err
    assert staff("list") == 0
    out = capsys.readouterr().out
    assert "Kari Ølstad" in out and "Ánh Nguyễn" in out and "Bình" not in out


def test_supervisor_and_role_are_stored(url, capsys, clock):
    def staff(*args: str) -> int:
        return main(["staff", "--database", url, *args], clock=clock)

    assert staff("add", "ssam", "Sam Supervisor", "--role", "supervisor") == 0
    assert capsys.readouterr().out == "Added Sam Supervisor (ssam, supervisor).\n"
    assert staff("add", "ana", "Ana Ølstad", "--supervisor", "ssam", "--as", "ssam") == 0
    assert capsys.readouterr().out == "Added Ana Ølstad (ana, specialist).\n"
    db = Database(url)
    try:
        ana, sam = find_staff(db, "ana"), find_staff(db, "ssam")
    finally:
        db.dispose()
    assert ana.supervisor_id == sam.id and ana.role.value == "specialist"
    assert staff("list") == 0
    assert capsys.readouterr().out.splitlines() == [
        "ssam             Supervisor  Sam Supervisor",
        "ana              Specialist  Ana Ølstad",
    ]


def test_the_global_user_option_acts_as_the_adder(url, capsys, clock):
    assert (
        main(
            ["staff", "--database", url, "add", "ssam", "Sam", "--role", "supervisor"], clock=clock
        )
        == 0
    )
    assert (
        main(["--user", "ssam", "staff", "--database", url, "add", "ana", "Ana"], clock=clock) == 0
    )
    assert "Added Ana (ana, specialist)." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["add", "ana", "Ana", "--as", "nobody"], "imh-desktop: No active staff user named 'nobody'."),
        (["add", "ssam", "Again", "--as", "ssam"], "imh-desktop: The username 'ssam' is taken."),
        (["add", "bo", "Bo", "--supervisor", "ghost", "--as", "ssam"],
         "imh-desktop: No active staff user named 'ghost'."),
        (["add", " ", "Blank", "--as", "ssam"], None),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_adds_no_one(url, capsys, clock, argv, message):
    assert (
        main(
            ["staff", "--database", url, "add", "ssam", "Sam", "--role", "supervisor"], clock=clock
        )
        == 0
    )
    capsys.readouterr()
    assert main(["staff", "--database", url, *argv], clock=clock) == 2
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("imh-desktop: ") and captured.out == ""
    if message is not None:
        assert err == [message]
    assert main(["staff", "--database", url, "list"], clock=clock) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == ["ssam"]


def test_an_unknown_role_is_refused_by_the_parser(url, capsys, clock):
    with pytest.raises(SystemExit) as exited:
        main(["staff", "--database", url, "add", "ana", "Ana", "--role", "boss"], clock=clock)
    assert exited.value.code == 2
    assert "invalid choice: 'boss'" in capsys.readouterr().err


def test_the_database_option_before_the_command_is_used(url, tmp_path, capsys, clock):
    """``imh-desktop --database URL staff ...`` works on URL, as the main help says."""
    assert (
        main(
            ["--database", url, "staff", "add", "ssam", "Sam", "--role", "supervisor"], clock=clock
        )
        == 0
    )
    assert main(["--database", url, "staff", "list"], clock=clock) == 0
    assert "Sam" in capsys.readouterr().out
    assert not (tmp_path / "default.sqlite").exists()
