"""The search results view: a field, the results table, and "More results".

A search runs when the user presses Enter (each search is audited, so not on
every keystroke), through the context's runner (only the newest answer is
shown). A query that cannot be searched is explained under
the field. Enter or a double-click on a result emits ``hit_activated``; the
main window opens the record at the match (``ui/search/opening.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.search.records import SearchPage, search_records
from imh_desktop.ui.common.appearance import RingTable
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.tasks import run_task
from imh_desktop.ui.common.widgets import warning_color
from imh_desktop.ui.search.model import (
    DATE,
    FAMILY,
    FOUND,
    SECTION,
    HtmlDelegate,
    SearchResultsModel,
)


class ResultsTable(RingTable):
    """The results; Enter opens the current one (``activated_row``)."""

    activated_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class SearchView(QWidget):
    """Search every note, amendment, goal, screening and referral the user may read."""

    hit_activated = Signal(object, str)  # a SearchHit, the query it was found by
    searched = Signal()  # a page of results (or a refusal) is shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page: SearchPage | None = None
        self.field = QLineEdit()
        self.field.setPlaceholderText(
            self.tr('Search notes, goals, screenings and referrals: words, "a phrase", hous*')
        )
        self.field.setAccessibleName(self.tr("Search across the record"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.clicked.connect(self.search)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Search status"))
        self.model = SearchResultsModel()
        self.table = ResultsTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Search results"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(FOUND, HtmlDelegate(self.table))
        header = self.table.horizontalHeader()
        for column in (DATE, FAMILY, SECTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FOUND, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(DATE, 100)
        self.table.setColumnWidth(FAMILY, 240)
        self.table.setColumnWidth(SECTION, 250)
        self.table.activated_row.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.more_button = QPushButton(self.tr("&More results"))
        self.more_button.setVisible(False)
        self.more_button.clicked.connect(self.more)
        self._asked = 0
        self._layout()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.field, 1)
        top.addWidget(self.search_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.message)
        box.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.more_button)
        box.addLayout(bottom)

    def focus_field(self, text: str = "") -> None:
        """Put the cursor in the search field (with ``text``, when given), all selected."""
        if text:
            self.field.setText(text)
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def search(self) -> None:
        """Search for what the field holds, from the first page."""
        self._read(self.field.text(), 0)

    def more(self) -> None:
        """The next page of the search shown, added below."""
        if self.page is not None and self.page.has_more:
            self._read(self.page.query, self.page.page + 1)

    def _read(self, query: str, page: int) -> None:
        svc = self.ctx.svc
        self.message.setText(self.tr("Searching…"))
        self._asked += 1
        asked = self._asked  # only the newest search's answer is shown

        def newest(show: Callable[[Any], None]) -> Callable[[Any], None]:
            return lambda outcome: show(outcome) if asked == self._asked else None

        run_task(
            self.ctx.runner,
            lambda: search_records(svc, query, page),
            newest(self._on_page),
            newest(self._on_failed),
            self,
        )

    def _on_page(self, page: SearchPage) -> None:
        self.page = page
        self.model.set_hits(page.hits, append=page.page > 0)
        self.more_button.setVisible(page.has_more)
        self.message.setStyleSheet("")
        count = self.model.rowCount()
        if count == 0:
            self.message.setText(self.tr("Nothing found for %1.").replace("%1", page.query))
        else:
            found = (
                self.tr("One result for %2.")
                if count == 1
                else self.tr("%1 results for %2, newest first.").replace("%1", str(count))
            )
            more = self.tr(" More with the button below.") if page.has_more else ""
            self.message.setText(
                found.replace("%2", page.query)
                + more
                + self.tr(" Enter opens the note at the match.")
            )
        if page.page == 0 and count:
            self.table.selectRow(0)
        self.searched.emit()

    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            show_error(self, exc)
            return
        self.message.setText(user_message(exc))
        self.message.setStyleSheet(f"color: {warning_color(self.palette()).name()}")
        self.searched.emit()

    def _open(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self.model.hits) and self.page is not None:
            self.hit_activated.emit(self.model.hits[row], self.page.query)
