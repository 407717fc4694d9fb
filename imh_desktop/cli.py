"""Command line: ``imh-desktop`` opens the app; subcommands work without a display.

Subcommands live in their own modules (``cli_*``), each exposing
``register(subparsers)`` that adds its parser and sets ``func``. A command
that reads or writes anything about families or staff signs in first: the
user named by ``--user``, with the password asked for on the terminal or read
from the file named by ``IMH_PASSWORD_FILE`` (scheduled jobs); it then acts
through that person's :class:`ServiceContext` on ``args.clock`` (the
computer's clock, or the one a test hands to :func:`main`).
"""

from __future__ import annotations

import argparse
import datetime as dt
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
from imh_desktop.domain.errors import DomainError

if TYPE_CHECKING:
    from imh_desktop.data.db import Database
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
    "imh_desktop.cli_encrypt",
)


def open_database(url: str | None, demo: bool = False) -> Database:
    """Open (and upgrade) the database named on the command line or by default.

    An encrypted SQLite file stays locked until the sign-in opens it (and
    upgrades it then); a SQLite file that does not exist yet is made
    encrypted by the set-up (``imh-desktop setup``, or the app's first start).
    """
    from imh_desktop.data.db import Database, resolve_url
    from imh_desktop.data.migrate import upgrade_database

    db = Database(resolve_url(url, demo), encrypt_new=True)
    if db.locked:
        return db
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
            "Sign in first: put --user USERNAME before the command (the password is asked "
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
        "--user",
        metavar="USERNAME",
        help="sign in as this staff user: the password is asked for on the terminal, or "
        f"read from the file named by ${PASSWORD_FILE_ENV}; in the app, fills in the "
        "sign-in window",
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
    db = open_database(args.database, demo=args.demo)
    if args.demo:
        ensure_demo(db, args.clock)
    from imh_desktop.app import run_gui

    return run_gui(db, args.user, args.clock, demo=args.demo)


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
    except Exception as exc:
        return _unexpected(exc)


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
    return 1
