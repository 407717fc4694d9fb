"""The command line: version, help, and one clear line for bad input."""

from __future__ import annotations

import subprocess
import sys

import pytest

from imh_desktop import __version__
from imh_desktop.cli import main


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--version"], [f"IMH Desktop {__version__}"]),
        (["--help"], ["--database URL", "demo", "staff", "export", "report"]),
    ],
)
def test_version_and_help_print_and_exit_zero(argv, expected, capsys):
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    for text in expected:
        assert text in captured.out


def test_python_dash_m_works():
    done = subprocess.run(
        [sys.executable, "-m", "imh_desktop", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == f"IMH Desktop {__version__}"


def test_an_unknown_user_gets_one_plain_line_and_no_output(
    db, staff, password_file, tmp_path, capsys, clock
):
    out = tmp_path / "caseload.pdf"
    argv = ["--user", "nosuchuser", "report", "caseload", "--out", str(out), "--database", db.url]
    assert main(argv, clock=clock) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and not out.exists()
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("imh-desktop: The username or password is not right")
