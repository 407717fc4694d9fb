"""The load test's checks catch what they are for (a lost write, a lost update, a hidden abort),
and its table reads right. The load test itself runs as ``python -m benchmarks --load``."""

from __future__ import annotations

from benchmarks.load import checks
from benchmarks.load.report import percentile, render, slow_calls
from benchmarks.load.script import Outcome, error_kind


def test_a_save_missing_or_changed_in_the_database_is_a_lost_write() -> None:
    seen = [Outcome(notes=[(1, 1, "first"), (1, 2, "second")], signs=[(1, 3)]),
            Outcome(notes=[(2, 1, "other")])]  # fmt: skip
    kept = {1: (3, "second", True), 2: (1, "other", False)}
    assert checks._saves_kept(seen, kept).passed
    assert not checks._saves_kept(seen, {**kept, 1: (3, "first", True)}).passed  # older text
    assert not checks._saves_kept(seen, {1: kept[1]}).passed  # note 2 gone
    assert not checks._signs_kept(seen, {**kept, 1: (3, "second", False)}).passed


def test_two_saves_committed_from_one_loaded_version_are_a_lost_update() -> None:
    fine = [Outcome(edits=[(7, 1, 2), (7, 3, 4)]), Outcome(edits=[(7, 2, 3)])]
    assert checks._no_lost_update(fine).passed
    both = [Outcome(edits=[(7, 1, 2)]), Outcome(edits=[(7, 1, 2)])]
    assert not checks._no_lost_update(both).passed
    assert not checks._no_lost_update([]).passed  # no contention exercised proves nothing


def test_a_draft_holding_text_no_client_saw_committed_fails() -> None:
    seen = [Outcome(drafts=[(5, 9, None, 1, "a"), (5, 9, None, 2, "b")])]
    assert checks._drafts_kept(seen, {(5, 9, None): (2, "b")}).passed
    assert checks._drafts_kept(seen, {}).passed  # saving the note removed it
    assert not checks._drafts_kept(seen, {(5, 9, None): (2, "c")}).passed


def test_server_aborts_must_be_covered_by_retries_or_reported_errors() -> None:
    retried = [Outcome(retried={"save_note": 2}), Outcome(samples=[
        ("save note", 0.1, "rolled back (after retries)")])]  # fmt: skip
    assert checks._aborts_seen(retried, 3).passed
    assert not checks._aborts_seen(retried, 4).passed


def test_errors_are_counted_by_kind() -> None:
    from imh_desktop.domain.errors import ConflictError, TransientDatabaseError

    assert error_kind(ConflictError("x")) == "conflict"
    assert error_kind(TransientDatabaseError("x")) == "rolled back (after retries)"
    assert error_kind(KeyError("x")) == "crash: KeyError"


def test_the_table_gives_percentiles_throughput_and_the_targets() -> None:
    assert percentile([0.1 * i for i in range(1, 101)], 99) == 0.1 * 99
    samples = [("save note", 0.05, "ok")] * 99 + [("save note", 0.5, "conflict")]
    samples += [("open caseload", 0.4, "ok")]
    text = render([Outcome(samples=samples)], 10.0, [checks.Check("c", True, "d")], False)
    save = next(line for line in text.splitlines() if line.startswith("save note"))
    assert "| 99 " in save and "< 100 ms: pass" in save and "| 9.90 " in save
    caseload = next(line for line in text.splitlines() if line.startswith("open caseload"))
    assert "< 300 ms: MISS" in caseload
    assert "save note conflict: 1" in text and "[pass] c: d" in text


def test_slow_calls_are_grouped_by_the_second_they_started_in() -> None:
    assert slow_calls([Outcome()]) == "Slow calls (>= 300 ms): none"
    burst = [(12.1, "save note", 0.9), (12.7, "open record", 1.4), (12.9, "save note", 0.4)]
    text = slow_calls([Outcome(slow=burst[:2]), Outcome(slow=[*burst[2:], (40.0, "sign", 0.3)])])
    assert text.startswith("Slow calls (>= 300 ms): 4, started in 2 distinct seconds")
    assert "12 s: 3 (save note 2, open record 1, longest 1400 ms); 40 s: 1" in text


def test_the_lock_waits_are_counted_by_the_statement_that_waited():
    from benchmarks.load.lockwaits import summary

    log = (
        "2026-12-01 LOG:  process 41 still waiting for ShareLock on transaction 9 after 50.1 ms\n"
        "2026-12-01 DETAIL:  Process holding the lock: 40. Wait queue: 41.\n"
        "2026-12-01 STATEMENT:  UPDATE audit_chain SET seq = seq + 1 WHERE id = 0\n"
        "2026-12-01 LOG:  process 42 still waiting for ShareLock on transaction 9 after 50.3 ms\n"
        "2026-12-01 STATEMENT:  UPDATE audit_chain SET seq = seq + 1 WHERE id = 0\n"
        "2026-12-01 LOG:  process 41 acquired ShareLock on transaction 9 after 950.5 ms\n"
        "2026-12-01 LOG:  process 43 still waiting for RowExclusiveLock on relation 7 after 51 ms\n"
        "2026-12-01 STATEMENT:  UPDATE visits SET plan = 'x' WHERE id = 3\n"
    )
    assert summary(log) == [
        "Lock waits over 50 ms: 3",
        "       2 x UPDATE audit_chain SET seq = seq + 1 WHERE id = 0 (longest 950 ms)",
        "       1 x UPDATE visits SET plan = 'x' WHERE id = 3 (longest 0 ms)",
    ]
    assert summary("LOG:  database system is ready") == ["Lock waits over 50 ms: none"]


def test_no_call_is_made_or_counted_once_the_time_is_up() -> None:
    import time

    from benchmarks.load.script import Runner

    runner = Runner.__new__(Runner)  # no database: the call below must never be made
    runner.counted_from, runner.deadline, runner.out = 0.0, time.perf_counter() - 1, Outcome()
    made: list[int] = []
    try:
        runner.act("save note", made.append, 1)
        stopped = False
    except Exception:
        stopped = True
    assert stopped and made == [] and runner.out.samples == [] and runner.out.slow == []
