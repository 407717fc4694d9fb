"""The command line signs in: setup, staff accounts, own password, and every refusal in one line."""

from __future__ import annotations

import os
import re
import sys

import pytest
from sqlalchemy import select

from imh_desktop.cli import main
from imh_desktop.data.models import AuditEvent
from tests.factories import TEST_PASSWORD, give_password

# The suite on encrypted files (IMH_TEST_DATABASE=sqlcipher; see tests/conftest.py).
ENCRYPTED = os.environ.get("IMH_TEST_DATABASE") == "sqlcipher"


@pytest.fixture
def run(capsys, clock, db, monkeypatch):
    """``run(*argv)`` on the test database (IMH_DATABASE_URL) and clock: (exit code, stdout,
    stderr)."""
    monkeypatch.setenv("IMH_DATABASE_URL", db.url)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv), clock=clock)
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def _audit(db) -> list[tuple[int | None, str]]:
    with db.read() as s:
        return [
            (e.staff_id, e.action) for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))
        ]


@pytest.mark.skipif(
    ENCRYPTED, reason="set-up of an existing file: the encrypted suite's file has its key already"
)
def test_setup_then_staff_then_their_own_password(run, db, password_file, typed):
    code, out, _ = run("setup", "--username", "kolstad", "--full-name", "Kari Ølstad")
    assert code == 0 and "Kari Ølstad (kolstad) is the administrator" in out
    code, _, err = run("setup", "--username", "other", "--full-name", "Other")
    assert code == 2 and "set up already" in err

    code, out, _ = run("--user", "kolstad", "staff", "add", "mgarcia", "María García")
    assert code == 0
    temporary = re.search(r"Temporary password: (\S+)", out).group(1)

    password_file(temporary)  # María signs in with it: she must choose her own first
    code, _, err = run("--user", "mgarcia", "staff", "list")
    assert code == 2 and "choose your own first" in err and err.count("\n") == 1
    typed("my own new passphrase", "my own new passphrase")
    code, out, _ = run("--user", "mgarcia", "password")
    assert code == 0 and "changed" in out
    password_file("my own new passphrase")
    code, out, _ = run("--user", "mgarcia", "staff", "list")
    assert code == 0 and "María García" in out and "kolstad" in out


@pytest.mark.skipif(
    ENCRYPTED,
    reason="a reactivated account needs a reset to open an encrypted file from cold (docs/security.md)",
)
def test_an_administrator_resets_deactivates_and_reactivates(run, db, staff, password_file):
    run("setup", "--username", "kolstad", "--full-name", "Kari Ølstad")
    give_password(db, staff["aspecialist"], TEST_PASSWORD)
    code, out, _ = run("--user", "kolstad", "staff", "deactivate", "aspecialist")
    assert code == 0 and "Deactivated Ana Specialist" in out
    code, out, _ = run("--user", "kolstad", "staff", "list")
    assert re.search(r"aspecialist .*Ana Specialist  \(inactive\)", out)
    assert re.search(r"ssupervisor .*\(no password\)", out)
    code, _, err = run("--user", "aspecialist", "staff", "list")
    assert code == 2 and "not right" in err  # a deactivated account cannot sign in
    assert run("--user", "kolstad", "staff", "reactivate", "aspecialist")[0] == 0
    code, out, _ = run("--user", "kolstad", "staff", "reset-password", "aspecialist")
    assert code == 0 and "New temporary password for Ana Specialist" in out
    code, out, _ = run("--user", "kolstad", "staff", "list")
    assert re.search(r"aspecialist .*\(must change password\)", out)
    code, _, err = run("--user", "kolstad", "staff", "reset-password", "nobody")
    assert code == 2 and "No account named 'nobody'" in err


def test_a_supervisor_cannot_add_an_administrator(run, db, staff, password_file):
    give_password(db, staff["ssupervisor"], TEST_PASSWORD)
    code, _, err = run(
        "--user", "ssupervisor", "staff", "add", "boss", "Big Boss", "--role", "admin"
    )
    assert code == 2 and "Only an administrator can add an administrator" in err
    code, _, err = run("--user", "ssupervisor", "staff", "deactivate", "aspecialist")
    assert code == 2 and "Only an administrator" in err


