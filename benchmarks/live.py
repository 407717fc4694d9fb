"""What live updates cost when nothing happens, and how soon a colleague's commit is heard.

Run: ``python -m benchmarks.live [--seconds 60] [--url postgresql+psycopg://…]``.
Without ``--url`` it measures a plain SQLite file and an encrypted (SQLCipher)
one, each with a few demo families; with ``--url`` (an empty database it may
migrate) that server as well. For each: the thread's CPU time and the statements
it ran during ``--seconds`` of idleness (the poll interval of ``ui.common.live``),
then the delay from a colleague's commit (another ``Database``: its own engine and
connections) to the moment the listening thread has the change, over 20 commits.
Not part of ``python -m benchmarks``: the idle part takes a minute per backend.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path


def _prepare(url: str, key: bytes | None) -> None:
    from imh_desktop.data.db import Database
    from imh_desktop.data.migrate import upgrade_database
    from imh_desktop.demo.generate import generate_demo

    db = Database(url, key=key)
    upgrade_database(db)
    generate_demo(db, 12, 7, dt.date(2026, 11, 25))
    db.dispose()


def _measure(name: str, url: str, key: bytes | None, seconds: float) -> None:
    from imh_desktop.data.db import Database
    from imh_desktop.domain.clock import FixedClock
    from imh_desktop.services.common.context import ServiceContext
    from imh_desktop.services.common.live import open_source
    from imh_desktop.services.family import families
    from imh_desktop.ui.common.live import POLL_S

    mine, theirs = Database(url, key=key), Database(url, key=key)
    heard: list[float] = []
    stop = threading.Event()
    cpu = {"thread": 0.0, "waits": 0}

    def listen() -> None:
        source = open_source(mine)
        start = time.thread_time()
        while not stop.is_set():
            changes = source.wait(POLL_S)
            cpu["waits"] += 1
            if changes:
                heard.append(time.perf_counter())
            if mine.is_sqlite:
                stop.wait(POLL_S)
        cpu["thread"] = time.thread_time() - start
        cpu["queries"] = getattr(source, "queries", 0)
        source.close()

    thread = threading.Thread(target=listen)
    thread.start()
    time.sleep(seconds)  # idle: nobody writes
    stop.set()
    thread.join()
    per_minute = 60 / seconds
    polls = cpu["waits"]
    statements = polls * (1 if mine.is_sqlite else 0) + int(cpu.get("queries", 0))
    print(
        f"{name}: idle {seconds:.0f} s: thread CPU {cpu['thread'] * 1000 * per_minute:.1f} ms/min, "
        f"{polls * per_minute:.0f} looks/min, {statements * per_minute:.0f} statements/min"
    )

    ctx = ServiceContext(theirs, _supervisor(theirs), FixedClock(dt.date(2026, 11, 25)))
    family = families.list_families(ctx)[0]
    stop.clear()
    heard.clear()
    thread = threading.Thread(target=listen)
    thread.start()
    time.sleep(1)
    delays = []
    for i in range(20):
        before = len(heard)
        record = families.get_family(ctx, family.id)
        data = _with_phone(record, f"555 01{i:02}")
        families.update_family(ctx, family.id, data, record.version)
        committed = time.perf_counter()
        while len(heard) == before:
            time.sleep(0.005)
        delays.append(heard[-1] - committed)
        time.sleep(0.3)
    stop.set()
    thread.join()
    print(
        f"{name}: commit to heard over 20 commits: "
        f"median {statistics.median(delays) * 1000:.0f} ms, max {max(delays) * 1000:.0f} ms"
    )
    mine.dispose()
    theirs.dispose()


def _supervisor(db: object) -> int:
    from sqlalchemy import select

    from imh_desktop.data.models import StaffUser
    from imh_desktop.domain.enums import Role

    with db.read() as session:  # type: ignore[attr-defined]
        return int(
            session.scalars(select(StaffUser.id).where(StaffUser.role == Role.SUPERVISOR)).first()
        )


def _with_phone(record: object, phone: str) -> object:
    from imh_desktop.domain.inputs import FamilyInput

    r = record
    return FamilyInput(
        r.display_name,
        r.specialist_id,
        r.referral_source,
        r.referral_date,  # type: ignore[attr-defined]
        r.enrolled_on,
        r.frequency,
        r.address,
        phone,
        r.language,  # type: ignore[attr-defined]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.live", description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0, help="idle time measured")
    parser.add_argument("--url", help="also measure this (empty) PostgreSQL database")
    args = parser.parse_args(argv)
    from imh_desktop.data.db import sqlite_url

    with tempfile.TemporaryDirectory() as work:
        plain = sqlite_url(Path(work) / "plain.sqlite")
        _prepare(plain, None)
        _measure("SQLite", plain, None, args.seconds)
        from imh_desktop.data.keyfile import KeyFile, keyfile_path

        path = Path(work) / "encrypted.sqlite"
        key = bytes(range(32))
        _prepare(sqlite_url(path), key)
        KeyFile(keyfile_path(path)).save()
        _measure("SQLCipher", sqlite_url(path), key, args.seconds)
    if args.url:
        _prepare(args.url, None)
        _measure("PostgreSQL", args.url, None, args.seconds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
