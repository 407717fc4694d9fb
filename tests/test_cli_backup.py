"""``imh-desktop backup``, ``backup list`` and ``restore`` on an SQLite database."""

from __future__ import annotations

import pytest

from imh_desktop.cli import EXIT_REFUSED, EXIT_STORAGE, main
from imh_desktop.data.db import sqlite_url
from imh_desktop.demo.generate import DEMO_PASSWORD


@pytest.fixture
def run(capsys, clock):
    """Run the command line, signed in as the demo's supervisor unless ``--user`` says."""

    def run(*argv: str) -> tuple[int, list[str], list[str]]:
        if "--user" not in argv and argv[0] != "demo":
            argv = ("--user", "sboiko", *argv)
        code = main(list(argv), clock=clock)
        captured = capsys.readouterr()
        return code, captured.out.strip().splitlines(), captured.err.strip().splitlines()

    return run


@pytest.fixture
def agency(tmp_path, run, password_file) -> str:
    url = sqlite_url(tmp_path / "agency.sqlite")
    assert run("demo", "--families", "8", "--database", url)[0] == 0
    password_file(DEMO_PASSWORD)
    return url


def test_backup_list_and_restore(run, agency, tmp_path):
    code, out, _ = run("backup", "--database", agency)
    assert code == 0 and len(out) == 1
    first = tmp_path / "backups" / "agency-20261125-100000.sqlite"
    assert out[0].startswith(f"Backed up to {first} in ")
    assert "and checked it: families 8, visits " in out[0]
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, _ = run("--database", agency, "backup", "--to", str(usb))
    assert code == 0 and (usb / first.name).exists()
    code, out, _ = run("backup", "list", "--database", agency)
    assert code == 0 and len(out) == 1 and out[0].endswith(str(first))
    assert (
        run("staff", "add", "late", "Late Arrival", "--supervisor", "sboiko", "--database", agency)[
            0
        ]
        == 0
    )
    code, out, _ = run("restore", str(first), "--database", agency)
    assert code == 0
    assert out[0].startswith(
        f"Restored the backup of 2026-11-25 10:00 into {tmp_path / 'agency.sqlite'}"
    )
    aside = tmp_path / "agency.before-restore-20261125-100000.sqlite"
    assert out[1] == f"The data it replaced is set aside at {aside}" and aside.exists()
    code, out, _ = run("staff", "list", "--database", agency)
    assert not any("Late Arrival" in line for line in out)


def test_restore_refuses_what_is_not_a_backup(run, agency, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a backup")
    code, _, err = run("restore", str(notes), "--database", agency)
    assert code == EXIT_STORAGE and err == [
        f"imh-desktop: {notes} is not an IMH Desktop backup, or it is damaged. An encrypted "
        "backup needs its key file notes.txt.keys beside it."
    ]
    code, _, err = run("restore", str(tmp_path / "nothing.sqlite"), "--database", agency)
    assert code == EXIT_STORAGE and len(err) == 1 and "There is no backup file" in err[0]


def test_only_supervisors_and_administrators(run, agency):
    code, _, err = run("backup", "--user", "jlewis", "--database", agency)
    assert code == EXIT_REFUSED
    assert err == [
        "imh-desktop: Only a supervisor or an administrator can make, look into or restore backups."
    ]
