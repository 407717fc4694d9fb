"""Command line: ``imh-desktop`` opens the app; subcommands work without a display.

Subcommands live in their own modules (``cli_*``), each exposing
``register(subparsers)`` that adds its parser and sets ``func``. Each command
acts through a :class:`ServiceContext` for the acting user (``--user``, else
the first supervisor) on ``args.clock``: the computer's clock, or the one a
test hands to :func:`main`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from imh_desktop import APP_NAME, __version__
from imh_desktop.domain.clock import Clock, SystemClock
from imh_desktop.domain.errors import DomainError

if TYPE_CHECKING:
    from imh_desktop.data.db import Database
    from imh_desktop.services.common.context import ServiceContext
    from imh_desktop.services.common.records import StaffRecord

DEMO_FAMILIES = 150
DEMO_SEED = 2026
SUBCOMMAND_MODULES = (
    "imh_desktop.cli_demo",
    "imh_desktop.cli_staff",
    "imh_desktop.cli_export",
    "imh_desktop.cli_report",
)


def open_database(url: str | None, demo: bool = False) -> Database:
    """Open (and upgrade) the database named on the command line or by default."""
    from imh_desktop.data.db import Database, resolve_url
    from imh_desktop.data.migrate import upgrade_database

    db = Database(resolve_url(url, demo))
    backup = upgrade_database(db)
    if backup is not None:
        print(f"Upgraded the database; the previous version is kept at {backup}", file=sys.stderr)
    return db


def parse_date(text: str | None, option: str) -> dt.date | None:
    """``YYYY-MM-DD`` from the command line, or a DomainError naming the option."""
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError(
            f"{option} '{text}' is not a date; write it as YYYY-MM-DD.", option
        ) from None


def acting_context(
    db: Database, args: argparse.Namespace, fallback: StaffRecord | None = None
) -> ServiceContext:
    """The acting user's service context, on the command's clock.

    The acting user is ``--user`` when given, else ``fallback``, else the first supervisor.
    """
    from imh_desktop.services.admin.staff import default_user, find_staff
    from imh_desktop.services.common.context import ServiceContext

    username = getattr(args, "user", None)
    actor = find_staff(db, username) if username else fallback or default_user(db)
    return ServiceContext(db, actor.id, args.clock)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="imh-desktop",
        description=f"{APP_NAME}: caseloads, visit notes and reports for infant mental health "
        "home-visiting programs. With no command, opens the application.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy URL of the database (default: $IMH_DATABASE_URL, else a file "
        "in your data folder), e.g. postgresql+psycopg://user@host/imh",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=f"open the demo database, creating it with {DEMO_FAMILIES} synthetic families "
        "on first use",
    )
    parser.add_argument(
        "--user", metavar="USERNAME", help="act as this staff user (default: first supervisor)"
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def ensure_demo(db: Database, clock: Clock) -> None:
    """Fill an empty demo database with the small synthetic agency."""
    from imh_desktop.demo.generate import generate_demo
    from imh_desktop.domain.errors import NotFoundError
    from imh_desktop.services.admin.staff import default_user
    from imh_desktop.services.family.families import count_families

    try:
        default_user(db)
    except NotFoundError:  # no staff yet: nothing at all
        empty = True
    else:
        empty = count_families(db) == 0
    if empty:
        summary = generate_demo(db, DEMO_FAMILIES, DEMO_SEED, clock.today())
        print(f"Made a demo database with {DEMO_FAMILIES} families.", file=sys.stderr)
        print("Staff usernames: " + ", ".join(summary.usernames), file=sys.stderr)


def run_app(args: argparse.Namespace) -> int:
    db = open_database(args.database, demo=args.demo)
    if args.demo:
        ensure_demo(db, args.clock)
    from imh_desktop.app import run_gui

    return run_gui(db, args.user, args.clock)


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run the command line; ``clock`` (default: the computer's) gives every command its today."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.clock = clock or SystemClock()
    try:
        if hasattr(args, "func"):
            return int(args.func(args) or 0)
        return run_app(args)
    except DomainError as exc:
        print(f"imh-desktop: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
