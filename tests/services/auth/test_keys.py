"""The encrypted SQLite database, end to end, whatever backend the rest of the suite runs on.

Set-up makes a new database encrypted; sign-in opens it with the person's key
slot; notes are saved, caseloads listed and reports written on it; without a
slot's secret the file (and its WAL) is noise; slots follow passwords;
the recovery key opens it; an unencrypted database is converted on request.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from imh_desktop.cli import main
from imh_desktop.data import cipher
from imh_desktop.data.db import Database, DatabaseLocked, sqlite_url
from imh_desktop.data.keyfile import keyfile_path
from imh_desktop.data.migrate import backup_sqlite, current_revision, head_revision
from imh_desktop.demo.encrypted import generate_encrypted_demo, open_demo
from imh_desktop.demo.generate import DEMO_PASSWORD, generate_demo
from imh_desktop.domain.enums import FamilyStatus, GoalStatus, Role, VisitMode, VisitOutcome
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.admin.accounts import deactivate_staff, reset_password
from imh_desktop.services.admin.encryption import encrypt_database
from imh_desktop.services.admin.staff import create_staff
from imh_desktop.services.auth.recovery import recover_administrator
from imh_desktop.services.auth.setup import needs_setup, set_up_administrator
from imh_desktop.services.auth.signin import (
    SignInFailed,
    change_password,
    failure_message,
    sign_in,
    sign_in_demo,
)
from imh_desktop.services.caseload.table import list_caseload
from imh_desktop.services.family.families import count_families
from imh_desktop.services.family.goals import list_goals
from imh_desktop.services.visits.notes import save_note, sign_visit
from imh_desktop.services.visits.records import GoalRating, NoteInput
from tests.factories import TEST_PASSWORD

CANARY = "Zebra-canary-7f3a9 heard the lullaby"
TODAY = dt.date(2026, 11, 25)


def fresh(path: Path) -> Database:
    """The database file as the program finds it when it starts: nobody signed in."""
    return Database(sqlite_url(path), encrypt_new=True)


@pytest.fixture
def agency(tmp_path, clock):
    """A new encrypted database set up by its administrator: (path, recovery key)."""
    path = tmp_path / "data" / "imh.sqlite"
    db = fresh(path)
    assert db.is_new and needs_setup(db)
    signed = set_up_administrator(db, "kolstad", "Kari Olstad", TEST_PASSWORD, clock)
    assert signed.recovery_key and db.encrypted and not db.locked
    db.dispose()
    return path, signed.recovery_key


@pytest.fixture
def demo(tmp_path):
    """A small encrypted demo database (the demo generator's, as ``--demo`` makes it)."""
    path = tmp_path / "demo" / "demo.sqlite"
    db = fresh(path)
    summary = generate_encrypted_demo(db, 12, 5, TODAY)
    db.dispose()
    return path, summary


def a_note(goal_ids: list[int], text: str) -> NoteInput:
    visit = VisitInput(
        visit_date=TODAY,
        outcome=VisitOutcome.COMPLETED,
        mode=VisitMode.HOME,
        start_time=dt.time(10, 0),
        duration_minutes=60,
        observation=text,
        caregiver_response="She noticed how quickly the baby calmed.",
        services=("reflective_conversation",),
        next_visit_date=TODAY + dt.timedelta(days=7),
    )
    return NoteInput(visit=visit, ratings=tuple(GoalRating(g, 3, "Steady.") for g in goal_ids))


def test_without_a_slot_secret_the_file_and_its_wal_are_noise(demo, clock):
    path, summary = demo
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    db = fresh(path)
    assert db.locked and not cipher.is_plain_sqlite(path)
    with pytest.raises(DatabaseLocked):  # nothing reads it before a slot opened it
        sign_in_demo(db, clock)
    specialist = summary.specialists[0]
    ctx = sign_in(db, specialist, DEMO_PASSWORD, clock).context
    row = next(r for r in list_caseload(ctx, "mine") if r.status is FamilyStatus.ACTIVE)
    goals = [g.id for g in list_goals(ctx, row.family_id, GoalStatus.ACTIVE)][:1]
    saved = save_note(ctx, row.family_id, a_note(goals, CANARY))
    sign_visit(ctx, saved.visit.id, saved.visit.version)
    files = [path, path.with_name(path.name + "-wal")]
    assert files[1].exists()  # the note is in the WAL now, still encrypted
    for file in files:
        assert CANARY.encode() not in file.read_bytes()
        assert b"Zebra-canary" not in file.read_bytes()
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert CANARY.encode() not in path.read_bytes()
    db.dispose()
    again = fresh(path)  # the note is there for whoever opens it
    ctx = sign_in(again, specialist, DEMO_PASSWORD, clock).context
    from imh_desktop.services.visits.visits import get_visit

    assert get_visit(ctx, saved.visit.id).observation == CANARY
    again.dispose()


def test_the_key_file_holds_no_secret_and_is_owner_only(agency):
    path, recovery = agency
    keys = keyfile_path(path)
    text = keys.read_text()
    assert keys.stat().st_mode & 0o777 == 0o600
    assert TEST_PASSWORD not in text and recovery not in text
    assert sorted(json.loads(text)["slots"]) == ["recovery", "user:kolstad"]


def test_sign_in_opens_the_database_and_says_the_same_for_every_refusal(agency, clock):
    path, _ = agency
    db = fresh(path)
    assert db.locked and not needs_setup(db)
    expected = failure_message(db)
    messages = []
    for username, password in (("kolstad", "not the right one"), ("nobody", TEST_PASSWORD)):
        with pytest.raises(SignInFailed) as refused:
            sign_in(db, username, password, clock)
        messages.append(refused.value.message)
        assert db.locked
    assert messages == [expected, expected]
    signed = sign_in(db, "KOLSTAD ", TEST_PASSWORD, clock)
    assert not db.locked and signed.user.role is Role.ADMIN
    assert current_revision(db) == head_revision()
    db.dispose()


def test_a_waiting_account_gets_the_same_message_and_the_file_closes_again(agency, clock):
    path, _ = agency
    db = fresh(path)
    ctx = sign_in(db, "kolstad", TEST_PASSWORD, clock).context
    temporary = "plum river cabin lantern"
    create_staff(ctx, "bob", "Bob Jones", Role.SPECIALIST, None, temporary)
    deactivate_staff(ctx, next(s for s in _accounts(ctx) if s.username == "bob").id)
    db.dispose()
    cold = fresh(path)
    with pytest.raises(SignInFailed) as refused:
        sign_in(cold, "bob", temporary, clock)  # no slot any more: refused before opening
    assert refused.value.message == failure_message(cold) and cold.locked


def _accounts(ctx):
    from imh_desktop.services.admin.accounts import list_accounts

    return list_accounts(ctx)


def test_slots_follow_passwords_made_reset_and_changed(agency, clock):
    path, _ = agency
    admin_db = fresh(path)
    admin = sign_in(admin_db, "kolstad", TEST_PASSWORD, clock).context
    temporary = "plum river cabin lantern"
    bob = create_staff(admin, "bob", "Bob Jones", Role.SPECIALIST, None, temporary)
    admin_db.dispose()

    cold = fresh(path)
    signed = sign_in(cold, "bob", temporary, clock)  # the temporary password opens it
    assert signed.must_change_password
    change_password(signed.context, temporary, "quiet harbour morning tea")
    cold.dispose()
    cold = fresh(path)
    with pytest.raises(SignInFailed):
        sign_in(cold, "bob", temporary, clock)
    sign_in(cold, "bob", "quiet harbour morning tea", clock)
    cold.dispose()

    admin_db = fresh(path)
    admin = sign_in(admin_db, "kolstad", TEST_PASSWORD, clock).context
    reset_password(admin, bob.id, "velvet anchor copper dune")
    admin_db.dispose()
    cold = fresh(path)
    with pytest.raises(SignInFailed):
        sign_in(cold, "bob", "quiet harbour morning tea", clock)
    assert sign_in(cold, "bob", "velvet anchor copper dune", clock).must_change_password
    cold.dispose()


def test_the_recovery_key_opens_it_and_the_administrator_chooses_a_new_passphrase(agency, clock):
    path, recovery = agency
    db = fresh(path)
    with pytest.raises(DomainError, match="does not open") as wrong:
        recover_administrator(db, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF", "kolstad", "x" * 20, clock)
    assert wrong.value.field == "recovery_key" and db.locked
    typed = recovery.lower().replace("-", " ")  # as a person might type it
    with pytest.raises(DomainError) as weak:
        recover_administrator(db, typed, "kolstad", "password12345", clock)
    assert weak.value.field == "new_password"
    signed = recover_administrator(db, typed, "kolstad", "lighthouse pebble autumn", clock)
    assert signed.user.username == "kolstad"
    db.dispose()
    cold = fresh(path)
    with pytest.raises(SignInFailed):
        sign_in(cold, "kolstad", TEST_PASSWORD, clock)
    sign_in(cold, "kolstad", "lighthouse pebble autumn", clock)
    cold.dispose()


def test_an_unencrypted_database_is_encrypted_on_request(tmp_path, clock):
    path = tmp_path / "old" / "imh.sqlite"
    plain = Database(sqlite_url(path))
    from imh_desktop.data.migrate import upgrade_database

    upgrade_database(plain)
    set_up_administrator(plain, "kolstad", "Kari Olstad", TEST_PASSWORD, clock)
    generate_demo(plain, 8, 3, TODAY)
    admin = sign_in(plain, "kolstad", TEST_PASSWORD, clock).context
    before = count_families(plain)  # an administrator opens no family: count the rows
    assert before > 0
    with pytest.raises(DomainError, match="not your password"):
        encrypt_database(admin, "not my password at all")
    assert cipher.is_plain_sqlite(path)
    steps: list[str] = []
    done = encrypt_database(admin, TEST_PASSWORD, steps.append)
    assert any("Backing up" in s for s in steps) and any("Checked the copy" in s for s in steps)
    assert done.others_without_slot > 0 and done.backup is None
    assert not cipher.is_plain_sqlite(path) and path.stat().st_mode & 0o777 == 0o600
    assert not list(path.parent.glob("*.backup-before-encryption-*"))  # no copy in the clear
    assert count_families(admin.db) == before  # the same Database, reopened with its key
    plain.dispose()

    cold = fresh(path)
    ctx = sign_in(cold, "kolstad", TEST_PASSWORD, clock).context
    assert count_families(cold) == before
    # Another account had no slot: signing in while the database is open makes one.
    someone = next(a for a in _accounts(ctx) if a.username != "kolstad" and a.active)
    with pytest.raises(SignInFailed):
        sign_in(fresh(path), someone.username, DEMO_PASSWORD, clock)
    sign_in(cold, someone.username, DEMO_PASSWORD, clock)
    cold.dispose()
    sign_in(fresh(path), someone.username, DEMO_PASSWORD, clock).context.db.dispose()


def test_upgrade_backups_of_an_encrypted_file_are_encrypted(agency, clock):
    path, _ = agency
    db = fresh(path)
    sign_in(db, "kolstad", TEST_PASSWORD, clock)
    copy = backup_sqlite(path, "test", clock, key=db.key)
    assert not cipher.is_plain_sqlite(copy)
    assert db.key is not None
    conn = cipher.connect(copy, db.key)
    assert conn.execute("SELECT count(*) FROM staff_users").fetchone()[0] == 1
    conn.close()
    db.dispose()


def test_the_demo_opens_itself_and_the_command_line_writes_reports(
    demo, clock, tmp_path, password_file, capsys
):
    path, summary = demo
    db = fresh(path)
    assert open_demo(db) and sign_in_demo(db, clock).user.username == summary.specialists[0]
    db.dispose()
    password_file(DEMO_PASSWORD)
    url = sqlite_url(path)
    supervisor = summary.supervisors[0]
    out = tmp_path / "caseload.pdf"
    code = main(
        ["--user", supervisor, "report", "caseload", "--out", str(out), "--database", url],
        clock=clock,
    )
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    password_file("not the demo password")
    code = main(["--user", supervisor, "staff", "--database", url, "list"], clock=clock)
    assert code == 2 and "username or password is not right" in capsys.readouterr().err


def test_a_missing_key_file_is_explained(agency):
    path, _ = agency
    keyfile_path(path).rename(path.with_name("elsewhere.keys"))
    with pytest.raises(DomainError, match="key file"):
        fresh(path)
