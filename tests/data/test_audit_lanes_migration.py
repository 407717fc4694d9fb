"""Revision 0028: a database whose events are chained at 0026 keeps them, as lane 0."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from imh_desktop.data.db import Database, sqlite_url
from imh_desktop.data.migrate import (
    current_revision,
    head_revision,
    upgrade_database,
)
from imh_desktop.domain.integrity import GENESIS
from imh_desktop.services.admin.staff import default_user
from imh_desktop.services.audit.chain import LANES, UNCHAINED, PendingEvent, append_events
from imh_desktop.services.audit.verify import verify_audit_trail
from imh_desktop.services.common.context import ServiceContext
from tests.factories import TODAY, migrate_to

# The test backend, as conftest.py reads it (a test module does not import conftest).
BACKEND_URL = os.environ.get("IMH_TEST_DATABASE", "sqlite")


@pytest.fixture
def at_0026(tmp_path) -> Iterator[Database]:
    """A filled database at revision 0026, its events in one chain as the app wrote them then."""
    from imh_desktop.demo.generate import generate_demo

    if BACKEND_URL.startswith("postgresql"):
        name = f"imh_lanes_{uuid.uuid4().hex[:8]}"
        admin = create_engine(BACKEND_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        db = Database(BACKEND_URL.rsplit("/", 1)[0] + "/" + name)
    else:
        db = Database(sqlite_url(tmp_path / "at_0026.sqlite"))
    try:
        upgrade_database(db, "0026")
        generate_demo(db, 12, 5, today=TODAY)
        yield db
    finally:
        db.dispose()
        if BACKEND_URL.startswith("postgresql"):
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


def _rows(db: Database, sql: str) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


@pytest.mark.usefixtures("one_lane")  # the app's own events (the verifies) in lane 0
def test_a_chained_database_at_0026_becomes_lane_0_and_verifies(at_0026, clock):
    db = at_0026
    assert "lane" not in {c["name"] for c in inspect(db.engine).get_columns("audit_events")}
    [(head_id, head_seq, head_hash)] = _rows(db, "SELECT id, seq, head_hash FROM audit_chain")
    chained = _rows(db, "SELECT id, seq, hash FROM audit_events ORDER BY id")
    assert head_id == 1 and head_seq == len(chained) > 100
    assert sorted(seq for _, seq, _ in chained) == list(range(1, len(chained) + 1))

    migrate_to(db, command.upgrade, "head")
    assert current_revision(db) == head_revision()
    assert _rows(db, "SELECT id, seq, head_hash FROM audit_chain ORDER BY id") == [
        (0, head_seq, head_hash),
        *((lane, 0, GENESIS) for lane in range(1, LANES)),
    ]
    assert _rows(db, "SELECT id, seq, hash FROM audit_events ORDER BY id") == chained
    assert _rows(db, "SELECT DISTINCT lane FROM audit_events") == [(0,)]
    sam = ServiceContext(db, default_user(db).id, clock)
    result = verify_audit_trail(sam)
    assert result.ok and result.events == len(chained) and result.notes > 0

    # The app chains on, in lane 0 or any other; the whole trail still verifies.
    with db.session(clock) as s:
        event = PendingEvent(UNCHAINED, clock.utc_now(), None, "viewed", "settings", 1, None, "")
        [added] = append_events(s, [event], lane=2)
    assert (added.lane, added.seq) == (2, 1)
    assert verify_audit_trail(sam).ok
    # One chain cannot hold lane 2's event: going back is refused, and changes nothing.
    with pytest.raises(RuntimeError, match="lanes other than 0"):
        migrate_to(db, command.downgrade, "0026")
    assert current_revision(db) == head_revision()
    assert verify_audit_trail(sam).ok


def test_a_database_with_lane_0_only_goes_back_to_one_chain(at_0026, clock):
    db = at_0026
    upgrade_database(db)
    with db.session(clock) as s:
        event = PendingEvent(UNCHAINED, clock.utc_now(), None, "viewed", "settings", 1, None, "")
        [added] = append_events(s, [event], lane=0)
    migrate_to(db, command.downgrade, "0026")
    assert _rows(db, "SELECT id, seq, head_hash FROM audit_chain") == [(1, added.seq, added.hash)]
    migrate_to(db, command.upgrade, "head")
    assert verify_audit_trail(ServiceContext(db, default_user(db).id, clock)).ok
