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
    from imh_desktop.cli import global_options

    parser = sub.add_parser(
        "settings", help="show or change the agency's settings", parents=[global_options()]
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    actions.add_parser(
        "show", help="list the settings and their values", parents=[global_options()]
    ).set_defaults(func=run_show)
    change = actions.add_parser(
        "set", help="change one setting (acting as --user)", parents=[global_options()]
    )
    change.add_argument("key", metavar="KEY")
    change.add_argument("value", metavar="VALUE")
    change.set_defaults(func=run_set)


def run_show(args: argparse.Namespace) -> int:
    from imh_desktop.cli import acting_context, open_for
    from imh_desktop.services.admin.agency import TITLES, get_settings

    db = open_for(args)
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
    from imh_desktop.cli import acting_context, open_for
    from imh_desktop.services.admin.agency import TITLES, get_settings, save_settings
    from imh_desktop.services.admin.backups import choose_backup_folder

    if args.key not in TITLES:
        raise DomainError(f"No setting '{args.key}'; see 'imh-desktop settings show'.", "key")
    db = open_for(args)
    try:
        ctx = acting_context(db, args)
        if args.key == "backup_folder":  # checked: a full path this user may write in
            print(f"backup_folder = {choose_backup_folder(ctx, args.value)}")
            return 0
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
