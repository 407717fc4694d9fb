"""Row 2: the supervisor's caseload query, ours against the hand-written SQL.

Ours: ``list_caseload(ctx, "team")`` as the supervisor on the data set's day (SQLAlchemy Core, then
one frozen ``CaseloadRow`` per family), repeated as a refresh repeats it; the
first call in the process is given in the note. Baseline: the same rows from one
hand-written statement through the bare driver. The row counts must match,
or the comparison is void and the benchmark fails.
"""

from __future__ import annotations

import sqlite3
import time

from benchmarks.dataset import Dataset, DatasetInfo, service_context
from benchmarks.handsql import pg_caseload, sqlite_caseload
from benchmarks.harness import Row, Target, measure_pair, row_from_times

TARGET = Target(max_ratio=1.2, max_value=0.150)  # issue 18 (was 1.5x), both backends


def time_list_caseload(
    db, info: DatasetInfo, repeat: int, baseline
) -> tuple[list, list, int, int, float]:
    """Our call (a refresh) and ``baseline()`` alternately: their times, row counts, first call.

    The first call in a process also compiles the statement and fills any
    caches the service keeps between refreshes; it is reported apart.
    """
    from imh_desktop.services.caseload.table import list_caseload

    ctx = service_context(db, info)  # the supervisor, on the data set's day
    start = time.perf_counter()
    count = len(list_caseload(ctx, "team"))
    first = time.perf_counter() - start
    base_count = len(baseline())
    ours, base = measure_pair(lambda: list_caseload(ctx, "team"), baseline, repeat)
    return ours, base, count, base_count, first


def check_same_rows(ours: int, theirs: int) -> None:
    if ours != theirs:
        raise AssertionError(
            f"hand-written SQL returned {theirs} rows, list_caseload {ours}: not the same work"
        )


def run_sqlite(dataset: Dataset, repeat: int) -> list[Row]:
    from imh_desktop.data.db import Database

    db = Database(dataset.url)
    conn = sqlite3.connect(dataset.path)
    today = dataset.info.today_date
    try:
        ours, base, count, base_count, first = time_list_caseload(
            db, dataset.info, repeat, lambda: sqlite_caseload(conn, today)
        )
    finally:
        conn.close()
        db.dispose()
    check_same_rows(count, base_count)
    return [
        row_from_times(
            "caseload query, supervisor, all open families (SQLite)",
            ours,
            base,
            TARGET,
            note=f"{count} rows; first call in the process {first * 1000:.0f} ms; "
            "baseline: hand-written SQL via sqlite3",
        )
    ]


def run_postgres(dataset: Dataset, repeat: int) -> list[Row]:
    import psycopg
    from sqlalchemy.engine import make_url

    from imh_desktop.data.db import Database

    db = Database(dataset.url)
    url = make_url(dataset.url).set(drivername="postgresql")
    conn = psycopg.connect(url.render_as_string(hide_password=False))
    today = dataset.info.today_date
    try:
        ours, base, count, base_count, first = time_list_caseload(
            db, dataset.info, repeat, lambda: pg_caseload(conn, today)
        )
    finally:
        conn.close()
        db.dispose()
    check_same_rows(count, base_count)
    return [
        row_from_times(
            "caseload query, supervisor, all open families (PostgreSQL)",
            ours,
            base,
            TARGET,
            note=f"{count} rows; first call in the process {first * 1000:.0f} ms; "
            "baseline: hand-written SQL via psycopg",
        )
    ]
