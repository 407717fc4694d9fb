"""Save what a check of the audit trail found as a plain text file, the way exports are saved.

The screen composes the report in the user's language from an
:class:`~imh_desktop.services.audit.verify.AuditVerification`: counts, the
chain's head, each break and each note changed outside the app by case
number and visit date, never a note's text. This writes it like every other
export: the export is recorded first, then the file is written whole to an
owner-only temporary file beside its target and moved into place
(``data.files.atomic_write``), so a failure never leaves half a file.
"""

from __future__ import annotations

from pathlib import Path

from imh_desktop.data.files import atomic_write
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import unit_of_work


def save_verify_report(ctx: ServiceContext, text: str, path: Path | str) -> Path:
    """Write a check's report (``text``) to ``path``, owner-only; the export is audited.

    For those who may check the trail (administrators and supervisors).
    """
    target = Path(path)
    if not target.parent.is_dir():
        raise DomainError("That folder does not exist. Choose another place to save.", "path")
    with unit_of_work(ctx, Permission.VIEW_AUDIT) as uow:
        uow.audit("export", "audit_verify", None, lines=text.count("\n") + 1, file=target.name)

    def write(tmp: Path) -> None:
        tmp.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")

    try:
        return atomic_write(target, write, suffix=".txt")
    except OSError as exc:
        raise DomainError(
            f"The file could not be written ({exc.strerror or 'error'}). Choose another place.",
            "path",
        ) from None
