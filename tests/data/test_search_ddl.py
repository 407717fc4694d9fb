"""The full-text DDL: the narrow scope's GIN where btree_gin can be had, nothing where not;
one GIN over the words (revision 0030)."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect

from imh_desktop.data import search_ddl
from imh_desktop.services.search.records import search_records
from tests.factories import ON_POSTGRES, migrate_to, signed_note


def _indexes(db) -> set[str]:
    return {i["name"] for i in inspect(db.engine).get_indexes("search_index")}


def _plan(db, sql: str) -> str:
    """The plan of ``sql`` with sequential and plain index scans off: which GIN can serve it."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        conn.exec_driver_sql("SET LOCAL enable_indexscan = off")
        return "\n".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN {sql}"))


def test_sqlite_has_no_gin_and_makes_none(db):
    if ON_POSTGRES:
        pytest.skip("SQLite's side")
    with db.engine.begin() as conn:
        assert search_ddl.create_scoped_gin(conn) is False
        assert search_ddl.drop_redundant_gin(conn) is False
    assert search_ddl.SCOPED_GIN not in _indexes(db)


def test_the_scoped_gin_is_made_where_btree_gin_is_to_be_had(db):
    if not ON_POSTGRES:
        pytest.skip("a PostgreSQL index")
    assert search_ddl.SCOPED_GIN in _indexes(db)  # the migration made it on the test server


def test_one_gin_serves_the_words_alone_and_the_downgrade_brings_the_second_back(
    db, as_user, staff
):
    if not ON_POSTGRES:
        pytest.skip("PostgreSQL's GIN indexes")
    assert search_ddl.WORDS_GIN not in _indexes(db)  # revision 0030 dropped it
    words_alone = "SELECT id FROM search_index WHERE tsv @@ to_tsquery('simple', 'kittens')"
    assert search_ddl.SCOPED_GIN in _plan(db, words_alone)
    signed_note(as_user, staff, observation="Ánh read to the kittens.")
    # beyond one caseload (the supervisor's team), the words alone pick the entries
    hits = search_records(as_user(staff["ssupervisor"]), "kittens").hits
    assert [h.kind for h in hits] == ["note"]

    migrate_to(db, command.downgrade, "0029")
    assert {search_ddl.WORDS_GIN, search_ddl.SCOPED_GIN} <= _indexes(db)
    assert search_ddl.WORDS_GIN in _plan(db, words_alone)
    migrate_to(db, command.upgrade, "head")
    assert search_ddl.WORDS_GIN not in _indexes(db)


def test_without_the_scoped_gin_the_words_keep_theirs(db):
    if not ON_POSTGRES:
        pytest.skip("PostgreSQL's GIN indexes")
    with db.engine.begin() as conn:
        search_ddl.restore_words_gin(conn)
        conn.exec_driver_sql(f"DROP INDEX {search_ddl.SCOPED_GIN}")
        assert search_ddl.drop_redundant_gin(conn) is False
    assert search_ddl.WORDS_GIN in _indexes(db)


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
