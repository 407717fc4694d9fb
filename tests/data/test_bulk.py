"""Many rows at once: COPY on PostgreSQL writes what an INSERT of the same rows writes, and the
keys set aside while it loads come back as they were."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, insert, select, text
from sqlalchemy.exc import IntegrityError

from imh_desktop.data.bulk import insert_many, keys_set_aside
from imh_desktop.data.models import Base
from imh_desktop.domain.enums import Sex
from tests.factories import make_family


def _children(db, family_ids: list[int]) -> list[tuple]:  # without the family
    table = Base.metadata.tables["children"]
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(table.c.family_id, table.c.full_name, table.c.dob, table.c.sex,
                   table.c.gestational_weeks)
            .where(table.c.family_id.in_(family_ids)).order_by(table.c.id)
        ).all()  # fmt: skip
    return [tuple(r)[1:] for r in rows]


def test_insert_many_writes_what_an_insert_writes(db, staff) -> None:
    copied = make_family(db, staff, "Ánh family").id
    inserted = make_family(db, staff, "Bảo family").id
    table = Base.metadata.tables["children"]

    def rows(family_id: int) -> list[dict]:
        # ``sex`` is left out: the column's Python-side default (an enum) fills it in.
        return [
            {"family_id": family_id, "full_name": "Ánh", "dob": dt.date(2025, 1, 31),
             "gestational_weeks": 34},
            {"family_id": family_id, "full_name": "Bảo", "dob": dt.date(2024, 2, 29),
             "gestational_weeks": None},
        ]  # fmt: skip

    with db.engine.begin() as conn:
        insert_many(conn, table, rows(copied))
        conn.execute(insert(table), rows(inserted))
        insert_many(conn, table, [])  # nothing to write: nothing happens
    assert _children(db, [copied]) == _children(db, [inserted])
    added = _children(db, [copied])[-2:]  # after the child the family was made with
    assert [r[0] for r in added] == ["Ánh", "Bảo"]
    assert [r[2] for r in added] == [Sex.UNKNOWN, Sex.UNKNOWN]


_SCHEMA = text(
    "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
    "WHERE connamespace = current_schema()::regnamespace UNION ALL "
    "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
    "ORDER BY 1, 2, 3"
)
_LOADED = ("children", "visits", "goal_progress", "search_index")


def _schema(db) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(_SCHEMA)]


def _postgres_only(db) -> None:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's bulk load")


def test_keys_set_aside_are_made_again_as_they_were(db, staff) -> None:
    _postgres_only(db)
    before = _schema(db)
    family_id = make_family(db, staff, "Ánh family").id
    table = Base.metadata.tables["children"]
    with db.engine.begin() as conn, keys_set_aside(conn, _LOADED):
        during = {r[1] for r in conn.execute(_SCHEMA)}
        insert_many(conn, table, [{"family_id": family_id, "full_name": "Bảo",
                                   "dob": dt.date(2025, 1, 31)}])  # fmt: skip
    assert _schema(db) == before
    # the foreign keys and secondary indexes of the tables named were gone while they loaded
    gone = [r for r in before if r[1] not in during]
    assert {r[0] for r in gone} == {"children", "visits", "goal_progress", "search_index"}
    assert "ix_search_index_specialist_tsv" in {r[1] for r in gone}
    assert any(r[2].startswith("FOREIGN KEY (family_id)") for r in gone if r[0] == "visits")
    assert not any("PRIMARY KEY" in r[2] for r in gone)  # the primary keys stay
    assert [r[0] for r in _children(db, [family_id])][-1] == "Bảo"


def test_a_row_breaking_a_key_set_aside_is_refused_and_nothing_changes(db, staff) -> None:
    _postgres_only(db)
    before = _schema(db)
    table = Base.metadata.tables["children"]
    orphan = {"family_id": 987_654, "full_name": "Nobody", "dob": dt.date(2025, 1, 31)}
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        with keys_set_aside(conn, _LOADED):
            insert_many(conn, table, [orphan])  # no such family: the key, made again, refuses
    assert _schema(db) == before
    with db.engine.connect() as conn:
        assert conn.scalar(select(table.c.id).where(table.c.family_id == 987_654)) is None


def test_a_role_not_owning_the_tables_loads_with_the_keys_in_place(db, staff) -> None:
    _postgres_only(db)
    before = _schema(db)
    family_id = make_family(db, staff, "Ánh family").id
    table = Base.metadata.tables["children"]
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE ROLE imh_bulk_clerk NOLOGIN")
        conn.exec_driver_sql(
            "GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO imh_bulk_clerk"
        )
        conn.exec_driver_sql("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO imh_bulk_clerk")
        conn.exec_driver_sql("SET LOCAL ROLE imh_bulk_clerk")
        with keys_set_aside(conn, _LOADED):
            assert [tuple(r) for r in conn.execute(_SCHEMA)] == before  # nothing dropped
            insert_many(conn, table, [{"family_id": family_id, "full_name": "Bảo",
                                       "dob": dt.date(2025, 1, 31)}])  # fmt: skip
        conn.exec_driver_sql("RESET ROLE")
        conn.exec_driver_sql("DROP OWNED BY imh_bulk_clerk")
        conn.exec_driver_sql("DROP ROLE imh_bulk_clerk")
    assert _schema(db) == before
    assert [r[0] for r in _children(db, [family_id])][-1] == "Bảo"


def test_keys_set_aside_change_nothing_on_sqlite(db) -> None:
    if db.engine.dialect.name == "postgresql":
        pytest.skip("SQLite's side")
    with db.engine.begin() as conn:
        before = conn.exec_driver_sql("SELECT sql FROM sqlite_master ORDER BY name").all()
        with keys_set_aside(conn, _LOADED):
            during = conn.exec_driver_sql("SELECT sql FROM sqlite_master ORDER BY name").all()
    assert during == before


def test_insert_many_writes_rows_of_one_column(db) -> None:
    one = Table("bulk_one_column", MetaData(), Column("id", Integer, primary_key=True))
    with db.engine.begin() as conn:
        one.create(conn)
        insert_many(conn, one, [{"id": 3}, {"id": 1}])
        assert conn.scalars(select(one.c.id).order_by(one.c.id)).all() == [1, 3]
        one.drop(conn)
