"""Backups and restores of the agency's database.

Automatic backups (when the app closes, and once a day) are made for whoever
is signed in, on SQLite, into the backups folder (an agency setting; by
default a ``backups`` folder beside the database), and rotated: the newest of
each of the last 7 days, 4 weeks and 12 months is kept. Making a backup on
demand, looking into one and restoring one are for supervisors and
administrators. A restore first sets the current database aside (a checked
backup of it beside the database, or a dump in the backups folder on
PostgreSQL), then writes the backup into place and brings its schema up to
date. Every backup is checked after writing (:mod:`imh_desktop.data.backup`).

An encrypted database's backups are encrypted with its key and carry its key
slots file; they are checked and restored with the key of the open database.
Restoring into a new, still empty database (another computer) puts the
backup and its key slots file in place as they are: the first sign-in opens
it with a passphrase of the backup's time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, select
from sqlalchemy.engine import make_url

from imh_desktop.data import backup as files
from imh_desktop.data import pg_tools
from imh_desktop.data.db import Database
from imh_desktop.data.migrate import upgrade_database
from imh_desktop.data.models import StaffUser
from imh_desktop.domain.clock import Clock
from imh_desktop.domain.errors import (
    DatabaseUnavailableError,
    NotFoundError,
    ReadOnlyDatabaseError,
    StorageError,
)
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.admin.agency import get_settings, save_settings
from imh_desktop.services.admin.staff import find_staff
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import unit_of_work

# The tables a person checks a backup by, in the order shown.
MAIN_TABLES = ("families", "visits", "amendments", "screenings", "audit_events", "staff_users")


@dataclass(frozen=True)
class BackupSummary:
    """A checked backup: where, when, its schema and its tables' row counts."""

    path: Path
    taken_at: dt.datetime  # local time
    size: int
    revision: str | None  # unknown for a PostgreSQL dump
    counts: dict[str, int]  # empty for a PostgreSQL dump (its tables are listed instead)
    tables: tuple[str, ...]


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup now in place and where the previous data was set aside."""

    restored: BackupSummary
    set_aside: Path | None  # None: there was no database yet


def default_backup_folder(db: Database) -> Path:
    """A ``backups`` folder beside an SQLite database; in the user's data folder otherwise."""
    path = db.sqlite_path
    if path is not None:
        return path.parent / "backups"
    from platformdirs import user_data_dir

    return Path(user_data_dir("IMH Desktop", "IMH Desktop")) / "backups"


def backup_folder(ctx: ServiceContext) -> Path:
    """Where automatic backups go: the agency's chosen folder, else the default."""
    chosen = get_settings(ctx).backup_folder.strip()
    return Path(chosen).expanduser() if chosen else default_backup_folder(ctx.db)


def choose_backup_folder(ctx: ServiceContext, folder: str) -> Path:
    """Store the folder backups go to (supervisors and administrators); it must be writable."""
    _require_manager(ctx)
    path = Path(folder.strip()).expanduser()
    if not path.is_absolute():
        raise StorageError("Give the backups folder's full path.", "backup_folder")
    _usable_folder(path)
    save_settings(ctx, dataclasses.replace(get_settings(ctx), backup_folder=str(path)))
    return path


def database_stem(db: Database) -> str:
    """The name backups of this database start with: its file's or its own name."""
    path = db.sqlite_path
    if path is not None:
        return path.stem
    return make_url(db.url).database or "imh"


def make_backup(ctx: ServiceContext, folder: Path | None = None) -> BackupSummary:
    """Back up now (supervisors and administrators), checked, and record it in the audit trail.

    Into ``folder`` when given (kept as it is), else into the backups folder
    (rotated). SQLite through the online backup API; PostgreSQL with pg_dump.
    """
    _require_manager(ctx)
    summary = _write(ctx, folder or backup_folder(ctx), rotate=folder is None)
    if not ctx.db.read_only:
        with unit_of_work(ctx, Permission.MANAGE_BACKUPS) as uow:
            uow.audit("backup", "database", None, file=summary.path.name)
    return summary


def automatic_backup(ctx: ServiceContext) -> BackupSummary | None:
    """The backup at close or of the day, for whoever is signed in; None on a server.

    A PostgreSQL server is backed up by its administrator (``imh-desktop backup``).
    """
    folder = backup_folder(ctx)  # the agency's setting, read as the signed-in user
    if ctx.db.sqlite_path is None:
        return None
    return _write(ctx, folder, rotate=True)


