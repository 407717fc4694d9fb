"""The audit log to a CSV file: every cell safe to open in a spreadsheet, the export audited.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return would be read by Excel or LibreOffice as a formula (CSV injection,
OWASP); such a cell gets a leading apostrophe, which spreadsheets show as
text. The file is written next to its target and moved into place, so a
failure never leaves half a file.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.audit.log import AuditEventRecord, visible_events
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import unit_of_work

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HEADER = (
    "Event", "No.", "When (UTC)", "Who", "Action", "Record", "Record id", "Case number",
    "Details", "Detail (as recorded)", "Event hash",
)  # fmt: skip


def neutralise(value: object) -> str:
    """The cell's text, with a leading apostrophe when a spreadsheet would run it as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def audit_csv_rows(events: Sequence[AuditEventRecord]) -> list[list[str]]:
    """The header and one neutralised row per event."""
    rows = [list(HEADER)]
    for e in events:
        cells = (
            e.id, e.seq, e.at.isoformat(sep=" ", timespec="seconds"), e.staff_name, e.action,
            e.entity, e.entity_id, e.case_number, e.summary, e.detail, e.hash,
        )  # fmt: skip
        rows.append([neutralise(c) for c in cells])
    return rows


def write_audit_csv(
    ctx: ServiceContext, events: Sequence[AuditEventRecord], path: Path | str
) -> Path:
    """Write ``events`` (as the viewer shows them) to a CSV file; the export is audited."""
    target = Path(path)
    if not target.parent.is_dir():
        raise DomainError("That folder does not exist. Choose another place to save.", "path")
    handle, tmp_name = tempfile.mkstemp(suffix=".csv", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(handle, "w", newline="", encoding="utf-8-sig") as out:
            with unit_of_work(ctx) as uow:
                visible_events(uow)  # the same people who may read the log may save it
                csv.writer(out).writerows(audit_csv_rows(events))
                uow.audit("export", "audit_log", None, rows=len(events), file=target.name)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)  # only once the export is recorded
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
