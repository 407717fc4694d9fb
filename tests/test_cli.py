"""The command line: version, help, and one clear line for bad input."""

from __future__ import annotations

import subprocess
import sys

from imh_desktop import __version__
from imh_desktop.cli import main


def test_version_and_help(capsys):
    for argv in (["--version"], ["--help"]):
        try:
            main(argv)
        except SystemExit as exc:
            assert exc.code == 0
    out = capsys.readouterr().out
    assert __version__ in out and "--database URL" in out and "demo" in out


def test_python_dash_m_works():
    done = subprocess.run(
        [sys.executable, "-m", "imh_desktop", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == f"IMH Desktop {__version__}"


def test_unknown_user_is_one_clear_line(tmp_path, capsys, clock):
    url = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    assert main(["--database", url, "--create", "--user", "nobody"], clock=clock) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["imh-desktop: No active staff user named 'nobody'."]


def test_staff_add_and_list(tmp_path, capsys, clock):
    url = f"sqlite:///{tmp_path / 'agency.sqlite'}"

    def staff(*args: str) -> int:
        return main(["staff", "--database", url, *args], clock=clock)

    assert staff("list", "--create") == 0 and capsys.readouterr().out == ""  # no one yet
    assert staff("add", "kolstad", "Kari Ølstad", "--role", "admin") == 0  # the first: no --as
    assert staff("add", "anguyen", "Ánh Nguyễn") == 2  # needs --as now
    assert "Only an administrator" in capsys.readouterr().err
    assert staff("add", "anguyen", "Ánh Nguyễn", "--as", "kolstad") == 0
    assert staff("add", "bnguyen", "Bình Nguyễn", "--as", "anguyen") == 2  # a specialist
    assert "Only a" in capsys.readouterr().err
    assert staff("list") == 0
    out = capsys.readouterr().out
    assert "Kari Ølstad" in out and "Ánh Nguyễn" in out and "Bình" not in out
