"""Backups and restores: who may, where they go, what comes back."""

from __future__ import annotations

import datetime as dt
import shutil
import stat

import pytest
from sqlalchemy import text

from imh_desktop.data.db import Database, sqlite_url
from imh_desktop.data.migrate import current_revision, head_revision, upgrade_database
from imh_desktop.data.opening import open_database
from imh_desktop.demo.generate import generate_demo
from imh_desktop.domain.errors import PermissionDeniedError, StorageError
from imh_desktop.services.admin import backups
from imh_desktop.services.admin.staff import default_user
from imh_desktop.services.common.context import ServiceContext
from tests.factories import ON_POSTGRES

pytestmark = pytest.mark.skipif(ON_POSTGRES, reason="SQLite backups; PostgreSQL in test_pg_dump")

# Whole rows of what must come back from a backup.
KEPT = ("families", "caregivers", "children", "goals", "visits", "goal_progress", "amendments",
        "screenings", "audit_events", "staff_users")  # fmt: skip


def rows(db: Database) -> dict[str, list[tuple]]:
    with db.connect() as conn:
        return {t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY id"))]
                for t in KEPT}  # fmt: skip


@pytest.fixture
def agency(db, clock):
    """A small synthetic agency; the context of its first supervisor."""
    generate_demo(db, 25, 7, clock.today())
    return ServiceContext(db, default_user(db).id, clock)


def specialist(agency):
    with agency.db.connect() as conn:
        user_id = conn.execute(
            text("SELECT id FROM staff_users WHERE role = 'specialist'")
        ).scalar()
    return agency.as_user(user_id)


def test_a_backup_restored_into_a_fresh_folder_has_every_record(agency, tmp_path):
    before = rows(agency.db)
    assert all(before[t] for t in ("families", "visits", "amendments", "audit_events"))
    made = backups.make_backup(agency)
    assert made.path.parent == agency.db.sqlite_path.parent / "backups"
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert made.counts["families"] == 25 and made.counts["visits"] == len(before["visits"])

    fresh = open_database(sqlite_url(tmp_path / "new computer" / "imh.sqlite"), create=True)
    result = backups.restore_backup(ServiceContext(fresh, 0, agency.clock), made.path)
    assert result.set_aside is None  # there was nothing to set aside
    if fresh.locked:  # an encrypted suite: the sign-in opens it with the key
        fresh.open_with(agency.db.key)
    assert rows(fresh) == before  # every family, note, amendment and audit event
    fresh.dispose()


def test_a_backup_on_demand_is_recorded_and_refused_to_specialists(agency):
    made = backups.make_backup(agency)
    with agency.db.connect() as conn:
        action, detail = conn.execute(
            text("SELECT action, detail FROM audit_events ORDER BY id DESC LIMIT 1")
        ).one()
    assert action == "backup" and made.path.name in detail
    ana = specialist(agency)
    for attempt in (
        lambda: backups.make_backup(ana),
        lambda: backups.list_backups(ana),
        lambda: backups.inspect_backup(ana, made.path),
        lambda: backups.restore_backup(ana, made.path),
    ):
        with pytest.raises(PermissionDeniedError):
            attempt()


def test_automatic_backups_once_a_day_rotated(agency, clock):
    ana = specialist(agency)  # anyone signed in gets the automatic backup
    for day in range(16, 26):  # 16 to 25 November
        clock.set(dt.datetime(2026, 11, day, 17, 0, tzinfo=dt.UTC))
        assert backups.backup_due(ana)
        backups.automatic_backup(ana)
        assert not backups.backup_due(ana)
    kept = [b.taken_at.date() for b in backups.list_backups(agency)]
    # 7 days, and the newest of this week, last week (22nd) and this month: all among them
    assert kept == [dt.date(2026, 11, d) for d in range(25, 18, -1)]