def backup_before_upgrade(db: Database, clock: Clock) -> BackupSummary:
    """The backup offered before a schema upgrade, into the backups folder (not rotated).

    Made before anyone is signed in (this version may not read the old schema's
    staff yet); whoever may start the app on this database may upgrade it.
    """
    ctx = ServiceContext(db, 0, clock)
    try:
        folder = backup_folder(ctx)
    except StorageError:
        raise
    except Exception:  # an old schema without the settings table: the default folder
        folder = default_backup_folder(db)
    return _write(ctx, folder, rotate=False)


def upgrade_schema(db: Database) -> Path | None:
    """Bring the database to this version's schema (the person agreed); the SQLite backup made."""
    return upgrade_database(db)


def backup_due(ctx: ServiceContext) -> bool:
    """True when this SQLite database has no backup from today in the backups folder."""
    folder = backup_folder(ctx)  # the agency's setting, read as the signed-in user
    if ctx.db.sqlite_path is None:
        return False
    newest = files.list_backup_files(folder, database_stem(ctx.db))[:1]
    return not newest or newest[0].taken_at.date() < ctx.today()


def list_backups(ctx: ServiceContext, folder: Path | None = None) -> list[files.BackupFile]:
    """This database's backups in ``folder`` (default: the backups folder), newest first."""
    _require_manager(ctx)
    return files.list_backup_files(folder or backup_folder(ctx), database_stem(ctx.db))


def inspect_backup(ctx: ServiceContext, path: Path, thorough: bool = True) -> BackupSummary:
    """Check a backup and count what it holds (supervisors and administrators).

    ``thorough``: run SQLite's full integrity check too (seconds on a large
    backup); without it the backup is only opened and counted, for a preview.
    """
    _require_manager(ctx)
    return _inspect(path, thorough, ctx.db.key)


def restore_backup(ctx: ServiceContext, path: Path) -> RestoreResult:
    """Replace the database's contents with a backup (supervisors and administrators).

    The backup is checked first; the current data is set aside; the restored
    database is upgraded to this version's schema. Every open connection is
    closed: the caller reopens (the app builds its window again). The
    restore is recorded in the restored database's audit trail, as the same
    username when it is there.
    """
    db = ctx.db
    if db.read_only:
        raise ReadOnlyDatabaseError(
            "This database is read-only, so a backup cannot be restored into it."
        )
    username = _require_manager(ctx)
    if db.is_new:
        return _restore_into_new(db, Path(path))
    summary = _inspect(path, key=db.key)
    stamp = ctx.clock.now().strftime(files.STAMP)
    target = db.sqlite_path
    set_aside: Path | None = None
    holds_data = _has_tables(db)
    db.dispose()
    if target is not None:
        if summary.path.suffix == files.DUMP_SUFFIX:
            raise StorageError(f"{path.name} is a PostgreSQL backup; this database is SQLite.")
        if target.exists() and holds_data:
            set_aside = target.with_name(f"{target.stem}.before-restore-{stamp}{target.suffix}")
            files.write_sqlite_backup(target, set_aside, key=db.key)
        files.restore_sqlite(summary.path, target, key=db.key)
        db.reload_keys()
    else:
        if summary.path.suffix != files.DUMP_SUFFIX:
            raise StorageError(f"{path.name} is an SQLite backup; this database is on a server.")
        folder = _usable_folder(backup_folder(ctx))
        set_aside = folder / f"{database_stem(db)}.before-restore-{stamp}{files.DUMP_SUFFIX}"
        pg_tools.dump(db.url, set_aside)
        pg_tools.restore(db.url, summary.path)
    db.dispose()
    upgrade_database(db)
    _audit_restore(ctx, username, summary, set_aside)
    return RestoreResult(summary, set_aside)


def _restore_into_new(db: Database, path: Path) -> RestoreResult:
    """Restore into a database that does not exist yet (nothing to set aside).

    A plain backup is written in through SQLite's backup API, then opened and
    brought up to date. An encrypted one is put in place with its key slots
    file as it is (its slots hold the key), and checked as far as that can be
    without the key; the first sign-in opens it and brings it up to date.
    """
    target = db.sqlite_path
    assert target is not None
    path = Path(path).expanduser()
    if not files.is_encrypted_backup(path):
        summary = _inspect(path)
        files.restore_sqlite(summary.path, target)
        db.reload_keys()
        upgrade_database(db)
        return RestoreResult(summary, None)
    if not path.is_file():
        raise StorageError(f"There is no backup file at {path}.")
    files.place_encrypted_backup(path, target)
    db.reload_keys()
    named = files.parse_backup_name(path)
    taken = named.taken_at if named else dt.datetime.fromtimestamp(path.stat().st_mtime)
    summary = BackupSummary(path, taken, path.stat().st_size, None, {}, ())
    return RestoreResult(summary, None)


