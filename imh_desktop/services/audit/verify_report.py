"""Save what a check of the audit trail found as a plain text file, the way exports are saved.

The screen composes the report in the user's language from an
:class:`~imh_desktop.services.audit.verify.AuditVerification`: counts, the
chain's head, each break and each note changed outside the app by case
number and visit date, never a note's text. This saves it like the audit log's
CSV (``services.audit.saving``): a missing folder refused before anything is
recorded, the export recorded, then the file written whole or not at all.
"""

from __future__ import annotations

from pathlib import Path

from imh_desktop.domain.permissions import Permission
from imh_desktop.services.audit.saving import save_file
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import unit_of_work


def save_verify_report(ctx: ServiceContext, text: str, path: Path | str) -> Path:
    """Write a check's report (``text``) to ``path``, owner-only; the export is audited.

    For those who may check the trail (administrators and supervisors).
    """

    def record(target: Path) -> None:
        with unit_of_work(ctx, Permission.VIEW_AUDIT) as uow:
            uow.audit("export", "audit_verify", None, lines=text.count("\n") + 1, file=target.name)

    def write(tmp: Path) -> None:
        tmp.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")

    return save_file(path, ".txt", record, write)
