"""Child process: the bare window plus one part of what the app must do before its first paint.

Run as ``python benchmarks/child_floor.py URL STEP TODAY``; STEP is

- ``models``: the bare window, with the app's ORM models declared before its
  raw query (``imh_desktop.data.models``, every table the app maps);
- ``read``: the bare window over the app's own first read instead of the raw
  query: the database opened as ``imh-desktop`` opens it (``open_database``,
  the schema revision checked), the default user, and the audited caseload
  read of the team (``list_caseload``) with its computed columns.

Both hold the cycle collector first, as ``cli.run_app`` does, so that the
floor is not higher than the app has it. Neither builds the app's main
window. They show how much of the cold start's gap to the bare window comes
before any of the window's own work (issue 18's 1.3× target). Prints the
same ``BENCH {json}`` line as ``child_bare``.
"""

from __future__ import annotations

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from child_app import mark
from child_bare import open_families, show

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
STEPS = ("models", "read")


def main() -> None:
    url, step, today = sys.argv[1], sys.argv[2], sys.argv[3]
    if step not in STEPS:
        raise SystemExit(f"unknown step {step!r}: one of {', '.join(STEPS)}")
    mark("python_started")
    from imh_desktop.app import hold_cycle_collection

    hold_cycle_collection()
    show(_with_models(url) if step == "models" else _app_read(url, today))


def _with_models(url: str) -> list:
    import imh_desktop.data.models  # noqa: F401  (declares every mapped table)

    return open_families(url)


def _app_read(url: str, today: str) -> list:
    from imh_desktop.cli import open_database
    from imh_desktop.domain.clock import FixedClock
    from imh_desktop.services.admin.staff import default_user
    from imh_desktop.services.caseload.table import list_caseload
    from imh_desktop.services.common.context import ServiceContext

    db = open_database(url)
    user = default_user(db)
    ctx = ServiceContext(db, user.id, FixedClock(dt.date.fromisoformat(today)))
    return [(row.case_number, row.family_name) for row in list_caseload(ctx, "team")]


if __name__ == "__main__":
    main()
