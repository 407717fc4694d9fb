"""``imh-desktop staff``: list staff and add the first (or another) staff user."""

from __future__ import annotations

import argparse

from imh_desktop.domain.enums import Role


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("staff", help="list or add staff users")
    parser.add_argument("--database", metavar="URL", help="database URL (default as for the app)")
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list active staff users")
    listing.set_defaults(func=run_list)
    add = actions.add_parser(
        "add",
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
    from imh_desktop.cli import open_database
    from imh_desktop.services.staff import list_staff

    for staff in list_staff(open_database(args.database)):
        print(f"{staff.username:<16} {staff.role.label:<11} {staff.full_name}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from imh_desktop.cli import open_database
    from imh_desktop.services.staff import create_staff, find_staff

    db = open_database(args.database)
    actor = find_staff(db, args.actor).id if args.actor else None
    supervisor = find_staff(db, args.supervisor).id if args.supervisor else None
    made = create_staff(db, actor, args.username, args.full_name, Role(args.role), supervisor)
    print(f"Added {made.full_name} ({made.username}, {made.role.label.lower()}).")
    return 0
