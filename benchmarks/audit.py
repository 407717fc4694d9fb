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
seconds); the note gives the counts and the CPU seconds.

Rows "audit log viewer": an administrator's unfiltered read (the newest
50,000 events, the most one read returns) through ``list_audit_events``, then
the viewer's model taking them (``set_events``), a keystroke in its find box
and a header-click sort, offscreen.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.dataset import Dataset, service_context, working_copy
from benchmarks.harness import Row, Target, measure_pair, median

WRITE_TARGET = Target(max_ratio=1.5)
OPEN_TARGET = Target(max_value=0.050)
VERIFY_TARGET = Target(max_value=120.0)
VIEWER_READ_TARGET = Target(max_value=2.0)
VIEWER_KEY_TARGET = Target(max_value=0.1)
WRITE_PAIRS = 60  # a write is ~10 ms: enough pairs to see a difference of a fraction of that


def _chained(ctx, family_id: int) -> None:
    from imh_desktop.domain.permissions import Permission
    from imh_desktop.services.common.uow import unit_of_work

    with unit_of_work(ctx, Permission.USE_OWN_ACCOUNT) as uow:
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


def time_viewer(db, dataset: Dataset, repeat: int) -> tuple[dict[str, list[float]], int]:
    """Seconds of the viewer's read, model fill, find keystroke and sort, as an admin."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from imh_desktop.data.models import StaffUser
    from imh_desktop.domain.enums import Role
    from imh_desktop.services.audit.log import AuditFilter, list_audit_events
    from imh_desktop.ui.audit.model import AuditFilterProxy, AuditTableModel

    _app = QApplication.instance() or QApplication([])
    with db.read() as session:
        admin = session.query(StaffUser.id).filter(StaffUser.role == Role.ADMIN).first()[0]
    ctx = service_context(db, dataset.info, admin)
    model = AuditTableModel(ctx.clock.now().tzinfo)
    proxy = AuditFilterProxy()
    proxy.setSourceModel(model)
    times: dict[str, list[float]] = {"read": [], "fill": [], "find": [], "sort": []}
    rows = 0
    for i in range(repeat + 1):
        start = time.perf_counter()
        page = list_audit_events(ctx, AuditFilter())
        read = time.perf_counter()
        model.set_events(page.events)
        filled = time.perf_counter()
        proxy.set_text("sign")
        proxy.rowCount()
        found = time.perf_counter()
        proxy.set_text("")
        sort = time.perf_counter()
        proxy.sort(1, Qt.SortOrder.AscendingOrder)
        sorted_ = time.perf_counter()
        proxy.sort(0, Qt.SortOrder.DescendingOrder)
        if i:  # the first run warms the caches
            for key, value in (("read", read - start), ("fill", filled - read),
                               ("find", found - filled), ("sort", sorted_ - sort)):  # fmt: skip
                times[key].append(value)
        rows = len(page.events)
    return times, rows


def run(dataset: Dataset, work: Path, repeat: int) -> list[Row]:
    from imh_desktop.data.db import Database

    copy = working_copy(dataset, work, "audit.sqlite")
    db = Database(copy.url)
    try:
        # First, while the copy holds only chained events: the baseline adds unchained ones.
        verify_seconds, verify_note = time_verify(db, copy)
        opened, bare = time_open(db, copy, max(repeat, 5) * 3)
        ours, base = time_writes(db, copy, WRITE_PAIRS)
        viewer, shown = time_viewer(db, copy, repeat)
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
        Row(f"audit log viewer: read the newest {shown:,} events (admin)",
            median(viewer["read"]), None, VIEWER_READ_TARGET, runs=len(viewer["read"]),
            note="list_audit_events, no filter: one query, records built, the read audited"),
        Row(f"audit log viewer: model takes {shown:,} events", median(viewer["fill"]), None,
            Target(), runs=len(viewer["fill"]), note="cells, sort keys and find text once"),
        Row(f"audit log viewer: find keystroke over {shown:,} rows", median(viewer["find"]),
            None, VIEWER_KEY_TARGET, runs=len(viewer["find"]), note="proxy mask recomputed"),
        Row(f"audit log viewer: sort {shown:,} rows by who", median(viewer["sort"]), None,
            VIEWER_KEY_TARGET, runs=len(viewer["sort"]), note="header click: sorted() on keys"),
    ]  # fmt: skip
