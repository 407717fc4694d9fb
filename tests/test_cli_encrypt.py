"""``imh-desktop encrypt`` and ``imh-desktop recover``, typed at a terminal."""

from __future__ import annotations

import re

import pytest

from imh_desktop.cli import main
from imh_desktop.data import cipher
from imh_desktop.data.db import Database, sqlite_url
from imh_desktop.data.migrate import upgrade_database
from imh_desktop.services.auth.setup import set_up_administrator
from tests.factories import TEST_PASSWORD

RECOVERY = re.compile(r"^    ((?:[A-Z2-7]{5}-){5}[A-Z2-7]{5})$", re.M)


@pytest.fixture
def plain(tmp_path, clock):
    """An unencrypted database file with its administrator, kolstad: its URL and path."""
    path = tmp_path / "agency" / "imh.sqlite"
    db = Database(sqlite_url(path))
    upgrade_database(db)
    set_up_administrator(db, "kolstad", "Kari Olstad", TEST_PASSWORD, clock)
    db.dispose()
    return sqlite_url(path), path


@pytest.fixture
def run(capsys, clock):
    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv), clock=clock)
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_encrypt_prints_its_steps_and_the_recovery_key_once(plain, run, password_file):
    url, path = plain
    code, out, err = run("--user", "kolstad", "encrypt", "--database", url)
    assert code == 0, err
    for step in ("Backing up", "Copying", "Checked the copy", "Writing the key file", "Done"):
        assert step in out
    assert len(RECOVERY.findall(out)) == 1 and not cipher.is_plain_sqlite(path)
    code, _, err = run("--user", "kolstad", "encrypt", "--database", url)
    assert code == 2 and "encrypted already" in err
    code, out, _ = run("--user", "kolstad", "staff", "--database", url, "list")
    assert code == 0 and "kolstad" in out  # the password opens it from the command line


def test_encrypt_is_for_administrators_with_the_right_password(plain, run, password_file):
    url, path = plain
    password_file("not the right password at all")
    code, _, err = run("--user", "kolstad", "encrypt", "--database", url)
    assert code == 2 and "not right" in err and cipher.is_plain_sqlite(path)
    code, _, err = run("encrypt", "--database", url)
    assert code == 2 and "--user" in err and cipher.is_plain_sqlite(path)


def test_recover_opens_with_the_key_and_sets_a_new_passphrase(
    plain, run, password_file, typed, monkeypatch
):
    url, _ = plain
    _, out, _ = run("--user", "kolstad", "encrypt", "--database", url)
    key = RECOVERY.search(out).group(1)
    named = monkeypatch.delenv("IMH_PASSWORD_FILE") or password_file(TEST_PASSWORD)
    typed("ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ")
    code, _, err = run("recover", "--database", url, "--username", "kolstad")
    assert code == 2 and "does not open" in err
    typed(key.lower(), "lantern meadow oyster frost", "lantern meadow oyster frost")
    code, out, err = run("recover", "--database", url, "--username", "kolstad")
    assert code == 0 and "new passphrase" in out, err
    monkeypatch.setenv("IMH_PASSWORD_FILE", str(named))
    password_file("lantern meadow oyster frost")
    code, _, _ = run("--user", "kolstad", "staff", "--database", url, "list")
    assert code == 0
    password_file(TEST_PASSWORD)
    code, _, err = run("--user", "kolstad", "staff", "--database", url, "list")
    assert code == 2 and "not right" in err
