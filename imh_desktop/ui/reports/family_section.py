"""The handout preview's "For the family" editor: change the words, see the page, save.

"Show on the page" lays the handout out again with the words typed, so the
preview is exactly the page that will print; a long text flows onto a second
page (the page count says so), never cut. While the words shown are not the
note's, the handout cannot be saved, printed or opened. "Save to the note"
saves through the note services (``services.visits.family_section``): an
unsigned note's section is edited; a signed note gets an amendment, with the
reason asked for here. The page is then laid out again from the saved note.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.text import MAX_REASON
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.reports import HandoutData, handout_data
from imh_desktop.services.visits.family_section import save_family_section
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.tasks import run_task
from imh_desktop.ui.reports.preview import ReportPreviewDialog

Render = Callable[[HandoutData, str | None], bytes]


class FamilySectionPanel(QGroupBox):
    """Edits the handout's family section inside ``dialog`` (a ReportPreviewDialog)."""

    def __init__(
        self, ctx: AppContext, dialog: ReportPreviewDialog, data: HandoutData, render: Render,
        family_id: int, notice: Callable[[HandoutData], str] | None = None,
    ) -> None:  # fmt: skip
        super().__init__(dialog)
        self.setTitle(self.tr("For the family (printed on the handout)"))
        self.ctx, self.dialog, self.data, self._render = ctx, dialog, data, render
        self.family_id, self._notice = family_id, notice
        self.text = QPlainTextEdit(data.family_note)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("For the family"))
        self.text.setFixedHeight(96)
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("Reason for the amendment (the note is signed)"))
        self.reason.setAccessibleName(self.tr("Reason for the amendment"))
        self.reason.setText(self.tr("Family section edited in the handout preview"))
        self.reason.setVisible(data.signed)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.pages = QLabel()
        self.pages.setWordWrap(True)
        self.show_button = QPushButton(self.tr("S&how on the page"))
        self.save_button = QPushButton(
            self.tr("Save as an &amendment") if data.signed else self.tr("Save to the &note")
        )
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.reason)
        layout.addWidget(self.pages)
        layout.addLayout(row)
        self.show_button.clicked.connect(self._on_show_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.text.textChanged.connect(self._on_text_changed)
        self._on_text_changed()

    def edited(self) -> bool:
        """True while the words typed differ from the note's."""
        return self.text.toPlainText().strip() != self.data.family_note.strip()

    def _on_text_changed(self) -> None:
        edited = self.edited()
        self.save_button.setEnabled(edited)
        self.dialog.set_outgoing_enabled(not edited)
        self.state.setText(
            self.tr("Not saved: save it to the note before the handout goes to the family.")
            if edited
            else ""
        )

    def _show(self, data: HandoutData) -> None:
        render = self._render

        def done(pdf: bytes) -> None:
            self.dialog.show_pdf(pdf, lambda password: render(data, password))
            pages = self.dialog.document.pageCount()
            self.pages.setText(
                self.tr(
                    "The handout is {0} pages: the text flows onto the next page, nothing is "
                    "cut. Shorten the section if the family should have one page."
                ).format(pages)
                if pages > 1
                else ""
            )

        run_task(self.ctx.runner, lambda: render(data, None), done, self._failed, self)

    def _failed(self, exc: BaseException) -> None:
        message = user_message(exc) if isinstance(exc, DomainError) else str(exc)
        self.state.setText(message)

    def _on_show_clicked(self) -> None:
        self._show(dataclasses.replace(self.data, family_note=self.text.toPlainText().strip()))

    def _on_save_clicked(self) -> None:
        svc, data = self.ctx.svc, self.data
        try:
            save_family_section(svc, data.visit_id, self.text.toPlainText(), data.note_version,
                                self.reason.text())  # fmt: skip
            self.data = handout_data(svc, data.visit_id, data.lang)
        except DomainError as exc:
            self.state.setText(user_message(exc))
            return
        self.ctx.bus.publish(Change.of(self.family_id, Part.VISITS))
        self.text.setPlainText(self.data.family_note)
        self._on_text_changed()
        self.state.setText(self.tr("Saved to the note."))
        if self._notice is not None:  # e.g. "no section for the family yet" no longer holds
            told = self._notice(self.data)
            self.dialog.notice.setText(told)
            self.dialog.notice.setVisible(bool(told))
        self._show(self.data)
