"""One family's record: a header (name, case, status, specialist, alerts) and tabs.

Tabs are built through ``_add_tab`` and each tab's widget is kept in its own
attribute (``overview_tab``, ``goals_tab``, ``visits_tab``, ``screenings_tab``,
``reports_tab``). The record listens to the context's change bus and reloads
only the tabs a change of its family touches; the header and overview are
read through the context's runner, off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain import ages
from imh_desktop.domain.enums import FamilyStatus
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.permissions import Permission, Relation
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.common.records import FamilyRecord
from imh_desktop.services.family import families
from imh_desktop.services.family.context import FamilyContext
from imh_desktop.services.screenings.results import AlertRecord, list_alerts
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import (
    age_text,
    format_date,
    language_text,
    relationship_text,
)
from imh_desktop.ui.common.permissions import gate
from imh_desktop.ui.common.tasks import LatestOnly
from imh_desktop.ui.common.widgets import (
    ListColumn,
    RecordListModel,
    alert_colors,
    list_table,
)
from imh_desktop.ui.family.context_tab import ContextTab
from imh_desktop.ui.family.glance import GlanceLabel, glance_html, read_glance
from imh_desktop.ui.family.goals_tab import GoalsTab
from imh_desktop.ui.family.header_context import context_lines
from imh_desktop.ui.family.member_dialogs import CaregiverDialog, ChildDialog
from imh_desktop.ui.family.visits_tab import VisitsTab
from imh_desktop.ui.reports.tab import ReportsTab
from imh_desktop.ui.screenings.alert_banner import AlertBanner
from imh_desktop.ui.screenings.tab import ScreeningsTab
from imh_desktop.ui.visits.editor_layout import local_time

if TYPE_CHECKING:
    from imh_desktop.ui.common.context import AppContext

T = TypeVar("T")
W = TypeVar("W", bound=QWidget)
# What the header and the overview show: reloaded when one of these parts changes.
OVERVIEW_PARTS = (Part.FAMILY, Part.MEMBERS, Part.ALERTS)
GLANCE_PARTS = (*OVERVIEW_PARTS, Part.VISITS, Part.GOALS, Part.SCREENINGS)


class _Tab(Protocol):
    def refresh(self) -> None: ...


def _gestation(gestation: ages.GestationalAge | None) -> str:
    if gestation is None:
        return QCoreApplication.translate("FamilyRecord", "Term (not recorded)")
    return (
        QCoreApplication.translate("FamilyRecord", "%1+%2 wk")
        .replace("%1", str(gestation.weeks))
        .replace("%2", str(gestation.days))
    )


def _fit_height(table: QTableView, min_rows: int = 2) -> None:
    """Size a short list's table to its rows, so the overview has no empty boxes."""
    model = table.model()
    rows = max(model.rowCount() if model is not None else 0, min_rows)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += rows * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height + 2)


