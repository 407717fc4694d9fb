"""Command line: ``imh-desktop`` opens the app; subcommands work without a display.

Subcommands live in their own modules (``cli_*``), each exposing
``register(subparsers)`` that adds its parser (with ``parents=[global_options()]``,
so ``--database``, ``--user``, ``--create`` and ``--yes`` work before or after
the command's name) and sets ``func``. A command that reads or writes anything
about families or staff signs in first: the user named by ``--user``, with the
password asked for on the terminal or read from the file named by
``IMH_PASSWORD_FILE`` (scheduled jobs); it then acts through that person's
:class:`ServiceContext` on ``args.clock`` (the computer's clock, or the one a
test hands to :func:`main`).

Every failure ends in one plain line on stderr and a non-zero exit code
(:func:`main`): 2 bad input or a refusal, 4 the database or a file could not
be used (unreachable, not a database, full, read-only, busy), 1 anything
unexpected (its details go to the log file, never to the terminal).
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import getpass
import importlib
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from imh_desktop import APP_NAME, __version__
from imh_desktop.domain.clock import Clock, SystemClock
from imh_desktop.domain.errors import DomainError, StorageError

if TYPE_CHECKING:
    from imh_desktop.data.db import Database
    from imh_desktop.data.migrate import UpgradePlan
    from imh_desktop.services.auth.signin import SignedIn
    from imh_desktop.services.common.context import ServiceContext

PASSWORD_FILE_ENV = "IMH_PASSWORD_FILE"
DEMO_FAMILIES = 150
DEMO_SEED = 2026
SUBCOMMAND_MODULES = (
    "imh_desktop.cli_demo",
    "imh_desktop.cli_account",
    "imh_desktop.cli_staff",
    "imh_desktop.cli_export",
    "imh_desktop.cli_report",
    "imh_desktop.cli_audit",
    "imh_desktop.cli_settings",
    "imh_desktop.cli_backup",
    "imh_desktop.cli_encrypt",
    "imh_desktop.cli_search",
    "imh_desktop.cli_import",
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
    setup); never otherwise; a new SQLite file is made encrypted by the set-up
    (``imh-desktop setup``, or the app's first start). ``upgrade``: bring its
    schema up to date (an SQLite file is first backed up beside itself); a
    PostgreSQL database holding data is upgraded only with ``assume_yes``
    (``--yes``), after the plan is printed. An encrypted SQLite file stays
    locked until the sign-in opens it (and upgrades it then).
    """
    from imh_desktop.data.db import resolve_url
    from imh_desktop.data.opening import open_database as open_checked

    db = open_checked(resolve_url(url, demo), create=create)
    if not upgrade or db.locked:
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


def read_password(prompt: str, confirm: bool = False) -> str:
    """A password from the file named by ``IMH_PASSWORD_FILE``, else typed at the terminal.

    The file (for scheduled jobs) must be readable by its owner only; its first
    line is the password. Typing is hidden (getpass); ``confirm`` asks twice.
    """
    named = os.environ.get(PASSWORD_FILE_ENV)
    if named:
        return password_from_file(Path(named).expanduser())
    if not sys.stdin.isatty():
        raise DomainError(
            f"No password: run the command in a terminal, or name a file holding it "
            f"with {PASSWORD_FILE_ENV}.",
            "password",
        )
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Once more, to be sure: ") != first:
            raise DomainError("The two passwords differ; nothing was changed.", "password")
    except EOFError:
        raise DomainError("No password given.", "password") from None
    return first


def password_from_file(path: Path, env: str = PASSWORD_FILE_ENV) -> str:
    """The first line of an owner-only file named by the variable ``env``, or a DomainError."""
    try:
        mode = path.stat().st_mode
        if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise DomainError(
                f"{env} names {path}, which other users can read: "
                f"make it yours alone (chmod 600 {path}).",
                "password",
            )
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise DomainError(
            f"Cannot read the password file {path} named by {env}.", "password"
        ) from None
    return text.splitlines()[0] if text else ""


