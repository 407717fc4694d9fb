"""Revision 0012: existing events chained, signed notes sealed, audit rows made append-only."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from imh_desktop.data.db import Database, sqlite_url
from imh_desktop.data.migrate import current_revision, head_revision, upgrade_database
from imh_desktop.data.models import Visit
from imh_desktop.services.admin.staff import default_user
from imh_desktop.services.audit.verify import verify_audit_trail
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.visits.seal import check_notes

# The test backend, as conftest.py reads it (a test module does not import conftest).
BACKEND_URL = os.environ.get("IMH_TEST_DATABASE", "sqlite")
ON_POSTGRES = BACKEND_URL.startswith("postgresql")
ADDED = {  # what 0007 adds: the demo writes today's schema, so these are left out at 0006
    "visits": {"content_hash"},
    "amendments": {"hash"},
    "audit_events": {"seq", "family_id", "prev_hash", "hash"},
}


@pytest.fixture
def legacy(tmp_path, monkeypatch):
    """A filled database at revision 0006: notes signed, co-signed and amended, none sealed."""
    from imh_desktop.demo.generate import generate_demo
    from imh_desktop.demo.seal import DemoChain

    def unsealed(self, rows):  # as the app wrote them before 0012: no hashes, no sign events
        for table, names in ADDED.items():
            for row in rows.tables[table]:
                for name in names:
                    row.pop(name, None)

    monkeypatch.setattr(DemoChain, "seal", unsealed)
    # added by 0014 with a default: rows written at 0011 leave it out
    monkeypatch.setattr(Visit.__table__.c["family_note"], "default", None)
    with _empty_database(tmp_path) as db:
        upgrade_database(db, "0011")
        generate_demo(db, 60, 7, today=dt.date(2026, 11, 25))
        monkeypatch.undo()
        yield db


@contextmanager
def _empty_database(tmp_path: Path) -> Iterator[Database]:
    """A new, empty database on the test backend (its own database on a PostgreSQL server)."""
    if not ON_POSTGRES:
        db = Database(sqlite_url(tmp_path / "legacy.sqlite"))
        yield db
        db.dispose()
        return
    name = f"imh_legacy_{uuid.uuid4().hex[:8]}"
    admin = create_engine(BACKEND_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database(BACKEND_URL.rsplit("/", 1)[0] + "/" + name)
    try:
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _count(db: Database, sql: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar() or 0)


def test_upgrade_chains_old_events_and_seals_every_signed_note(legacy, clock):
    events = _count(legacy, "SELECT count(*) FROM audit_events")
    signed = _count(legacy, "SELECT count(*) FROM visits WHERE signed_at IS NOT NULL")
    amended = _count(legacy, "SELECT count(*) FROM amendments")
    assert (
        signed > 100
        and amended + _count(legacy, "SELECT count(*) FROM visits WHERE cosigned_at IS NOT NULL")
        > 0
    )
    backup = upgrade_database(legacy)
    assert (backup is not None) == legacy.is_sqlite  # a copy of an SQLite file first
    assert current_revision(legacy) == head_revision()
    assert _count(legacy, "SELECT count(*) FROM audit_events") == events + signed
    assert _count(legacy, "SELECT count(*) FROM audit_events WHERE action = 'seal'") == signed
    assert _count(legacy, "SELECT count(*) FROM visits WHERE signed_at IS NOT NULL "
                          "AND content_hash IS NULL") == 0  # fmt: skip
    assert _count(legacy, "SELECT count(*) FROM amendments WHERE hash IS NULL") == 0
    assert _count(legacy, "SELECT count(*) FROM audit_events WHERE family_id IS NULL "
                          "AND entity = 'family'") == 0  # fmt: skip
    ctx = ServiceContext(legacy, default_user(legacy).id, clock)
    result = verify_audit_trail(ctx)
    assert result.ok and result.events == events + signed and result.notes == signed
    with legacy.read() as session:
        ids = [int(i) for i in session.execute(text("SELECT id FROM visits")).scalars()]
        assert check_notes(session, ids) == {}


def test_audit_rows_are_append_only_at_head(legacy):
    upgrade_database(legacy)
    for sql in ("UPDATE audit_events SET detail = ''", "DELETE FROM audit_events"):
        with pytest.raises(Exception, match="append-only"), legacy.engine.begin() as conn:
            conn.execute(text(sql))


def test_downgrade_and_upgrade_again(legacy, clock):
    from alembic import command

    from imh_desktop.data.migrate import alembic_config

    upgrade_database(legacy)
    config = alembic_config()
    with legacy.engine.connect() as conn:  # as migrate.py does: SQLite rebuilds tables
        if legacy.is_sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        with conn.begin():
            config.attributes["connection"] = conn
            command.downgrade(config, "0011")
        if legacy.is_sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
    assert current_revision(legacy) == "0011"
    with legacy.engine.begin() as conn:  # no trigger left in the way
        conn.execute(text("UPDATE audit_events SET detail = detail"))
    upgrade_database(legacy)
    assert verify_audit_trail(ServiceContext(legacy, default_user(legacy).id, clock)).ok
