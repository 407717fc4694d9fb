"""``imh-desktop demo``: fill a database with a synthetic agency."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "demo",
        help="fill a database with synthetic families, visits and screenings",
        description="Fill an empty database with a synthetic but realistic agency: "
        "staff, families, goals, visit notes, screenings. Same seed, same data.",
    )
    parser.add_argument("--families", type=int, default=150, metavar="N")
    parser.add_argument("--seed", type=int, default=2026, metavar="S")
    parser.add_argument(  # SUPPRESS: "imh-desktop --database URL demo" keeps its URL
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="target database (default: the demo file)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from imh_desktop.cli import open_database
    from imh_desktop.demo.generate import generate_demo

    db = open_database(args.database, demo=args.database is None)
    summary = generate_demo(
        db, args.families, args.seed, args.clock.today(), lambda m: print(m, file=sys.stderr)
    )
    where = db.engine.url.render_as_string(hide_password=True)
    print(f"Made {args.families} families in {summary.seconds:.1f} s at {where}")
    print("Staff usernames: " + ", ".join(summary.usernames))
    return 0
