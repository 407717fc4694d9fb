"""``imh-desktop audit verify``: check the audit chain and every signed note, without a display.

Acts as ``--user`` (a global option) when given, else as the first
supervisor; an administrator or supervisor may verify. Prints one line when
all is well (how many events and notes were checked, and the chain's head to
note down for a later ``--anchor``) and exits 0; otherwise names the first
broken link and every note changed outside the app, and exits 1.
"""

from __future__ import annotations

import argparse

MAX_LISTED = 50


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("audit", help="check the audit trail for changes made outside the app")
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help="walk the audit chain and check every signed note",
        description="Walk the hash-chained audit trail and check every signed note against "
        "its seal. Exit 0 when intact, 1 when something was changed outside the app.",
    )
    verify.add_argument(
        "--anchor", metavar="[LANE:]NO:HASH",
        help="a head printed by an earlier run: that event must still have that hash",
    )  # fmt: skip
    verify.add_argument(
        "--database", metavar="URL", default=argparse.SUPPRESS,
        help="SQLAlchemy URL of the database (default: as for the application)",
    )  # fmt: skip
    verify.set_defaults(func=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    from imh_desktop.cli import acting_context, open_database
    from imh_desktop.services.audit.verify import parse_anchor, verify_audit_trail

    anchor = parse_anchor(args.anchor) if args.anchor else None
    db = open_database(args.database)
    try:
        result = verify_audit_trail(acting_context(db, args), anchor)
    finally:
        db.dispose()
    head = f"head is No. {result.anchor}"
    if result.ok:
        print(
            f"Audit trail intact: {_count(result.events, 'event')} and "
            f"{_count(result.notes, 'signed note')} checked; {head}"
        )
        return 0
    if result.breaks:
        first = result.breaks[0]
        print(f"Audit trail BROKEN: the first broken link: {first.message}.")
        for more in result.breaks[1:MAX_LISTED]:
            print(f"  also: {more.message}.")
        if len(result.breaks) > MAX_LISTED:
            print(f"  … and {len(result.breaks) - MAX_LISTED:,} more.")
    for finding in result.tampered_notes[:MAX_LISTED]:
        print(
            f"Note {finding.visit_id} ({finding.case_number}, visit of {finding.visit_date}): "
            f"this note was changed outside the app after it was signed: "
            f"{'; '.join(finding.problems)}."
        )
    if len(result.tampered_notes) > MAX_LISTED:
        print(f"… and {len(result.tampered_notes) - MAX_LISTED:,} more notes.")
    print(
        f"Checked {_count(result.events, 'event')} and {_count(result.notes, 'signed note')}: "
        f"{_count(len(result.breaks), 'broken link')}, "
        f"{_count(len(result.tampered_notes), 'changed note')}; {head}"
    )
    return 1


def _count(n: int, noun: str) -> str:
    """ "1 event", "2,057 events": the terminal's English, as the rest of the command line."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"
