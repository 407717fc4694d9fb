"""``--lock-waits``: what the load test's transactions waited for, from the server's log.

With ``log_lock_waits`` on and ``deadlock_timeout`` at 50 ms, PostgreSQL logs
every lock wait that lasts longer than that ("still waiting for … after
50 ms") with the waiting statement, and how long it waited in all when it
got the lock ("acquired … after N ms"). :func:`summary` counts the waits by
the statement that waited (its first words) and gives the longest.
"""

from __future__ import annotations

import re
from collections import Counter

SETTINGS = {"log_lock_waits": "on", "deadlock_timeout": "50ms"}

_WAITING = re.compile(r"process (\d+) still waiting for")
_ACQUIRED = re.compile(r"process (\d+) acquired .* after ([\d.]+) ms")
_STATEMENT = re.compile(r"STATEMENT:\s+(.*)")


def _kind(statement: str) -> str:
    words = " ".join(statement.split())
    return words[:70] + ("…" if len(words) > 70 else "")


def summary(log_text: str) -> list[str]:
    """Lines for the report: the waits over the threshold, by waiting statement."""
    waits: Counter[str] = Counter()
    longest: dict[str, float] = {}
    pending: str | None = None  # a wait whose statement line is still to come
    waiting_in: dict[str, str] = {}  # process -> the statement it waits in
    for line in log_text.splitlines():
        if (m := _WAITING.search(line)) is not None:
            pending = m.group(1)
        elif pending is not None and (m := _STATEMENT.search(line)) is not None:
            kind = _kind(m.group(1))
            waits[kind] += 1
            waiting_in[pending] = kind
            pending = None
        elif (m := _ACQUIRED.search(line)) is not None and m.group(1) in waiting_in:
            kind = waiting_in.pop(m.group(1))
            longest[kind] = max(longest.get(kind, 0.0), float(m.group(2)))
    if not waits:
        return ["Lock waits over 50 ms: none"]
    lines = [f"Lock waits over 50 ms: {sum(waits.values()):,}"]
    for kind, count in waits.most_common(8):
        lines.append(f"  {count:6,} x {kind} (longest {longest.get(kind, 0):,.0f} ms)")
    return lines
