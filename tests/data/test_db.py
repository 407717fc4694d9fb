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