class FamilyRecordWidget(QWidget):
    """A family's record, kept current through the change bus.

    ``loaded`` is emitted each time the family itself (name, status…) has been
    read and shown; ``load_failed(exc)`` when that read failed (``load_error``
    keeps the exception). ``family`` is None until the first read arrives.
    """

    loaded = Signal()
    load_failed = Signal(object)

    def __init__(self, ctx: AppContext, family_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.family_id = ctx, family_id
        self.family: FamilyRecord | None = None
        self.load_error: BaseException | None = None
        self._overview_reads = LatestOnly(ctx.runner, self)
        self._glance_reads = LatestOnly(ctx.runner, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(self._build_header())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Family record sections"))
        layout.addWidget(self.tabs, 1)
        self.overview_tab = self._add_tab(self.tr("Overview"), self._build_overview())
        # The tabs read once the family itself has been read: a refused family (not on the
        # user's caseload) is refused once, by the record, not once per tab.
        self._tabs_loaded = False
        self.context_tab = self._add_tab(self.tr("Context"), ContextTab(ctx, family_id, load=False))
        self.context_tab.context_loaded.connect(self._on_context_loaded)
        self.goals_tab = self._add_tab(self.tr("Goals"), GoalsTab(ctx, family_id, load=False))
        self.visits_tab = self._add_tab(self.tr("Visits"), VisitsTab(ctx, family_id, load=False))
        self.screenings_tab = self._add_tab(
            self.tr("Screenings"), ScreeningsTab(ctx, family_id, load=False)
        )
        self.reports_tab = self._add_tab(self.tr("Reports"), ReportsTab(ctx, family_id, load=False))
        self.goals_model = self.goals_tab.model
        self.visits_model = self.visits_tab.model
        self.screenings_model = self.screenings_tab.given_model
        # Which tab shows which parts of the record (goal dyads and due screenings
        # depend on the members; the reports tab on the family's language and visits).
        self._tab_parts: tuple[tuple[_Tab, tuple[Part, ...]], ...] = (
            (self.context_tab, (Part.CONTEXT, Part.MEMBERS)),
            (self.goals_tab, (Part.GOALS, Part.MEMBERS)),
            (self.visits_tab, (Part.VISITS,)),
            (self.screenings_tab, (Part.SCREENINGS, Part.ALERTS, Part.MEMBERS)),
            (self.reports_tab, (Part.FAMILY, Part.VISITS)),
        )  # fmt: skip
        ctx.bus.changed.connect(self._on_bus_changed)
        self._load_overview()

    def today(self) -> dt.date:
        return self.ctx.today()

    def _add_tab(self, title: str, widget: W) -> W:
        self.tabs.addTab(widget, title)
        return widget

    def has_unsaved_changes(self) -> bool:
        """True when a tab holds edits not yet saved (a tab says so by the same method).

        The record's own edits happen in dialogs that save whole; editors placed
        in tabs later answer for themselves.
        """
        for index in range(self.tabs.count()):
            check = getattr(self.tabs.widget(index), "has_unsaved_changes", None)
            if callable(check) and check():
                return True
        return False

    # Building -------------------------------------------------------------
    def _build_header(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(4)
        self.title_label = QLabel()
        self.title_label.setAccessibleName(self.tr("Family name"))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title_label.setFont(font)
        self.subtitle_label = QLabel()
        self.subtitle_label.setAccessibleName(self.tr("Case summary"))
        self.subtitle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.context_label = QLabel()
        self.context_label.setAccessibleName(self.tr("Stressors and strengths"))
        self.context_label.setWordWrap(True)
        self.context_label.setTextFormat(Qt.TextFormat.RichText)
        self.context_label.hide()
        self.releases_label = QLabel()
        self.releases_label.setAccessibleName(self.tr("Releases expiring"))
        self.releases_label.setWordWrap(True)
        self.releases_label.hide()
        self.alert_banner = AlertBanner()
        self.access_label = QLabel()
        self.access_label.setWordWrap(True)
        self.access_label.setAccessibleName(self.tr("Emergency access"))
        self.access_label.hide()
        box.addWidget(self.title_label)
        box.addWidget(self.subtitle_label)
        box.addWidget(self.context_label)
        box.addWidget(self.releases_label)
        box.addWidget(self.access_label)
        box.addWidget(self.alert_banner)
        return box

    def _build_overview(self) -> QWidget:
        self.member_buttons: list[QPushButton] = []
        details = QGroupBox(self.tr("Case"))
        self.details_form = QFormLayout(details)
        self.details_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        # A two-line address keeps its label on its first line.
        self.details_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(details)
        left_layout.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        glance_box = QGroupBox(self.tr("At a glance"))
        self.glance = GlanceLabel(self.tr("The family at a glance"))
        self.glance.setText(self.tr("Reading…"))
        QVBoxLayout(glance_box).addWidget(self.glance)
        layout.addWidget(glance_box)
        self.caregivers_model = RecordListModel(
            [
                ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Name"), lambda c: c.full_name),
                ListColumn(
                    QT_TRANSLATE_NOOP("ListColumn", "Relationship"),
                    lambda c: relationship_text(c.relationship),
                ),
                ListColumn(
                    QT_TRANSLATE_NOOP("ListColumn", "Primary"),
                    lambda c: self.tr("Primary") if c.is_primary else "",
                ),
                ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Born"), lambda c: c.dob),
                ListColumn(
                    QT_TRANSLATE_NOOP("ListColumn", "Language"), lambda c: language_text(c.language)
                ),
                ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Phone"), lambda c: c.phone),
            ],
            self,
        )
        self.children_model = RecordListModel(
            [
                ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Name"), lambda c: c.full_name),
                ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Born"), lambda c: c.dob),
                ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Age"), lambda c: self._age(c.dob)),
                ListColumn(
                    QT_TRANSLATE_NOOP("ListColumn", "Corrected age"),
                    lambda c: self._corrected(c.dob, c.gestation),
                ),
                ListColumn(
                    QT_TRANSLATE_NOOP("ListColumn", "Gestation"), lambda c: _gestation(c.gestation)
                ),
                ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Sex"), lambda c: c.sex),
            ],
            self,
        )
        self.caregivers_table = list_table(
            self.caregivers_model, self.tr("Caregivers"), alternating=True
        )
        self.children_table = list_table(
            self.children_model,
            QCoreApplication.translate("FamilyRecordWidget", "Children"),
            alternating=True,
        )
        for title, table, add, edit in (
            (
                self.tr("Caregivers"),
                self.caregivers_table,
                self._on_add_caregiver_clicked,
                self._on_edit_caregiver_clicked,
            ),
            (
                self.tr("Children"),
                self.children_table,
                self._on_add_child_clicked,
                self._on_edit_child_clicked,
            ),
        ):
            group = QGroupBox(title)
            inner = QVBoxLayout(group)
            inner.addWidget(table)
            buttons = QHBoxLayout()
            caregivers = table is self.caregivers_table
            noun = self.tr("caregiver") if caregivers else self.tr("child")
            adding = self.tr("Add caregiver…") if caregivers else self.tr("Add child…")
            for text, slot in ((adding, add), (self.tr("Edit…"), edit)):
                button = QPushButton(text)
                button.setAccessibleName("{} {}".format(text.rstrip("…"), noun))
                button.clicked.connect(slot)
                buttons.addWidget(button)
                self.member_buttons.append(button)
            buttons.addStretch(1)
            inner.addLayout(buttons)
            table.doubleClicked.connect(edit)
            layout.addWidget(group)
        layout.addStretch(1)
        self.overview_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.overview_splitter.setChildrenCollapsible(False)
        for part in (left, page):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(part)
            self.overview_splitter.addWidget(scroll)
        self.overview_splitter.setStretchFactor(1, 1)
        self.overview_splitter.setSizes([400, 900])
        return self.overview_splitter

    def _age(self, dob: dt.date) -> str:
        today = self.today()
        if dob > today:
            return self.tr("not born yet")
        return age_text(ages.age_on(dob, today))

    def _corrected(self, dob: dt.date, gestation: ages.GestationalAge | None) -> str:
        today = self.today()
        if dob > today:
            return ""
        corrected = ages.corrected_age(dob, gestation, today)
        return "" if corrected is None else age_text(corrected)

    # Loading --------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the header, the overview and every tab."""
        self._load_overview()
        for tab, _parts in self._tab_parts:
            tab.refresh()

    def _load_overview(self) -> None:
        """Read the family and its open alerts off the GUI thread, then show them."""
        svc, family_id = self.ctx.svc, self.family_id

        def read() -> tuple[FamilyRecord, list[AlertRecord]]:
            return families.get_family(svc, family_id), list_alerts(svc, family_id, open_only=True)

        self._overview_reads.start(read, self._on_overview_loaded, self._on_overview_failed)

    def _load_glance(self) -> None:
        """Read the glance (last and next visit, alerts, goals, screenings due) and show it."""
        svc, family_id = self.ctx.svc, self.family_id
        self._glance_reads.start(
            lambda: read_glance(svc, family_id),
            lambda glance: self.glance.setText(glance_html(glance)),
            self._on_glance_failed,
        )

    def _on_glance_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc  # unexpected: the application's error handler shows it
        self.glance.setText(html.escape(user_message(exc)))

    def _on_overview_loaded(self, result: tuple[FamilyRecord, list[AlertRecord]]) -> None:
        self.family, alerts = result
        self.load_error = None
        self._fill_header(alerts)
        self._fill_details()
        self.caregivers_model.set_records(self.family.caregivers)
        self.children_model.set_records(self.family.children)
        for table in (self.caregivers_table, self.children_table):
            _fit_height(table)
        self._apply_access()
        self._load_glance()
        if not self._tabs_loaded:
            self._tabs_loaded = True
            for tab, _parts in self._tab_parts:
                tab.refresh()
        self.loaded.emit()

    def _apply_access(self) -> None:
        """Disable what the user may not do to this family (saying why); show emergency access."""
        f = self.family
        if f is None:
            return
        for button in self.member_buttons:
            gate(button, self.ctx, Permission.CHANGE_FAMILY, f.relation)
        for tab, _parts in self._tab_parts:
            set_access = getattr(tab, "set_access", None)
            if callable(set_access):
                set_access(f.relation)
        if f.relation is Relation.EMERGENCY and f.emergency_until is not None:
            until = local_time(f.emergency_until, self.ctx.clock)
            self.access_label.setText(
                self.tr(
                    "Emergency access until {time}: this family is not on your caseload. "
                    "You can read the record and write visit notes; your access is recorded."
                ).format(time=until.strftime("%H:%M"))
            )
            background, text = alert_colors(self.palette())
            self.access_label.setStyleSheet(
                f"background: {background.name()}; color: {text.name()}; "
                "border-radius: 4px; padding: 3px 8px;"
            )
            self.access_label.show()
        else:
            self.access_label.hide()

    def _on_context_loaded(self, data: FamilyContext) -> None:
        """Stressors and strengths in short form, and releases about to expire, in the header."""
        summary, expiring = context_lines(data, self.ctx.today())
        self.context_label.setText(summary)
        self.context_label.setVisible(bool(summary))
        self.releases_label.setText(expiring)
        if expiring:
            background, text = alert_colors(self.palette())
            self.releases_label.setStyleSheet(
                f"background: {background.name()}; color: {text.name()}; "
                "border-radius: 4px; padding: 3px 8px;"
            )
        self.releases_label.setVisible(bool(expiring))

    def _on_overview_failed(self, exc: BaseException) -> None:
        self.load_error = exc
        self.load_failed.emit(exc)

    def _on_bus_changed(self, change: Change) -> None:
        """Reload only what ``change`` touched, and only when it is about this family."""
        if change.family_id != self.family_id:
            return
        if change.touches(*OVERVIEW_PARTS):
            self._load_overview()  # the glance with it
        elif change.touches(*GLANCE_PARTS):
            self._load_glance()
        for tab, parts in self._tab_parts:
            if change.touches(*parts):
                tab.refresh()

    def _fill_header(self, alerts: Sequence[AlertRecord]) -> None:
        f = self.family
        if f is None:
            return
        self.title_label.setText(f.display_name)
        parts = [
            f.case_number,
            label(f.status),
            self.tr("Specialist: {0}").format(f.specialist_name),
            self.tr("Visits: {0}").format(label(f.frequency).lower()),
        ]
        self.subtitle_label.setText("  ·  ".join(parts))
        self.alert_banner.set_alerts(alerts)

    def _fill_details(self) -> None:
        f = self.family
        if f is None:
            return
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        rows = [
            (self.tr("Case number"), f.case_number),
            (self.tr("Address"), f.address or "—"),
            (self.tr("Phone"), f.phone or "—"),
            (self.tr("Language"), language_text(f.language) or "—"),
            (self.tr("Referral"), f"{label(f.referral_source)}, {format_date(f.referral_date)}"),
            (self.tr("Enrolled"), format_date(f.enrolled_on) or self.tr("Not yet enrolled")),
            (self.tr("Visit frequency"), label(f.frequency)),
            (self.tr("Status"), label(f.status)),
        ]
        if f.status is FamilyStatus.CLOSED:
            reason = label(f.closure_reason) if f.closure_reason else ""
            note = f" — {f.closure_note}" if f.closure_note else ""
            rows.append((self.tr("Closed"), f"{format_date(f.closed_on)}, {reason}{note}"))
        for name, value in rows:
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            self.details_form.addRow(self.tr("{0}:").format(name), field)

    # Slots ----------------------------------------------------------------
    # The member dialogs publish their change; the bus brings it back here.
    def _selected(self, table: QTableView, records: Sequence[T]) -> T | None:
        rows = table.selectionModel().selectedRows()
        return records[rows[0].row()] if rows and rows[0].row() < len(records) else None

    def _run(self, dialog: QDialog) -> None:
        dialog.exec()

    def _on_add_caregiver_clicked(self) -> None:
        self._run(CaregiverDialog(self.ctx, self.family_id, parent=self))

    def _on_edit_caregiver_clicked(self, *_args: object) -> None:
        if self.family is None:
            return
        record = self._selected(self.caregivers_table, self.family.caregivers)
        if record is not None:
            self._run(CaregiverDialog(self.ctx, self.family_id, record, parent=self))

    def _on_add_child_clicked(self) -> None:
        self._run(ChildDialog(self.ctx, self.family_id, parent=self))

    def _on_edit_child_clicked(self, *_args: object) -> None:
        if self.family is None:
            return
        record = self._selected(self.children_table, self.family.children)
        if record is not None:
            self._run(ChildDialog(self.ctx, self.family_id, record, parent=self))
