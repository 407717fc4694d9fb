"""The demo generator's database work, in one transaction: what is there, and its rows in bulk.

``demo.generate`` decides the agency and makes its rows as plain dicts; this
is all it asks of the database. The rows go in through ``data.bulk`` (COPY
on PostgreSQL), with the keys and the full-text indexes set aside while they
do; the audit chain's head is read before and stored after.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from sqlalchemy import Connection, Table, func, inspect, select, text

from imh_desktop.data.bulk import insert_many, keys_set_aside
from imh_desktop.data.db import Database
from imh_desktop.data.models import Base
from imh_desktop.data.search import filled_in_bulk

_CHAIN_HEAD = text("SELECT seq, head_hash FROM audit_chain ORDER BY id LIMIT 1")
_STORE_HEAD = text(
    "UPDATE audit_chain SET seq = :s, head_hash = :h WHERE id = (SELECT min(id) FROM audit_chain)"
)


class DemoStore:
    """One transaction's connection, seen as the demo generator needs it."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    @property
    def on_server(self) -> bool:
        """PostgreSQL: a writer thread may send one batch while the next is made."""
        return self._conn.dialect.name == "postgresql"

    def table_names(self) -> set[str]:
        """The tables this database has (one at an older revision lacks the newer ones)."""
        return set(inspect(self._conn).get_table_names())

    def count(self, table: str) -> int:
        return self._conn.scalar(select(func.count()).select_from(_table(table))) or 0

    def max_id(self, table: str) -> int:
        return self._conn.scalar(select(func.max(_table(table).c.id))) or 0

    def usernames(self) -> set[str]:
        return set(self._conn.scalars(select(_table("staff_users").c.username)))

    def insert(self, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
        """``rows`` (dicts with the same keys) into ``table``, in bulk."""
        insert_many(self._conn, _table(table), rows)

    def keys_set_aside(self, tables: Sequence[str]) -> AbstractContextManager[None]:
        """``data.bulk.keys_set_aside``: the tables' keys and indexes made again after the block."""
        return keys_set_aside(self._conn, tables)

    def search_filled_in_bulk(self) -> AbstractContextManager[None]:
        """``data.search.filled_in_bulk``: the full-text indexes made once, after the block."""
        return filled_in_bulk(self._conn)

    def chain_head(self) -> tuple[int, str] | None:
        """The audit chain's lane-0 head (seq, hash), None when ``audit_chain`` has no row."""
        head = self._conn.execute(_CHAIN_HEAD).first()
        return (int(head[0]), str(head[1])) if head else None

    def store_chain_head(self, seq: int, head_hash: str) -> None:
        self._conn.execute(_STORE_HEAD, {"s": seq, "h": head_hash})

    def reset_sequences(self, tables: Sequence[str]) -> None:
        """On PostgreSQL, move each table's id sequence past the ids inserted here."""
        if not self.on_server:
            return
        for name in tables:
            self._conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"(SELECT max(id) FROM {name}))"
                )
            )


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


@contextmanager
def demo_transaction(db: Database) -> Iterator[DemoStore]:
    """One transaction for the whole demo: on any error nothing is kept."""
    with db.engine.begin() as conn:
        yield DemoStore(conn)
