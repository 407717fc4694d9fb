"""``imh-desktop import FILE --mapping MAPPING.json [--dry-run]``: families from a spreadsheet.

Signs in as ``--user`` first. Every row is checked before anything is
written; any error is printed as one plain line per cell ("row 4, Child DOB:
…") and nothing is imported (exit 2). ``--dry-run`` checks and counts only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from imh_desktop.domain.errors import DomainError

MAX_PRINTED = 200  # errors printed; the rest are counted (and all go to --errors FILE)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from imh_desktop.cli import global_options

    parser = sub.add_parser(
        "import",
        parents=[global_options()],
        help="import families from a CSV or Excel file",
        description="Import families, caregivers, children, goals and visits from a CSV or "
        "Excel (.xlsx) file, one family a row. Every row is checked first; one error and "
        "nothing is imported.",
    )
    parser.add_argument("file", metavar="FILE", help="the .csv or .xlsx file")
    parser.add_argument(
        "--mapping",
        metavar="MAPPING.json",
        required=True,
        help='which column fills which field: {"columns": {"Header": "field"}}',
    )
    parser.add_argument("--sheet", metavar="NAME", help="the Excel sheet (default: the mapping's, "
                        "else the first)")  # fmt: skip
    parser.add_argument("--date-order", choices=("DMY", "MDY", "YMD"),
                        help="how the file writes dates like 03/04/2026")  # fmt: skip
    parser.add_argument("--duplicates", choices=("skip", "update", "new"),
                        help="what to do with rows that match a family (default: the mapping's, "
                        "else skip)")  # fmt: skip
    parser.add_argument("--errors", metavar="FILE", help="also save the errors to this CSV file")
    parser.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import dataclasses

    from imh_desktop.cli import acting_context, open_for
    from imh_desktop.domain.imports.values import DateOrder
    from imh_desktop.services.imports.importing import preview_import, run_import, write_errors
    from imh_desktop.services.imports.mapping import load_mapping
    from imh_desktop.services.imports.plan import Decision
    from imh_desktop.services.imports.reading import read_table

    sheet, options = load_mapping(args.mapping)
    if args.date_order:
        options = dataclasses.replace(options, date_order=DateOrder[args.date_order])
    if args.duplicates:
        options = dataclasses.replace(options, duplicates=Decision(args.duplicates))
    table = read_table(Path(args.file).expanduser(), args.sheet or sheet)
    db = open_for(args)
    try:
        ctx = acting_context(db, args)
        plan = preview_import(ctx, table, options)
        if plan.needs_date_order and options.date_order is None and plan.errors:
            print("The dates could be day/month or month/day: give --date-order DMY or MDY.",
                  file=sys.stderr)  # fmt: skip
        if plan.errors:
            for error in plan.errors[:MAX_PRINTED]:
                where = f"row {error.line}" + (f", {error.column}" if error.column else "")
                print(f"{where}: {error.message}", file=sys.stderr)
            if len(plan.errors) > MAX_PRINTED:
                print(f"… and {len(plan.errors) - MAX_PRINTED:,} more errors.", file=sys.stderr)
            if args.errors:
                write_errors(Path(args.errors).expanduser(), plan.errors)
            raise DomainError(f"{len(plan.errors):,} errors; nothing was imported.")
        result = run_import(ctx, table, options, dry_run=args.dry_run)
    finally:
        db.dispose()
    verb = "Would import" if result.dry_run else "Imported"
    print(f"{verb} {result.created} new families, updated {result.updated}, "
          f"skipped {result.skipped}.")  # fmt: skip
    return 0
