"""``--scale``: a state program of 50,000 families on PostgreSQL, against the issue-18 targets.

The data set is made by the demo generator (seed 7) into the database
``imh_scale`` on the server named by ``IMH_BENCH_PG_URL`` and kept there; its
parameters and the generator's measured build time are written in the
database's comment. A later run reuses it (upgraded to the current schema, so
new indexes are made) while the family count and seed match; ``--scale-rebuild``
builds it again, and so measures the generator.

The generator makes 300 specialists in teams of seven. A state program's
regional supervisor leads many more: the data set's first supervisor is given
the specialists, in id order, until her team carries about 2,000 open families
(``lead_region``). Rows, each with a baseline measured in the same run:

- the demo generator's build (the time recorded when it was built; no baseline);
- that supervisor's caseload (``list_caseload(ctx, "team")``) against the same
  rows from one hand-written statement through ``psycopg``;
- her team dashboard for the last complete quarter (``load_team``: the team
  table, the families' measures, the weekly counts) against the same SQL
  statements the dashboard sends, replayed through ``psycopg`` alone: the cost
  of the data with none of our work (no unit of work, no pandas).
- the program measures for that quarter (``program_measures``, View > Program
  measures), as that supervisor (her team) and as the administrator (the whole
  program), each against its SELECTs replayed the same way.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import statistics
import time
from dataclasses import asdict

from benchmarks.dataset import SEED, DatasetInfo, log, service_context
from benchmarks.handsql import PG_CASELOAD, caseload_params
from benchmarks.harness import Row, Target, measure_pair, row_from_times

# IMH_SCALE_FAMILIES makes a smaller state (the rows then say how many families they measured).
FAMILIES = int(os.environ.get("IMH_SCALE_FAMILIES", "50000"))
DATABASE = "imh_scale"
REGION_OPEN_FAMILIES = 2_000
BUILD_TARGET = Target(max_value=300.0)
CASELOAD_TARGET = Target(max_ratio=1.2, max_value=0.150)
DASHBOARD_TARGET = Target(max_value=1.0)
MEASURES_TARGET = Target(max_value=2.0)

# The hand-written caseload, scoped to the supervisor's team instead of the whole agency.
_TEAM = (
    "specialist_id IN (SELECT id FROM staff_users WHERE supervisor_id = %(lead)s OR id = %(lead)s)"
)
PG_TEAM_CASELOAD = PG_CASELOAD.replace(
    "WITH f AS (SELECT id FROM families WHERE status <> 'closed')",
    f"WITH f AS (SELECT id FROM families WHERE status <> 'closed' AND {_TEAM})",
).replace("WHERE fa.status <> 'closed'", "WHERE fa.id IN (SELECT id FROM f)")


def last_quarter(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last complete calendar quarter before ``today``'s."""
    this_start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    end = this_start - dt.timedelta(days=1)
    return dt.date(end.year, 3 * ((end.month - 1) // 3) + 1, 1), end


def lead_region(url: str, open_families: int = REGION_OPEN_FAMILIES) -> tuple[int, int, int]:
    """Give the first supervisor specialists (by id) until her team has ``open_families``
    open families; the others keep their own supervisors. (lead id, specialists, families)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            lead = conn.execute(
                text("SELECT min(id) FROM staff_users WHERE role = 'supervisor' AND active")
            ).scalar_one()
            loads = conn.execute(
                text("SELECT s.id, count(f.id) FROM staff_users s JOIN families f "
                     "ON f.specialist_id = s.id AND f.status <> 'closed' "
                     "WHERE s.role = 'specialist' GROUP BY s.id ORDER BY s.id")
            ).all()  # fmt: skip
            team, total = [], 0
            for staff_id, count in loads:
                if total >= open_families:
                    break
                team.append(staff_id)
                total += count
            conn.execute(
                text("UPDATE staff_users SET supervisor_id = :lead WHERE id = ANY(:ids)"),
                {"lead": lead, "ids": team},
            )
            specialists, families = conn.execute(
                text("SELECT count(DISTINCT s.id), count(f.id) FROM staff_users s "
                     "LEFT JOIN families f ON f.specialist_id = s.id AND f.status <> 'closed' "
                     "WHERE s.supervisor_id = :lead"), {"lead": lead},
            ).one()  # fmt: skip
    finally:
        engine.dispose()
    return lead, specialists, families


def prepare(maintenance_url: str, rebuild: bool) -> tuple[str, DatasetInfo, float]:
    """The 50,000-family database (built if missing, stale or asked for): url, info, build s."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from imh_desktop.data.db import Database
    from imh_desktop.data.migrate import upgrade_database

    url = make_url(maintenance_url).set(database=DATABASE).render_as_string(hide_password=False)
    admin = create_engine(maintenance_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            comment = conn.execute(
                text("SELECT shobj_description(oid, 'pg_database') FROM pg_database "
                     "WHERE datname = :n"), {"n": DATABASE},
            ).scalar()  # fmt: skip
        meta = json.loads(comment) if comment else {}
        if not rebuild and meta.get("families") == FAMILIES and meta.get("seed") == SEED:
            db = Database(url)
            try:
                upgrade_database(db)  # new indexes on the data set made earlier
            finally:
                db.dispose()
            return url, DatasetInfo.from_json(comment), float(meta["build_seconds"])
        log(f"building PostgreSQL database {DATABASE} ({FAMILIES} families, seed {SEED})")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{DATABASE}"'))
        info, seconds = _build(url)
        with admin.connect() as conn:
            made = json.dumps({**asdict(info), "build_seconds": round(seconds, 1)})
            conn.execute(text(f"COMMENT ON DATABASE \"{DATABASE}\" IS '{made}'"))
        return url, info, seconds
    finally:
        admin.dispose()


def _backend_cpu(pid: int) -> float | None:
    """CPU seconds (user + system) of a server process on this machine, if it can be read."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _build(url: str) -> tuple[DatasetInfo, float]:
    from sqlalchemy import create_engine, event, text

    from benchmarks.dataset import generator_fingerprint
    from imh_desktop.data.db import Database
    from imh_desktop.data.migrate import head_revision, upgrade_database
    from imh_desktop.demo.generate import generate_demo
    from imh_desktop.domain.clock import SystemClock

    today = SystemClock().today()
    db = Database(url)
    backends: list[int] = []

    def remember(dbapi_conn, _record) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute("SELECT pg_backend_pid()")
            backends.append(cur.fetchone()[0])

    try:
        upgrade_database(db)
        db.engine.dispose()  # the generator's connection is a new one, its backend ours to time
        event.listen(db.engine, "connect", remember)
        load, cpu, start = os.getloadavg(), time.process_time(), time.perf_counter()
        summary = generate_demo(db, FAMILIES, SEED, today=today, progress=log)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        server = [_backend_cpu(pid) for pid in backends]
        log(f"generated {FAMILIES} families in {seconds:.0f} s; CPU: this process {cpu:.0f} s, "
            f"its server process(es) {server} s; load average before {load}, after "
            f"{os.getloadavg()}; {sum(summary.counts.values()):,} rows; {summary.counts}; "
            f"timings {summary.timings}")  # fmt: skip
    finally:
        db.dispose()
    analyze = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with analyze.connect() as conn:
            conn.execute(text("ANALYZE"))
    finally:
        analyze.dispose()
    return DatasetInfo(FAMILIES, SEED, head_revision(), today.isoformat(),
                       generator_fingerprint()), seconds  # fmt: skip


def _admin_id(conn) -> int:
    with conn.cursor() as cur:
        cur.execute("SELECT min(id) FROM staff_users WHERE role = 'admin' AND active")
        found = cur.fetchone()[0]
    conn.rollback()
    return int(found)


def _driver_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def run(maintenance_url: str, repeat: int, rebuild: bool = False) -> list[Row]:
    """Build or reuse the data set, then the caseload and dashboard rows."""
    import psycopg

    from imh_desktop.data.db import Database

    url, info, build_seconds = prepare(maintenance_url, rebuild)
    lead, specialists, open_families = lead_region(url)
    rows = [
        Row(f"demo generator: {FAMILIES:,} families (PostgreSQL)", build_seconds, None,
            BUILD_TARGET, runs=1,
            note=("measured in this run" if rebuild else "as measured when the data set was "
                  "built (--scale-rebuild measures it again)")),
    ]  # fmt: skip
    db = Database(url)
    conn = psycopg.connect(_driver_url(url))
    try:
        ctx = service_context(db, info, lead)
        rows.append(_caseload_row(ctx, conn, info.today_date, lead, repeat, specialists))
        rows.append(_dashboard_row(ctx, db, conn, info.today_date, repeat))
        rows.append(_measures_row(ctx, db, conn, info.today_date, repeat,
                                  f"the supervisor of {specialists} specialists"))  # fmt: skip
        admin = service_context(db, info, _admin_id(conn))
        rows.append(_measures_row(admin, db, conn, info.today_date, repeat,
                                  "the administrator (the whole program)"))  # fmt: skip
    finally:
        conn.close()
        db.dispose()
    rows[1].note += f"; the team: {specialists} specialists, {open_families:,} open families"
    return rows


def _cpu_timed(fn):
    """``fn`` and the list of its CPU seconds (``time.process_time``) per call."""
    cpu: list[float] = []

    def run():
        start = time.process_time()
        result = fn()
        cpu.append(time.process_time() - start)
        return result

    return run, cpu


def _cpu_note(cpu: list[float]) -> str:
    return (f"; our CPU (process_time) median {statistics.median(cpu) * 1000:.0f} ms; "
            f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip


def _caseload_row(ctx, conn, today: dt.date, lead: int, repeat: int, specialists: int) -> Row:
    from imh_desktop.services.caseload.table import list_caseload

    params = {**caseload_params(today), "lead": lead}

    def hand() -> list[tuple]:
        with conn.cursor() as cur:
            cur.execute(PG_TEAM_CASELOAD, params)
            found = cur.fetchall()
        conn.rollback()
        return found

    start = time.perf_counter()
    count = len(list_caseload(ctx, "team"))
    first = time.perf_counter() - start
    if count != len(hand()):
        raise AssertionError("the hand-written caseload returned other rows: not the same work")
    ours_timed, cpu = _cpu_timed(lambda: list_caseload(ctx, "team"))
    ours, base = measure_pair(ours_timed, hand, 2 * repeat)
    return row_from_times(
        f"caseload, supervisor of {specialists} specialists, {FAMILIES:,} families (PostgreSQL)",
        ours, base, CASELOAD_TARGET,
        note=f"{count:,} rows; first call in the process {first * 1000:.0f} ms; "
        f"baseline: hand-written SQL via psycopg{_cpu_note(cpu)}",
    )  # fmt: skip


# A statement that writes (the audit row's append is one WITH ... INSERT on PostgreSQL).
_WRITES = re.compile(r"\b(INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET)\b", re.IGNORECASE)


def _replayed(db, conn, call):
    """Run ``call()`` once, keeping the SELECTs it sends; returns (its result, seconds, a
    function that sends the same SELECTs through ``psycopg`` alone, how many)."""
    from sqlalchemy import event

    sent: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:
        sent.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    began = time.perf_counter()
    try:
        result = call()
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    first = time.perf_counter() - began
    reads = [
        (s, p) for s, p in sent
        if s.lstrip().upper().startswith(("SELECT", "WITH")) and "pg_catalog" not in s
        and not _WRITES.search(s)
    ]  # fmt: skip

    def bare() -> None:
        with conn.cursor() as cur:
            for statement, parameters in reads:
                cur.execute(statement, parameters)  # type: ignore[arg-type]
                cur.fetchall()
        conn.rollback()

    return result, first, bare, len(reads)


def _dashboard_row(ctx, db, conn, today: dt.date, repeat: int) -> Row:
    from imh_desktop.services.team.dashboard import load_team
    from imh_desktop.services.team.tables import period_for

    start, end = last_quarter(today)
    period = period_for("custom", today, start, end)
    data, first, bare, reads = _replayed(db, conn, lambda: load_team(ctx, period))
    ours_timed, cpu = _cpu_timed(lambda: load_team(ctx, period))
    ours, base = measure_pair(ours_timed, bare, repeat)
    return row_from_times(
        f"team dashboard, a quarter, {FAMILIES:,} families (PostgreSQL)",
        ours, base, DASHBOARD_TARGET,
        note=f"{start:%d %b} – {end:%d %b %Y}: {len(data.team)} specialists, "
        f"{len(data.families):,} families; first call {first * 1000:.0f} ms; baseline: the "
        f"dashboard's {reads} SELECTs replayed through psycopg (no unit of work, no pandas)"
        f"{_cpu_note(cpu)}",
    )  # fmt: skip


def _measures_row(ctx, db, conn, today: dt.date, repeat: int, whose: str) -> Row:
    from imh_desktop.domain.measures import Measure
    from imh_desktop.services.measures.program import program_measures

    start, end = last_quarter(today)
    data, first, bare, reads = _replayed(db, conn, lambda: program_measures(ctx, start, end))
    ours, base = measure_pair(lambda: program_measures(ctx, start, end), bare, repeat)
    counted = max(data.ratio(m).denominator for m in Measure)
    return row_from_times(
        f"program measures, a quarter, {whose}, {FAMILIES:,} families (PostgreSQL)",
        ours, base, MEASURES_TARGET,
        note=f"{start:%d %b} – {end:%d %b %Y}: {len(data.specialists)} specialists, largest "
        f"denominator {counted:,}; first call {first * 1000:.0f} ms; baseline: its {reads} "
        "SELECTs replayed through psycopg",
    )  # fmt: skip
