"""The load test's table: per action p50 / p95 / p99 and throughput, errors by kind, checks."""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from benchmarks.load.checks import Check
from benchmarks.load.script import SLOW_S, Outcome

# action -> p99 limit in seconds (issue 18's targets)
TARGETS = {"save note": 0.100, "open caseload": 0.300}
ORDER = (
    "open caseload", "open record", "autosave draft", "save note", "sign note",
    "record screening", "load draft", "open note", "team dashboard", "open caseload (team)",
)  # fmt: skip


def percentile(sorted_values: list[float], p: float) -> float:
    """The ``p``-th percentile (nearest rank) of already sorted values."""
    if not sorted_values:
        return float("nan")
    rank = max(1, math.ceil(p / 100 * len(sorted_values) - 1e-9))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def render(outcomes: list[Outcome], wall: float, checks: list[Check], pgbouncer: bool) -> str:
    """The report; ``wall`` is the counted time (after the warm-up) in seconds."""
    times: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        for action, seconds, kind in o.samples:
            if kind == "ok":
                times[action].append(seconds)
            else:
                errors[action][kind] += 1
    actions = [a for a in ORDER if a in times or a in errors]
    actions += sorted((set(times) | set(errors)) - set(actions))
    head = ("action", "ok calls", "p50 ms", "p95 ms", "p99 ms", "ok per s", "errors", "p99 target")
    rows = []
    for action in actions:
        values = sorted(times[action])
        limit = TARGETS.get(action)
        p99 = percentile(values, 99)
        verdict = "" if limit is None else f"< {limit * 1000:.0f} ms: " + (
            "pass" if p99 < limit else "MISS")  # fmt: skip
        rows.append((
            action, str(len(values)), f"{percentile(values, 50) * 1000:.1f}",
            f"{percentile(values, 95) * 1000:.1f}", f"{p99 * 1000:.1f}",
            f"{len(values) / wall:.2f}", str(sum(errors[action].values())), verdict,
        ))  # fmt: skip
    widths = [max(len(r[i]) for r in (head, *rows)) for i in range(len(head))]
    line = lambda r: " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True))  # noqa: E731
    kinds = ", ".join(
        f"{action} {kind}: {n}" for action in actions for kind, n in errors[action].items()
    )
    out = [
        f"Load test: {len(outcomes)} desktop clients, {wall:.0f} s counted, "
        + ("through PgBouncer (transaction mode)" if pgbouncer else "direct to PostgreSQL 15"),
        "",
        line(head),
        "-+-".join("-" * w for w in widths),
        *map(line, rows),
        "",
        "Errors by kind: " + (kinds or "none"),
    ]
    warm = [s for o in outcomes for s in o.warmup]
    out.append(f"Warm-up (not in the table): {len(warm)} calls, "
               f"{sum(1 for s in warm if s[2] != 'ok')} errors, slowest "
               f"{max((s[1] for s in warm), default=0) * 1000:.0f} ms")  # fmt: skip
    out.append(slow_calls(outcomes))
    retried = Counter[str]()
    for o in outcomes:
        retried.update(o.retried)
    out.append("Units retried after a deadlock/serialization failure: "
               + (", ".join(f"{k} {v}" for k, v in retried.items()) or "none"))  # fmt: skip
    crashes = [c for o in outcomes for c in o.crashes]
    out.append(f"Unexpected errors (crashes): {len(crashes)}"
               + ("".join(f"\n  {c}" for c in crashes[:10])))  # fmt: skip
    out.append("")
    out.append("Checks:")
    out += [f"  [{'pass' if c.passed else 'FAIL'}] {c.what}: {c.detail}" for c in checks]
    return "\n".join(out)


def slow_calls(outcomes: list[Outcome], shown: int = 5) -> str:
    """When the counted calls of ``SLOW_S`` or more started: spread out, or in bursts."""
    slow = sorted(s for o in outcomes for s in o.slow)
    if not slow:
        return f"Slow calls (>= {SLOW_S * 1000:.0f} ms): none"
    by_second: dict[int, list[tuple[float, str, float]]] = defaultdict(list)
    for call in slow:
        by_second[int(call[0])].append(call)
    busiest = sorted(by_second.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:shown]
    bursts = "; ".join(
        f"{second} s: {len(calls)} ("
        + ", ".join(f"{a} {n}" for a, n in Counter(c[1] for c in calls).most_common())
        + f", longest {max(c[2] for c in calls) * 1000:.0f} ms)"
        for second, calls in busiest
    )
    return (f"Slow calls (>= {SLOW_S * 1000:.0f} ms): {len(slow)}, started in "
            f"{len(by_second)} distinct seconds after the warm-up; "
            f"the busiest: {bursts}")  # fmt: skip
