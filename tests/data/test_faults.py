"""Database faults during work: a busy database is waited for, then named; a full one too."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import func, select

from imh_desktop.data import db as db_module
from imh_desktop.data.db import Database, sqlite_url
from imh_desktop.data.migrate import upgrade_database
from imh_desktop.data.models import StaffUser
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DatabaseBusyError, DiskFullError
from imh_desktop.services.admin.staff import create_first_staff
from tests.faults import fill


@pytest.fixture
def impatient(monkeypatch):
    """SQLite's own wait cut to 50 ms, and the retries after it to 0.3 s each."""
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(db_module, "BUSY_RETRY_S", (0.3, 0.3))


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "agency.sqlite"
    db = Database(sqlite_url(path))
    upgrade_database(db)
    db.dispose()
    return path


def staff_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(StaffUser))


def test_a_database_kept_locked_is_reported_after_the_retries(path, impatient):
    db = Database(sqlite_url(path))
    holder = sqlite3.connect(path)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock throughout
    try:
        with pytest.raises(DatabaseBusyError) as caught:
            create_first_staff(db, "kolstad", "Kari Ølstad", Role.ADMIN)
    finally:
        holder.rollback()
        holder.close()
    assert caught.value.message == (
        f"The database {path} is busy: another window or program has kept it locked. "
        "Nothing was changed; try again in a moment."
    )
    assert staff_count(db) == 0
    db.dispose()


def test_a_lock_released_during_the_back_off_is_taken(path, impatient):
    """SQLite alone gives up after 50 ms; the retry after 0.3 s finds the lock free."""
    db = Database(sqlite_url(path))
    holder = sqlite3.connect(path, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.15, holder.rollback)
    release.start()
    try:
        made = create_first_staff(db, "kolstad", "Kari Ølstad", Role.ADMIN)
    finally:
        release.join()
        holder.close()
    assert made.username == "kolstad" and staff_count(db) == 1
    db.dispose()


def test_a_full_database_says_so_and_saves_nothing(path, page_cap):
    page_cap.cap()
    db = Database(sqlite_url(path))
    added = 0
    with pytest.raises(DiskFullError) as caught:
        for n in range(500):  # until the file's last free byte is used
            _insert_staff(db, n, "Kari " + "Ø" * 200)
            added += 1
    assert caught.value.message == (
        f"The disk holding the database {path} is full, so nothing was saved. "
        "Free some space and try again."
    )
    assert 0 < added < 500 and staff_count(db) == added  # the failed one left nothing behind
    db.dispose()


def _insert_staff(db: Database, n: int, name: str) -> None:
    with db.session() as session:
        session.add(StaffUser(username=f"user{n}", full_name=name, role=Role.SPECIALIST))


def test_a_full_disk_says_so(tmp_path, tiny_disk):
    disk = tiny_disk(2048)
    path = disk / "agency.sqlite"
    db = Database(sqlite_url(path))
    upgrade_database(db)
    fill(disk)
    with pytest.raises(DiskFullError, match="is full, so nothing was saved"):
        for n in range(200):
            _insert_staff(db, n, "Kari " + "Ø" * 200)
    db.dispose()
