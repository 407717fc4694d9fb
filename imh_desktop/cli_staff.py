"""``imh-desktop staff``: list, add, reset a password, deactivate or reactivate an account.

Every action signs in first (``--user``). An administrator adds anyone and
manages accounts; a supervisor adds specialists to their own team. A new or
reset account gets a random temporary password, printed once to hand over;
its owner chooses their own at the first sign-in.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError

if TYPE_CHECKING:
    from imh_desktop.services.admin.accounts import AccountRecord
    from imh_desktop.services.common.context import ServiceContext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from imh_desktop.cli import global_options

    parser = sub.add_parser(
        "staff",
        parents=[global_options()],
        help="list, add, reset or deactivate staff accounts",
        description="Staff accounts. Sign in with --user; an administrator "
        "manages accounts, a supervisor may add specialists to their own team. The first "
        "administrator of a new database is made by 'imh-desktop setup'.",
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", help="list the staff (administrators: every account)", parents=[global_options()]
    )
    listing.set_defaults(func=run_list)
    add = actions.add_parser(
        "add",
        parents=[global_options()],
        help="add a staff account with a temporary password",
        description="Add a staff account. A temporary password is printed: give it to the "
        "person, who chooses their own at the first sign-in.",
    )
    add.add_argument("username")
    add.add_argument("full_name", metavar="FULL_NAME")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.SPECIALIST.value)
    add.add_argument("--supervisor", metavar="USERNAME", help="the supervisor they report to")
    add.set_defaults(func=run_add)
    for name, func, text in (
        ("reset-password", run_reset, "give an account a new temporary password"),
        ("deactivate", run_deactivate, "stop an account from signing in (it is kept)"),
        ("reactivate", run_reactivate, "let a deactivated account sign in again"),
    ):
        action = actions.add_parser(
            name, help=text, description=text[0].upper() + text[1:] + ".",
            parents=[global_options()],
        )  # fmt: skip
        action.add_argument("username")
        action.set_defaults(func=func)


def _signed_in(args: argparse.Namespace, work: Callable[[ServiceContext], int]) -> int:
    from imh_desktop.cli import acting_context, open_for

    db = open_for(args)
    try:
        return work(acting_context(db, args))
    finally:
        db.dispose()


def _account(ctx: ServiceContext, username: str) -> AccountRecord:
    """The account ``username`` (active or not), for an administrator."""
    from imh_desktop.services.admin.accounts import list_accounts

    wanted = username.strip().lower()
    for account in list_accounts(ctx):
        if account.username == wanted:
            return account
    raise DomainError(f"No account named '{username}'.", "username")


def run_list(args: argparse.Namespace) -> int:
    def work(ctx: ServiceContext) -> int:
        from imh_desktop.reports.labels import label
        from imh_desktop.services.admin.accounts import list_accounts
        from imh_desktop.services.admin.staff import get_staff, list_staff

        if get_staff(ctx, ctx.user_id).role is not Role.ADMIN:
            for staff in list_staff(ctx):
                print(f"{staff.username:<16} {label(staff.role):<11} {staff.full_name}")
            return 0
        for account in list_accounts(ctx):
            state = [
                "inactive" if not account.active else "",
                "no password" if not account.has_password else "",
                "must change password" if account.must_change_password else "",
                "waiting after failed sign-ins" if account.waiting_until else "",
            ]
            note = ", ".join(s for s in state if s)
            print(f"{account.username:<16} {label(account.role):<11} {account.full_name}"
                  + (f"  ({note})" if note else ""))  # fmt: skip
        return 0

    return _signed_in(args, work)


def run_add(args: argparse.Namespace) -> int:
    def work(ctx: ServiceContext) -> int:
        from imh_desktop.reports.labels import label
        from imh_desktop.services.admin.accounts import temporary_password_for
        from imh_desktop.services.admin.staff import create_staff, find_staff

        supervisor = find_staff(ctx.db, args.supervisor).id if args.supervisor else None
        temporary = temporary_password_for(args.username, args.full_name)
        made = create_staff(
            ctx, args.username, args.full_name, Role(args.role), supervisor, temporary
        )
        print(f"Added {made.full_name} ({made.username}, {label(made.role).lower()}).")
        print(f"Temporary password: {temporary}")
        print("Give it to them; they choose their own when they first sign in.")
        return 0

    return _signed_in(args, work)


def run_reset(args: argparse.Namespace) -> int:
    def work(ctx: ServiceContext) -> int:
        from imh_desktop.services.admin.accounts import reset_password, temporary_password_for

        account = _account(ctx, args.username)
        temporary = temporary_password_for(account.username, account.full_name)
        reset_password(ctx, account.id, temporary)
        print(f"New temporary password for {account.full_name} ({account.username}): {temporary}")
        print("They choose their own when they next sign in.")
        return 0

    return _signed_in(args, work)


def run_deactivate(args: argparse.Namespace) -> int:
    def work(ctx: ServiceContext) -> int:
        from imh_desktop.services.admin.accounts import deactivate_staff

        done = deactivate_staff(ctx, _account(ctx, args.username).id)
        print(f"Deactivated {done.account.full_name} ({done.account.username}); "
              "their notes and history stay.")  # fmt: skip
        if done.open_families:
            noun = "family is" if done.open_families == 1 else "families are"
            print(f"{done.open_families} open {noun} still assigned to them: reassign them.")
        return 0

    return _signed_in(args, work)


def run_reactivate(args: argparse.Namespace) -> int:
    def work(ctx: ServiceContext) -> int:
        from imh_desktop.services.admin.accounts import reactivate_staff

        account = reactivate_staff(ctx, _account(ctx, args.username).id)
        print(f"Reactivated {account.full_name} ({account.username}).")
        return 0

    return _signed_in(args, work)
