"""Schema migrations with Alembic, shipped inside the package.

``upgrade_database`` brings any database to the newest revision. An SQLite
file made by an older schema is first copied beside itself (through SQLite's
online backup, so WAL contents are included) before anything changes.

Start-up pays for none of this when the schema is current: the revision is
read with one SELECT and compared with the newest migration file's name, and
Alembic is imported only when there is work to do.

:func:`upgrade_plan` says what an upgrade would do before anything is
changed, so a caller can ask first (a PostgreSQL database shared by an agency
is upgraded only after its administrator agreed and was offered a backup). It
refuses, in plain words, a database made by a newer version, a database that
is not IMH Desktop's, and a read-only database that needs upgrading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from imh_desktop.data.db import Database
from imh_desktop.domain.clock import Clock, SystemClock
from imh_desktop.domain.errors import ReadOnlyDatabaseError, StorageError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = files("imh_desktop.data") / "migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def alembic_config() -> Config:
    """An Alembic config pointing at the migrations inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def known_revisions() -> set[str]:
    """Every revision this version knows: the migration files' four-digit prefixes."""
    names = (entry.name for entry in (MIGRATIONS / "versions").iterdir())
    return {m.group(1) for m in map(_REVISION_FILE.match, names) if m}


def head_revision() -> str:
    """The newest revision: revision ids are the files' four-digit prefixes."""
    return max(known_revisions())


def current_revision(db: Database) -> str | None:
    """The database's revision, or None for a database Alembic never touched."""
    with db.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _has_tables(db: Database) -> bool:
    with db.connect() as conn:
        return bool(inspect(conn).get_table_names())


@dataclass(frozen=True)
class UpgradePlan:
    """What bringing a database to this version's schema would do."""

    current: str | None  # None: a new, empty database
    target: str
    where: str
    is_sqlite: bool

    @property
    def is_new(self) -> bool:
        """An empty database: setting it up changes nothing anyone made."""
        return self.current is None

    def describe(self) -> str:
        """The plan in plain words, for the person who must agree to it."""
        if self.current is None:
            return f"The database {self.where} is empty; IMH Desktop will set up its tables."
        return (
            f"The database {self.where} was made by an older version of IMH Desktop "
            f"(schema {self.current}); this version needs schema {self.target}. Upgrading "
            "changes its tables in place for everyone who uses it, and cannot be undone "
            "except by restoring a backup."
        )


def upgrade_plan(db: Database, revision: str = "head") -> UpgradePlan | None:
    """What upgrading ``db`` would do, or None when it is current (nothing is changed).

    Raises a StorageError for a database this version cannot upgrade: one
    made by a newer version, one that is not IMH Desktop's, a read-only one.
    """
    current = current_revision(db)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    if current is not None and current not in known_revisions():
        raise StorageError(
            f"The database {db.where} was made by a newer version of IMH Desktop "
            f"(schema {current}). Install the newer version to open it."
        )
    if current is None and _has_tables(db):
        raise StorageError(f"{db.where} is a database, but not one made by IMH Desktop.")
    if db.read_only:
        raise ReadOnlyDatabaseError(
            f"The database {db.where} was made by an older version of IMH Desktop and is "
            "read-only, so it cannot be upgraded. Open it where you may change it, or ask "
            "your administrator."
        )
    return UpgradePlan(current, target, db.where, db.is_sqlite)


def backup_sqlite(
    path: Path, label: str, clock: Clock | None = None, key: bytes | None = None
) -> Path:
    """Back up an SQLite file beside itself, named by the local time; returns the copy's path.

    Through the online backup API, and checked (see :mod:`imh_desktop.data.backup`). An
    encrypted file (``key``) is copied encrypted with the same key, with a copy of
    its key slots beside the copy, so the same passphrases open it.
    """
    from imh_desktop.data.backup import write_sqlite_backup

    stamp = (clock or SystemClock()).now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{label}-{stamp}{path.suffix}")
    return write_sqlite_backup(path, target, key=key).path


def _run_alembic(db: Database, revision: str) -> None:
    """Upgrade in one transaction; on SQLite with foreign keys off meanwhile.

    SQLite alters a table by copying it and dropping the original, which a
    table that others refer to cannot survive with ``foreign_keys=ON``
    (SQLite's documented procedure for schema changes turns them off, and
    checks them after). The pragma only changes outside a transaction.
    """
    from alembic import command

    config = alembic_config()
    with db.engine.connect() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                if db.is_sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"Upgrade left broken references: {broken[:5]}")
        finally:
            if db.is_sqlite:
                conn.rollback()
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def upgrade_database(db: Database, revision: str = "head") -> Path | None:
    """Upgrade the schema to ``revision``; returns the backup path if one was made.

    An SQLite file that holds data is first copied beside itself. Refusals as
    for :func:`upgrade_plan`; a caller that must ask first calls that itself.
    """
    plan = upgrade_plan(db, revision)
    if plan is None:
        return None
    backup = None
    path = db.sqlite_path
    if path is not None and path.exists() and not plan.is_new:
        backup = backup_sqlite(path, plan.current or "", key=db.key)
    try:
        _run_alembic(db, revision)
    except Exception as exc:
        fault = db.fault(exc)
        if fault is exc:
            raise
        raise fault from exc
    return backup
