"""Backup mechanics: the online API catches what is still in the WAL, checks, rotation."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat

import pytest

from imh_desktop.data.backup import (
    backup_name,
    check_sqlite_backup,
    list_backup_files,
    restore_sqlite,
    rotate,
    write_sqlite_backup,
)
from imh_desktop.domain.errors import DiskFullError, StorageError


def open_app_database(path):
    """A database in WAL mode with one table, left open as the app leaves it."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE families (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("CREATE TABLE visits (id INTEGER PRIMARY KEY, note TEXT)")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return conn


def test_a_note_committed_a_moment_ago_is_in_the_backup(tmp_path):
    app = open_app_database(tmp_path / "imh.sqlite")
    app.execute("INSERT INTO families (name) VALUES ('Nguyễn family')")
    app.execute("INSERT INTO visits (note) VALUES ('Bảo smiled at Ánh.')")
    app.commit()  # committed, and still only in the -wal file: the app is open
    assert (tmp_path / "imh.sqlite-wal").stat().st_size > 0
    target = tmp_path / "backups" / "imh-20261125-100000.sqlite"
    target.parent.mkdir()
    check = write_sqlite_backup(tmp_path / "imh.sqlite", target)
    assert check.counts == {"families": 1, "visits": 1}
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT note FROM visits").fetchone() == ("Bảo smiled at Ánh.",)
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one whole file
    copy.close()
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no .part left
    app.close()


def test_a_damaged_backup_fails_its_check(tmp_path):
    app = open_app_database(tmp_path / "imh.sqlite")
    app.executemany("INSERT INTO visits (note) VALUES (?)", [("x" * 500,)] * 200)
    app.commit()
    target = tmp_path / "imh-20261125-100000.sqlite"
    write_sqlite_backup(tmp_path / "imh.sqlite", target)
    data = bytearray(target.read_bytes())
    data[4096 * 3 : 4096 * 3 + 200] = b"\x07" * 200  # scribble over a page of visits
    target.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="damaged"):
        check_sqlite_backup(target)
    app.close()


def test_a_backup_that_does_not_match_the_counts_fails(tmp_path):
    app = open_app_database(tmp_path / "imh.sqlite")
    target = tmp_path / "imh-20261125-100000.sqlite"
    write_sqlite_backup(tmp_path / "imh.sqlite", target)
    with pytest.raises(StorageError, match=r"does not match the database \(tables: families\)"):
        check_sqlite_backup(target, {"families": 3, "visits": 0})
    app.close()


def test_a_full_backup_disk_leaves_nothing_half_written(tmp_path, tiny_disk):
    app = open_app_database(tmp_path / "imh.sqlite")
    app.executemany("INSERT INTO visits (note) VALUES (?)", [("x" * 1000,)] * 400)
    app.commit()
    disk = tiny_disk(128)
    with pytest.raises(DiskFullError, match="is full, so the backup was not written"):
        write_sqlite_backup(tmp_path / "imh.sqlite", disk / "imh-20261125-100000.sqlite")
    assert list(disk.iterdir()) == []
    app.close()


def test_restore_writes_the_backup_into_the_live_file(tmp_path):
    app = open_app_database(tmp_path / "imh.sqlite")
    app.execute("INSERT INTO families (name) VALUES ('Ayala family')")
    app.commit()
    backup = tmp_path / "imh-20261125-100000.sqlite"
    write_sqlite_backup(tmp_path / "imh.sqlite", backup)
    app.execute("INSERT INTO families (name) VALUES ('Brook family')")
    app.commit()
    restore_sqlite(backup, tmp_path / "imh.sqlite")
    assert app.execute("SELECT name FROM families").fetchall() == [("Ayala family",)]
    app.close()


def test_rotation_keeps_7_days_4_weeks_12_months(tmp_path):
    start = dt.datetime(2025, 1, 1, 18, 0)
    for day in range(500):  # two a day for 500 days
        for hour in (9, 18):
            moment = start + dt.timedelta(days=day, hours=hour - 18)
            (tmp_path / backup_name("imh", moment)).write_bytes(b"")
    (tmp_path / "other-20250101-090000.sqlite").write_bytes(b"")  # another database's
    removed = rotate(tmp_path, "imh")
    kept = [b.taken_at for b in list_backup_files(tmp_path, "imh")]
    newest = start + dt.timedelta(days=499)  # Friday 15 May 2026, 18:00
    assert newest == dt.datetime(2026, 5, 15, 18, 0)
    days = [newest - dt.timedelta(days=n) for n in range(7)]  # 9-15 May, evenings
    weeks = [dt.datetime(2026, 5, 3, 18), dt.datetime(2026, 4, 26, 18)]  # + 15 and 10 May
    months = [  # the last evening of each month before May, back to June 2025
        dt.datetime(y, m, 1, 18) - dt.timedelta(days=1)
        for y, m in [(2026, 5), (2026, 4), (2026, 3), (2026, 2), (2026, 1), (2025, 12),
                     (2025, 11), (2025, 10), (2025, 9), (2025, 8), (2025, 7)]
    ]  # fmt: skip
    assert kept == sorted(days + weeks + months, reverse=True)
    assert len(kept) + len(removed) == 1000
    assert (tmp_path / "other-20250101-090000.sqlite").exists()
