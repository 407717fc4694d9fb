"""Row 8: the caseload query, save+sign, the read audit, an audited write and search on PostgreSQL
(``IMH_BENCH_PG_URL``).

The same data set is generated into database ``imh_bench`` on that server
(``imh_bench_smoke`` in smoke mode) and reused while its schema revision,
size and seed match. The writes run on a throwaway clone of it
(``CREATE DATABASE ... TEMPLATE``) so the data set stays as generated.
Baselines: the hand-written caseload SQL and the bare INSERT+UPDATE+COMMIT
through ``psycopg`` alone.
"""

from __future__ import annotations

import os

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from benchmarks import audit, caseload_query, notes, read_audit, search
from benchmarks.dataset import Dataset, log, prepare_postgres
from benchmarks.handsql import bare_write
from benchmarks.harness import Row, measure, median


def _clone(maintenance_url: str, source: Dataset, name: str) -> Dataset:
    admin = create_engine(maintenance_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(
                text(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(source.url).database}"')
            )
    finally:
        admin.dispose()
    url = make_url(source.url).set(database=name).render_as_string(hide_password=False)
    return Dataset(url, source.info)


def _drop(maintenance_url: str, name: str) -> None:
    admin = create_engine(maintenance_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def _psycopg_url(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def run(maintenance_url: str, smoke: bool, repeat: int) -> list[Row]:
    import psycopg

    from imh_desktop.data.db import Database

    dataset = prepare_postgres(maintenance_url, smoke)
    rows = caseload_query.run_postgres(dataset, 2 * repeat)  # cheap: more runs, steadier
    name = f"{make_url(dataset.url).database}_work_{os.getpid()}"  # runs may overlap
    log(f"cloning {make_url(dataset.url).database} into {name} for the writes")
    work = _clone(maintenance_url, dataset, name)
    try:
        db = Database(work.url)
        try:
            saves, signs = notes.time_save_and_sign(db, dataset.info, repeat)
            audited = read_audit.time_audit(db, dataset.info, repeat)
            chained, plain = audit.time_writes(db, work, audit.WRITE_PAIRS)
            with psycopg.connect(_psycopg_url(work.url)) as conn:
                searched = search.run_postgres(db, dataset.info, conn, repeat)
        finally:
            db.dispose()
        with psycopg.connect(_psycopg_url(work.url)) as conn:
            visit, staff = notes._a_visit(conn)
            conn.commit()
            floor = measure(lambda: bare_write(conn, visit, staff, "format"), repeat)
    finally:
        _drop(maintenance_url, name)
    fsync = _setting(maintenance_url, "fsync")
    note = f"baseline: INSERT+UPDATE+COMMIT via psycopg; server fsync={fsync}"
    extra = audit.added_ms(chained, plain)
    chain = Row(
        "audited write, hash-chained (PostgreSQL)", median(chained), median(plain),
        audit.WRITE_TARGET, runs=len(chained),
        note=f"chain adds {extra:+.2f} ms per write (median of paired differences; "
        "the head row is locked until commit)",
    )  # fmt: skip
    return [*rows, *notes.rows("PostgreSQL", saves, signs, floor, note), *audited, chain, *searched]


def _setting(maintenance_url: str, name: str) -> str:
    engine = create_engine(maintenance_url)
    try:
        with engine.connect() as conn:
            return str(conn.execute(text(f"SHOW {name}")).scalar())
    finally:
        engine.dispose()
