"""Tools > Handout support lines…: the support lines each handout language prints.

English lines are the agency's default and print on a handout in any
language that has none of its own (the Spanish crisis line, a Vietnamese
warmline, …). Supervisors and administrators change them.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from imh_desktop.services.admin.agency import get_settings
from imh_desktop.ui.admin.settings_dialog import SettingsDialog, settings_action
from imh_desktop.ui.common.context import AppContext

# Each language named in its own words, as the handout's language list names it.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "vi": "Tiếng Việt", "ar": "العربية"}


class SupportLinesDialog(SettingsDialog):
    """Edit the support lines per handout language; Save stores every language at once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from imh_desktop.services.reports.handout import HANDOUT_LANGUAGES  # not at start-up

        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Support lines on family handouts"))
        self.intro.setText(self.tr(
            "Printed under “Where to find support” on every family handout, one line each. "
            "A language left empty prints the English lines."
        ))  # fmt: skip
        settings = get_settings(ctx.svc)
        self.lines = {"en": settings.support_lines, **settings.language_lines()}
        self._shown = "en"
        self.language = QComboBox()
        for code in HANDOUT_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setAccessibleName(self.tr("Handout language"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Support lines"))
        form = QFormLayout()
        form.addRow(self.tr("&Handout language:"), self.language)
        form.addRow(self.tr("&Lines:"), self.text)
        self.lay_out(form, grow=True)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self._show("en")
        self.resize(680, 380)

    def _show(self, code: str) -> None:
        self._shown = code
        self.text.setPlainText(self.lines.get(code, ""))
        self.text.setPlaceholderText(
            ""
            if code == "en"
            else self.tr("Empty: the English lines print on this language's handouts.")
        )

    def _on_language_changed(self, *_args: object) -> None:
        self.lines[self._shown] = self.text.toPlainText()
        self._show(self.language.currentData())

    def _on_save(self) -> None:
        self.lines[self._shown] = self.text.toPlainText()
        others = {k: v for k, v in self.lines.items() if k != "en"}
        refused = self.save(lambda current: replace(
            current.with_language_lines(others), support_lines=self.lines["en"]))  # fmt: skip
        if refused is None:
            self.accept()


def support_lines_action(ctx: AppContext, parent: QWidget) -> QAction | None:
    """The Tools menu's "Handout support lines…" for those who may change clinical settings."""

    return settings_action(
        ctx, parent, QCoreApplication.translate("SupportLines", "Handout &support lines…"),
        QCoreApplication.translate("SupportLines", "The support lines each handout language prints"),  # noqa: E501
        lambda: SupportLinesDialog(ctx, parent),
    )  # fmt: skip
