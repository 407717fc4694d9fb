"""One desktop client's connection pool on a shared server: small, checked, named, pooler-safe."""

from __future__ import annotations

import pytest
from sqlalchemy.pool import QueuePool

from imh_desktop.data import db as db_module
from imh_desktop.data.db import make_engine, server_pool_options
from imh_desktop.data.faults import storage_error
from imh_desktop.domain.errors import DatabaseUnavailableError, TransientDatabaseError

URL = "postgresql+psycopg://imh@127.0.0.1:1/agency"  # never connected to here


def test_a_server_engine_keeps_a_small_checked_pool():
    engine = make_engine(URL)
    try:
        pool = engine.pool
        assert isinstance(pool, QueuePool)
        assert (pool.size(), pool._max_overflow) == (db_module.POOL_SIZE, db_module.POOL_OVERFLOW)
        assert pool._timeout == db_module.POOL_TIMEOUT_S
        assert pool._recycle == db_module.POOL_RECYCLE_S
        assert pool._pre_ping
    finally:
        engine.dispose()


def test_psycopg_connections_are_named_time_out_and_prepare_nothing():
    args = server_pool_options("postgresql+psycopg")["connect_args"]
    assert args["application_name"] == "imh-desktop"
    assert args["connect_timeout"] == db_module.CONNECT_TIMEOUT_S
    assert args["prepare_threshold"] is None  # PgBouncer in transaction mode
    assert args["keepalives"] == 1


def test_an_application_name_in_the_address_is_kept():
    args = server_pool_options("postgresql+psycopg", {"application_name": "front desk"})
    assert "application_name" not in args["connect_args"]


@pytest.mark.parametrize("error", ["DeadlockDetected", "SerializationFailure", "LockNotAvailable"])
def test_a_transaction_the_server_rolled_back_may_be_run_again(error):
    import psycopg.errors

    fault = storage_error(getattr(psycopg.errors, error)("rolled back"), "db.example:5432")
    assert isinstance(fault, TransientDatabaseError)
    assert "Nothing was saved" in fault.message


def test_a_lost_connection_is_not_retried():
    import psycopg

    fault = storage_error(psycopg.OperationalError("server closed the connection"), "db:5432")
    assert isinstance(fault, DatabaseUnavailableError)
    assert not isinstance(fault, TransientDatabaseError)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def through_pgbouncer():
    """A migrated throwaway PostgreSQL 15 with a specialist and a supervisor, and the URL of a
    throwaway PgBouncer in transaction mode in front of it with only 2 server connections."""
    import os
    import shutil

    from benchmarks.load.servers import (
        pgbouncer_available,
        postgres_available,
        throwaway_pgbouncer,
        throwaway_postgres,
    )

    if not (postgres_available() and pgbouncer_available()):
        pytest.skip("PostgreSQL 15 or PgBouncer is not installed")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser: the servers cannot run as postgres")
    from imh_desktop.data.db import Database
    from imh_desktop.data.migrate import upgrade_database
    from imh_desktop.domain.enums import Role
    from imh_desktop.services.admin.staff import create_first_staff, create_staff
    from imh_desktop.services.common.context import ServiceContext

    pg_port = _free_port()
    with throwaway_postgres(pg_port) as url:
        direct = Database(url)
        upgrade_database(direct)  # migrations run on a direct connection, as in deployment
        sup = create_first_staff(direct, "sup", "Sam Sup", Role.SUPERVISOR).id
        team = ServiceContext(direct, sup)
        ana = create_staff(team, "ana", "Ana Spec", Role.SPECIALIST, supervisor_id=sup).id
        ids = {"supervisor": sup, "specialist": ana}
        direct.dispose()
        with throwaway_pgbouncer(pg_port, _free_port(), pool_size=2) as port:
            yield url.replace(f":{pg_port}/", f":{port}/"), ids


def test_the_services_work_through_pgbouncer_in_transaction_mode(through_pgbouncer):
    """Three clients share PgBouncer's 2 server connections; statements run often enough that
    psycopg would prepare them (and fail on another server connection) if it were allowed."""
    import datetime as dt

    from benchmarks.load.script import note_input
    from imh_desktop.data.db import Database
    from imh_desktop.domain.clock import FixedClock
    from imh_desktop.domain.errors import ConflictError
    from imh_desktop.services.caseload.table import list_caseload
    from imh_desktop.services.common.context import ServiceContext
    from imh_desktop.services.family import families
    from imh_desktop.services.visits import drafts, notes
    from tests.factories import family_input

    url, ids = through_pgbouncer
    clock = FixedClock(dt.date(2026, 11, 25))
    clients = [Database(url) for _ in range(3)]
    try:
        sup = ServiceContext(clients[0], ids["supervisor"], clock)
        ana = [ServiceContext(db, ids["specialist"], clock) for db in clients[1:]]
        family = families.create_family(sup, family_input(ids["specialist"]))
        saved = []
        for i in range(8):  # > psycopg's prepare threshold (5) for every statement
            ctx = ana[i % 2]
            note = note_input(clock.today(), f"Visit {i}: she sang to the baby.", ())
            saved.append(notes.save_note(ctx, family.id, note))
            assert [r.family_id for r in list_caseload(ctx, "mine")] == [family.id]
            assert families.get_family(sup, family.id).display_name == family.display_name
        first = drafts.save_draft(ana[0], family.id, None, {"observation": "one"}, None)
        with pytest.raises(ConflictError):  # the other desk's stale autosave is refused
            drafts.save_draft(ana[1], family.id, None, {"observation": "two"}, None)
        assert drafts.load_draft(ana[1], family.id, None).version == first.version
        edit = note_input(clock.today(), "Visit 0, corrected.", ())
        first_note = saved[0].visit
        again = notes.save_note(ana[1], family.id, edit, first_note.id, first_note.version)
        with pytest.raises(ConflictError):  # saved from the version the other desk replaced
            notes.save_note(ana[0], family.id, edit, first_note.id, first_note.version)
        assert notes.get_note(ana[0], first_note.id).visit.version == again.visit.version
        assert len({s.visit.id for s in saved}) == 8
    finally:
        for db in clients:
            db.dispose()