def _audit_restore(
    ctx: ServiceContext, username: str, summary: BackupSummary, set_aside: Path | None
) -> None:
    if not username:
        return
    try:
        actor = find_staff(ctx.db, username)
    except NotFoundError:
        return  # the restored data does not know this person: nothing to act as
    # Recorded as that person, whatever their role in the restored data (the restore is done).
    with unit_of_work(
        dataclasses.replace(ctx, user_id=actor.id), Permission.USE_OWN_ACCOUNT
    ) as uow:
        detail = {"file": summary.path.name, "set_aside": set_aside.name if set_aside else ""}
        uow.audit("restore", "database", None, **detail)


def _write(ctx: ServiceContext, folder: Path, rotate: bool) -> BackupSummary:
    db, stem = ctx.db, database_stem(ctx.db)
    folder = _usable_folder(folder)
    when = ctx.clock.now().replace(tzinfo=None)
    path = db.sqlite_path
    if path is not None:
        target = folder / files.backup_name(stem, when)
        check = files.write_sqlite_backup(path, target, read_only=db.read_only, key=db.key)
        summary = BackupSummary(
            target, when, target.stat().st_size, check.revision, check.counts,
            tuple(sorted(check.counts)),
        )  # fmt: skip
    else:
        target = folder / files.backup_name(stem, when, files.DUMP_SUFFIX)
        tables = pg_tools.dump(db.url, target)
        summary = BackupSummary(target, when, target.stat().st_size, None, {}, tuple(tables))
    if rotate:
        files.rotate(folder, stem)
    return summary


def _inspect(path: Path, thorough: bool = True, key: bytes | None = None) -> BackupSummary:
    path = Path(path).expanduser()
    if not path.is_file():
        raise StorageError(f"There is no backup file at {path}.")
    named = files.parse_backup_name(path)
    stat = path.stat()
    taken = named.taken_at if named else dt.datetime.fromtimestamp(stat.st_mtime)
    if path.suffix == files.DUMP_SUFFIX:
        tables = pg_tools.check_dump(path)
        return BackupSummary(path, taken, stat.st_size, None, {}, tuple(tables))
    check = files.check_sqlite_backup(path, integrity=thorough, key=key)
    return BackupSummary(
        path, taken, stat.st_size, check.revision, check.counts, tuple(sorted(check.counts))
    )


def _usable_folder(folder: Path) -> Path:
    """The folder, made if only its last part is missing; refused if it cannot be written.

    Only the last part is made: a network drive that is not connected must
    not turn into a local folder of the same name.
    """
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except FileNotFoundError:
        raise DatabaseUnavailableError(
            f"The backups folder {folder} cannot be reached: {folder.parent} does not exist "
            "(is the network drive connected?)."
        ) from None
    except OSError as exc:
        raise StorageError(
            f"The backups folder {folder} cannot be made: {exc.strerror or exc}."
        ) from None
    if not folder.is_dir():
        raise StorageError(f"The backups folder {folder} is a file, not a folder.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(f"You may not write in the backups folder {folder}.")
    return folder


def _has_tables(db: Database) -> bool:
    with db.connect() as conn:
        return bool(inspect(conn).get_table_names())


def has_staff(db: Database) -> bool:
    """Does the database know anyone yet? (An empty or brand-new one does not.)

    An encrypted database not opened yet cannot say: it is taken to know people.
    """
    if db.locked:
        return not db.is_new
    with db.read() as session:
        if not inspect(session.connection()).has_table(StaffUser.__tablename__):
            return False
        return session.scalar(select(StaffUser.id).limit(1)) is not None


def _require_manager(ctx: ServiceContext) -> str:
    """The acting user's username, if a supervisor or administrator; refused otherwise.

    A database without any staff has no one to ask (as for its first staff user):
    anyone who can open it may restore into it; the username is then empty.
    """
    if not has_staff(ctx.db):
        return ""
    with unit_of_work(ctx, Permission.MANAGE_BACKUPS) as uow:
        return uow.actor.username
