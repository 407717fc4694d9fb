"""Rows: what the tamper-evident audit trail costs, on a private copy of the big database.

Row "audited write": one unit of work that records one audit event, chained
(``uow.audit``: lock the chain's head, hash, insert, move the head) and
committed. Baseline: the same transaction as the audit row was written
before the chain (the acting user loaded, one ``AuditEvent`` added through
the ORM, committed with the same durability). The median of the paired
differences is what the chain adds to every audited write.

Row "open a signed note": ``notes.get_note`` of a signed, amended-or-not note,
which recomputes the note's seal and checks the audit events about it and
their neighbours in the chain. Baseline: the same record read without the
check.

Row "verify": ``verify_audit_trail`` over the whole data set: every event's
hash and link, then every signed note against its seal. Timed once (it takes
seconds); the note gives the counts, so the cost per event and per note can
be read off.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.dataset import Dataset, service_context, working_copy
from benchmarks.harness import Row, Target, measure_pair, median

WRITE_TARGET = Target(max_ratio=1.5)
OPEN_TARGET = Target(max_value=0.050)
VERIFY_TARGET = Target(max_value=120.0)
WRITE_PAIRS = 60  # a write is ~10 ms: enough pairs to see a difference of a fraction of that


def _chained(ctx, family_id: int) -> None:
    from imh_desktop.services.common.uow import unit_of_work

    with unit_of_work(ctx) as uow:
        uow.audit("read", "family", family_id, family_id=family_id, bench=True)


def _plain(ctx, family_id: int) -> None:
    import json

    from imh_desktop.data.models import AuditEvent, StaffUser

    with ctx.db.session(ctx.clock) as session:
        actor = session.get(StaffUser, ctx.user_id)
        session.add(
            AuditEvent(
                staff_id=actor.id, action="read", entity="family", entity_id=family_id,
                family_id=family_id,
                detail=json.dumps({"family_id": family_id, "bench": True}),
            )
        )  # fmt: skip


def _signed_visit(db) -> int:
    from sqlalchemy import func, select

    from imh_desktop.data.models import Visit

    with db.read() as session:
        return int(session.scalar(select(func.max(Visit.id)).where(Visit.signed_at.is_not(None))))


def time_writes(db, dataset: Dataset, repeat: int) -> tuple[list[float], list[float]]:
    ctx = service_context(db, dataset.info)
    return measure_pair(lambda: _chained(ctx, 1), lambda: _plain(ctx, 1), repeat)


def time_open(db, dataset: Dataset, repeat: int) -> tuple[list[float], list[float]]:
    from imh_desktop.services.visits import notes

    ctx = service_context(db, dataset.info)
    visit_id = _signed_visit(db)

    def without_check() -> None:
        with db.read() as session:
            notes._note_record(session, notes._visit(session, visit_id))

    assert notes.get_note(ctx, visit_id).integrity == ()
    return measure_pair(lambda: notes.get_note(ctx, visit_id), without_check, repeat)


def time_verify(db, dataset: Dataset) -> tuple[float, str]:
    from imh_desktop.services.audit.verify import verify_audit_trail

    ctx = service_context(db, dataset.info)
    start, cpu = time.perf_counter(), time.process_time()
    result = verify_audit_trail(ctx)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    state = "intact" if result.ok else f"BROKEN ({len(result.breaks)} breaks)"
    note = (
        f"{result.events:,} events and {result.notes:,} signed notes, {state}; "
        f"{cpu:.1f} s of CPU (the rest: waiting for a busy machine)"
    )
    return seconds, note


def added_ms(ours: list[float], base: list[float]) -> float:
    """The median of the paired differences, in ms (the pairs ran alternately)."""
    return median([a - b for a, b in zip(ours, base, strict=True)]) * 1000


def run(dataset: Dataset, work: Path, repeat: int) -> list[Row]:
    from imh_desktop.data.db import Database

    copy = working_copy(dataset, work, "audit.sqlite")
    db = Database(copy.url)
    try:
        # First, while the copy holds only chained events: the baseline adds unchained ones.
        verify_seconds, verify_note = time_verify(db, copy)
        opened, bare = time_open(db, copy, max(repeat, 5) * 3)
        ours, base = time_writes(db, copy, WRITE_PAIRS)
    finally:
        db.dispose()
    return [
        Row("audited write, hash-chained (SQLite)", median(ours), median(base), WRITE_TARGET,
            runs=len(ours),
            note=f"chain adds {added_ms(ours, base):+.2f} ms per write (median of paired "
            "differences); baseline: the row written as before the chain (ORM add)"),
        Row("open a signed note with its integrity check (SQLite)", median(opened),
            median(bare), OPEN_TARGET, runs=len(opened),
            note="get_note; baseline: the same record without the check"),
        Row("verify the whole audit trail (SQLite)", verify_seconds, None, VERIFY_TARGET,
            runs=1, note=verify_note),
    ]  # fmt: skip
