"""The audit events table: a model of precomputed cells, and a proxy that sorts and finds.

Built for tens of thousands of rows: every cell's text, its sort key and a
lower-case "haystack" for the find box are computed once in ``set_events``;
``data()`` only indexes lists. The proxy sorts by the sort keys and filters
rows with one substring test each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from imh_desktop.services.audit.log import AuditEventRecord
from imh_desktop.ui.common.keyed_sort import KeyedSort, MaskFilterProxy, ranked
from imh_desktop.ui.common.local_format import format_date

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("when", "who", "action", "record", "case", "details")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditTableModel", text)


def _action_labels() -> dict[str, str]:
    return {
        "create": QCoreApplication.translate("AuditTableModel", "Created"), "update": QCoreApplication.translate("AuditTableModel", "Changed"), "read": QCoreApplication.translate("AuditTableModel", "Looked at"),  # noqa: E501
        "export": QCoreApplication.translate("AuditTableModel", "Exported"), "sign": QCoreApplication.translate("AuditTableModel", "Signed"), "cosign": QCoreApplication.translate("AuditTableModel", "Co-signed"),  # noqa: E501
        "amend": QCoreApplication.translate("AuditTableModel", "Amended"), "seal": QCoreApplication.translate("AuditTableModel", "Sealed"), "plan": QCoreApplication.translate("AuditTableModel", "Planned"),  # noqa: E501
        "status": QCoreApplication.translate("AuditTableModel", "Status changed"), "reassign": QCoreApplication.translate("AuditTableModel", "Reassigned"),  # noqa: E501
        "revise": QCoreApplication.translate("AuditTableModel", "Revised"), "discard": QCoreApplication.translate("AuditTableModel", "Discarded"), "open": QCoreApplication.translate("AuditTableModel", "Opened"),  # noqa: E501
        "resolve": QCoreApplication.translate("AuditTableModel", "Resolved"), "verify": QCoreApplication.translate("AuditTableModel", "Verified"), "sign_in": QCoreApplication.translate("AuditTableModel", "Signed in"),  # noqa: E501
        "sign_in_failed": QCoreApplication.translate("AuditTableModel", "Sign-in refused"), "lock": QCoreApplication.translate("AuditTableModel", "Locked"),  # noqa: E501
        "carry": QCoreApplication.translate("AuditTableModel", "Carried at closure"),
        "report": QCoreApplication.translate("AuditTableModel", "Reported on"),
        "print": QCoreApplication.translate("AuditTableModel", "Printed"),
        "locate": QCoreApplication.translate("AuditTableModel", "Looked up by case number"),
        "backup": QCoreApplication.translate("AuditTableModel", "Backed up"),
        "restore": QCoreApplication.translate("AuditTableModel", "Restored"),
        "import": QCoreApplication.translate("AuditTableModel", "Imported"),
        "check": QCoreApplication.translate("AuditTableModel", "Checked"),
        "delete": QCoreApplication.translate("AuditTableModel", "Deleted"),
        "denied": QCoreApplication.translate("AuditTableModel", "Refused"),
        "revoke": QCoreApplication.translate("AuditTableModel", "Revoked"),
        "reschedule": QCoreApplication.translate("AuditTableModel", "Rescheduled"),
        "safety_check": QCoreApplication.translate("AuditTableModel", "Safety check"),
        "emergency_access": QCoreApplication.translate("AuditTableModel", "Emergency access"),
        "sign_out": QCoreApplication.translate("AuditTableModel", "Signed out"),
        "change_password": QCoreApplication.translate("AuditTableModel", "Password changed"),
        "reset_password": QCoreApplication.translate("AuditTableModel", "Password reset"),
        "deactivate": QCoreApplication.translate("AuditTableModel", "Deactivated"),
        "reactivate": QCoreApplication.translate("AuditTableModel", "Reactivated"),
        "encrypt_database": QCoreApplication.translate("AuditTableModel", "Database encrypted"),
    }  # fmt: skip


def _entity_labels() -> dict[str, str]:
    return {
        "family": QCoreApplication.translate("AuditTableModel", "Family"), "visit": QCoreApplication.translate("AuditTableModel", "Visit note"), "goal": QCoreApplication.translate("AuditTableModel", "Goal"),  # noqa: E501
        "caregiver": QCoreApplication.translate("AuditTableModel", "Caregiver"), "child": QCoreApplication.translate("AuditTableModel", "Child"), "screening": QCoreApplication.translate("AuditTableModel", "Screening"),  # noqa: E501
        "alert": QCoreApplication.translate("AuditTableModel", "Alert"), "note_draft": QCoreApplication.translate("AuditTableModel", "Draft note"), "staff_user": QCoreApplication.translate("AuditTableModel", "Staff user"),  # noqa: E501
        "agency_settings": QCoreApplication.translate("AuditTableModel", "Agency settings"), "audit_log": QCoreApplication.translate("AuditTableModel", "Audit log"),  # noqa: E501
        "agenda": QCoreApplication.translate("AuditTableModel", "Agenda"),
        "alerts": QCoreApplication.translate("AuditTableModel", "Alerts"),
        "calendar": QCoreApplication.translate("AuditTableModel", "Calendar"),
        "calendar_file": QCoreApplication.translate("AuditTableModel", "Calendar file"),
        "caseload": QCoreApplication.translate("AuditTableModel", "Caseload"),
        "caseload_report": QCoreApplication.translate("AuditTableModel", "Caseload report"),
        "caseload_row": QCoreApplication.translate("AuditTableModel", "Caseload row"),
        "caseload_table": QCoreApplication.translate("AuditTableModel", "Caseload table"),
        "consent": QCoreApplication.translate("AuditTableModel", "Consent"),
        "context": QCoreApplication.translate("AuditTableModel", "Family context"),
        "database": QCoreApplication.translate("AuditTableModel", "Database"),
        "emergency_access": QCoreApplication.translate("AuditTableModel", "Emergency access"),
        "factor_rating": QCoreApplication.translate("AuditTableModel", "Protective factor"),
        "families": QCoreApplication.translate("AuditTableModel", "Families"),
        "goal_progress": QCoreApplication.translate("AuditTableModel", "Goal progress"),
        "goals": QCoreApplication.translate("AuditTableModel", "Goals"),
        "handout": QCoreApplication.translate("AuditTableModel", "Family handout"),
        "import": QCoreApplication.translate("AuditTableModel", "Import"),
        "measure_families": QCoreApplication.translate("AuditTableModel", "Families behind a measure"),  # noqa: E501
        "note_drafts": QCoreApplication.translate("AuditTableModel", "Draft notes"),
        "program_measures": QCoreApplication.translate("AuditTableModel", "Program measures"),
        "progress_report": QCoreApplication.translate("AuditTableModel", "Progress report"),
        "referral": QCoreApplication.translate("AuditTableModel", "Referral"),
        "referral_follow_ups": QCoreApplication.translate("AuditTableModel", "Referrals to follow up"),  # noqa: E501
        "referrals": QCoreApplication.translate("AuditTableModel", "Referrals"),
        "release": QCoreApplication.translate("AuditTableModel", "Release of information"),
        "releases": QCoreApplication.translate("AuditTableModel", "Releases of information"),
        "screenings": QCoreApplication.translate("AuditTableModel", "Screenings"),
        "screenings_due": QCoreApplication.translate("AuditTableModel", "Screenings due"),
        "search": QCoreApplication.translate("AuditTableModel", "Search"),
        "stressor": QCoreApplication.translate("AuditTableModel", "Stressor"),
        "supervision": QCoreApplication.translate("AuditTableModel", "Reflective supervision"),
        "team": QCoreApplication.translate("AuditTableModel", "Team"),
        "team_table": QCoreApplication.translate("AuditTableModel", "Team table"),
        "unsigned_notes": QCoreApplication.translate("AuditTableModel", "Unsigned notes"),
        "visit_plan": QCoreApplication.translate("AuditTableModel", "Visit plan"),
        "visits": QCoreApplication.translate("AuditTableModel", "Visits"),
    }  # fmt: skip


def action_label(action: str) -> str:
    """What an action reads as in the log; an action we do not know shows as recorded."""
    return _action_labels().get(action, action)


def entity_label(entity: str) -> str:
    return _entity_labels().get(entity, entity)


class AuditTableModel(KeyedSort):
    """Audit events, one row each; times in the user's time zone ``tz``.

    Sorting happens here, in Python, on keys computed once per row (one C-level
    sort instead of a Python callback per comparison); the proxy passes it on.
    """

    _parallel = ("events", "_cells", "_keys", "haystacks")

    def __init__(self, tz: dt.tzinfo | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.events: list[AuditEventRecord] = []
        self._cells: list[tuple[str, ...]] = []
        self._keys: list[tuple[Any, ...]] = []
        self.haystacks: list[str] = []
        self.generation = 0
        self._sorting = (0, Qt.SortOrder.DescendingOrder)
        self._titles = (
            self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Record"),
            self.tr("Case number"), self.tr("Details"),
        )  # fmt: skip

    def set_events(self, events: Sequence[AuditEventRecord]) -> None:
        self.beginResetModel()
        self.events = _newest_first(events)
        self._cells, self._keys, self.haystacks = [], [], []
        actions, entities = _action_labels(), _entity_labels()  # translated once per fill
        folded: dict[str, str] = {}  # names and actions repeat: fold each once
        utc = self.tz is None or self.tz.utcoffset(None) == dt.timedelta(0)
        # The place in time order: every column's tie-break, a number (compared faster than a
        # time and an id on a header click). Rows are made newest first, the order first shown,
        # so a find walks them in the order they lie in memory.
        for order, e in zip(range(len(self.events) - 1, -1, -1), self.events, strict=True):
            local = e.at if utc else e.at.replace(tzinfo=dt.UTC).astimezone(self.tz)
            record = entities.get(e.entity, e.entity)
            if e.entity_id is not None:
                record += f" {e.entity_id}"
            action = actions.get(e.action, e.action)
            # not strftime: it imports a module on every call, which PySide's hook slows
            when = f"{format_date(local.date())} {local.hour:02d}:{local.minute:02d}"
            cells = (when, e.staff_name, action, record, e.case_number, e.summary)
            self._cells.append(cells)
            name = folded.get(e.staff_name) or folded.setdefault(
                e.staff_name, e.staff_name.casefold()
            )
            verb = folded.get(action) or folded.setdefault(action, action.casefold())
            summary = e.summary.casefold()
            self._keys.append(
                (order, name, verb, (e.entity, e.entity_id or 0), e.case_number, summary)
            )
            self.haystacks.append(
                f"{when}\n{name}\n{verb}\n{record.casefold()}\n{e.case_number.casefold()}"
                f"\n{summary}"
            )
        self._reorder(ranked(self._keys, *self._sorting))
        self.generation += 1
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[index.column()] == "details":
            return self.events[index.row()].summary or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section] if 0 <= section < len(self._titles) else None
        return None


class AuditFilterProxy(MaskFilterProxy):
    """``set_text`` keeps the rows containing the text (a mask over the model's haystacks)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""

    def _source(self) -> AuditTableModel:
        model = self.sourceModel()
        assert isinstance(model, AuditTableModel)
        return model

    def set_text(self, text: str) -> None:
        self._text = text.strip().casefold()
        self.refilter()

    def _compute_mask(self) -> list[bool]:
        text, haystacks = self._text, self._source().haystacks
        return [text in h for h in haystacks] if text else [True] * len(haystacks)

    def shown_events(self) -> list[AuditEventRecord]:
        """The events in the order and selection shown."""
        events = self._source().events
        return [events[self.mapToSource(self.index(r, 0)).row()] for r in range(self.rowCount())]


def _newest_first(events: Sequence[AuditEventRecord]) -> list[AuditEventRecord]:
    """The events by time, newest first, ties by the order written (seq counts within a lane).

    Events written as they happened come that way (newest id first) and need no sort; the
    demo writes its history family by family, so there ids and times disagree.
    """
    given = list(events)
    if all(a.id > b.id and a.at >= b.at for a, b in pairwise(given)):
        return given
    return sorted(given, key=lambda e: (e.at, e.id), reverse=True)
