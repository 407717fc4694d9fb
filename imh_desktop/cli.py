"""Command line: ``imh-desktop`` opens the app; subcommands work without a display.

Subcommands live in their own modules (``cli_*``), each exposing
``register(subparsers)`` that adds its parser (with ``parents=[global_options()]``,
so ``--database``, ``--user``, ``--create`` and ``--yes`` work before or after
the command's name) and sets ``func``. Each command acts through a
:class:`ServiceContext` for the acting user (``--user``, else the first
supervisor) on ``args.clock``: the computer's clock, or the one a test hands
to :func:`main`.

Every failure ends in one plain line on stderr and a non-zero exit code
(:func:`main`): 2 bad input or a refusal, 4 the database or a file could not
be used (unreachable, not a database, full, read-only, busy), 1 anything
unexpected (its details go to the log file, never to the terminal).
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from imh_desktop import APP_NAME, __version__
from imh_desktop.domain.clock import Clock, SystemClock
from imh_desktop.domain.errors import DomainError, StorageError

if TYPE_CHECKING:
    from imh_desktop.data.db import Database
    from imh_desktop.data.migrate import UpgradePlan
    from imh_desktop.services.common.context import ServiceContext
    from imh_desktop.services.common.records import StaffRecord

DEMO_FAMILIES = 150
DEMO_SEED = 2026
SUBCOMMAND_MODULES = (
    "imh_desktop.cli_demo",
    "imh_desktop.cli_staff",
    "imh_desktop.cli_export",
    "imh_desktop.cli_report",
    "imh_desktop.cli_backup",
)
EXIT_REFUSED, EXIT_STORAGE, EXIT_UNEXPECTED = 2, 4, 1


class UpgradeNotConfirmed(DomainError):
    """A shared database needs upgrading and the person has not said yes."""


def open_database(
    url: str | None,
    demo: bool = False,
    *,
    create: bool = False,
    assume_yes: bool = False,
    upgrade: bool = True,
) -> Database:
    """Open the database named on the command line (or by default), checked and upgraded.

    ``create``: make it when there is none (``demo``, ``--create``, the first-run
    setup); never otherwise. ``upgrade``: bring its schema up to date (an SQLite
    file is first backed up beside itself); a PostgreSQL database holding data
    is upgraded only with ``assume_yes`` (``--yes``), after the plan is printed.
    """
    from imh_desktop.data.db import resolve_url
    from imh_desktop.data.opening import open_database as open_checked

    db = open_checked(resolve_url(url, demo), create=create)
    if not upgrade:
        return db
    try:
        plan = prepare_schema(db, assume_yes)
        if plan is not None:
            print(plan.describe(), file=sys.stderr)
            raise UpgradeNotConfirmed(
                "Not upgraded. Back it up first (imh-desktop backup --to FOLDER), then run "
                "the command again with --yes to upgrade."
            )
    except BaseException:
        db.dispose()
        raise
    return db


def prepare_schema(db: Database, assume_yes: bool = False) -> UpgradePlan | None:
    """Upgrade now what needs no question; return the plan that needs one (PostgreSQL)."""
    from imh_desktop.data.migrate import upgrade_database, upgrade_plan

    plan = upgrade_plan(db)
    if plan is None:
        return None
    if not (plan.is_sqlite or plan.is_new or assume_yes):
        return plan
    backup = upgrade_database(db)
    if backup is not None:
        print(f"Upgraded the database; the previous version is kept at {backup}", file=sys.stderr)
    elif not plan.is_new:
        print("Upgraded the database.", file=sys.stderr)
    return None


def open_for(args: argparse.Namespace, *, create: bool = False, upgrade: bool = True) -> Database:
    """The database a command's arguments name (``--database``, ``--create``, ``--yes``)."""
    return open_database(
        getattr(args, "database", None),
        create=create or getattr(args, "create", False),
        assume_yes=getattr(args, "yes", False),
        upgrade=upgrade,
    )


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


