"""File > Import…: pick a file and sheet, map its columns, preview the rows, import.

The steps live in ``source.py`` (file, columns) and ``check.py`` (preview,
import). The column mapping is remembered (QSettings) by header name for
next time.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget, QWizard

from imh_desktop.domain.imports.table import Table
from imh_desktop.services.imports.plan import ImportOptions
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.imports.check import ImportPage, PreviewPage
from imh_desktop.ui.imports.source import FilePage, MapPage

MAPPING_KEY = "imports/mapping"  # header -> field key, remembered across imports


class ImportWizard(QWizard):
    """The four steps of an import, for the signed-in user."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings or QSettings()
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.table = Table((), (), ())
        self.sheet = ""
        self.import_options = ImportOptions({})
        self.file_page, self.map_page = FilePage(self), MapPage(self)
        self.preview_page, self.import_page = PreviewPage(self), ImportPage(self)
        for page in (self.file_page, self.map_page, self.preview_page, self.import_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.resize(1000, 640)

    def done(self, result: int) -> None:
        """Closing the wizard (Cancel, Esc, Finish) stops a check or an import still running."""
        self.preview_page.stop()
        self.import_page.stop()
        super().done(result)

    def remembered(self) -> dict[str, str]:
        try:
            value: Any = json.loads(str(self.settings.value(MAPPING_KEY, "{}")))
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def remember(self, mapping: dict[str, str]) -> None:
        known = self.remembered()
        for header, combo in self.map_page.combos.items():
            known[header] = mapping.get(header, "") if combo else ""
        self.settings.setValue(MAPPING_KEY, json.dumps(known))
