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


def test_unknown_user_is_one_clear_line(tmp_path, capsys, clock):
    url = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    assert main(["--database", url, "--user", "nobody"], clock=clock) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["imh-desktop: No active staff user named 'nobody'."]
