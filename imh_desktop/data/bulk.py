"""Many rows into one table at once, for writers that bypass the ORM (demo data, index rebuilds).

``insert_many(conn, table, rows)`` writes the same rows as
``conn.execute(insert(table), rows)`` would, in ``conn``'s transaction. On
PostgreSQL it sends them with ``COPY ... FROM STDIN`` instead: an
``executemany`` of INSERTs costs the server one statement per row (a
50,000-family demo agency is several million rows), COPY one stream per
batch. Values go through each column's SQLAlchemy type the way an INSERT
binds them (enums to their stored strings, JSON serialised), and the
Python-side column defaults an INSERT would fill in are filled in here too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import JSON, Column, Connection, Table, insert


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
    convert = [_converter(conn, c) for c in given]
    fill = [(c, _converter(conn, c)) for c in defaulted]
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in rows:
            values = [f(row[k]) if f else row[k] for k, f in zip(keys, convert, strict=True)]
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
