"""Rows 1 and 7: cold start to the caseload painted, and peak memory, as whole processes.

Each run is a new Python process (``child_app.py`` or ``child_bare.py``);
the parent reads ``time.monotonic()`` just before starting it and the child
prints the same clock at its first paint with rows, so the time covers the
interpreter, every import, the database and the first frame. App and bare
runs alternate so that drift in the machine hits both alike. Two floors
(``child_floor.py``) run in the same turns: the bare window with the app's
models declared, and the bare window over the app's own audited first read.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.dataset import Dataset
from benchmarks.harness import MISS, Row, Target, median

HERE = Path(__file__).resolve().parent
START_TARGET = Target(max_ratio=1.3)  # issue 18 (was 1.5)
MEMORY_TARGET = Target(max_value=350)
TIMEOUT_S = 180
# What the app cannot start without, each on the bare window (``child_floor.py``): how much of
# the gap comes before any of the main window's own work.
FLOORS = {
    "models": "cold start floor: the bare window with the app's models declared",
    "read": "cold start floor: the bare window over the app's audited first read (no main window)",
}


def run_child(script: str, dataset: Dataset, mode: str = "start") -> dict:
    """Start one child process; returns its report plus ``elapsed`` seconds to the paint.

    The child gets the data set's URL, the mode and the data set's "today"
    (the app's clock stands at that day, as in every other benchmark).
    """
    # A fresh settings folder each run: no saved window state changes what is measured.
    with tempfile.TemporaryDirectory(prefix="imh-bench-config-") as config:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=config)
        env.pop("IMH_DATABASE_URL", None)
        # Bytecode written as on a user's machine (the untimed first run writes it; an installed
        # copy has it): with this set, every start compiled the app's ~300 modules again.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        # The same imh_desktop as this process, even when another checkout is installed.
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE.parent), env.get("PYTHONPATH")]))
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.monotonic()
        proc = subprocess.run(
            [sys.executable, str(HERE / script), dataset.url, mode, dataset.info.today],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            env=env,
            cwd=HERE.parent,
        )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("BENCH ")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(
            f"{script} exited {proc.returncode}: {(proc.stderr or proc.stdout)[-1500:]}"
        )
    payload = json.loads(lines[-1][len("BENCH ") :])
    exits = [line for line in proc.stdout.splitlines() if line.startswith("BENCH-EXIT ")]
    if exits:  # the app: were the start-up's objects frozen after the paint (ui.common.collector)?
        payload["exit"] = json.loads(exits[-1][len("BENCH-EXIT ") :])
    payload["elapsed"] = payload["painted"] - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the child's whole life, exit included
    payload["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    payload["marks"] = {k: v - start for k, v in payload["marks"].items()}
    return payload


def _breakdown(runs: list[dict]) -> str:
    """Median time from process start to each mark, e.g. 'db open 0.21 s'."""
    names = {
        "python_started": "python up",
        "database_open": "db open",
        "imported": "Qt+UI imported",
        "window_built": "window built",
        "shown": "shown",
    }
    parts = []
    for key, label in names.items():
        values = [r["marks"][key] for r in runs if key in r["marks"]]
        if values:
            parts.append(f"{label} {median(values) * 1000:.0f}")
    return "ms from spawn: " + ", ".join(parts)


def _cpu_at_paint(runs: list[dict]) -> str:
    """The median CPU time a child had used by its first paint (its own clock)."""
    values = [r["cpu_at_paint"] for r in runs if "cpu_at_paint" in r]
    return f"{median(values) * 1000:.0f} ms" if values else "—"


def _frozen(runs: list[dict]) -> str:
    """How many objects the app's collector froze after the first paint (median), or 'no'."""
    counts = [r["exit"]["frozen"] for r in runs if "exit" in r and not r["exit"]["held"]]
    return f"{median(counts):,.0f}" if len(counts) == len(runs) and counts else "no"


def _settled(runs: list[dict]) -> str:
    """How long after the paint the app's collector had settled (median): not in the time."""
    values = [r["settled_ms"] for r in runs if "settled_ms" in r]
    return f"{median(values):.0f} ms" if values else "—"


def run(dataset: Dataset, repeat: int) -> list[Row]:
    app_runs: list[dict] = []
    bare_runs: list[dict] = []
    run_child("child_app.py", dataset)  # warm the page cache and .pyc files, untimed
    run_child("child_bare.py", dataset)
    for step in FLOORS:
        run_child("child_floor.py", dataset, step)
    floor_runs: dict[str, list[dict]] = {step: [] for step in FLOORS}
    for _ in range(repeat):
        app_runs.append(run_child("child_app.py", dataset))
        bare_runs.append(run_child("child_bare.py", dataset))
        for step, runs in floor_runs.items():
            runs.append(run_child("child_floor.py", dataset, step))
    heavy = sorted({m for r in app_runs for m in r["heavy"]})
    forbidden = [m for m in heavy if m in ("pandas", "reportlab")]
    rows_shown = app_runs[-1]["rows"]
    note = (
        f"{rows_shown} rows painted; pandas {'YES' if 'pandas' in heavy else 'no'}, "
        f"reportlab {'YES' if 'reportlab' in heavy else 'no'} at start-up"
        f" (heavy modules loaded: {', '.join(heavy) or 'none'}); "
        f"app {_breakdown(app_runs)}; bare {_breakdown(bare_runs)}; "
        # CPU seconds are steadier than wall time when the machine is shared
        f"CPU per process (to exit): app {median(r['cpu'] for r in app_runs) * 1000:.0f} ms, "
        f"bare {median(r['cpu'] for r in bare_runs) * 1000:.0f} ms; "
        f"CPU to the paint: app {_cpu_at_paint(app_runs)}, bare {_cpu_at_paint(bare_runs)}; "
        f"start-up objects frozen after the paint: {_frozen(app_runs)}"
        f" (collected and frozen {_settled(app_runs)} after it)"
    )
    start_row = Row(
        "cold start to caseload painted (process)",
        median(r["elapsed"] for r in app_runs),
        median(r["elapsed"] for r in bare_runs),
        START_TARGET,
        runs=repeat,
        note=note,
        status_override=MISS if forbidden else None,
    )
    bare = median(r["elapsed"] for r in bare_runs)
    floors = [
        Row(what, median(r["elapsed"] for r in floor_runs[step]), bare, runs=repeat,
            note=f"{floor_runs[step][-1]['rows']} rows painted; {_breakdown(floor_runs[step])}; "
            f"CPU to the paint {_cpu_at_paint(floor_runs[step])}")
        for step, what in FLOORS.items()
    ]  # fmt: skip
    return [start_row, *floors]


def run_memory(dataset: Dataset, repeat: int) -> list[Row]:
    app = [run_child("child_app.py", dataset, "memory") for _ in range(repeat)]
    bare = [run_child("child_bare.py", dataset) for _ in range(repeat)]
    last = app[-1]
    scope = last.get("scope") or "default scope"
    note = (
        f"peak RSS (VmHWM) once the caseload is painted, scope '{scope}' "
        f"({last['rows_before']} rows at start, then {last['loaded']:,} loaded and "
        f"{last['rows']:,} shown); baseline: bare window"
    )
    return [
        Row(
            "peak memory, app with caseload loaded",
            median(r["maxrss_kb"] / 1024 for r in app),
            median(r["maxrss_kb"] / 1024 for r in bare),
            MEMORY_TARGET,
            unit="MB",
            runs=repeat,
            note=note,
        )
    ]
