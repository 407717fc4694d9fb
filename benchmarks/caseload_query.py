"""Row 2: the supervisor's caseload query, ours against the hand-written SQL.

Ours: ``list_caseload(db, supervisor, "all", today)`` (SQLAlchemy Core, then
one frozen ``CaseloadRow`` per family). Baseline: the same rows from one
hand-written statement through the bare driver. The row counts must match,
or the comparison is void and the benchmark fails.
"""

from __future__ import annotations

import sqlite3

from benchmarks.dataset import Dataset
from benchmarks.handsql import pg_caseload, sqlite_caseload
from benchmarks.harness import Row, Target, measure, row_from_times

TARGET = Target(max_ratio=1.5, max_value=0.150)


def _supervisor(db):
    from imh_desktop.services.staff import default_user

    return default_user(db)


def time_list_caseload(db, today, repeat: int) -> tuple[list[float], int]:
    from imh_desktop.services.caseload import list_caseload

    actor = _supervisor(db)
    count = len(list_caseload(db, actor, "all", today))
    return measure(lambda: list_caseload(db, actor, "all", today), repeat), count


def check_same_rows(ours: int, theirs: int) -> None:
    if ours != theirs:
        raise AssertionError(
            f"hand-written SQL returned {theirs} rows, list_caseload {ours}: not the same work"
        )


def run_sqlite(dataset: Dataset, repeat: int) -> list[Row]:
    from imh_desktop.data.db import Database

    db = Database(dataset.url)
    today = dataset.info.today_date
    try:
        ours, count = time_list_caseload(db, today, repeat)
    finally:
        db.dispose()
    conn = sqlite3.connect(dataset.path)
    try:
        base_count = len(sqlite_caseload(conn, today))
        base = measure(lambda: sqlite_caseload(conn, today), repeat)
    finally:
        conn.close()
    check_same_rows(count, base_count)
    return [
        row_from_times(
            "caseload query, supervisor, all open families (SQLite)",
            ours,
            base,
            TARGET,
            note=f"{count} rows; baseline: hand-written SQL via sqlite3",
        )
    ]


def run_postgres(dataset: Dataset, repeat: int) -> list[Row]:
    import psycopg
    from sqlalchemy.engine import make_url

    from imh_desktop.data.db import Database

    db = Database(dataset.url)
    today = dataset.info.today_date
    try:
        ours, count = time_list_caseload(db, today, repeat)
    finally:
        db.dispose()
    url = make_url(dataset.url).set(drivername="postgresql")
    conn = psycopg.connect(url.render_as_string(hide_password=False))
    try:
        base_count = len(pg_caseload(conn, today))
        base = measure(lambda: pg_caseload(conn, today), repeat)
    finally:
        conn.close()
    check_same_rows(count, base_count)
    return [
        row_from_times(
            "caseload query, supervisor, all open families (PostgreSQL)",
            ours,
            base,
            TARGET,
            note=f"{count} rows; baseline: hand-written SQL via psycopg",
        )
    ]
