"""The audit log to a CSV file: every cell safe to open in a spreadsheet, the export audited.

Cells go through the exports' shared ``csv_cell`` (services.common.export):
control characters removed, and a cell that starts with ``=``, ``+``, ``-``,
``@``, a tab, a carriage return or a line break, which a spreadsheet would
read as a formula (CSV injection, OWASP), prefixed with an apostrophe so it
shows as text. Saved like a check's report (``services.audit.saving``): a
missing folder refused before anything is recorded, the export recorded, then
the file written whole or not at all.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from imh_desktop.domain.permissions import Permission
from imh_desktop.services.audit.log import AuditEventRecord, visible_events
from imh_desktop.services.audit.saving import save_file
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.export import csv_cell
from imh_desktop.services.common.uow import unit_of_work

HEADER = (
    "Event", "No.", "When (UTC)", "Who", "Action", "Record", "Record id", "Case number",
    "Details", "Detail (as recorded)", "Event hash", "Lane",
)  # fmt: skip


def neutralise(value: object) -> str:
    """The cell's text as written: cleaned, with an apostrophe before anything formula-like."""
    return str(csv_cell("" if value is None else str(value)))


def audit_csv_rows(events: Sequence[AuditEventRecord]) -> list[list[str]]:
    """The header and one neutralised row per event."""
    rows = [list(HEADER)]
    for e in events:
        cells = (
            e.id, e.seq, e.at.isoformat(sep=" ", timespec="seconds"), e.staff_name, e.action,
            e.entity, e.entity_id, e.case_number, e.summary, e.detail, e.hash, e.lane,
        )  # fmt: skip
        rows.append([neutralise(c) for c in cells])
    return rows


def write_audit_csv(
    ctx: ServiceContext, events: Sequence[AuditEventRecord], path: Path | str
) -> Path:
    """Write ``events`` (as the viewer shows them) to a CSV file; the export is audited."""
    rows = audit_csv_rows(events)

    def record(target: Path) -> None:
        with unit_of_work(ctx, Permission.VIEW_AUDIT) as uow:
            visible_events(uow)  # the same people who may read the log may save it
            uow.audit("export", "audit_log", None, rows=len(events), file=target.name)

    def write(tmp: Path) -> None:
        with tmp.open("w", newline="", encoding="utf-8-sig") as out:
            csv.writer(out).writerows(rows)

    return save_file(path, ".csv", record, write)
