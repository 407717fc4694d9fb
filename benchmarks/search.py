"""Search across the record: the first page of results, against a bare full-text query.

Ours: ``search_records(ctx, query)`` as the data set's first supervisor, who
leads every specialist (the widest scope a user can search: the whole
agency's notes, about 400,000 of them), on a private copy (each search
writes its audit row): parse, the scope from the permission table, the
match, newest first, one page of 50, snippets, one audit row and its commit.
Baseline, measured alternately in the same run: the bare full-text query
through the driver alone, the same match and order and page, no scope, no
snippets, no audit (FTS5 ``MATCH`` on SQLite, ``tsv @@ to_tsquery`` on
PostgreSQL), newest first by the index's key (id order, revision 0023).
The note adds, from the same run, the query as it was before the key (every
match read and sorted by date). Two queries: a common word (many matches to
order) and a phrase with a prefix (fewer).

The busiest specialist's search has rows of its own (her caseload only: the
narrowest scope, where about 1 in 44 of the agency's matches is hers), for
four words: common (``housing``), rare (``eviction``), in nearly every
section (``the``) and the phrase. Its baseline is the bare query limited to
her entries by their specialist (revision 0026's column and index); the
note gives the bare query limited through her families, as before 0026.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.dataset import Dataset, service_context, working_copy
from benchmarks.harness import Row, Target, measure, measure_pair, median, row_from_times

TARGET = Target(max_value=0.100)
QUERIES = ("housing", '"housing navig*"')
NARROW_QUERIES = ("housing", "eviction", "the", '"housing navig*"')
_BY_DATE = "ORDER BY e.on_date DESC, e.id DESC LIMIT 51"
_COLUMNS = "SELECT e.id, e.family_id, e.on_date, e.body"
SQLITE_BARE = (
    f"{_COLUMNS} FROM search_fts f JOIN search_index e ON e.id = f.rowid "
    "WHERE search_fts MATCH ? ORDER BY f.rowid DESC LIMIT 51"
)
PG_BARE = (
    f"{_COLUMNS} FROM search_index e WHERE e.tsv @@ to_tsquery('simple', %s) "
    "ORDER BY e.id DESC LIMIT 51"
)
# Before revision 0023: every match read, then sorted by date.
SQLITE_BY_DATE = (
    f"{_COLUMNS} FROM search_index e WHERE e.id IN "
    f"(SELECT rowid FROM search_fts WHERE search_fts MATCH ?) {_BY_DATE}"
)
PG_BY_DATE = f"{_COLUMNS} FROM search_index e WHERE e.tsv @@ to_tsquery('simple', %s) {_BY_DATE}"
# Her caseload only: by the entries' specialist (revision 0026), or through her families.
SQLITE_MINE = (
    f"{_COLUMNS} FROM search_fts f JOIN search_index e ON e.id = f.rowid "
    "WHERE search_fts MATCH ? AND e.specialist_id = ? ORDER BY f.rowid DESC LIMIT 51"
)
SQLITE_FAMILIES = (
    f"{_COLUMNS} FROM search_fts f JOIN search_index e ON e.id = f.rowid "
    "JOIN families fa ON fa.id = e.family_id "
    "WHERE search_fts MATCH ? AND fa.specialist_id = ? ORDER BY f.rowid DESC LIMIT 51"
)
PG_MINE = (
    f"{_COLUMNS} FROM search_index e WHERE e.tsv @@ to_tsquery('simple', %s) "
    "AND e.specialist_id = %s ORDER BY e.id DESC LIMIT 51"
)
PG_FAMILIES = (
    f"{_COLUMNS} FROM search_index e JOIN families fa ON fa.id = e.family_id "
    "WHERE e.tsv @@ to_tsquery('simple', %s) AND fa.specialist_id = %s "
    "ORDER BY e.id DESC LIMIT 51"
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


def _busiest_specialist(db: Any) -> int:
    from sqlalchemy import func, select

    from imh_desktop.data.models import Family

    with db.read() as session:
        stmt = (select(Family.specialist_id).group_by(Family.specialist_id)
                .order_by(func.count().desc(), Family.specialist_id).limit(1))  # fmt: skip
        return int(session.scalar(stmt) or 0)


Bare = Callable[[str, bool], list[Any]]
Mine = Callable[[str, int, bool], list[Any]]


def time_search(db: Any, info: Any, repeat: int, bare: Bare, backend: str) -> list[Row]:
    """One row per query in ``QUERIES`` on ``db`` (a private copy: searches are audited).

    ``bare(query, by_date)``: the bare query newest first by key, or (``by_date``) as
    before revision 0023.
    """
    from imh_desktop.services.search.records import search_records

    ctx = service_context(db, info)  # the supervisor who leads every specialist
    rows = []
    for query in QUERIES:
        page = search_records(ctx, query)
        base_count = len(bare(query, False))
        if min(len(page.hits), 50) != min(base_count, 50):
            raise AssertionError(f"search_records gave {len(page.hits)} hits, bare {base_count}")
        ours, bare_times = measure_pair(
            lambda q=query: search_records(ctx, q), lambda q=query: bare(q, False), repeat
        )
        by_date = measure(lambda q=query: bare(q, True), repeat)
        rows.append(
            row_from_times(
                f"search, first page of 50, {query} ({backend})", ours, bare_times, TARGET,
                note=f"{_count_matches(db, query):,} matching sections agency-wide; ours: "
                "scope, snippets, audit row and commit; baseline: the bare full-text query, "
                "same order and page, via the driver; same run: the bare query sorted by "
                f"date as before 0023 {median(by_date) * 1000:.1f} ms",
            )
        )  # fmt: skip
    return rows


def time_narrow_search(db: Any, info: Any, repeat: int, mine: Mine, backend: str) -> list[Row]:
    """One row per query in ``NARROW_QUERIES``: the busiest specialist's search on ``db``.

    ``mine(query, specialist, by_family)``: the bare query limited to her entries by
    their specialist, or (``by_family``) through her families, as before revision 0026.
    """
    from imh_desktop.services.search.records import search_records

    who = _busiest_specialist(db)
    specialist = service_context(db, info, who)
    rows = []
    for query in NARROW_QUERIES:
        page = search_records(specialist, query)
        if min(len(page.hits), 50) != min(len(mine(query, who, False)), 50):
            raise AssertionError(f"search_records gave {len(page.hits)} hits, bare otherwise")
        ours, bare_times = measure_pair(
            lambda q=query: search_records(specialist, q), lambda q=query: mine(q, who, False),
            repeat,
        )  # fmt: skip
        by_family = measure(lambda q=query: mine(q, who, True), repeat)
        rows.append(
            row_from_times(
                f"search, busiest specialist, first page, {query} ({backend})", ours,
                bare_times, TARGET,
                note=f"{len(page.hits)} hits on the page; baseline: the bare full-text query "
                "limited to her entries (their specialist), same order and page, via the "
                "driver; same run: the bare query limited through her families (before "
                f"0026) {median(by_family) * 1000:.1f} ms",
            )
        )  # fmt: skip
    return rows


def run_sqlite(dataset: Dataset, work: Path, repeat: int) -> list[Row]:
    from imh_desktop.data.db import Database
    from imh_desktop.domain.search import fts5_match, parse_query

    copy = working_copy(dataset, work, "search.sqlite")
    db = Database(copy.url)
    conn = sqlite3.connect(str(copy.path))

    def bare(query: str, by_date: bool) -> list[Any]:
        sql = SQLITE_BY_DATE if by_date else SQLITE_BARE
        return conn.execute(sql, (fts5_match(parse_query(query)),)).fetchall()

    def mine(query: str, specialist: int, by_family: bool) -> list[Any]:
        sql = SQLITE_FAMILIES if by_family else SQLITE_MINE
        return conn.execute(sql, (fts5_match(parse_query(query)), specialist)).fetchall()

    try:
        return [
            *time_search(db, dataset.info, repeat, bare, "SQLite"),
            *time_narrow_search(db, dataset.info, repeat, mine, "SQLite"),
        ]
    finally:
        conn.close()
        db.dispose()


def run_postgres(db: Any, info: Any, conn: Any, repeat: int) -> list[Row]:
    """The rows on a writable PostgreSQL clone ``db``; ``conn`` a psycopg connection to it."""
    from imh_desktop.domain.search import parse_query, ts_query

    def bare(query: str, by_date: bool) -> list[Any]:
        sql = PG_BY_DATE if by_date else PG_BARE
        rows = conn.execute(sql, (ts_query(parse_query(query)),)).fetchall()
        conn.commit()
        return rows

    def mine(query: str, specialist: int, by_family: bool) -> list[Any]:
        sql = PG_FAMILIES if by_family else PG_MINE
        rows = conn.execute(sql, (ts_query(parse_query(query)), specialist)).fetchall()
        conn.commit()
        return rows

    return [
        *time_search(db, info, repeat, bare, "PostgreSQL"),
        *time_narrow_search(db, info, repeat, mine, "PostgreSQL"),
    ]