def test_the_backups_folder_is_chosen_by_a_supervisor(agency, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    assert backups.choose_backup_folder(agency, str(share / "imh-backups")) == share / "imh-backups"
    assert backups.make_backup(agency).path.parent == share / "imh-backups"
    with pytest.raises(StorageError, match="full path"):
        backups.choose_backup_folder(agency, "relative/folder")
    gone = tmp_path / "unplugged-drive" / "backups"
    with pytest.raises(StorageError, match="is the network drive connected"):
        backups.choose_backup_folder(agency, str(gone))
    assert not gone.parent.exists()  # no local folder in the drive's place
    with pytest.raises(PermissionDeniedError):
        backups.choose_backup_folder(specialist(agency), str(share))


def test_restore_sets_the_current_data_aside_and_is_recorded(agency, clock):
    before = rows(agency.db)  # the backup holds this; its own audit row comes after it
    made = backups.make_backup(agency)
    with agency.db.connect() as conn:
        conn.execute(text("UPDATE families SET display_name = 'Renamed family' WHERE id = 1"))
        conn.commit()
    clock.set(dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC))
    result = backups.restore_backup(agency, made.path)
    after = rows(agency.db)
    assert after["families"] == before["families"]  # the rename is undone
    assert after["audit_events"][: len(before["audit_events"])] == before["audit_events"]
    with agency.db.connect() as conn:
        action, staff_id = conn.execute(
            text("SELECT action, staff_id FROM audit_events ORDER BY id DESC LIMIT 1")
        ).one()
    assert action == "restore" and staff_id == agency.user_id
    from imh_desktop.services.audit.verify import verify_audit_trail

    checked = verify_audit_trail(agency)  # the restored chain, with the restore linked on
    assert checked.breaks == () and checked.tampered_notes == ()
    assert checked.events >= len(before["audit_events"]) + 1
    aside = result.set_aside
    assert aside is not None and aside.name == "imh.before-restore-20261126-090000.sqlite"
    kept = Database(sqlite_url(aside), key=agency.db.key)  # encrypted like the database, if it is
    with kept.connect() as conn:
        assert conn.execute(text("SELECT display_name FROM families WHERE id = 1")).scalar() == (
            "Renamed family"
        )
    kept.dispose()


def test_a_damaged_backup_is_not_restored(agency, tmp_path):
    made = backups.make_backup(agency)
    before = rows(agency.db)
    broken = tmp_path / "broken.sqlite"
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\x05" * 4096
    broken.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="damaged"):
        backups.restore_backup(agency, broken)
    assert rows(agency.db) == before
    with pytest.raises(StorageError, match="no backup file"):
        backups.restore_backup(agency, tmp_path / "missing.sqlite")


def test_an_old_backup_is_upgraded_once_restored(agency, tmp_path):
    old = tmp_path / "old.sqlite"
    legacy = Database(sqlite_url(old))
    upgrade_database(legacy, "0001")
    legacy.dispose()
    backups.restore_backup(agency, old)
    assert current_revision(agency.db) == head_revision()


def test_read_only_databases_are_not_restored_into(agency, tmp_path):
    made = backups.make_backup(agency)
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(made.path, copy)
    read_only = Database(sqlite_url(copy), read_only=True, key=agency.db.key)
    with pytest.raises(StorageError, match="read-only"):
        backups.restore_backup(ServiceContext(read_only, agency.user_id, agency.clock), made.path)
    read_only.dispose()


# Encrypted databases (SQLCipher): the key slots travel with every backup ------------------


@pytest.fixture
def encrypted(tmp_path, clock):
    """A small encrypted demo agency opened by its supervisor's sign-in: (path, context, username)."""
    from imh_desktop.demo.encrypted import generate_encrypted_demo

    path = tmp_path / "agency" / "imh.sqlite"
    db = Database(sqlite_url(path), encrypt_new=True)
    generate_encrypted_demo(db, 8, 3, clock.today())
    with db.connect() as conn:
        supervisor = conn.execute(
            text("SELECT username FROM staff_users WHERE role = 'supervisor' ORDER BY id")
        ).scalar()
    db.dispose()
    return path, sign_in_supervisor(path, clock, supervisor), supervisor


def sign_in_supervisor(path, clock, username) -> ServiceContext:
    """Open the encrypted file the way the program does: locked, then a passphrase."""
    from imh_desktop.demo.generate import DEMO_PASSWORD
    from imh_desktop.services.auth.signin import sign_in

    db = Database(sqlite_url(path), encrypt_new=True)
    assert db.locked and db.encrypted
    return sign_in(db, username, DEMO_PASSWORD, clock).context


