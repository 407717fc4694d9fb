"""``imh-desktop report``: progress reports, family handouts and caseload reports as PDF.

Bad arguments (unknown family, bad or inverted dates, an unwritable path)
raise DomainError, which ``cli.main`` prints as one line with a non-zero exit.
The PDF is written owner-only to a temporary file beside the target and
moved into place, so a failure leaves no half-written file. ``--password``
asks for a password (or reads the owner-only file named by
``$IMH_PDF_PASSWORD_FILE``) and encrypts the PDF
with AES-256; when the agency requires one, a PDF is never written without.
A line on stderr says that the file leaves the program's protected store.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from typing import TYPE_CHECKING

from imh_desktop.cli import parse_date
from imh_desktop.domain.errors import DomainError

if TYPE_CHECKING:
    from imh_desktop.data.db import Database
    from imh_desktop.services.common.context import ServiceContext

PASSWORD_FILE_ENV = "IMH_PDF_PASSWORD_FILE"
LEAVES_STORE = (
    "The PDF holds protected health information; once written it is outside IMH Desktop's "
    "protected store. Keep it only where your agency allows."
)


def quarter_start(day: dt.date) -> dt.date:
    """The first day of the calendar quarter holding ``day``."""
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from imh_desktop.cli import global_options

    parser = sub.add_parser(
        "report",
        parents=[global_options()],
        help="write a progress report, family handout or caseload report as PDF",
        description="Write a PDF report without opening the application.",
    )
    kinds = parser.add_subparsers(title="reports", metavar="REPORT", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
        p.add_argument(
            "--password",
            action="store_true",
            help="protect the PDF with a password (AES-256): asked for, or read from the "
            f"owner-only file named by ${PASSWORD_FILE_ENV}",
        )

    progress = kinds.add_parser(
        "progress", parents=[global_options()], help="a family's progress report for a period"
    )
    progress.add_argument("--family", required=True, metavar="CASE_NUMBER")
    progress.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help="first day, YYYY-MM-DD (default: start of this quarter)",
    )
    progress.add_argument(
        "--to", dest="end", metavar="DATE", help="last day, YYYY-MM-DD (default: today)"
    )
    common(progress)
    progress.set_defaults(func=run_progress)

    handout = kinds.add_parser(
        "handout", parents=[global_options()], help="the one-page family handout for a visit"
    )
    handout.add_argument("--visit", required=True, type=int, metavar="VISIT_ID")
    handout.add_argument(
        "--lang", default="en", metavar="en|es|vi|ar", help="English, Spanish, Vietnamese or Arabic"
    )
    common(handout)
    handout.set_defaults(func=run_handout)

    caseload = kinds.add_parser(
        "caseload",
        parents=[global_options()],
        help="the caseload table: your own families, or a supervisor's team",
    )
    caseload.add_argument("--specialist", metavar="USERNAME", help="only this specialist")
    caseload.add_argument(
        "--status",
        metavar="STATUS",
        help="referred, active, on_hold or closed (default: all open cases)",
    )
    caseload.add_argument("--overdue", action="store_true", help="only families overdue a visit")
    caseload.add_argument("--alerts", action="store_true", help="only families with open alerts")
    caseload.add_argument("--unsigned", action="store_true", help="only with unsigned notes")
    common(caseload)
    caseload.set_defaults(func=run_caseload)


def _open(args: argparse.Namespace) -> Database:
    from imh_desktop.cli import open_for

    return open_for(args)


def _check_out(path: str) -> None:
    """Refuse a bad target before any work is done."""
    from pathlib import Path

    target = Path(path).expanduser()
    if target.is_dir():
        raise DomainError(f"{target} is a folder; give a file name ending in .pdf.", "out")
    if not target.parent.is_dir():
        raise DomainError(f"The folder {target.parent} does not exist.", "out")


def pdf_password(args: argparse.Namespace, ctx: ServiceContext) -> str | None:
    """The PDF's password: asked for (twice) with ``--password`` or required by the agency."""
    from imh_desktop.domain.text import check_pdf_password
    from imh_desktop.services.admin.agency import get_settings

    required = get_settings(ctx).pdf_password_required
    if not (args.password or required):
        return None
    from pathlib import Path

    from imh_desktop.cli import password_from_file

    if named := os.environ.get(PASSWORD_FILE_ENV):
        password = password_from_file(Path(named).expanduser(), PASSWORD_FILE_ENV)
    elif not sys.stdin.isatty():
        why = "The agency requires a password on PDFs" if required else "--password"
        raise DomainError(
            f"{why}: run the command in a terminal to type it, or name a file holding it "
            f"with ${PASSWORD_FILE_ENV}.",
            "password",
        )
    else:
        import getpass

        password = getpass.getpass("Password for the PDF: ")
        if getpass.getpass("The same password again: ") != password:
            raise DomainError("The two passwords differ; nothing was written.", "password")
    check_pdf_password(password)
    return password


