"""``imh-desktop demo``: fill a database with a synthetic agency."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from imh_desktop.cli import global_options

    parser = sub.add_parser(
        "demo",
        parents=[global_options()],
        help="fill a database with synthetic families, visits and screenings",
        description="Fill an empty database with a synthetic but realistic agency: "
        "staff, families, goals, visit notes, screenings. Same seed, same data.",
    )
    parser.add_argument("--families", type=int, default=150, metavar="N")
    parser.add_argument("--seed", type=int, default=2026, metavar="S")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Made in ``--database`` (made there if missing), else in the demo file."""
    from imh_desktop.cli import open_database
    from imh_desktop.demo.encrypted import generate_encrypted_demo, open_demo
    from imh_desktop.demo.generate import DEMO_PASSWORD, generate_demo
    from imh_desktop.domain.errors import DomainError

    db = open_database(args.database, demo=args.database is None, create=True, assume_yes=args.yes)
    say = lambda m: print(m, file=sys.stderr)  # noqa: E731
    try:
        if db.is_new:  # a new file is made encrypted, like a real database
            summary = generate_encrypted_demo(db, args.families, args.seed, args.clock.today(), say)
        elif db.locked and not open_demo(db):
            raise DomainError(f"{db.sqlite_path} is encrypted and not a demo: the demo fills "
                              "only a new or empty database.")  # fmt: skip
        else:  # generate_demo refuses a database that has families
            summary = generate_demo(db, args.families, args.seed, args.clock.today(), say)
    finally:
        db.dispose()
    where = db.engine.url.render_as_string(hide_password=True)
    state = "encrypted" if db.encrypted else "not encrypted"
    print(f"Made {args.families} families in {summary.seconds:.1f} s at {where} ({state})")
    print("Staff usernames: " + ", ".join(summary.usernames))
    print(f"Every demo account's password: {DEMO_PASSWORD}")
    return 0
