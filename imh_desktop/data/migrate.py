"""Schema migrations with Alembic, shipped inside the package.

``upgrade_database`` brings any database to the newest revision. An SQLite
file made by an older schema is first copied beside itself (through SQLite's
online backup, so WAL contents are included) before anything changes.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from imh_desktop.data.db import Database


def alembic_config() -> Config:
    """An Alembic config pointing at the migrations inside the package."""
    config = Config()
    config.set_main_option(
        "script_location", str(files("imh_desktop.data") / "migrations")
    )
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _has_tables(db: Database) -> bool:
    from sqlalchemy import inspect

    return bool(inspect(db.engine).get_table_names())


def backup_sqlite(path: Path, label: str) -> Path:
    """Copy an SQLite file beside itself; returns the copy's path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{label}-{stamp}{path.suffix}")
    source = sqlite3.connect(path)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


def upgrade_database(db: Database, revision: str = "head") -> Path | None:
    """Upgrade the schema to ``revision``; returns the backup path if one was made."""
    current = current_revision(db)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    backup = None
    path = db.sqlite_path
    if path is not None and path.exists() and (current is not None or _has_tables(db)):
        backup = backup_sqlite(path, current or "unversioned")
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    return backup
