"""Backups that restore: the mechanics, below any permission or setting.

SQLite: :func:`write_sqlite_backup` copies the live database with SQLite's
online backup API (never a file copy: a note committed a moment ago may
still be in the ``-wal`` file) into a new file readable by its owner only,
then checks the copy before giving it its final name: it opens,
``PRAGMA integrity_check`` says ok, and every table holds as many rows as the
database did in the same snapshot. :func:`restore_sqlite` writes a backup
back into the live file through the same API, so SQLite's locks and journal
are respected and no stale ``-wal`` can be replayed over it.

An encrypted database (SQLCipher, ``key``) is backed up encrypted with the
same key, and its key slots file travels with it: ``<backup>.sqlite.keys``
beside the copy, written before the copy gets its final name. Checking an
encrypted backup needs its key slots file and opens the copy with the key;
restoring one writes it back through the same API (both ends keyed) and puts
its key slots file back beside the database. A plain backup (made before the
database was encrypted) restored into an encrypted database is encrypted with
the database's key on the way.

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
import shutil
import sqlite3
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from imh_desktop.data import cipher
from imh_desktop.data.db import BUSY_TIMEOUT_MS, sqlite_read_only_uri
from imh_desktop.data.files import atomic_write
from imh_desktop.data.keyfile import KeyFile, KeyFileError, keyfile_path
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
    encrypted: bool = False


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
        for gone in (path, keyfile_path(path)):  # an encrypted backup's key slots go with it
            with contextlib.suppress(FileNotFoundError):
                gone.unlink()
    return removed


def is_encrypted_backup(path: Path) -> bool:
    """True for a backup file that is not plain SQLite but has key slots beside it."""
    return keyfile_path(path).exists() and not cipher.is_plain_sqlite(path)


def _connect(target: str | Path, key: bytes | None, **options: Any) -> Any:
    """A connection through SQLite, or SQLCipher keyed with ``key`` before anything reads."""
    module: Any = sqlite3 if key is None else cipher.driver()
    conn = module.connect(str(target), **options)
    if key is not None:
        cipher.apply_key(conn, key)
    return conn


def _db_errors(key: bytes | None) -> tuple[type[BaseException], ...]:
    """The driver errors to catch: SQLCipher's are not sqlite3's."""
    return (sqlite3.Error,) if key is None else (sqlite3.Error, cipher.driver().Error)


def table_counts(conn: Any) -> dict[str, int]:
    """Rows in every table of an SQLite database, by table name."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def write_sqlite_backup(
    source: Path, target: Path, read_only: bool = False, key: bytes | None = None
) -> BackupCheck:
    """Back up the live SQLite database ``source`` into the new file ``target``, checked.

    Written under a temporary name beside ``target`` and renamed only once the
    check passed; owner-only (0600). ``read_only``: the source may not be
    written, so it is opened without making any file beside it. ``key``: the
    source is encrypted; the copy is too, with the same key, and the source's
    key slots file is copied beside it first.
    """
    slots = keyfile_path(source)
    if key is not None and not slots.exists():
        raise StorageError(
            f"The key file {slots} is missing beside the database, so a backup could not be "
            "opened by anyone: put the key file back first."
        )
    partial = target.with_name(f".{target.name}.part")
    with _writing(target.parent, key):
        _new_private_file(partial)
        try:
            counts = _copy_snapshot(source, partial, read_only, key)
            check = check_sqlite_backup(partial, counts, key=key, slots=slots)
            _fsync(partial)
            if key is not None:
                data = slots.read_bytes()
                atomic_write(keyfile_path(target), lambda tmp: tmp.write_bytes(data))
            os.replace(partial, target)
            _fsync(target.parent)
        finally:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
            if key is not None and not target.exists():
                keyfile_path(target).unlink(missing_ok=True)
    return BackupCheck(target, check.counts, check.revision, check.encrypted)


def check_sqlite_backup(
    path: Path,
    expected: dict[str, int] | None = None,
    integrity: bool = True,
    key: bytes | None = None,
    slots: Path | None = None,
) -> BackupCheck:
    """Open a backup read-only and check it: integrity, and row counts if ``expected``.

    Raises a StorageError saying what is wrong with it. ``integrity=False``
    skips ``PRAGMA integrity_check`` (a quick look: it reads every page).
    An encrypted backup is opened with ``key`` (the database's) and needs its
    key slots file (``slots``, by default beside it); a plain one needs no key.
    """
    slots = slots or keyfile_path(path)
    plain = cipher.is_plain_sqlite(path)
    encrypted = not plain and slots.exists()
    if encrypted:
        _check_slots(path, slots)
        if key is None:
            raise _encrypted_needs_key(path)
    else:
        key = None
    errors = _db_errors(key)
    try:
        conn = _connect(f"file:{quote(str(path))}?mode=ro&immutable=1", key, uri=True)
    except errors:
        raise StorageError(f"{path} cannot be opened as a backup.") from None
    try:
        if key is not None:
            _opens_with_key(conn, path)
        verdict = [row[0] for row in conn.execute("PRAGMA integrity_check")] if integrity else []
        if integrity and verdict != ["ok"]:
            raise StorageError(f"The backup {path} is damaged (integrity check failed).")
        counts = table_counts(conn)
        revision = None
        if "alembic_version" in counts:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except errors:
        hint = "" if plain else (
            f" An encrypted backup needs its key file {slots.name} beside it."
        )  # fmt: skip
        raise StorageError(
            f"{path} is not an IMH Desktop backup, or it is damaged.{hint}"
        ) from None
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
    return BackupCheck(path, counts, revision, encrypted)


