"""Search across the record: the first page of results, against a bare full-text query.

Ours: ``search_records(ctx, query)`` as the data set's first supervisor, who
leads every specialist (the widest scope a user can search: the whole
agency's notes, about 400,000 of them), on a private copy (each search
writes its audit row): parse, the scope from the permission table, the
match, newest first, one page of 50, snippets, one audit row and its commit.
Baseline, measured alternately in the same run: the bare full-text query
through the driver alone, the same match and order and page, no scope, no
snippets, no audit (FTS5 ``MATCH`` on SQLite, ``tsv @@ to_tsquery`` on
PostgreSQL). Two queries: a common word (many matches to order) and a
phrase with a prefix (fewer).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.dataset import Dataset, service_context, working_copy
from benchmarks.harness import Row, Target, measure_pair, row_from_times

TARGET = Target(max_value=0.100)
QUERIES = ("housing", '"housing navig*"')
_ORDER = "ORDER BY e.on_date DESC, e.id DESC LIMIT 51"
SQLITE_BARE = (
    "SELECT e.id, e.family_id, e.on_date, e.body FROM search_index e WHERE e.id IN "
    f"(SELECT rowid FROM search_fts WHERE search_fts MATCH ?) {_ORDER}"
)
PG_BARE = (
    "SELECT e.id, e.family_id, e.on_date, e.body FROM search_index e "
    f"WHERE e.tsv @@ to_tsquery('simple', %s) {_ORDER}"
)


def _count_matches(db: Any, query: str) -> int:
    """How many sections match ``query`` agency-wide (for the note)."""
    from sqlalchemy import func, select

    from imh_desktop.data.models import SearchEntry
    from imh_desktop.domain.search import parse_query
    from imh_desktop.services.search.records import _matching

    with db.read() as session:
        stmt = select(func.count()).select_from(SearchEntry)
        return int(session.scalar(stmt.where(_matching(session, parse_query(query)))) or 0)


def time_search(
    db: Any, info: Any, repeat: int, bare: Callable[[str], list[Any]], backend: str
) -> list[Row]:
    """One row per query in ``QUERIES`` on ``db`` (a private copy: searches are audited)."""
    from imh_desktop.services.search.records import search_records

    ctx = service_context(db, info)  # the supervisor who leads every specialist
    rows = []
    for query in QUERIES:
        page = search_records(ctx, query)
        base_count = len(bare(query))
        if min(len(page.hits), 50) != min(base_count, 50):
            raise AssertionError(f"search_records gave {len(page.hits)} hits, bare {base_count}")
        ours, base = measure_pair(lambda q=query: search_records(ctx, q), lambda q=query: bare(q),
                                  repeat)  # fmt: skip
        rows.append(
            row_from_times(
                f"search, first page of 50, {query} ({backend})", ours, base, TARGET,
                note=f"{_count_matches(db, query):,} matching sections agency-wide; ours: "
                "scope, snippets, audit row and commit; baseline: the bare full-text query, "
                "same order and page, via the driver",
            )
        )  # fmt: skip
    return rows


def run_sqlite(dataset: Dataset, work: Path, repeat: int) -> list[Row]:
    from imh_desktop.data.db import Database
    from imh_desktop.domain.search import fts5_match, parse_query

    copy = working_copy(dataset, work, "search.sqlite")
    db = Database(copy.url)
    conn = sqlite3.connect(str(copy.path))

    def bare(query: str) -> list[Any]:
        return conn.execute(SQLITE_BARE, (fts5_match(parse_query(query)),)).fetchall()

    try:
        return time_search(db, dataset.info, repeat, bare, "SQLite")
    finally:
        conn.close()
        db.dispose()


def run_postgres(db: Any, info: Any, conn: Any, repeat: int) -> list[Row]:
    """The rows on a writable PostgreSQL clone ``db``; ``conn`` a psycopg connection to it."""
    from imh_desktop.domain.search import parse_query, ts_query

    def bare(query: str) -> list[Any]:
        rows = conn.execute(PG_BARE, (ts_query(parse_query(query)),)).fetchall()
        conn.commit()
        return rows

    return time_search(db, info, repeat, bare, "PostgreSQL")
