"""Backups that restore: the mechanics, below any permission or setting.

SQLite: :func:`write_sqlite_backup` copies the live database with SQLite's
online backup API (never a file copy: a note committed a moment ago may
still be in the ``-wal`` file) into a new file readable by its owner only,
then checks the copy before giving it its final name: it opens,
``PRAGMA integrity_check`` says ok, and every table holds as many rows as the
database did in the same snapshot. :func:`restore_sqlite` writes a backup
back into the live file through the same API, so SQLite's locks and journal
are respected and no stale ``-wal`` can be replayed over it.

PostgreSQL: ``pg_dump --format=custom`` and ``pg_restore`` where they are on
PATH (:mod:`.pg_tools`).

Backups are named ``<database>-<YYYYMMDD-HHMMSS>.sqlite`` (local time);
:func:`rotate` keeps the newest of each of the last 7 days, 4 weeks and 12
months that have one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import sqlite3
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from imh_desktop.data.db import BUSY_TIMEOUT_MS, sqlite_read_only_uri
from imh_desktop.domain.errors import DatabaseUnavailableError, DiskFullError, StorageError

SQLITE_SUFFIX = ".sqlite"
DUMP_SUFFIX = ".dump"
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?P<suffix>\.sqlite|\.dump)$")
KEEP = {"day": 7, "week": 4, "month": 12}
OWNER_ONLY = stat.S_IRUSR | stat.S_IWUSR


@dataclass(frozen=True)
class BackupFile:
    """A backup in a folder, known by its name: which database, and when."""

    path: Path
    stem: str
    taken_at: dt.datetime  # local time, naive, from the name
    size: int

    @property
    def is_dump(self) -> bool:
        return self.path.suffix == DUMP_SUFFIX


@dataclass(frozen=True)
class BackupCheck:
    """What checking a backup found (an SQLite backup: its tables' row counts)."""

    path: Path
    counts: dict[str, int]
    revision: str | None


def backup_name(stem: str, when: dt.datetime, suffix: str = SQLITE_SUFFIX) -> str:
    return f"{stem}-{when.strftime(STAMP)}{suffix}"


def parse_backup_name(path: Path) -> BackupFile | None:
    """The backup a file's name describes, or None for any other file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken = dt.datetime.strptime(match["stamp"], STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupFile(path, match["stem"], taken, size)


def list_backup_files(folder: Path, stem: str | None = None) -> list[BackupFile]:
    """The backups in ``folder`` (of database ``stem`` only, if given), newest first."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [b for b in map(parse_backup_name, entries) if b is not None]
    if stem is not None:
        found = [b for b in found if b.stem == stem]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def rotate(folder: Path, stem: str, keep: dict[str, int] = KEEP) -> list[Path]:
    """Delete the backups of ``stem`` no rule keeps; returns what was deleted.

    Kept: the newest backup of each of the last ``keep["day"]`` days that have
    one, of the last ``keep["week"]`` weeks (ISO) and of the last ``keep["month"]``
    months.
    """
    backups = list_backup_files(folder, stem)
    periods: dict[str, Callable[[dt.datetime], object]] = {
        "day": lambda t: t.date(),
        "week": lambda t: t.isocalendar()[:2],
        "month": lambda t: (t.year, t.month),
    }
    kept: set[Path] = set()
    for name, period in periods.items():
        seen: list[object] = []
        for backup in backups:  # newest first: the first of a period is its newest
            key = period(backup.taken_at)
            if key in seen:
                continue
            if len(seen) == keep[name]:
                break
            seen.append(key)
            kept.add(backup.path)
    removed = [b.path for b in backups if b.path not in kept]
    for path in removed:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return removed


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows in every table of an SQLite database, by table name."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def write_sqlite_backup(source: Path, target: Path, read_only: bool = False) -> BackupCheck:
    """Back up the live SQLite database ``source`` into the new file ``target``, checked.

    Written under a temporary name beside ``target`` and renamed only once the
    check passed; owner-only (0600). ``read_only``: the source may not be
    written, so it is opened without making any file beside it.
    """
    partial = target.with_name(f".{target.name}.part")
    with _writing(target.parent):
        _new_private_file(partial)
        try:
            counts = _copy_snapshot(source, partial, read_only)
            check = check_sqlite_backup(partial, counts)
            _fsync(partial)
            os.replace(partial, target)
            _fsync(target.parent)
        finally:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
    return BackupCheck(target, check.counts, check.revision)


def check_sqlite_backup(
    path: Path, expected: dict[str, int] | None = None, integrity: bool = True
) -> BackupCheck:
    """Open a backup read-only and check it: integrity, and row counts if ``expected``.

    Raises a StorageError saying what is wrong with it. ``integrity=False``
    skips ``PRAGMA integrity_check`` (a quick look: it reads every page).
    """
    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        raise StorageError(f"{path} cannot be opened as a backup.") from None
    try:
        verdict = [row[0] for row in conn.execute("PRAGMA integrity_check")] if integrity else []
        if integrity and verdict != ["ok"]:
            raise StorageError(f"The backup {path} is damaged (integrity check failed).")
        counts = table_counts(conn)
        revision = None
        if "alembic_version" in counts:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError:
        raise StorageError(f"{path} is not an IMH Desktop backup, or it is damaged.") from None
    finally:
        conn.close()
    if "families" not in counts:
        raise StorageError(f"{path} is not an IMH Desktop backup.")
    if expected is not None and counts != expected:
        differ = ", ".join(
            name for name in sorted(set(counts) | set(expected))
            if counts.get(name) != expected.get(name)
        )  # fmt: skip
        raise StorageError(f"The backup {path} does not match the database (tables: {differ}).")
    return BackupCheck(path, counts, revision)


def restore_sqlite(backup: Path, database: Path) -> None:
    """Write the (checked) backup into the database file, replacing its contents.

    Goes through SQLite's backup API into the live file: connections that are
    open elsewhere see the restored data, and the database keeps its own
    ``-wal``. A database file that does not exist yet is made (0600).
    """
    if not database.exists():
        _new_private_file(database)
    with _writing(database.parent):
        source = sqlite3.connect(f"file:{quote(str(backup))}?mode=ro&immutable=1", uri=True)
        try:
            dest = sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()


def _copy_snapshot(source: Path, target: Path, read_only: bool) -> dict[str, int]:
    """Copy ``source`` into ``target`` and count its rows, both from one snapshot."""
    if read_only:
        src = sqlite3.connect(sqlite_read_only_uri(source), uri=True)
    else:
        src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        src.isolation_level = None  # we say when the read transaction starts and ends
        src.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        src.execute("BEGIN")
        counts = table_counts(src)  # the first read fixes the snapshot the backup copies
        dest = sqlite3.connect(target)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            dest.close()
        src.execute("COMMIT")
    finally:
        src.close()
    return counts


def _new_private_file(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY)
    os.close(fd)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _writing(folder: Path) -> Iterator[None]:
    """File-system and SQLite faults while writing into ``folder``, in plain words."""
    try:
        yield
    except StorageError:
        raise
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code == 13:  # SQLITE_FULL
            raise DiskFullError(_full(folder)) from exc
        raise DatabaseUnavailableError(f"Could not write in {folder}: {exc}.") from exc
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFullError(_full(folder)) from exc
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise StorageError(f"You may not write in {folder} (permission denied).") from exc
        raise DatabaseUnavailableError(
            f"Could not write in {folder}: {exc.strerror or exc}."
        ) from exc


def _full(folder: Path) -> str:
    return f"The disk holding {folder} is full, so the backup was not written."