@pytest.mark.skipif(
    ENCRYPTED,
    reason="a refusal before an encrypted file opens cannot be audited inside it (docs/security.md)",
)
def test_every_command_signs_in_first(run, db, staff, password_file, tmp_path, monkeypatch):
    out = str(tmp_path / "c.pdf")
    code, _, err = run("report", "caseload", "--out", out)
    assert code == 2 and "Sign in first: put --user USERNAME" in err and err.count("\n") == 1
    give_password(db, staff["ssupervisor"], TEST_PASSWORD)
    assert run("--user", "ssupervisor", "report", "caseload", "--out", out)[0] == 0
    assert (staff["ssupervisor"], "sign_in") in _audit(db)

    password_file("not the password at all")
    code, _, err = run("--user", "ssupervisor", "report", "caseload", "--out", out)
    assert code == 2 and err.startswith("imh-desktop: The username or password is not right")
    assert _audit(db)[-1] == (staff["ssupervisor"], "sign_in_failed")


def test_the_password_file_must_be_private(run, db, staff, password_file):
    give_password(db, staff["ssupervisor"], TEST_PASSWORD)
    password_file(TEST_PASSWORD).chmod(0o644)
    code, _, err = run("--user", "ssupervisor", "staff", "list")
    assert code == 2 and "other users can read" in err and "chmod 600" in err


def test_without_a_password_file_the_terminal_is_asked(run, db, staff, typed, monkeypatch):
    give_password(db, staff["ssupervisor"], TEST_PASSWORD)
    monkeypatch.delenv("IMH_PASSWORD_FILE", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    code, _, err = run("--user", "ssupervisor", "staff", "list")
    assert code == 2 and "run the command in a terminal" in err and "IMH_PASSWORD_FILE" in err
    typed(TEST_PASSWORD)
    code, out, _ = run("--user", "ssupervisor", "staff", "list")
    assert code == 0 and "Ana Specialist" in out


@pytest.mark.skipif(
    ENCRYPTED, reason="set-up of an existing file: the encrypted suite's file has its key already"
)
def test_setup_asks_twice_at_the_terminal(run, db, typed, monkeypatch):
    monkeypatch.delenv("IMH_PASSWORD_FILE", raising=False)
    typed("first passphrase here", "second passphrase here")
    code, _, err = run("setup", "--username", "kolstad", "--full-name", "Kari Ølstad")
    assert code == 2 and "differ" in err
    typed("kolstad", "kolstad")
    code, _, err = run("setup", "--username", "kolstad", "--full-name", "Kari Ølstad")
    assert code == 2 and "at least 12 characters" in err
    typed(TEST_PASSWORD, TEST_PASSWORD)
    assert run("setup", "--username", "kolstad", "--full-name", "Kari Ølstad")[0] == 0


def test_the_database_named_before_setup_or_password_is_used(
    tmp_path, password_file, typed, capsys, clock, monkeypatch
):
    """``imh-desktop --database URL setup`` sets up URL, not the default database file."""
    default = tmp_path / "default.sqlite"
    monkeypatch.setattr(
        "imh_desktop.data.db.default_database_path",
        lambda demo=False: tmp_path / "default-demo.sqlite" if demo else default,
    )
    url = f"sqlite:///{tmp_path / 'agency.sqlite'}"
    argv = ["--database", url, "setup", "--username", "kolstad", "--full-name", "Kari Ølstad"]
    assert main(argv, clock=clock) == 0
    typed("a brand new passphrase", "a brand new passphrase")
    assert main(["--database", url, "--user", "kolstad", "password"], clock=clock) == 0
    out = capsys.readouterr().out
    assert "Kari Ølstad (kolstad) is the administrator" in out and "changed" in out
    assert not default.exists()
