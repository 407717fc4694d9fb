"""Nothing but the clock reads the wall clock: a date bomb cannot come back.

Every "today" and "now" comes from ``domain.clock`` (the application
context's clock; a fixed one in tests). This test walks the package's syntax
trees and fails on any direct read of the wall clock elsewhere.
"""

from __future__ import annotations

import ast
from pathlib import Path

import imh_desktop

PACKAGE = Path(imh_desktop.__file__).parent
ALLOWED = {PACKAGE / "domain" / "clock.py"}
# (object name, attribute): datetime.now(), date.today(), time.time(), QDate.currentDate()…
WALL_CLOCK = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentSecsSinceEpoch"),
    ("QDateTime", "currentMSecsSinceEpoch"),
    ("QTime", "currentTime"),
}


def wall_clock_reads(source: str) -> list[tuple[int, str]]:
    """(line, call) for each read of the wall clock in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        owner = node.func.value
        name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
        if (name, node.func.attr) in WALL_CLOCK:
            found.append((node.lineno, f"{name}.{node.func.attr}()"))
    return found


def test_the_rule_catches_each_form_of_wall_clock_read() -> None:
    source = (
        "import datetime as dt\nfrom datetime import date\n"
        "a = dt.date.today()\nb = dt.datetime.now(dt.UTC)\nc = date.today()\n"
        "d = time.time()\ne = QDate.currentDate()\nf = clock.today()\n"
    )
    assert [call for _, call in wall_clock_reads(source)] == [
        "date.today()",
        "datetime.now()",
        "date.today()",
        "time.time()",
        "QDate.currentDate()",
    ]


def test_only_the_clock_module_reads_the_wall_clock() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in ALLOWED or "migrations" in path.parts:
            continue
        for line, call in wall_clock_reads(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {call}")
    assert offenders == [], "read the clock from the context instead:\n" + "\n".join(offenders)
