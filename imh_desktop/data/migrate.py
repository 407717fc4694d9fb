"""Schema migrations with Alembic, shipped inside the package.

``upgrade_database`` brings any database to the newest revision. An SQLite
file made by an older schema is first copied beside itself (through SQLite's
online backup, so WAL contents are included) before anything changes.

Start-up pays for none of this when the schema is current: the revision is
read with one SELECT and compared with the newest migration file's name, and
Alembic is imported only when there is work to do.
"""

from __future__ import annotations

import re
import sqlite3
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from imh_desktop.data import cipher
from imh_desktop.data.db import Database
from imh_desktop.data.files import private_file
from imh_desktop.domain.clock import Clock, SystemClock

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


def head_revision() -> str:
    """The newest revision: revision ids are the files' four-digit prefixes."""
    names = (entry.name for entry in (MIGRATIONS / "versions").iterdir())
    return max(m.group(1) for m in map(_REVISION_FILE.match, names) if m)


def current_revision(db: Database) -> str | None:
    """The database's revision, or None for a database Alembic never touched."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _has_tables(db: Database) -> bool:
    return bool(inspect(db.engine).get_table_names())


def backup_sqlite(
    path: Path, label: str, clock: Clock | None = None, key: bytes | None = None
) -> Path:
    """Copy an SQLite file beside itself, named by the local time; returns the copy's path.

    The copy is owner-only (0600), like the database. An encrypted file
    (``key``) is copied encrypted with the same key, so the key slots beside
    the original open the copy too.
    """
    stamp = (clock or SystemClock()).now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{label}-{stamp}{path.suffix}")
    private_file(target)
    if key is not None:
        source, dest = cipher.connect(path, key), cipher.driver().connect(str(target))
        cipher.apply_key(dest, key)
    else:
        source, dest = sqlite3.connect(path), sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


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
    """Upgrade the schema to ``revision``; returns the backup path if one was made."""
    current = current_revision(db)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    backup = None
    path = db.sqlite_path
    if path is not None and path.exists() and (current is not None or _has_tables(db)):
        backup = backup_sqlite(path, current or "unversioned", key=db.key)
    _run_alembic(db, revision)
    return backup
