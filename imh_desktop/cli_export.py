"""``imh-desktop export caseload|team|ics``: write a table to CSV or Excel, or one's planned
visits to an iCalendar file (case numbers and times only), without a display.

Signs in as ``--user`` (a global option) first. Bad arguments raise
DomainError, which ``cli.main`` prints as one line. Fixed lists (a family's
status and frequency) are written with the English labels of the printed
reports (``reports.labels``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from imh_desktop.cli import parse_date
from imh_desktop.domain.errors import DomainError

TABLES = ("caseload", "team", "ics")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from imh_desktop.cli import global_options

    parser = sub.add_parser(
        "export",
        parents=[global_options()],
        help="write the caseload or the team table to a CSV or Excel file, or your visits to .ics",
        description="Write the caseload (one row per family) or the team table (one row per "
        "specialist, then the totals) to a CSV or Excel file; the period defaults to "
        "the current month. Or write your planned visits to an .ics calendar file.",
    )
    tables = parser.add_subparsers(title="tables", metavar="TABLE", dest="table")
    caseload = tables.add_parser(
        "caseload", help="one row per family, with its measures", parents=[global_options()]
    )
    caseload.add_argument("--specialist", metavar="USERNAME", help="only this specialist")
    team = tables.add_parser(
        "team", help="one row per specialist, and the team's totals", parents=[global_options()]
    )
    team.add_argument(
        "--supervisor", metavar="USERNAME", help="this supervisor's team (default: yours)"
    )
    for table in (caseload, team):
        table.add_argument("--format", metavar="csv|xlsx", help="default: from --out's ending")
        table.add_argument("--from", dest="start", metavar="DATE", help="first day, YYYY-MM-DD")
        table.add_argument("--to", dest="end", metavar="DATE", help="last day, YYYY-MM-DD")
        table.add_argument("--out", metavar="FILE", help="the file to write (replaced whole)")
        table.set_defaults(func=run)
    ics = tables.add_parser(
        "ics", parents=[global_options()],
        help="your planned visits as an .ics calendar file (case numbers and times only)",
    )  # fmt: skip
    ics.add_argument("--from", dest="start", metavar="DATE", help="first day (default: today)")
    ics.add_argument("--days", type=int, default=90, metavar="N", help="how many days (90)")
    ics.add_argument("--out", metavar="FILE", help="the .ics file to write (replaced whole)")
    ics.set_defaults(func=run)
    parser.set_defaults(func=run)


def _checked(args: argparse.Namespace) -> tuple[str, Path, dt.date | None, dt.date | None]:
    if getattr(args, "table", None) not in TABLES:
        raise DomainError(
            "Say which table to export: 'export caseload', 'export team' or 'export ics'."
        )
    if not args.out:
        raise DomainError("Give the file to write with --out FILE.", "out")
    out = Path(args.out).expanduser()
    if out.is_dir():
        raise DomainError(f"{out} is a folder; give a file name ending in .csv or .xlsx.", "out")
    fmt = (args.format or out.suffix.lstrip(".")).lower()
    if fmt not in ("csv", "xlsx"):
        raise DomainError("Choose --format csv or --format xlsx.", "format")
    if out.suffix.lower() != f".{fmt}":
        raise DomainError(f"The --out file must end in .{fmt} for --format {fmt}.", "out")
    if not out.parent.is_dir():
        raise DomainError(f"The folder {out.parent} does not exist.", "out")
    start, end = parse_date(args.start, "--from"), parse_date(args.end, "--to")
    if (start is None) != (end is None):
        raise DomainError("Give both --from and --to, or neither (the current month).", "period")
    if start is not None and end is not None and end < start:
        raise DomainError("--to is before --from.", "period")
    return fmt, out, start, end


def run_ics(args: argparse.Namespace) -> int:
    """Write the signed-in user's planned visits to ``--out`` (.ics)."""
    from imh_desktop.cli import acting_context, open_for
    from imh_desktop.services.calendar.ics import export_ics

    if not args.out:
        raise DomainError("Give the file to write with --out FILE.ics.", "out")
    start = parse_date(args.start, "--from")
    db = open_for(args)
    try:
        count = export_ics(acting_context(db, args), Path(args.out).expanduser(), start, args.days)
    finally:
        db.dispose()
    print(f"Wrote {count} planned visits to {args.out}")
    print("The file holds case numbers and visit times only, no names.", file=sys.stderr)
    return 0


def run(args: argparse.Namespace) -> int:
    if getattr(args, "table", None) == "ics":
        return run_ics(args)
    fmt, out, start, end = _checked(args)
    from imh_desktop.cli import acting_context, open_for
    from imh_desktop.domain.enums import Role
    from imh_desktop.reports.labels import label
    from imh_desktop.services.admin.staff import find_staff
    from imh_desktop.services.common import export
    from imh_desktop.services.team import dashboard as team

    db = open_for(args)
    try:
        ctx = acting_context(db, args)
        lead = getattr(args, "supervisor", None)
        supervisor = find_staff(db, lead) if lead else None
        if supervisor is not None and supervisor.role is Role.SPECIALIST:
            raise DomainError(f"{supervisor.full_name} is not a supervisor.", "supervisor")
        if args.table == "team":
            frame = team.team_frame(
                ctx, start, end, supervisor_id=supervisor.id if supervisor else None
            )
            columns, sheet = team.TEAM_COLUMNS, "Team"
        else:
            who = find_staff(db, args.specialist).id if args.specialist else None
            frame = team.caseload_frame(ctx, who, start, end)
            columns, sheet = team.CASELOAD_COLUMNS, "Caseload"
        export.write_table(frame, columns, out, fmt, sheet, args.table == "team", label=label)
    finally:
        db.dispose()
    print(f"Wrote {len(frame)} rows to {out}")
    print(
        "The file holds protected health information; once written it is outside "
        "IMH Desktop's protected store. Keep it only where your agency allows.",
        file=sys.stderr,
    )
    return 0