def _check_slots(path: Path, slots: Path) -> None:
    if not slots.exists():
        raise StorageError(
            f"{path.name} is encrypted (or damaged), and its key file {slots.name} is not "
            "beside it, so it cannot be opened."
        )
    try:
        KeyFile.load(slots)
    except KeyFileError:
        raise StorageError(f"The key file {slots} of the backup is damaged.") from None


def _encrypted_needs_key(path: Path) -> StorageError:
    return StorageError(
        f"{path.name} is an encrypted backup; only the encrypted database it was made "
        "from can open and restore it."
    )


def _opens_with_key(conn: Any, path: Path) -> None:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cipher.driver().DatabaseError:
        raise StorageError(
            f"{path.name} was encrypted with another key than this database's, so it cannot "
            "be opened here."
        ) from None


def restore_sqlite(backup: Path, database: Path, key: bytes | None = None) -> None:
    """Write the (checked) backup into the database file, replacing its contents.

    Goes through SQLite's backup API into the live file: connections that are
    open elsewhere see the restored data, and the database keeps its own
    ``-wal``. A database file that does not exist yet is made (0600).
    ``key``: the database is encrypted. An encrypted backup (made with the same
    key) is copied keyed at both ends and its key slots file replaces the
    database's; a plain backup is first encrypted with ``key`` into a temporary
    file beside the database, and the database keeps its key slots.
    """
    if not database.exists():
        _new_private_file(database)
    encrypted = not cipher.is_plain_sqlite(backup)
    plain_copy = database.with_name(f".{database.name}.restoring")
    with _writing(database.parent, key):
        source_path = backup
        if key is not None and not encrypted:
            plain_copy.unlink(missing_ok=True)
            cipher.export_encrypted(backup, plain_copy, key)
            source_path = plain_copy
        try:
            uri = f"file:{quote(str(source_path))}?mode=ro&immutable=1"
            source = _connect(uri, key, uri=True)
            try:
                dest = _connect(database, key, timeout=BUSY_TIMEOUT_MS / 1000)
                try:
                    source.backup(dest)
                finally:
                    dest.close()
            finally:
                source.close()
            if key is not None and encrypted:
                data = keyfile_path(backup).read_bytes()
                atomic_write(keyfile_path(database), lambda tmp: tmp.write_bytes(data))
        finally:
            for leftover in (plain_copy, keyfile_path(plain_copy)):
                leftover.unlink(missing_ok=True)
            cipher.remove_sidecars(plain_copy)


def place_encrypted_backup(backup: Path, database: Path) -> None:
    """Put an encrypted backup and its key slots file in place of a database that has no data.

    Whole files, each written beside its target and renamed (the backup is a
    closed, self-contained file); the key slots first.
    """
    slots = keyfile_path(backup)
    _check_slots(backup, slots)
    with _writing(database.parent):
        data = slots.read_bytes()
        atomic_write(keyfile_path(database), lambda tmp: tmp.write_bytes(data))
        atomic_write(database, lambda tmp: shutil.copyfile(backup, tmp))
        cipher.remove_sidecars(database)


def _copy_snapshot(
    source: Path, target: Path, read_only: bool, key: bytes | None = None
) -> dict[str, int]:
    """Copy ``source`` into ``target`` and count its rows, both from one snapshot."""
    if read_only:
        src = _connect(sqlite_read_only_uri(source), key, uri=True)
    else:
        src = _connect(source, key, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        src.isolation_level = None  # we say when the read transaction starts and ends
        src.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        src.execute("BEGIN")
        counts = table_counts(src)  # the first read fixes the snapshot the backup copies
        dest = _connect(target, key)
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
def _writing(folder: Path, key: bytes | None = None) -> Iterator[None]:
    """File-system and SQLite faults while writing into ``folder``, in plain words."""
    try:
        yield
    except StorageError:
        raise
    except _db_errors(key) as exc:
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