def _add_global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    """The options every command takes; ``suppress``: leave the top level's value unless given."""

    def default(value: object) -> object:
        return argparse.SUPPRESS if suppress else value

    parser.add_argument(
        "--database",
        metavar="URL",
        default=default(None),
        help="SQLAlchemy URL of the database (default: $IMH_DATABASE_URL, else a file "
        "in your data folder), e.g. postgresql+psycopg://user@host/imh",
    )
    parser.add_argument(
        "--user",
        metavar="USERNAME",
        default=default(None),
        help="act as this staff user (default: first supervisor)",
    )
    parser.add_argument(
        "--create",
        action="store_true",
        default=default(False),
        help="make a new, empty database at --database's path if there is none "
        "(without it, a missing database is an error)",
    )
    parser.add_argument(
        "--yes",
        action="store_true",
        default=default(False),
        help="agree to upgrade a PostgreSQL database to this version's schema",
    )


def global_options() -> argparse.ArgumentParser:
    """A parent parser for every command: the global options, accepted after the command too."""
    parent = argparse.ArgumentParser(add_help=False)
    _add_global_options(parent, suppress=True)
    return parent


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="imh-desktop",
        description=f"{APP_NAME}: caseloads, visit notes and reports for infant mental health "
        "home-visiting programs. With no command, opens the application.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _add_global_options(parser, suppress=False)
    parser.add_argument(
        "--demo",
        action="store_true",
        help=f"open the demo database, creating it with {DEMO_FAMILIES} synthetic families "
        "on first use",
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
    from imh_desktop.services.common.context import ServiceContext
    from imh_desktop.services.family.families import count_families

    try:
        someone = default_user(db)
    except NotFoundError:  # no staff yet: nothing at all
        empty = True
    else:
        empty = count_families(ServiceContext(db, someone.id, clock)) == 0
    if empty:
        summary = generate_demo(db, DEMO_FAMILIES, DEMO_SEED, clock.today())
        print(f"Made a demo database with {DEMO_FAMILIES} families.", file=sys.stderr)
        print("Staff usernames: " + ", ".join(summary.usernames), file=sys.stderr)


def run_app(args: argparse.Namespace) -> int:
    """Open the application; a PostgreSQL upgrade is asked about in a dialog (``run_gui``)."""
    db = open_database(
        args.database, demo=args.demo, create=args.create or args.demo, upgrade=False
    )
    plan = prepare_schema(db, args.yes)
    if args.demo:
        ensure_demo(db, args.clock)
    from imh_desktop.app import run_gui

    return run_gui(db, args.user, args.clock, upgrade=plan)


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run the command line; ``clock`` (default: the computer's) gives every command its today.

    Returns the exit code; every failure is one line on stderr (module docstring).
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    args.clock = clock or SystemClock()
    try:
        if hasattr(args, "func"):
            return int(args.func(args) or 0)
        return run_app(args)
    except StorageError as exc:
        _fail(exc.message + _hint(exc))
        return EXIT_STORAGE
    except DomainError as exc:
        _fail(exc.message)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        _fail(describe_os_error(exc))
        return EXIT_STORAGE
    except Exception as exc:
        _fail(_log_unexpected(exc))
        return EXIT_UNEXPECTED


def _fail(message: str) -> None:
    print(f"imh-desktop: {message}", file=sys.stderr)


def _hint(exc: StorageError) -> str:
    from imh_desktop.data.opening import NoDatabaseError

    if isinstance(exc, NoDatabaseError):
        return " To make a new database there, run the command again with --create."
    return ""


def describe_os_error(exc: OSError) -> str:
    """A file-system error in one plain sentence, naming the file (never its contents)."""
    where = f" {exc.filename}" if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        return f"The disk is full: could not write{where}. Free some space and try again."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Permission denied: could not write{where}."
    if exc.errno == errno.EISDIR:
        return f"{exc.filename or 'The path'} is a folder; give a file name."
    return f"Could not use{where}: {exc.strerror or exc}."


def _log_unexpected(exc: BaseException) -> str:
    """Write the details of an unexpected error to the log file; the line to print."""
    import logging

    from imh_desktop.app import log_file

    kind = type(exc).__name__
    try:
        path = log_file()
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return f"Something unexpected went wrong ({kind}); nothing more is known."
    logger = logging.getLogger("imh_desktop.cli")
    logger.addHandler(handler)
    try:
        logger.error("Unexpected error in a command", exc_info=exc)
    finally:
        logger.removeHandler(handler)
        handler.close()
    return f"Something unexpected went wrong ({kind}); the details are in {path}."