def run_progress(args: argparse.Namespace) -> int:
    from imh_desktop.cli import acting_context
    from imh_desktop.reports.base import write_pdf
    from imh_desktop.reports.progress import render_progress_report
    from imh_desktop.services.family.families import find_family
    from imh_desktop.services.reports import progress_report_data

    today = args.clock.today()
    start = parse_date(args.start, "--from") or quarter_start(today)
    end = parse_date(args.end, "--to") or today
    _check_out(args.out)
    db = _open(args)
    try:
        ctx = acting_context(db, args)
        family = find_family(ctx, args.family)
        data = progress_report_data(ctx, family.id, start, end)
        password = pdf_password(args, ctx)
        path = write_pdf(render_progress_report(data, password), args.out)
    finally:
        db.dispose()
    _wrote(f"the progress report for {family.case_number}", path, password)
    return 0


def run_handout(args: argparse.Namespace) -> int:
    from imh_desktop.cli import acting_context
    from imh_desktop.reports.base import write_pdf
    from imh_desktop.reports.handout import render_handout
    from imh_desktop.services.reports import handout_data

    _check_out(args.out)
    db = _open(args)
    try:
        ctx = acting_context(db, args)
        data = handout_data(ctx, args.visit, args.lang)
        password = pdf_password(args, ctx)
        path = write_pdf(render_handout(data, password), args.out)
    finally:
        db.dispose()
    _wrote(f"the handout for visit {args.visit}", path, password)
    return 0


def run_caseload(args: argparse.Namespace) -> int:
    from imh_desktop.cli import acting_context
    from imh_desktop.domain.enums import FamilyStatus
    from imh_desktop.reports.base import write_pdf
    from imh_desktop.reports.caseload import render_caseload_report
    from imh_desktop.services.admin.staff import find_staff, get_staff
    from imh_desktop.services.caseload.table import SCOPE_OF_ROLE
    from imh_desktop.services.reports import CaseloadFilters, caseload_report_data

    status = None
    if args.status:
        try:
            status = FamilyStatus(args.status.strip().lower().replace(" ", "_").replace("-", "_"))
        except ValueError:
            names = ", ".join(s.value for s in FamilyStatus)
            raise DomainError(
                f"--status '{args.status}' is not one of {names}.", "status"
            ) from None
    _check_out(args.out)
    db = _open(args)
    try:
        ctx = acting_context(db, args)
        specialist = find_staff(db, args.specialist) if args.specialist else None
        filters = CaseloadFilters(
            specialist_id=specialist.id if specialist else None,
            status=status,
            overdue_only=args.overdue,
            alerts_only=args.alerts,
            unsigned_only=args.unsigned,
        )
        # The caseload the user opens on: a specialist's own families, a supervisor's team.
        scope = SCOPE_OF_ROLE.get(get_staff(ctx, ctx.user_id).role, "mine")
        data = caseload_report_data(ctx, scope, filters)
        password = pdf_password(args, ctx)
        path = write_pdf(render_caseload_report(data, password), args.out)
    finally:
        db.dispose()
    count = len(data.rows)
    families = "family" if count == 1 else "families"
    _wrote(f"the caseload report ({count} {families})", path, password)
    return 0


def _wrote(what: str, path: object, password: str | None) -> None:
    protected = " (password-protected, AES-256)" if password else ""
    print(f"Wrote {what} to {path}{protected}")
    print(LEAVES_STORE, file=sys.stderr)