def sign_in_user(
    db: Database, args: argparse.Namespace, allow_reset: bool = False, password: str | None = None
) -> SignedIn:
    """Sign in the ``--user`` of the command line; SignInFailed or DomainError if not.

    The password is read (``read_password``) unless given. A person whose
    password an administrator reset must choose their own first
    (``imh-desktop --user NAME password``), unless ``allow_reset``.
    """
    from imh_desktop.services.auth.signin import sign_in

    username = getattr(args, "user", None)
    if not username:
        raise DomainError(
            "Sign in first: put --user USERNAME in the command (the password is asked "
            f"for, or read from the file named by {PASSWORD_FILE_ENV}).",
            "user",
        )
    if password is None:
        password = read_password(f"Password for {username}: ")
    signed = sign_in(db, username, password, args.clock, how="command line")
    if signed.must_change_password and not allow_reset:
        raise DomainError(
            "Your password was reset: choose your own first with "
            f"'imh-desktop --user {signed.user.username} password'.",
            "password",
        )
    return signed


def acting_context(db: Database, args: argparse.Namespace) -> ServiceContext:
    """The signed-in ``--user``'s service context, on the command's clock."""
    return sign_in_user(db, args).context


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
        help="sign in as this staff user: the password is asked for on the terminal, or "
        f"read from the file named by ${PASSWORD_FILE_ENV}; in the app, fills in the "
        "sign-in window",
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
    from imh_desktop.demo.encrypted import generate_encrypted_demo, open_demo
    from imh_desktop.demo.generate import DEMO_PASSWORD, generate_demo
    from imh_desktop.domain.errors import NotFoundError
    from imh_desktop.services.admin.staff import default_user
    from imh_desktop.services.auth.signin import is_demo_database
    from imh_desktop.services.family.families import count_families

    if db.is_new:  # a new demo is encrypted like a real database
        summary = generate_encrypted_demo(db, DEMO_FAMILIES, DEMO_SEED, clock.today())
        _made_demo(summary.usernames, DEMO_PASSWORD)
        return
    if db.locked:
        open_demo(db)  # an encrypted demo opens with its specialist's slot
        if db.locked:
            print(f"{db.sqlite_path} is encrypted and not a demo database: sign in.",
                  file=sys.stderr)  # fmt: skip
        return
    try:
        default_user(db)
    except NotFoundError:  # no staff yet: nothing at all
        empty = True
    else:
        empty = count_families(db) == 0
    if empty:
        summary = generate_demo(db, DEMO_FAMILIES, DEMO_SEED, clock.today())
        _made_demo(summary.usernames, DEMO_PASSWORD)
    elif not is_demo_database(db):
        where = db.sqlite_path or db.engine.url.render_as_string(hide_password=True)
        print(
            f"{where} was not made by the demo generator (or predates sign-in), so --demo "
            "does not sign in by itself: sign in, or remove the file to make a new demo.",
            file=sys.stderr,
        )


def _made_demo(usernames: Sequence[str], password: str) -> None:
    print(f"Made a demo database with {DEMO_FAMILIES} families.", file=sys.stderr)
    print("Staff usernames: " + ", ".join(usernames), file=sys.stderr)
    print(f"Every demo account's password: {password}", file=sys.stderr)


def run_app(args: argparse.Namespace) -> int:
    """Open the application; a PostgreSQL upgrade is asked about in a dialog (``run_gui``).

    The default file in the user's data folder is made on the first start (the
    app then asks for the first administrator); a database named by
    ``--database`` or ``$IMH_DATABASE_URL`` must exist unless ``--create``.
    """
    from imh_desktop.app import hold_cycle_collection

    hold_cycle_collection()  # until the first caseload is painted (imports, database, window)
    from imh_desktop.data.db import ENV_URL

    first_start = args.database is None and not os.environ.get(ENV_URL)
    db = open_database(
        args.database, demo=args.demo, create=args.create or args.demo or first_start,
        upgrade=False,
    )  # fmt: skip
    plan = None if db.locked else prepare_schema(db, args.yes)  # locked: at the sign-in
    if args.demo:
        ensure_demo(db, args.clock)
    from imh_desktop.app import run_gui

    return run_gui(db, args.user, args.clock, demo=args.demo, upgrade=plan)


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
        return _unexpected(exc)


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


def _unexpected(exc: Exception) -> int:
    """Log an unexpected error's redacted details and say so in one line (no traceback)."""
    import logging

    from imh_desktop.services.common.diagnostics import log_to_file, short_reason

    try:
        where = f" Details for support are in {log_to_file()}."
    except OSError:
        where = ""  # no log folder: still one line, and nothing on stderr but it
    else:
        logging.getLogger("imh_desktop").error("Unexpected error in a command", exc_info=exc)
    print(
        f"imh-desktop: something unexpected went wrong ({short_reason(exc)}); "
        f"nothing was half-saved.{where}",
        file=sys.stderr,
    )
    return EXIT_UNEXPECTED
