"""The full-text indexes over ``search_index``: their DDL, made by the migrations.

SQLite: an FTS5 table ``search_fts`` kept by triggers. PostgreSQL: the
generated ``tsv`` column with its GIN index, and (revision 0026) the narrow
scope's GIN over (specialist, words) where the ``btree_gin`` extension can
be had, which from revision 0030 takes the place of the first.
``data.search.rebuild`` sets them aside while it refills the table.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect
from sqlalchemy.exc import DBAPIError

SQLITE_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(words, content='search_index', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER search_index_ai AFTER INSERT ON search_index BEGIN "
    "INSERT INTO search_fts(rowid, words) VALUES (new.id, new.words); END",
    "CREATE TRIGGER search_index_ad AFTER DELETE ON search_index BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, words) VALUES ('delete', old.id, old.words); END",
    "CREATE TRIGGER search_index_au AFTER UPDATE ON search_index BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, words) VALUES ('delete', old.id, old.words); "
    "INSERT INTO search_fts(rowid, words) VALUES (new.id, new.words); END",
)
POSTGRESQL_DDL = (
    "ALTER TABLE search_index ADD COLUMN tsv tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, words)) STORED",
    "CREATE INDEX ix_search_index_tsv ON search_index USING gin (tsv)",
)


# The narrow scope's GIN (revision 0026): a specialist's entries and the words in one index
# scan; needs the btree_gin extension (the specialist id is no text). Where the server lacks
# it, the btree index (specialist_id, id) alone carries the narrow scope.
SCOPED_GIN = "ix_search_index_specialist_tsv"
WORDS_GIN = "ix_search_index_tsv"
EXTENSION = "btree_gin"
GIN_DDL = {
    WORDS_GIN: POSTGRESQL_DDL[1],
    SCOPED_GIN: f"CREATE INDEX {SCOPED_GIN} ON search_index USING gin (specialist_id, tsv)",
}


def create_scoped_gin(conn: Connection) -> bool:
    """On PostgreSQL, the GIN over (specialist, words) if ``btree_gin`` can be had; True if made.

    ``CREATE EXTENSION btree_gin`` needs a superuser or (PostgreSQL 13 on, the
    extension being trusted) the CREATE right on the database; refused or not
    installed, nothing changes (a savepoint) and the search uses the btree
    index alone (docs/deployment.md).
    """
    if conn.dialect.name != "postgresql":
        return False
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(f"CREATE EXTENSION IF NOT EXISTS {EXTENSION}")
    except DBAPIError:
        return False
    conn.exec_driver_sql(GIN_DDL[SCOPED_GIN])
    return True


def index_names(conn: Connection) -> set[str | None]:
    """The names of the indexes ``search_index`` has now."""
    return {i["name"] for i in inspect(conn).get_indexes("search_index")}


def drop_redundant_gin(conn: Connection) -> bool:
    """On PostgreSQL, drop the GIN over the words alone where the scoped GIN is; True if dropped.

    A multicolumn GIN answers a condition on any of its columns as a one-column
    GIN would, so searches beyond one caseload take the scoped GIN for their
    words (revision 0030). Without ``btree_gin`` there is no scoped GIN, and the
    words' GIN stays.
    """
    if conn.dialect.name != "postgresql":
        return False
    if not {SCOPED_GIN, WORDS_GIN} <= index_names(conn):
        return False
    conn.exec_driver_sql(f"DROP INDEX {WORDS_GIN}")
    return True


def restore_words_gin(conn: Connection) -> None:
    """Undo :func:`drop_redundant_gin` (the migration's downgrade): the words' GIN, if missing."""
    if conn.dialect.name == "postgresql" and WORDS_GIN not in index_names(conn):
        conn.exec_driver_sql(GIN_DDL[WORDS_GIN])


def create_fulltext(conn: Connection) -> None:
    """Make the backend's full-text index over ``search_index`` (FTS5 or a GIN-indexed tsvector)."""
    ddl = POSTGRESQL_DDL if conn.dialect.name == "postgresql" else SQLITE_DDL
    for statement in ddl:
        conn.exec_driver_sql(statement)


SQLITE_TRIGGERS = ("search_index_ai", "search_index_ad", "search_index_au")


def drop_fulltext(conn: Connection) -> None:
    """Undo :func:`create_fulltext` (the migration's downgrade)."""
    if conn.dialect.name == "postgresql":
        return  # the column and its index go with the table
    for name in SQLITE_TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_fts")
