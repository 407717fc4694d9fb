"""Many rows into one table at once, for writers that bypass the ORM (demo data, index rebuilds).

``insert_many(conn, table, rows)`` writes the same rows as
``conn.execute(insert(table), rows)`` would, in ``conn``'s transaction. On
PostgreSQL it sends them with ``COPY ... FROM STDIN`` instead: an
``executemany`` of INSERTs costs the server one statement per row (a
50,000-family demo agency is several million rows), COPY one stream per
batch. Values go through each column's SQLAlchemy type the way an INSERT
binds them (enums to their stored strings, JSON serialised), and the
Python-side column defaults an INSERT would fill in are filled in here too.

``keys_set_aside(conn, tables)`` is the other half of a bulk load on
PostgreSQL, as its manual advises ("Populating a Database": remove indexes
and foreign keys, load, make them again): while many rows go in, a foreign
key costs a lookup per row and each secondary index an insert per row;
made again at the end, a key is checked by one join and an index is built
by one sort.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Column, Connection, Table, insert, text

# Building indexes over millions of rows: several times faster with more memory (this
# transaction only).
ROOM_TO_BUILD = "SET LOCAL maintenance_work_mem = '512MB'"
# Foreign keys and the indexes that back no constraint (the primary and unique keys stay),
# as their own DDL: what is dropped is made again word for word.
_FOREIGN_KEYS = text(
    "SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) "
    "FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY(:tables) "
    "ORDER BY conrelid::regclass::text, conname"
)
_INDEXES = text(
    "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
    "WHERE i.indrelid::regclass::text = ANY(:tables) AND NOT EXISTS "
    "(SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) "
    "ORDER BY i.indexrelid::regclass::text"
)
# Tables named that this role may not alter (it does not own them, nor belong to their owner).
_NOT_OWNED = text(
    "SELECT count(*) FROM pg_class WHERE oid::regclass::text = ANY(:tables) "
    "AND relkind IN ('r', 'p') AND NOT pg_has_role(relowner, 'USAGE')"
)


def insert_many(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` in ``conn``'s transaction."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), list(rows))
        return
    keys = list(rows[0])
    given = [table.c[k] for k in keys]
    # Columns the rows leave out but whose Python-side default an INSERT would apply.
    defaulted = [c for c in table.c if c.name not in rows[0] and c.default is not None]
    names = ", ".join(f'"{c.name}"' for c in (*given, *defaulted))
    # Each row's values in key order, taken in one call; only the columns with a converter
    # are touched one by one (most of a big table's rows need none: the search entries).
    get = itemgetter(*keys) if len(keys) > 1 else lambda row: (row[keys[0]],)
    convert = [(i, f) for i, c in enumerate(given) if (f := _converter(conn, c)) is not None]
    fill = [(c, _converter(conn, c)) for c in defaulted]
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in rows:
            values = get(row)
            if convert or fill:
                values = list(values)
                for i, f in convert:
                    values[i] = f(values[i])
                for column, f in fill:
                    value = _default(column)
                    values.append(f(value) if f else value)
            copy.write_row(values)


def _converter(conn: Connection, column: Column[Any]) -> Callable[[Any], Any] | None:
    if isinstance(column.type, JSON):
        from psycopg.types.json import Json

        return lambda value: None if value is None else Json(value)
    return column.type.bind_processor(conn.dialect)


def _default(column: Column[Any]) -> Any:
    default = column.default
    assert default is not None
    if getattr(default, "is_callable", False):
        return default.arg(None)  # type: ignore[attr-defined]  # SQLAlchemy wraps it to take a context
    return default.arg  # type: ignore[attr-defined]


@contextmanager
def keys_set_aside(conn: Connection, tables: Sequence[str]) -> Iterator[None]:
    """On PostgreSQL, drop ``tables``' foreign keys and secondary indexes for the block and make
    them again after it, in ``conn``'s transaction (an error rolls it all back). Elsewhere, and
    for tables not named, nothing changes. The keys are checked again when they are made.
    Dropping them needs the tables' owner (the role that made the schema, the migrations): for
    another role the rows go in with the keys in place, only slower."""
    names = list(tables)
    if conn.dialect.name != "postgresql" or conn.scalar(_NOT_OWNED, {"tables": names}):
        yield
        return
    keys = conn.execute(_FOREIGN_KEYS, {"tables": names}).all()
    indexes = conn.execute(_INDEXES, {"tables": names}).all()
    for table, name, _ in keys:
        conn.exec_driver_sql(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
    for name, _ in indexes:
        conn.exec_driver_sql(f"DROP INDEX {name}")
    yield
    conn.exec_driver_sql(ROOM_TO_BUILD)
    for _, definition in indexes:
        conn.exec_driver_sql(definition)
    for table, name, definition in keys:
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
