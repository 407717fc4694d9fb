"""Row: signing in, with the application's Argon2id parameters (services.auth.passwords.CHOSEN).

Ours: ``sign_in`` of a demo specialist (the account lookup, one Argon2id
verification, the audit event and the commit). Baseline: the bare Argon2id
verification of the same passphrase against the same hash (argon2-cffi), the
floor no sign-in can go below. A second row signs in as a username that does
not exist, against our sign-in of a real one: its time must not tell the two
apart. On its own small database: the cost does not grow with the agency.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from benchmarks.harness import Row, Target, measure, measure_pair, median

SIGN_IN_TARGET = Target(max_value=1.0)  # a person waits for it at the start and after a lock
SAME_WORK_TARGET = Target(max_ratio=1.25)  # unknown vs. real username


def run(work: Path, repeat: int) -> list[Row]:
    from sqlalchemy import select

    from imh_desktop.data.db import Database, sqlite_url
    from imh_desktop.data.migrate import upgrade_database
    from imh_desktop.data.models import StaffUser
    from imh_desktop.demo.generate import DEMO_PASSWORD, generate_demo
    from imh_desktop.domain.clock import FixedClock
    from imh_desktop.services.auth import passwords
    from imh_desktop.services.auth.signin import SignInFailed, sign_in

    assert passwords.parameters() == passwords.CHOSEN
    db = Database(sqlite_url(work / "signin.sqlite"))
    try:
        upgrade_database(db)
        clock = FixedClock(dt.date(2026, 11, 25))
        summary = generate_demo(db, 4, 7, clock.today())
        username = summary.specialists[0]
        with db.read() as session:
            stored = session.scalar(
                select(StaffUser.password_hash).where(StaffUser.username == username)
            )
        assert stored is not None

        def ours() -> None:
            sign_in(db, username, DEMO_PASSWORD, clock)

        def bare() -> None:
            passwords._current.hasher.verify(stored, DEMO_PASSWORD)

        def unknown() -> None:
            try:
                sign_in(db, "nosuchuser", DEMO_PASSWORD, clock)
            except SignInFailed:
                return
            raise AssertionError("an unknown username signed in")

        mine, floor = measure_pair(ours, bare, repeat)
        strangers = measure(unknown, repeat)
    finally:
        db.dispose()
    p = passwords.CHOSEN
    params = f"Argon2id m={p.memory_kib // 1024} MiB, t={p.time_cost}, p={p.parallelism}"
    return [
        Row("sign in (password check, audit, commit)", median(mine), median(floor),
            SIGN_IN_TARGET, runs=len(mine), note=f"{params}; baseline: argon2-cffi verify alone"),
        Row("sign in with an unknown username", median(strangers), median(mine),
            SAME_WORK_TARGET, runs=len(strangers),
            note="refused after the same Argon2id work; baseline: a real user's sign-in"),
    ]  # fmt: skip
