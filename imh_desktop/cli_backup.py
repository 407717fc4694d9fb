"""``imh-desktop backup [--to DIR]``, ``backup list`` and ``restore FILE``.

A backup is checked after it is written (it opens, its integrity check is ok
and its tables hold as many rows as the database did); on PostgreSQL it is a
``pg_dump`` in custom format, where ``pg_dump`` is on PATH. A restore sets the
current data aside first and says where. Neither upgrades the database
before it runs: backing up an old PostgreSQL database is the first step of
upgrading it.
"""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from imh_desktop.data.db import Database
    from imh_desktop.services.admin.backups import BackupSummary
    from imh_desktop.services.common.context import ServiceContext

SHOWN = (("families", "families"), ("visits", "visits"), ("amendments", "amendments"),
         ("audit_events", "audit events"), ("staff_users", "staff"))  # fmt: skip


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from imh_desktop.cli import global_options

    backup = sub.add_parser(
        "backup",
        parents=[global_options()],
        help="back up the database now, or list its backups",
        description="Back up the database (SQLite: the online backup API; PostgreSQL: "
        "pg_dump), check the copy, and keep the backups folder rotated (7 daily, "
        "4 weekly, 12 monthly). 'backup list' lists the backups.",
    )
    backup.add_argument("action", nargs="?", choices=["list"], help="list the backups")
    backup.add_argument(
        "--to", metavar="DIR", help="this folder instead of the backups folder (not rotated)"
    )
    backup.set_defaults(func=run_backup)
    restore = sub.add_parser(
        "restore",
        parents=[global_options()],
        help="replace the database with a backup (the current data is set aside first)",
    )
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    restore.set_defaults(func=run_restore)


def _context(db: Database, args: argparse.Namespace) -> ServiceContext:
    """The acting user's context; on a database with no staff at all, no one's."""
    from imh_desktop.cli import acting_context
    from imh_desktop.services.admin.backups import has_staff
    from imh_desktop.services.common.context import ServiceContext

    if not has_staff(db) and not args.user:
        return ServiceContext(db, 0, args.clock)
    return acting_context(db, args)


def describe(summary: BackupSummary) -> str:
    """What a backup holds, on one line."""
    if not summary.counts:
        return f"the data of {len(summary.tables)} tables"
    return ", ".join(f"{label} {summary.counts.get(key, 0):,}" for key, label in SHOWN)


def run_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from imh_desktop.cli import open_for
    from imh_desktop.services.admin import backups

    db = open_for(args, upgrade=False)
    try:
        ctx = _context(db, args)
        folder = Path(args.to).expanduser() if args.to else None
        if args.action == "list":
            found = backups.list_backups(ctx, folder)
            for item in found:
                print(
                    f"{item.taken_at:%Y-%m-%d %H:%M:%S}  {item.size / 2**20:8.1f} MB  {item.path}"
                )
            if not found:
                print(f"No backups in {folder or backups.backup_folder(ctx)}.")
            return 0
        start = time.perf_counter()
        summary = backups.make_backup(ctx, folder)
        seconds = time.perf_counter() - start
    finally:
        db.dispose()
    print(f"Backed up to {summary.path} in {seconds:.1f} s and checked it: {describe(summary)}.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from imh_desktop.cli import open_for
    from imh_desktop.services.admin import backups

    db = open_for(args, upgrade=False)
    try:
        ctx = _context(db, args)
        start = time.perf_counter()
        result = backups.restore_backup(ctx, Path(args.file))
        seconds = time.perf_counter() - start
    finally:
        db.dispose()
    taken = f"{result.restored.taken_at:%Y-%m-%d %H:%M}"
    held = describe(result.restored)
    print(f"Restored the backup of {taken} into {db.where} in {seconds:.1f} s: {held}.")
    if result.set_aside is not None:
        print(f"The data it replaced is set aside at {result.set_aside}")
    return 0
