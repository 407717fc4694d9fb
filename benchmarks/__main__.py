"""``python -m benchmarks``: the speed users feel, at agency scale, against the limits.

Prints one table: each row our median, a baseline measured in the same run
(the same work with nothing of ours in the way), the ratio, the target and
pass/miss. ``--smoke`` runs every benchmark once on a tiny data set (CI);
it fails only if a benchmark crashes, never because something is slow.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import caseload_query, startup
from benchmarks.dataset import PG_ENV, log, prepare_sqlite
from benchmarks.harness import ERROR, Row, guarded, render_table, skipped

AREAS = (
    "startup", "query", "table", "notes", "access", "encrypted", "reports", "audit", "memory",
    "signin", "backup", "search", "import",
    "postgres",
)  # fmt: skip


def machine() -> str:
    """One line describing this machine and the versions that matter."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        ram = f"{pages / 2**30:.1f} GiB RAM"
    except (ValueError, OSError):
        ram = "RAM unknown"
    import importlib.util

    import PySide6
    import reportlab
    import sqlalchemy

    accel = "with" if importlib.util.find_spec("_rl_accel") else "without"

    return (
        f"{cpu}, {os.cpu_count()} cores, {ram}; Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, SQLAlchemy {sqlalchemy.__version__}, "
        f"PySide6 {PySide6.__version__}, ReportLab {reportlab.Version} ({accel} rl_accel); "
        f"{platform.platform()}"
    )


def _plan(args: argparse.Namespace, work: Path) -> list[tuple[str, str, Callable[[], list[Row]]]]:
    smoke = args.smoke
    repeat = 1 if smoke else 7  # in-process timings (median of 7 after a warm-up)
    procs = 1 if smoke else 5  # whole-process runs
    state: dict = {}

    def dataset():
        if "sqlite" not in state:
            try:
                state["sqlite"] = prepare_sqlite(smoke, work)
            except Exception as exc:  # every later area reports the same failure
                state["sqlite"] = exc
        if isinstance(state["sqlite"], Exception):
            raise state["sqlite"]
        return state["sqlite"]

    def table_rows() -> list[Row]:
        from benchmarks import caseload_table

        return caseload_table.run(dataset(), repeat)

    def notes_rows() -> list[Row]:
        from benchmarks import notes

        return notes.run_sqlite(dataset(), work, repeat)

    def access_rows() -> list[Row]:
        from benchmarks import read_audit

        return read_audit.run_sqlite(dataset(), work, repeat)

    def encrypted_rows() -> list[Row]:
        from benchmarks import encrypted

        return [
            *encrypted.run_query(dataset(), work, 2 * repeat),
            *encrypted.run_notes(dataset(), work, repeat),
        ]

    def report_rows() -> list[Row]:
        from benchmarks import reports

        return reports.run(dataset(), repeat, batch=4 if smoke else 100)

    def audit_rows() -> list[Row]:
        from benchmarks import audit

        return audit.run(dataset(), work, repeat)

    def signin_rows() -> list[Row]:
        from benchmarks import signin

        return signin.run(work, repeat)

    def backup_rows() -> list[Row]:
        from benchmarks import backup

        return backup.run(dataset(), work, 1 if smoke else 3)  # each run copies the whole file

    def search_rows() -> list[Row]:
        from benchmarks import search

        return search.run_sqlite(dataset(), work, repeat)

    def import_rows() -> list[Row]:
        from benchmarks import imports

        if smoke:
            return imports.run(work, 1, families=40, check_rows=200)
        return imports.run(work, 3)

    def postgres_rows() -> list[Row]:
        from benchmarks import postgres

        url = os.environ.get(PG_ENV)
        if not url:
            return [skipped("PostgreSQL rows", f"no server: set {PG_ENV} to run them")]
        return postgres.run(url, smoke, repeat)

    return [
        ("startup", "cold start", lambda: startup.run(dataset(), procs)),
        # The query is cheap: twice the runs for a steadier median.
        ("query", "caseload query", lambda: caseload_query.run_sqlite(dataset(), 2 * repeat)),
        ("table", "caseload table", table_rows),
        ("notes", "visit note", notes_rows),
        ("access", "permission checks and read audit", access_rows),
        ("encrypted", "encrypted database (SQLCipher)", encrypted_rows),
        ("reports", "progress reports", report_rows),
        ("audit", "audit trail", audit_rows),
        ("memory", "peak memory", lambda: startup.run_memory(dataset(), 1 if smoke else 3)),
        ("signin", "sign-in", lambda: signin_rows()),
        ("backup", "backup and restore", backup_rows),
        ("search", "search across the record", search_rows),
        ("import", "import from a spreadsheet", import_rows),
        ("postgres", "PostgreSQL", postgres_rows),
    ]


def _scale_rows(args: argparse.Namespace) -> list[Row]:
    from benchmarks import scale

    url = os.environ.get(PG_ENV)
    if not url:
        return [skipped("50,000 families", f"no server: set {PG_ENV} to run them")]
    return scale.run(url, 7, rebuild=args.scale_rebuild)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny data set, one run each")
    parser.add_argument(
        "--only", metavar="AREA", action="append", choices=AREAS,
        help=f"run only these areas (repeatable): {', '.join(AREAS)}",
    )  # fmt: skip
    parser.add_argument(
        "--scale", action="store_true",
        help=f"only the 50,000-family PostgreSQL rows (benchmarks/scale.py; needs {PG_ENV})",
    )  # fmt: skip
    parser.add_argument("--scale-rebuild", action="store_true", help="--scale, data set rebuilt")
    load = parser.add_argument_group("load test (not run without --load)")
    load.add_argument(
        "--load",
        action="store_true",
        help="60 specialists and 10 supervisors on a throwaway PostgreSQL 15",
    )
    load.add_argument("--seconds", type=float, help="how long the clients work (180; smoke: 20)")
    load.add_argument("--pgbouncer", action="store_true", help="connect through PgBouncer")
    load.add_argument("--port", type=int, default=5566, help="the throwaway server's port")
    load.add_argument(
        "--lock-waits", action="store_true",
        help="log lock waits over 50 ms on the server and count them by statement",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.load:
        from benchmarks.load import run_load

        seconds = args.seconds or (20.0 if args.smoke else 180.0)
        return run_load(
            seconds, args.pgbouncer, args.port, machine, smoke=args.smoke,
            lock_waits=args.lock_waits,
        )  # fmt: skip
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="imh-bench-") as tmp:
        for key, title, fn in _plan(args, Path(tmp)):
            if args.scale or args.scale_rebuild or (args.only and key not in args.only):
                continue
            log(f"running: {title}")
            rows.extend(guarded(title, fn))
        if args.scale or args.scale_rebuild:
            log("running: 50,000 families (scale)")
            rows.extend(guarded("50,000 families", lambda: _scale_rows(args)))
    load = os.getloadavg()  # other work on the machine skews timings; say how much there was
    print()
    print(render_table(rows))
    print()
    print(f"Machine: {machine()}")
    print("Load average (1, 5, 15 min) at the end: " + ", ".join(f"{x:.2f}" for x in load))
    print("Mode: smoke (tiny data set, timings not meaningful)" if args.smoke else "Mode: full")
    errors = [r for r in rows if r.status == ERROR]
    if errors:
        print(f"{len(errors)} benchmark(s) crashed: " + "; ".join(r.what for r in errors))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
