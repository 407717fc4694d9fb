"""``imh-desktop staff``: list staff and add the first (or another) staff user."""

from __future__ import annotations

import argparse

from imh_desktop.domain.enums import Role


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from imh_desktop.cli import global_options

    parser = sub.add_parser("staff", help="list or add staff users", parents=[global_options()])
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list active staff users", parents=[global_options()])
    listing.set_defaults(func=run_list)
    add = actions.add_parser(
        "add",
        parents=[global_options()],
        help="add a staff user (the first one needs no --as)",
        description="Add a staff user. On an empty database the first user is added "
        "without --as; after that, --as names a supervisor or administrator.",
    )
    add.add_argument("username")
    add.add_argument("full_name", metavar="FULL_NAME")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.SPECIALIST.value)
    add.add_argument("--supervisor", metavar="USERNAME", help="the supervisor they report to")
    add.add_argument("--as", dest="actor", metavar="USERNAME", help="who is adding them")
    add.set_defaults(func=run_add)


def run_list(args: argparse.Namespace) -> int:
    from imh_desktop.cli import acting_context, open_for
    from imh_desktop.domain.errors import NotFoundError
    from imh_desktop.services.admin.staff import list_staff

    db = open_for(args)
    try:
        try:
            ctx = acting_context(db, args)
        except NotFoundError:
            if args.user:
                raise
            return 0  # an empty database: no one to list
        for staff in list_staff(ctx):
            print(f"{staff.username:<16} {staff.role.label:<11} {staff.full_name}")
    finally:
        db.dispose()
    return 0


def run_add(args: argparse.Namespace) -> int:
    """The first user of an empty database needs no one to add them; later ones do (--as)."""
    from imh_desktop.cli import open_for
    from imh_desktop.services.admin.staff import create_first_staff, create_staff, find_staff
    from imh_desktop.services.common.context import ServiceContext

    db = open_for(args)
    try:
        role = Role(args.role)
        supervisor = find_staff(db, args.supervisor).id if args.supervisor else None
        acting = args.actor or args.user
        if acting is None:  # refused unless the database has no staff yet
            made = create_first_staff(db, args.username, args.full_name, role)
        else:
            ctx = ServiceContext(db, find_staff(db, acting).id, args.clock)
            made = create_staff(ctx, args.username, args.full_name, role, supervisor)
    finally:
        db.dispose()
    print(f"Added {made.full_name} ({made.username}, {made.role.label.lower()}).")
    return 0
