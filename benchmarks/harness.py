"""Timing, rows and the printed table shared by every benchmark area.

A row pairs our median with a baseline measured in the same run (the same
work with nothing of ours in the way) and checks it against a target: a
ratio to the baseline, an absolute ceiling, or both. A slow row is a
"miss", never an error; only a benchmark that crashes makes the run fail.
"""

from __future__ import annotations

import statistics
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

PASS, MISS, INFO, SKIP, ERROR = "pass", "miss", "info", "skip", "ERROR"


@dataclass(frozen=True)
class Target:
    """What a row must meet: at most ``max_ratio`` × baseline and/or at most ``max_value``."""

    max_ratio: float | None = None
    max_value: float | None = None

    def describe(self, unit: str) -> str:
        parts = []
        if self.max_ratio is not None:
            parts.append(f"≤ {self.max_ratio:g}×")
        if self.max_value is not None:
            parts.append(f"< {format_value(self.max_value, unit)}")
        return " and ".join(parts) or "—"


@dataclass
class Row:
    """One line of the results table. Values are seconds (unit "s") or megabytes ("MB")."""

    what: str
    value: float | None = None
    baseline: float | None = None
    target: Target = field(default_factory=Target)
    unit: str = "s"
    runs: int = 0
    note: str = ""
    status_override: str | None = None

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def status(self) -> str:
        if self.status_override:
            return self.status_override
        if self.value is None:
            return SKIP
        t = self.target
        if t.max_ratio is None and t.max_value is None:
            return INFO
        ok = True
        if t.max_ratio is not None:
            ok = ok and self.ratio is not None and self.ratio <= t.max_ratio
        if t.max_value is not None:
            ok = ok and self.value < t.max_value
        return PASS if ok else MISS


def skipped(what: str, note: str) -> Row:
    return Row(what, note=note, status_override=SKIP)


def failed(what: str, exc: BaseException) -> Row:
    return Row(what, note=f"{type(exc).__name__}: {exc}", status_override=ERROR)


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.0f} MB"
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 0.01:
        return f"{value * 1000:.0f} ms"
    return f"{value * 1000:.2f} ms"


def measure(
    fn: Callable[[], object],
    repeat: int,
    warmup: int = 1,
    setup: Callable[[], object] | None = None,
) -> list[float]:
    """Wall-clock seconds of ``fn()`` over ``repeat`` runs after ``warmup`` untimed ones.

    ``setup`` runs untimed before each call (e.g. to reset state).
    """
    times = []
    for i in range(warmup + repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - start
        if i >= warmup:
            times.append(elapsed)
    return times


def measure_pair(
    ours: Callable[[], object], base: Callable[[], object], repeat: int, warmup: int = 1
) -> tuple[list[float], list[float]]:
    """Like ``measure`` for two functions, alternating them so drift hits both alike."""
    a: list[float] = []
    b: list[float] = []
    for i in range(warmup + repeat):
        for fn, times in ((ours, a), (base, b)):
            start = time.perf_counter()
            fn()
            elapsed = time.perf_counter() - start
            if i >= warmup:
                times.append(elapsed)
    return a, b


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def row_from_times(
    what: str, ours: list[float], base: list[float] | float | None, target: Target, note: str = ""
) -> Row:
    """A row from our run times and the baseline's (a list, or one computed number)."""
    base_value = median(base) if isinstance(base, list) else base
    return Row(what, median(ours), base_value, target, runs=len(ours), note=note)


def guarded(what: str, fn: Callable[[], list[Row]]) -> list[Row]:
    """Run one benchmark area; a crash becomes an ERROR row (traceback to stderr)."""
    try:
        return fn()
    except ImportError as exc:  # includes ModuleNotFoundError
        if exc.name and exc.name.startswith("imh_desktop"):
            return [skipped(what, f"feature not built yet: {exc}")]
        traceback.print_exc()
        return [failed(what, exc)]
    except Exception as exc:  # a benchmark crash must show, not stop the others
        traceback.print_exc()
        return [failed(what, exc)]


HEADERS = ("what", "median", "baseline", "ratio", "target", "result", "runs", "note")


def render_table(rows: list[Row]) -> str:
    """A Markdown table (readable in a terminal and pasteable into the docs)."""
    lines = []
    for r in rows:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        lines.append(
            (
                r.what,
                format_value(r.value, r.unit),
                format_value(r.baseline, r.unit),
                ratio,
                r.target.describe(r.unit),
                r.status,
                str(r.runs) if r.runs else "—",
                r.note,
            )
        )
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(HEADERS)]
    widths[-1] = len(HEADERS[-1])  # notes run long; do not pad them

    def fmt(cells: tuple[str, ...]) -> str:
        padded = [
            c.ljust(w) if i < len(cells) - 1 else c
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "| " + " | ".join(padded) + " |"

    out = [fmt(HEADERS), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out.extend(fmt(line) for line in lines)
    return "\n".join(out)
