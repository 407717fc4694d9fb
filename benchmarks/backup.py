"""Backup and restore of the whole agency, on a private copy of the big database.

Ours, backup: ``backups.make_backup`` as File > Backups… > Back up now runs it:
SQLite's online backup API into a new file in a fresh folder, the check
(``PRAGMA integrity_check`` and a row count of every table, compared with the
database's in the same snapshot), fsync, rename, rotation and the audit row.
Ours, restore: ``backups.restore_backup`` of that backup: the full check of the
backup, a checked backup of the current data set aside, the backup written
into the live file through the same API, the schema check and the audit row.
Baseline: a plain file copy of the database (``shutil.copyfile`` + fsync), the
bare cost of moving the bytes, and exactly what must not be done with the app
open (a committed note may still be in the ``-wal`` file).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

from benchmarks.dataset import Dataset, service_context, working_copy
from benchmarks.harness import Row, Target, median

# A backup at close keeps the person waiting: it should stay well under a minute at this size.
BACKUP_TARGET = Target(max_value=30.0)
RESTORE_TARGET = Target(max_value=60.0)


def _plain_copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _parts(source: Path, folder: Path) -> str:
    """Where a backup's time goes: the online copy alone, then the check of the copy."""
    from imh_desktop.data.backup import check_sqlite_backup

    target = folder / "parts.sqlite"
    start = time.perf_counter()
    src, dest = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()
    copied = time.perf_counter()
    check_sqlite_backup(target)
    checked = time.perf_counter()
    target.unlink()
    return f"online copy {copied - start:.1f} s, integrity check + counts {checked - copied:.1f} s"


def run(dataset: Dataset, work: Path, repeat: int) -> list[Row]:
    from imh_desktop.data.db import Database
    from imh_desktop.services.admin import backups

    copy = working_copy(dataset, work, "backup.sqlite")
    assert copy.path is not None
    size_mb = copy.path.stat().st_size / 2**20
    db = Database(copy.url)
    made, restored, plain = [], [], []
    try:
        ctx = service_context(db, dataset.info)
        for run_number in range(repeat):
            folder = work / f"backups-{run_number}"
            start = time.perf_counter()
            summary = backups.make_backup(ctx, folder)
            made.append(time.perf_counter() - start)
            start = time.perf_counter()
            backups.restore_backup(ctx, summary.path)
            restored.append(time.perf_counter() - start)
            start = time.perf_counter()
            _plain_copy(copy.path, folder / "plain.sqlite")
            plain.append(time.perf_counter() - start)
            shutil.rmtree(folder)
            for aside in copy.path.parent.glob(f"{copy.path.stem}.before-restore-*"):
                aside.unlink()
        families = summary.counts["families"]
        parts = _parts(copy.path, work)
    finally:
        db.dispose()
    what = f"{families:,} families, {size_mb:.0f} MB"
    return [
        Row(f"back up now (SQLite, {what})", median(made), median(plain), BACKUP_TARGET,
            runs=len(made), note=f"make_backup: online backup API, checked, fsync, "
            f"rotated, audited ({parts}); baseline: plain file copy + fsync"),
        Row(f"restore a backup (SQLite, {what})", median(restored), median(plain),
            RESTORE_TARGET, runs=len(restored), note="restore_backup: full check of the "
            "backup, current data set aside (a checked backup), written back through the "
            "backup API; baseline as above"),
    ]  # fmt: skip
