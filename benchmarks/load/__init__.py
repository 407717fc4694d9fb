"""``python -m benchmarks --load``: 60 specialists and 10 supervisors on one PostgreSQL 15.

Starts a throwaway PostgreSQL 15 on 127.0.0.1 (port 5566 by default),
migrates it and fills it with the demo generator (``agency``), then runs 70
desktop clients as separate processes for a fixed time (``--seconds``, 180 by
default; ``--smoke``: 20), each through the service layer with its own engine
(``script``). With ``--pgbouncer`` the clients connect through a throwaway
PgBouncer in transaction mode. Prints per action the p50/p95/p99 latency and
throughput, the errors by kind, the checks of ``checks`` and the machine.
The server (and PgBouncer) are stopped at the end, also after an error or
Ctrl+C. The clients run on the same machine as the server, so their own
Python work competes with it for the cores: on a 2-core machine the numbers
are an upper bound of what 70 clients on their own PCs would see.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import signal
import time
from collections.abc import Callable, Iterator
from random import Random

from benchmarks.dataset import log
from benchmarks.load import lockwaits
from benchmarks.load.agency import Agency, Client
from benchmarks.load.checks import Check, run_checks
from benchmarks.load.report import render
from benchmarks.load.script import Outcome, Runner

PORT = 5566
DATABASE = "imh_load"
SERVER_SETTINGS = {"max_connections": "300", "shared_buffers": "256MB"}
# Each client's first calls load and compile what a desktop client does once a day; they
# are not counted (their writes are still checked).
WARMUP_S = 20.0


def _client_main(
    client: Client, url: str, agency: Agency, seconds: float, warmup: float, go, queue, done
) -> None:  # fmt: skip
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops us on Ctrl+C
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    go.wait()
    began = time.perf_counter()
    # People sign in over the first half of the warm-up, so that each client's first calls
    # (statements compiled once a day) are in the warm-up, not the counted time.
    time.sleep(Random(-client.number).uniform(0, warmup / 2))
    try:
        out = Runner(client, url, agency.today, began + warmup, began + seconds).run()
    except Exception as exc:  # a client that could not start still reports
        out = Outcome(crashes=[f"client {client.number}: {type(exc).__name__}: {exc}"[:300]])
    queue.put(out)
    # Stay until every client has reported: a process's exit (Python's teardown, ~0.3 s of
    # CPU) while others still finish their last calls would slow those calls, and 70 exits at
    # the deadline made a burst of slow calls that no desktop client would see.
    done.wait(seconds + 300)


def drive(
    agency: Agency, url: str, seconds: float, warmup: float
) -> tuple[list[Outcome], float]:  # fmt: skip
    """Run every client for ``seconds``; their outcomes and the wall time it took."""
    from sqlalchemy.orm import configure_mappers

    import imh_desktop.services.team.dashboard  # noqa: F401 - loaded once, shared by the forks
    from benchmarks.load.script import open_record  # noqa: F401 - and what it loads

    configure_mappers()

    context = multiprocessing.get_context("fork")
    queue, go, done = context.Queue(), context.Event(), context.Event()
    procs = [
        context.Process(
            target=_client_main,
            args=(c, url, agency, seconds, warmup, go, queue, done),
            daemon=True,
        )
        for c in agency.clients
    ]
    for p in procs:
        p.start()
    try:
        began = time.perf_counter()
        go.set()
        outcomes = [queue.get(timeout=seconds + 300) for _ in procs]
        wall = time.perf_counter() - began
        done.set()
        for p in procs:
            p.join(30)
    finally:
        for p in procs:  # after Ctrl+C or an error: stop the clients we started
            if p.is_alive():
                p.terminate()
                p.join(5)
    return outcomes, wall


@contextlib.contextmanager
def _through(pgbouncer: bool, pg_port: int, url: str) -> Iterator[str]:
    if not pgbouncer:
        yield url
        return
    from sqlalchemy.engine import make_url

    from benchmarks.load.servers import throwaway_pgbouncer

    with throwaway_pgbouncer(pg_port, pg_port + 1000, pool_size=20) as port:
        log(f"PgBouncer (transaction mode, 20 server connections) on 127.0.0.1:{port}")
        yield make_url(url).set(port=port).render_as_string(hide_password=False)


def _database(admin_url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(admin_url).set(database=DATABASE).render_as_string(hide_password=False)


def _interrupted(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def run_load(
    seconds: float, pgbouncer: bool, port: int, machine: Callable[[], str], smoke: bool = False,
    lock_waits: bool = False,
) -> int:  # fmt: skip
    """The whole load test; returns the exit status (1 when a check failed or a client crashed).

    Ctrl+C or SIGTERM (also when started in the background, where SIGINT comes
    ignored) stops the clients and the servers before leaving.
    """
    previous = signal.signal(signal.SIGTERM, _interrupted), signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return _run_load(seconds, pgbouncer, port, machine, smoke, lock_waits)
    except KeyboardInterrupt:
        log("interrupted: the clients and the servers were stopped")
        return 130
    finally:
        signal.signal(signal.SIGTERM, previous[0])
        signal.signal(signal.SIGINT, previous[1])


def _run_load(
    seconds: float, pgbouncer: bool, port: int, machine: Callable[[], str], smoke: bool,
    lock_waits: bool = False,
) -> int:  # fmt: skip
    from sqlalchemy import create_engine, text

    from benchmarks.dataset import DATA_DIR
    from benchmarks.load.agency import build, cache_key, load, save
    from benchmarks.load.servers import pgbouncer_available, postgres_available, throwaway_postgres
    from imh_desktop.domain.clock import SystemClock

    if not postgres_available():
        log("PostgreSQL 15 is not installed (/usr/lib/postgresql/15/bin): no load test")
        return 1
    warmup = min(WARMUP_S, seconds / 4)
    if pgbouncer and not pgbouncer_available():
        log("pgbouncer is not installed: apt-get install pgbouncer, or run without --pgbouncer")
        return 1
    cache = DATA_DIR / f"load-pg15-{cache_key()}"
    meta = cache.with_suffix(".json")
    if not (cache.is_dir() and meta.is_file()):
        log(f"building the agency once; kept in {cache} for later runs")
        shutil.rmtree(cache, ignore_errors=True)
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        with throwaway_postgres(port, SERVER_SETTINGS, keep_to=cache) as admin_url:
            admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f"CREATE DATABASE {DATABASE}"))
            admin.dispose()
            log("migrating and filling it with the demo generator")
            save(build(_database(admin_url), SystemClock().today()), meta)
    before = os.getloadavg()
    settings = {**SERVER_SETTINGS, **(lockwaits.SETTINGS if lock_waits else {})}
    server_log = DATA_DIR / f"load-server-{port}.log"
    server_log.unlink(missing_ok=True)
    with throwaway_postgres(
        port, settings, data_from=cache, log_to=server_log if lock_waits else None
    ) as admin_url:
        log(f"PostgreSQL 15 on 127.0.0.1:{port}, on a copy of the kept agency")
        url = _database(admin_url)
        agency = load(meta, url)
        log(f"{agency.families} families, {len(agency.clients)} clients; "
            f"driving for {seconds:.0f} s ({warmup:.0f} s of it warm-up, not counted)")  # fmt: skip
        with _through(pgbouncer, port, url) as client_url:
            outcomes, _ = drive(agency, client_url, seconds, warmup)
        log("checking what the database holds")
        checks = [*run_checks(url, outcomes, DATABASE), _audit_chain(url, agency)]
    after = os.getloadavg()
    print(render(outcomes, seconds - warmup, checks, pgbouncer))
    print()
    print(f"Machine: {machine()}; nproc {os.cpu_count()}")
    print("Load average (1, 5, 15 min) before: " + ", ".join(f"{x:.2f}" for x in before)
          + "; after: " + ", ".join(f"{x:.2f}" for x in after))  # fmt: skip
    if lock_waits and server_log.is_file():
        print("\n".join(lockwaits.summary(server_log.read_text(errors="replace"))))
    print(f"Mode: {'smoke' if smoke else 'full'}, {seconds:.0f} s, {len(agency.clients)} clients"
          f"{' through PgBouncer' if pgbouncer else ' direct'}")  # fmt: skip
    crashed = any(o.crashes for o in outcomes)
    return 0 if all(c.passed for c in checks) and not crashed else 1


def _audit_chain(url: str, agency: Agency) -> Check:
    from imh_desktop.data.db import Database
    from imh_desktop.domain.clock import FixedClock
    from imh_desktop.services.audit.verify import verify_audit_trail
    from imh_desktop.services.common.context import ServiceContext

    supervisor = next(c.user_id for c in agency.clients if c.role == "supervisor")
    db = Database(url)
    try:
        found = verify_audit_trail(ServiceContext(db, supervisor, FixedClock(agency.today)))
    finally:
        db.dispose()
    return Check("the audit chain is whole", not found.breaks and not found.tampered_notes,
                 f"{found.events} events, {found.notes} signed notes checked; "
                 f"breaks: {len(found.breaks)}")  # fmt: skip
