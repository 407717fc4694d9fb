"""The family record's Reports tab: a progress report for a period, a handout for a visit.

The family and its visits are read, and the reports gathered and rendered,
through the context's runner; ``refresh()`` reads again (the family record
calls it when the family or its visits changed, see ``PARTS``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.enums import VisitOutcome
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.common.changes import Part
from imh_desktop.services.common.records import FamilyRecord, VisitRecord
from imh_desktop.services.family import families
from imh_desktop.services.visits import visits
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import format_date
from imh_desktop.ui.common.permissions import gate
from imh_desktop.ui.common.service_texts import service_text
from imh_desktop.ui.common.tasks import run_task
from imh_desktop.ui.common.widgets import DateEdit

if TYPE_CHECKING:
    from imh_desktop.services.reports import HandoutData
    from imh_desktop.ui.reports.preview import BackgroundPreview, ReportPreviewDialog

COLUMN_WIDTH = 640
PERIODS = ("This quarter", "Last quarter", "Last 6 months", "Year to date", "Since enrolment")
CUSTOM = "Custom"
# The handout languages (reports/handout_text/<code>.toml): shown name, code, names a
# family's language may be written as.
LANGUAGES = (
    ("English", "en", ("english", "en")),
    ("Español (Spanish)", "es", ("spanish", "español", "espanol", "es")),
    ("Tiếng Việt (Vietnamese)", "vi", ("vietnamese", "tiếng việt", "tieng viet", "vi")),
    ("العربية (Arabic)", "ar", ("arabic", "العربية", "ar")),
)


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def period_for(name: str, today: dt.date, enrolled_on: dt.date | None) -> tuple[dt.date, dt.date]:
    """The dates of a named period ending today (or at the end of last quarter)."""
    if name == "Last quarter":
        end = quarter_start(today) - dt.timedelta(days=1)
        return quarter_start(end), end
    if name == "Last 6 months":
        return today - dt.timedelta(days=182), today
    if name == "Year to date":
        return dt.date(today.year, 1, 1), today
    if name == "Since enrolment":
        return min(enrolled_on or today, today), today
    return quarter_start(today), today


class ReportsTab(QWidget):
    """Pick a period and preview the progress report; pick a visit and preview its handout."""

    PARTS = (Part.FAMILY, Part.VISITS)  # what this tab shows: refresh() when they change

    def __init__(
        self, ctx: AppContext, family_id: int, parent: QWidget | None = None, load: bool = True
    ) -> None:
        super().__init__(parent)
        self.ctx, self.family_id = ctx, family_id
        self.preview_job: BackgroundPreview | None = None
        self.family: FamilyRecord | None = None

        self.period_combo = QComboBox()
        for name in (*PERIODS, CUSTOM):
            self.period_combo.addItem(service_text(name), name)
        self.period_combo.setAccessibleName(self.tr("Report period"))
        self.from_edit, self.to_edit = DateEdit(), DateEdit()
        self.from_edit.setAccessibleName(self.tr("Period from"))
        self.to_edit.setAccessibleName(self.tr("Period to"))
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        self.progress_button = QPushButton(self.tr("Preview progress report…"))
        progress_form = QFormLayout()
        progress_form.addRow(self.tr("Period:"), self.period_combo)
        progress_form.addRow(self.tr("Dates:"), dates)
        progress_form.addRow("", _left(self.progress_button))
        progress_box = QGroupBox(self.tr("Progress report"))
        progress_box.setLayout(progress_form)

        self.visit_combo = QComboBox()
        self.visit_combo.setAccessibleName(self.tr("Visit for the handout"))
        self.visit_combo.setMinimumContentsLength(30)
        self.lang_combo = QComboBox()
        self.lang_combo.setAccessibleName(self.tr("Handout language"))
        for title, code, _names in LANGUAGES:
            self.lang_combo.addItem(title, code)
        self.handout_button = QPushButton(self.tr("Preview family handout…"))
        handout_form = QFormLayout()
        handout_form.addRow(self.tr("Visit:"), self.visit_combo)
        handout_form.addRow(self.tr("Language:"), self.lang_combo)
        handout_form.addRow("", _left(self.handout_button))
        handout_box = QGroupBox(self.tr("Family handout"))
        handout_box.setLayout(handout_form)
        hint = QLabel(
            self.tr(
                "Handouts are one page in plain words for the family. The specialist's "
                "reflection is never printed."
            )
        )
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        _align_labels(progress_form, handout_form)

        # A column of readable width at the left, not combo boxes across a wide window.
        column = QWidget()
        column.setMaximumWidth(COLUMN_WIDTH)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(progress_box)
        layout.addWidget(handout_box)
        layout.addWidget(hint)
        outer = QVBoxLayout(self)
        outer.addWidget(column)
        outer.addStretch(1)

        self.period_combo.currentIndexChanged.connect(self._on_period_index_changed)
        self.from_edit.dateChanged.connect(self._on_dates_edited)
        self.to_edit.dateChanged.connect(self._on_dates_edited)
        self.progress_button.clicked.connect(self._on_progress_clicked)
        self.handout_button.clicked.connect(self._on_handout_clicked)
        self._setting_dates = False
        self._on_period_changed(self.period_combo.currentData())
        self.progress_button.setEnabled(False)  # until the family is read
        self.handout_button.setEnabled(False)
        if load:  # the family record loads its tabs once it may read the family
            self.refresh()

    @property
    def preview(self) -> ReportPreviewDialog | None:
        """The preview opened last, once its report is rendered."""
        return self.preview_job.dialog if self.preview_job is not None else None

    def today(self) -> dt.date:
        return self.ctx.today()

    def refresh(self) -> None:
        """Read the family and its completed visits (newest first) again, through the runner."""
        svc, family_id = self.ctx.svc, self.family_id

        def read() -> tuple[FamilyRecord, list[VisitRecord]]:
            family = families.get_family(svc, family_id)
            return family, visits.list_visits(svc, family_id, end=svc.today())

        run_task(self.ctx.runner, read, self._on_read_done, self._on_read_failed, self)

    def _on_read_failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _on_read_done(self, result: tuple[FamilyRecord, list[VisitRecord]]) -> None:
        before = self.family.language if self.family is not None else None
        self.family, family_visits = result
        if self.family.language != before:  # a reload (a colleague's save) keeps the user's pick
            spoken = self.family.language.strip().lower()
            index = next((i for i, (*_, names) in enumerate(LANGUAGES) if spoken in names), 0)
            self.lang_combo.setCurrentIndex(index)
        if self.period_combo.currentData() == "Since enrolment":
            self._on_period_changed(self.period_combo.currentData())
        gate(self.progress_button, self.ctx, Permission.REPORT, self.family.relation)
        current = self.visit_combo.currentData()
        self.visit_combo.clear()
        for visit in family_visits:
            if visit.outcome is VisitOutcome.COMPLETED:
                note = self.tr("signed") if visit.is_signed else self.tr("draft, unsigned")
                text = f"{format_date(visit.visit_date)} · {label(visit.mode)} · {note}"
                self.visit_combo.addItem(text, visit.id)
        if current is not None and self.visit_combo.findData(current) >= 0:
            self.visit_combo.setCurrentIndex(self.visit_combo.findData(current))
        has_visits = self.visit_combo.count() > 0
        if not has_visits:
            self.visit_combo.addItem(self.tr("No completed visits yet"), None)
        self.visit_combo.setEnabled(has_visits)
        gate(self.handout_button, self.ctx, Permission.REPORT, self.family.relation,
             enabled=has_visits)  # fmt: skip

    def period(self) -> tuple[dt.date, dt.date]:
        start, end = self.from_edit.value(), self.to_edit.value()
        assert start is not None and end is not None  # not optional: always a date
        return start, end

    def select_visit(self, visit_id: int) -> None:
        index = self.visit_combo.findData(visit_id)
        if index >= 0:
            self.visit_combo.setCurrentIndex(index)

    # Slots -----------------------------------------------------------------
    def _on_period_index_changed(self, _index: int) -> None:
        self._on_period_changed(self.period_combo.currentData())

    def _on_period_changed(self, name: str) -> None:
        if name == CUSTOM:
            return
        enrolled_on = self.family.enrolled_on if self.family is not None else None
        start, end = period_for(name, self.today(), enrolled_on)
        self._setting_dates = True
        self.from_edit.set_value(start)
        self.to_edit.set_value(end)
        self._setting_dates = False

    def _on_dates_edited(self) -> None:
        if not self._setting_dates:
            self.period_combo.setCurrentIndex(self.period_combo.findData(CUSTOM))

    def _on_progress_clicked(self) -> None:
        from imh_desktop.reports.progress import render_progress_report
        from imh_desktop.services.reports import ProgressReportData, progress_report_data
        from imh_desktop.ui.reports.preview import BackgroundPreview, audit_for

        f = self.family
        if f is None:
            return
        start, end = self.period()
        svc, family_id = self.ctx.svc, self.family_id

        def gather() -> ProgressReportData:
            return progress_report_data(svc, family_id, start, end)

        name = f"{f.case_number} progress {start:%Y-%m-%d} to {end:%Y-%m-%d}.pdf"
        title = self.tr("Progress report — {0}").format(f.display_name)
        audit = audit_for(svc, "progress_report", [family_id])
        self.preview_job = BackgroundPreview(
            self.ctx, gather, render_progress_report, name, title, self, audit
        )

    def _on_handout_clicked(self) -> None:
        from imh_desktop.reports.handout import render_handout
        from imh_desktop.services.reports import handout_data
        from imh_desktop.ui.reports.preview import BackgroundPreview, audit_for

        f = self.family
        visit_id = self.visit_combo.currentData()
        lang = self.lang_combo.currentData()
        if f is None or visit_id is None:
            return
        svc = self.ctx.svc

        def gather() -> HandoutData:
            return handout_data(svc, visit_id, lang)

        name = f"{f.case_number} handout {visit_id} {lang}.pdf"
        title = self.tr("Family handout — {0}").format(f.display_name)
        audit = audit_for(svc, "handout", [self.family_id])
        self.preview_job = BackgroundPreview(
            self.ctx,
            gather,
            render_handout,
            name,
            title,
            self,
            audit,
            notice=self.handout_notice,
            extend=self._add_family_section,
        )

    def _add_family_section(self, dialog: ReportPreviewDialog, data: HandoutData) -> None:
        """The preview's editor of the note's section for the family."""
        from imh_desktop.reports.handout import render_handout
        from imh_desktop.ui.reports.family_section import FamilySectionPanel

        panel = FamilySectionPanel(
            self.ctx, dialog, data, render_handout, self.family_id, self.handout_notice
        )
        dialog.add_panel(panel)

    def handout_notice(self, data: HandoutData) -> str:
        """What the specialist should know before the handout goes to the family.

        Shown in the preview only: none of it is printed on the family's page.
        """
        from imh_desktop.reports.handout_text import handout_text

        words = handout_text(data.lang)
        notes = []
        if not words.reviewed:
            notes.append(
                self.tr(
                    "The handout text in {language} has not been reviewed by a fluent speaker "
                    "yet: read it through before you give it to the family."
                ).format(language=words.language)
            )
        if not data.family_note.strip():
            notes.append(
                self.tr(
                    "This note has no section for the family yet: write it in the visit note "
                    "under “For the family”."
                )
            )
        if not data.signed:
            notes.append(self.tr("This note is not signed yet."))
        if data.tampered:
            notes.append(
                self.tr(
                    "This note was changed outside the app after it was signed: check the "
                    "handout and tell your administrator."
                )
            )
        return "\n".join(notes)


def _align_labels(*forms: QFormLayout) -> None:
    """Give the label column of each form the same width, so the fields line up."""
    items = [
        form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        for form in forms
        for row in range(form.rowCount())
    ]
    widgets = [item.widget() for item in items if item is not None]
    labels = [label for label in widgets if isinstance(label, QLabel) and label.text()]
    width = max(label.sizeHint().width() for label in labels)
    for widget in labels:
        widget.setMinimumWidth(width)


def _left(button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(button)
    layout.addStretch(1)
    return row
