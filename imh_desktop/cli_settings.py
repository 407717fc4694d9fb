"""``imh-desktop settings``: show the agency's settings, or change one (supervisors, admins).

``settings set pdf_password_required yes`` makes every PDF saved or exported
outside the program carry a password.
"""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from imh_desktop.domain.errors import DomainError

_YES = ("yes", "true", "on", "1")
_NO = ("no", "false", "off", "0")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("settings", help="show or change the agency's settings")
    parser.add_argument(  # SUPPRESS: "imh-desktop --database URL settings ..." keeps its URL
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database URL (default as for the app)",
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    actions.add_parser("show", help="list the settings and their values").set_defaults(
        func=run_show
    )
    change = actions.add_parser("set", help="change one setting (acting as --user)")
    change.add_argument("key", metavar="KEY")
    change.add_argument("value", metavar="VALUE")
    change.set_defaults(func=run_set)


def run_show(args: argparse.Namespace) -> int:
    from imh_desktop.cli import acting_context, open_database
    from imh_desktop.services.admin.agency import TITLES, get_settings

    db = open_database(args.database)
    try:
        settings = get_settings(acting_context(db, args))
    finally:
        db.dispose()
    for f in dataclasses.fields(settings):
        value = getattr(settings, f.name)
        shown = ("yes" if value else "no") if isinstance(value, bool) else str(value)
        print(f"{f.name:<24} {shown.replace(chr(10), ' / '):<40} {TITLES[f.name]}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    from imh_desktop.cli import acting_context, open_database
    from imh_desktop.services.admin.agency import TITLES, get_settings, save_settings

    if args.key not in TITLES:
        raise DomainError(f"No setting '{args.key}'; see 'imh-desktop settings show'.", "key")
    db = open_database(args.database)
    try:
        ctx = acting_context(db, args)
        current = get_settings(ctx)
        kind = type(getattr(current, args.key))
        text = args.value.strip().lower()
        value: Any = args.value
        if kind is bool:
            if text not in _YES + _NO:
                raise DomainError(f"{args.key} takes yes or no.", "value")
            value = text in _YES
        elif kind is int:
            if not text.isdigit():
                raise DomainError(f"{args.key} takes a whole number.", "value")
            value = int(text)
        saved = save_settings(ctx, dataclasses.replace(current, **{args.key: value}))
    finally:
        db.dispose()
    print(f"{args.key} = {getattr(saved, args.key)}")
    return 0
