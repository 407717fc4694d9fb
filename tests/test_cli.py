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
