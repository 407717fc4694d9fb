"""``imh-desktop encrypt`` (an unencrypted database, by its administrator) and ``recover``.

``encrypt`` signs the administrator in (``--user``), asks for nothing more
(the password they signed in with wraps their key slot), prints each step,
then the recovery key, once. ``recover`` opens an encrypted database with
the recovery key and has an administrator choose a new passphrase.
"""

from __future__ import annotations

import argparse
import sys

from imh_desktop.domain.errors import DomainError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from imh_desktop.cli import global_options

    encrypt = sub.add_parser(
        "encrypt",
        parents=[global_options()],
        help="encrypt an unencrypted database file (administrators; --user signs you in)",
        description="Encrypt this unencrypted SQLite database with SQLCipher: a backup first, "
        "then an encrypted copy checked table by table, then the swap. Your password opens "
        "it from then on; a recovery key is printed once, to keep safely. Others can open "
        "it once they have signed in while it is open, or after you reset their passwords.",
    )
    encrypt.add_argument(
        "--keep-backup", action="store_true",
        help="keep the unencrypted backup made first (it holds everything in the clear)",
    )  # fmt: skip
    encrypt.set_defaults(func=run_encrypt)
    recover = sub.add_parser(
        "recover",
        parents=[global_options()],
        help="open an encrypted database with its recovery key; choose a new admin password",
        description="For a lost administrator password: type the recovery key shown at "
        "set-up, then the administrator's username and a new passphrase (twice).",
    )
    recover.add_argument("--username", metavar="USERNAME", help="the administrator (asked for)")
    recover.set_defaults(func=run_recover)


def print_recovery_key(key: str) -> None:
    """The recovery key, with what it is for: printed once, never stored in the clear."""
    print()
    print("RECOVERY KEY (shown only now; write it down or print it, and keep it locked away):")
    print(f"    {key}")
    print("It opens the database if every administrator password is lost:")
    print("    imh-desktop recover")
    print()


def run_encrypt(args: argparse.Namespace) -> int:
    from imh_desktop.cli import open_database, read_password, sign_in_user
    from imh_desktop.services.admin.encryption import encrypt_database, unencrypted_copies

    db = open_database(args.database)
    try:
        if db.encrypted:
            raise DomainError("This database is encrypted already.")
        if db.sqlite_path is None:
            raise DomainError(
                "Only an SQLite file is encrypted by the program; a database server keeps its "
                "data encrypted on its own disks (docs/security.md, Encryption at rest)."
            )
        username = getattr(args, "user", None) or ""
        password = read_password(f"Password for {username}: ") if username else None
        ctx = sign_in_user(db, args, password=password).context
        assert password is not None
        done = encrypt_database(ctx, password, lambda m: print(m), keep_backup=args.keep_backup)
        others = unencrypted_copies(ctx)
    finally:
        db.dispose()
    print(f"Copied {done.rows} rows in {done.tables} tables.")
    if done.backup is not None:
        print(f"The unencrypted backup is kept at {done.backup}: it holds everything in the "
              "clear, so move it somewhere safe or delete it.")  # fmt: skip
    for copy in others:
        print(f"Also unencrypted, beside it: {copy.name} (an older backup): delete it or move "
              "it somewhere safe.")  # fmt: skip
    if done.others_without_slot:
        print(f"{done.others_without_slot} other accounts open the database once they sign in "
              "after you in the app (Account > Sign in as someone else), or after you reset "
              "their passwords.")  # fmt: skip
    print_recovery_key(done.recovery_key)
    return 0


def run_recover(args: argparse.Namespace) -> int:
    import getpass

    from imh_desktop.cli import open_database
    from imh_desktop.cli_account import _ask
    from imh_desktop.services.auth.recovery import recover_administrator

    db = open_database(args.database)
    try:
        if not sys.stdin.isatty():
            raise DomainError("Run 'recover' in a terminal: it asks for the recovery key.")
        try:
            recovery = getpass.getpass("Recovery key (6 groups of 5 letters and digits): ")
        except EOFError:
            raise DomainError("No recovery key given; nothing was changed.") from None
        from imh_desktop.services.auth.keys import open_with_recovery_key

        open_with_recovery_key(db, recovery)  # a wrong key is refused before anything else
        username = _ask(args.username, "Administrator's username: ", "--username")
        try:
            new = getpass.getpass("New passphrase (at least 12 characters, a few words): ")
            if getpass.getpass("Once more, to be sure: ") != new:
                raise DomainError("The two passphrases differ; nothing was changed.")
        except EOFError:
            raise DomainError("No new passphrase given; nothing was changed.") from None
        signed = recover_administrator(db, recovery, username, new, args.clock)
    finally:
        db.dispose()
    print(f"{signed.user.full_name} ({signed.user.username}) has a new passphrase; it opens "
          "the database from now on.")  # fmt: skip
    return 0
