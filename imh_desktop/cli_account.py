"""``imh-desktop setup`` (the first administrator) and ``imh-desktop password`` (your own)."""

from __future__ import annotations

import argparse
import sys

from imh_desktop.domain.errors import DomainError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from imh_desktop.cli import global_options

    setup = sub.add_parser(
        "setup",
        parents=[global_options()],
        help="make the first administrator of a new database",
        description="Make the administrator of a new database (there is no default account "
        "or password). The password is asked for twice, or read from $IMH_PASSWORD_FILE. "
        "Refused once anyone can sign in. Makes the database (and its folder) when there "
        "is none yet.",
    )
    setup.add_argument("--username", metavar="USERNAME", help="asked for when not given")
    setup.add_argument("--full-name", metavar="NAME", help="asked for when not given")
    setup.set_defaults(func=run_setup)
    password = sub.add_parser(
        "password",
        parents=[global_options()],
        help="change your own password (--user signs you in)",
        description="Change your own password: sign in with --user (the current password, "
        "or the temporary one an administrator gave you), then type the new one twice.",
    )
    password.set_defaults(func=run_password)


def _ask(value: str | None, prompt: str, option: str) -> str:
    if value:
        return value
    if not sys.stdin.isatty():
        raise DomainError(f"Give {option}.", option.lstrip("-"))
    try:
        return input(prompt)
    except EOFError:
        raise DomainError(f"Give {option}.", option.lstrip("-")) from None


def run_setup(args: argparse.Namespace) -> int:
    from imh_desktop.cli import open_for, read_password
    from imh_desktop.services.auth.setup import needs_setup, set_up_administrator

    db = open_for(args, create=True)  # the first-run set-up makes the database
    try:
        if not needs_setup(db):
            raise DomainError("This database is set up already: sign in with --user USERNAME.")
        username = _ask(args.username, "Administrator's username (e.g. kolstad): ", "--username")
        full_name = _ask(args.full_name, "Their full name: ", "--full-name")
        password = read_password(
            "Choose a passphrase (at least 12 characters, a few words): ", confirm=True
        )
        signed = set_up_administrator(db, username, full_name, password, args.clock)
    finally:
        db.dispose()
    user = signed.user
    print(f"{user.full_name} ({user.username}) is the administrator.")
    if signed.recovery_key:
        from imh_desktop.cli_encrypt import print_recovery_key

        print("The database is encrypted; your passphrase opens it.")
        print_recovery_key(signed.recovery_key)
    print(f"Open the app with 'imh-desktop', or add staff: "
          f"imh-desktop --user {user.username} staff add USERNAME \"FULL NAME\"")  # fmt: skip
    return 0


def run_password(args: argparse.Namespace) -> int:
    import getpass

    from imh_desktop.cli import open_for, read_password, sign_in_user
    from imh_desktop.services.auth.signin import change_password

    if not args.user:
        raise DomainError("Say whose password: put --user USERNAME before 'password'.", "user")
    db = open_for(args)
    try:
        current = read_password(f"Current password for {args.user}: ")
        signed = sign_in_user(db, args, allow_reset=True, password=current)
        if not sys.stdin.isatty():
            raise DomainError("Run 'password' in a terminal to type the new passphrase.")
        try:
            new = getpass.getpass("New passphrase (at least 12 characters, a few words): ")
            if getpass.getpass("Once more, to be sure: ") != new:
                raise DomainError("The two passphrases differ; nothing was changed.")
        except EOFError:
            raise DomainError("No new passphrase given; nothing was changed.") from None
        change_password(signed.context, current, new)
    finally:
        db.dispose()
    print("Your password is changed.")
    return 0
