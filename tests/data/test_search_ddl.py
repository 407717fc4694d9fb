"""The full-text DDL: the narrow scope's GIN where btree_gin can be had, nothing where not."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from imh_desktop.data import search_ddl
from imh_desktop.services.search.records import search_records
from tests.factories import ON_POSTGRES, signed_note


def _indexes(db) -> set[str]:
    return {i["name"] for i in inspect(db.engine).get_indexes("search_index")}


def test_sqlite_has_no_gin_and_makes_none(db):
    if ON_POSTGRES:
        pytest.skip("SQLite's side")
    with db.engine.begin() as conn:
        assert search_ddl.create_scoped_gin(conn) is False
    assert search_ddl.SCOPED_GIN not in _indexes(db)


def test_the_scoped_gin_is_made_where_btree_gin_is_to_be_had(db):
    if not ON_POSTGRES:
        pytest.skip("a PostgreSQL index")
    assert search_ddl.SCOPED_GIN in _indexes(db)  # the migration made it on the test server


def test_a_server_without_btree_gin_keeps_working_without_the_gin(db, as_user, staff, monkeypatch):
    if not ON_POSTGRES:
        pytest.skip("a PostgreSQL extension")
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"DROP INDEX {search_ddl.SCOPED_GIN}")
    monkeypatch.setattr(search_ddl, "EXTENSION", "btree_gin_not_installed_here")
    with db.engine.begin() as conn:
        assert search_ddl.create_scoped_gin(conn) is False  # refused: rolled back to its savepoint
        conn.exec_driver_sql("SELECT 1")  # and the transaction goes on
    assert search_ddl.SCOPED_GIN not in _indexes(db)
    signed_note(as_user, staff, observation="Ánh read to the kittens.")
    hits = search_records(as_user(staff["aspecialist"]), "kittens").hits
    assert [h.kind for h in hits] == ["note"]
