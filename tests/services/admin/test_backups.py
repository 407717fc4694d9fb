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
from tests.conftest import ON_POSTGRES

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
    aside = result.set_aside
    assert aside is not None and aside.name == "imh.before-restore-20261126-090000.sqlite"
    kept = Database(sqlite_url(aside))
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
    read_only = Database(sqlite_url(copy), read_only=True)
    with pytest.raises(StorageError, match="read-only"):
        backups.restore_backup(ServiceContext(read_only, agency.user_id, agency.clock), made.path)
    read_only.dispose()
