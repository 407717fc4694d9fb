"""PostgreSQL backups with pg_dump and pg_restore (run with IMH_TEST_DATABASE on a server)."""

from __future__ import annotations

import shutil
import stat

import pytest
from sqlalchemy import text

from imh_desktop.data import pg_tools
from imh_desktop.demo.generate import generate_demo
from imh_desktop.services.admin import backups
from imh_desktop.services.admin.staff import default_user
from imh_desktop.services.common.context import ServiceContext
from tests.factories import ON_POSTGRES

pytestmark = pytest.mark.skipif(not ON_POSTGRES, reason="needs IMH_TEST_DATABASE=postgresql…")
needs_tools = pytest.mark.skipif(
    shutil.which("pg_dump") is None or shutil.which("pg_restore") is None,
    reason="pg_dump and pg_restore are not on PATH",
)


@pytest.fixture
def agency(db, clock, tmp_path):
    generate_demo(db, 10, 7, clock.today())
    ctx = ServiceContext(db, default_user(db).id, clock)
    backups.choose_backup_folder(ctx, str(tmp_path / "backups"))
    return ctx


def rows(db, table):
    with db.connect() as conn:
        return [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY id"))]


@needs_tools
def test_pg_dump_backup_and_restore(agency, tmp_path):
    families, amendments = rows(agency.db, "families"), rows(agency.db, "amendments")
    made = backups.make_backup(agency)
    assert made.path.suffix == ".dump" and made.path.parent == tmp_path / "backups"
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert {"families", "visits", "amendments", "audit_events"} <= set(made.tables)
    with agency.db.connect() as conn:
        conn.execute(text("DELETE FROM amendments"))
        conn.commit()
    result = backups.restore_backup(agency, made.path)
    assert rows(agency.db, "families") == families and rows(agency.db, "amendments") == amendments
    assert result.set_aside is not None and result.set_aside.suffix == ".dump"


def test_without_pg_dump_the_backup_says_so(agency, monkeypatch):
    monkeypatch.setenv("PATH", "")
    with pytest.raises(pg_tools.PgToolMissing) as caught:
        backups.make_backup(agency)
    assert caught.value.message.startswith("pg_dump was not found on this computer")