def test_an_encrypted_backup_carries_its_key_slots_and_opens_only_with_the_key(encrypted):
    from imh_desktop.data import backup as files
    from imh_desktop.data import cipher
    from imh_desktop.data.keyfile import keyfile_path

    path, ctx, _ = encrypted
    made = backups.make_backup(ctx)
    assert not cipher.is_plain_sqlite(made.path)  # encrypted like the database
    slots = keyfile_path(made.path)
    assert slots.read_bytes() == keyfile_path(path).read_bytes()
    assert stat.S_IMODE(slots.stat().st_mode) == 0o600
    checked = backups.inspect_backup(ctx, made.path)  # opened with the database's key
    assert checked.counts["families"] == 8 and checked.counts == made.counts
    with pytest.raises(StorageError, match="encrypted with another key"):
        files.check_sqlite_backup(made.path, key=bytes(32))
    with pytest.raises(StorageError, match="only the encrypted database it was made from"):
        files.check_sqlite_backup(made.path)  # no key: a plain database cannot open it
    slots.rename(slots.with_name("elsewhere.keys"))
    with pytest.raises(StorageError, match=r"not an IMH Desktop backup.*needs its key file"):
        backups.inspect_backup(ctx, made.path)
    ctx.db.dispose()


def test_an_encrypted_restore_puts_the_database_and_its_key_slots_back(encrypted, clock):
    from imh_desktop.data import cipher
    from imh_desktop.data.keyfile import KeyFile, keyfile_path, user_slot

    path, ctx, who = encrypted
    made = backups.make_backup(ctx)
    before = rows(ctx.db)
    slots_then = keyfile_path(made.path).read_bytes()
    later = KeyFile.load(keyfile_path(path)).without_slot(user_slot(who))  # an account goes
    later.save()
    slots_later = keyfile_path(path).read_bytes()
    with ctx.db.connect() as conn:
        conn.exec_driver_sql("UPDATE families SET status = 'closed'")
        conn.commit()
    result = backups.restore_backup(ctx, made.path)
    assert rows(ctx.db) == {**before, "audit_events": rows(ctx.db)["audit_events"]}
    assert keyfile_path(path).read_bytes() == slots_then  # the backup's slots are back
    aside = result.set_aside
    assert aside is not None and not cipher.is_plain_sqlite(aside)
    assert keyfile_path(aside).read_bytes() == slots_later  # set aside with the slots it had
    ctx.db.dispose()
    again = sign_in_supervisor(path, clock, who)  # the restored slots open the restored file
    assert rows(again.db)["families"] == before["families"]
    again.db.dispose()


def test_an_encrypted_backup_restored_on_a_new_computer(encrypted, tmp_path, clock):
    _, ctx, who = encrypted
    made = backups.make_backup(ctx, tmp_path / "usb")
    before = rows(ctx.db)["families"]
    ctx.db.dispose()
    new = tmp_path / "new computer" / "imh.sqlite"
    fresh = open_database(sqlite_url(new), create=True)
    assert fresh.is_new
    result = backups.restore_backup(ServiceContext(fresh, 0, clock), made.path)
    assert result.set_aside is None and fresh.locked and fresh.encrypted
    fresh.dispose()
    opened = sign_in_supervisor(new, clock, who)
    assert rows(opened.db)["families"] == before
    opened.db.dispose()


def test_a_plain_backup_restored_into_an_encrypted_database_is_encrypted(encrypted, tmp_path):
    from imh_desktop.data import backup as files
    from imh_desktop.data import cipher

    path, ctx, _ = encrypted
    plain = tmp_path / "plain" / "imh-20261101-090000.sqlite"
    plain.parent.mkdir()
    other = Database(sqlite_url(tmp_path / "plain.sqlite"))
    upgrade_database(other)
    files.write_sqlite_backup(other.sqlite_path, plain)  # made before encryption: no slots
    other.dispose()
    backups.restore_backup(ctx, plain)
    assert not cipher.is_plain_sqlite(path)
    assert rows(ctx.db)["families"] == []
    ctx.db.dispose()


def test_rotation_removes_an_encrypted_backup_with_its_key_slots(encrypted, clock):
    from imh_desktop.data.keyfile import keyfile_path

    _, ctx, _ = encrypted
    first = backups.automatic_backup(ctx)
    clock.set(dt.datetime(2026, 11, 25, 17, 0, tzinfo=dt.UTC))
    second = backups.automatic_backup(ctx)
    assert first is not None and second is not None
    assert not first.path.exists() and not keyfile_path(first.path).exists()
    assert keyfile_path(second.path).exists()
    ctx.db.dispose()
