"""The caseload tab: a filter bar over the caseload table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.enums import FamilyStatus
from imh_desktop.services.caseload.table import CaseloadRow
from imh_desktop.services.common.records import StaffRecord
from imh_desktop.ui.caseload.columns import COLUMN_INDEX, COLUMNS
from imh_desktop.ui.caseload.model import CaseloadFilterProxy, CaseloadTableModel
from imh_desktop.ui.caseload.widths import ESSENTIAL, CellWidths, fit_columns
from imh_desktop.ui.common.appearance import RingTable
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import format_count


class CaseloadTable(RingTable):
    """The table; Enter or Return opens the current family like a double-click.

    Tab and Shift+Tab leave the table (arrow keys move between rows). ``resized``
    is emitted when its width changes, so the columns can be fitted again.
    """

    open_requested = Signal(QModelIndex)
    resized = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTabKeyNavigation(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class CaseloadView(QWidget):
    """Filter bar + table. Emits ``family_activated(family_id)`` on double-click or Enter."""

    family_activated = Signal(int)
    selection_changed = Signal()
    counts_changed = Signal()
    # Return on a case number that is not in this caseload: look for it in the whole agency.
    search_elsewhere = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_hidden: set[str] = set()  # columns the person hid or showed (View > Columns)
        self.user_shown: set[str] = set()
        self.squeezed: set[str] = set()  # optional columns hidden for want of room
        self.one_specialist = False  # one's own caseload: no specialist column
        self.model = CaseloadTableModel(self)
        self.proxy = CaseloadFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build_filter_bar()
        self._build_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(self._bar)
        layout.addWidget(self.table)

    def _build_filter_bar(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search case number, family, caregiver or child"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the caseload"))
        self.search.setMinimumWidth(280)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.specialist_combo = QComboBox()
        self.specialist_combo.setAccessibleName(self.tr("Specialist filter"))
        self.specialist_combo.addItem(self.tr("All specialists"), None)
        self.due_combo = QComboBox()
        self.due_combo.setAccessibleName(self.tr("Visit due filter"))
        for text, value in (
            (self.tr("Any due date"), CaseloadFilterProxy.DUE_ANY),
            (self.tr("Due within 7 days"), CaseloadFilterProxy.DUE_SOON),
            (self.tr("Overdue"), CaseloadFilterProxy.DUE_OVERDUE),
        ):
            self.due_combo.addItem(text, value)
        self.alerts_check = QCheckBox(self.tr("Open alerts"))
        self.alerts_check.setToolTip(self.tr(
            "Only families with a positive screen still waiting for its follow-up "
            "(a referral, a safety assessment, or no referral with a reason)"))  # fmt: skip
        self.unsigned_check = QCheckBox(self.tr("Unsigned notes"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Families shown"))
        self.set_statuses(include_closed=False)
        for combo in (self.status_combo, self.specialist_combo, self.due_combo):
            combo.currentIndexChanged.connect(self._on_filters_changed)
        for check in (self.alerts_check, self.unsigned_check):
            check.toggled.connect(self._on_filters_changed)
        self._bar = QHBoxLayout()
        self._bar.addWidget(self.search, 3)
        for widget in (self.status_combo, self.specialist_combo, self.due_combo):
            self._bar.addWidget(widget)
        self._bar.addWidget(self.alerts_check)
        self._bar.addWidget(self.unsigned_check)
        self._bar.addStretch(1)
        self._bar.addWidget(self.count_label)

    def _build_table(self) -> None:
        self.table = CaseloadTable()
        self.table.setAccessibleName(self.tr("Caseload"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu)
        self._cell_widths = CellWidths(self.table)
        self.table.resized.connect(self.fit_columns)
        header.sortIndicatorChanged.connect(self.fit_columns)  # the arrow needs its room
        self.table.sortByColumn(COLUMN_INDEX["next_visit_due"], Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._on_table_open)
        self.table.open_requested.connect(self._on_table_open)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # Data -----------------------------------------------------------------
    def set_rows(self, rows: Sequence[CaseloadRow]) -> None:
        """Show fresh rows, keeping the selected family and the scroll position."""
        selected = self.selected_family_id()
        scroll = self.table.verticalScrollBar().value()
        self.model.set_rows(rows)
        self._update_specialists()
        if selected is not None:
            self.select_family(selected, scroll=False)
        self.table.verticalScrollBar().setValue(scroll)
        self._update_count()
        self.fit_columns()

    def update_family(self, family_id: int, row: CaseloadRow | None) -> None:
        """Show one family's fresh row (None: it left the caseload), leaving the others be.

        The selection, the sort order, the search and the filters stay as they are.
        """
        if row is None:
            self.model.remove_family(family_id)
        else:
            self.model.put_row(row)
        self._update_specialists()
        self._update_count()
        self.fit_columns()

    def fit_columns(self, *_args: object) -> None:
        """Size the columns to their content for the table's width (see ``widths``)."""
        hidden = self.user_hidden | ({"specialist"} if self.one_specialist else set())
        self.squeezed = fit_columns(self.table, hidden, self.user_shown, self._cell_widths)

    def _update_specialists(self) -> None:
        rows = self.model.rows()
        self.set_specialists(
            sorted({(r.specialist_id, r.specialist_name) for r in rows}, key=lambda s: s[1])
        )

    def set_statuses(self, include_closed: bool) -> None:
        current = self.status_combo.currentData()
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in FamilyStatus:
            if status is not FamilyStatus.CLOSED or include_closed:
                self.status_combo.addItem(label(status), status)
        index = self.status_combo.findData(current)
        self.status_combo.setCurrentIndex(max(index, 0))
        self.status_combo.blockSignals(False)
        if index < 0 and current is not None:
            self._on_filters_changed()

    def set_specialists(
        self, specialists: Sequence[tuple[int, str]] | Sequence[StaffRecord]
    ) -> None:
        pairs = [(s.id, s.full_name) if isinstance(s, StaffRecord) else s for s in specialists]
        current = self.specialist_combo.currentData()
        self.specialist_combo.blockSignals(True)
        self.specialist_combo.clear()
        self.specialist_combo.addItem(self.tr("All specialists"), None)
        for staff_id, name in pairs:
            self.specialist_combo.addItem(name, staff_id)
        index = self.specialist_combo.findData(current)
        self.specialist_combo.setCurrentIndex(max(index, 0))
        self.specialist_combo.blockSignals(False)
        # One specialist (a specialist's own caseload): nothing to choose between.
        self.specialist_combo.setHidden(len(pairs) <= 1)
        self.one_specialist = len(pairs) <= 1
        if index < 0 and current is not None:
            self._on_filters_changed()

    def selected_status(self) -> FamilyStatus | None:
        """The status filter's choice (Qt hands StrEnum data back as a plain str)."""
        value = self.status_combo.currentData()
        return FamilyStatus(value) if value else None

    def selected_family_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.family_id(rows[0].row()) if rows else None

    def select_family(self, family_id: int, scroll: bool = True) -> bool:
        source_row = self.model.row_of_family(family_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        if scroll:
            self.table.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def visible_rows(self) -> list[CaseloadRow]:
        """The rows as shown: filtered and in the table's sort order."""
        return [
            self.model.row_record(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

    # Header ---------------------------------------------------------------
    def header_state(self) -> QByteArray:
        """Column order and the columns the person hid (not those hidden for want of room)."""
        header = self.table.horizontalHeader()
        for i, column in enumerate(COLUMNS):
            header.setSectionHidden(i, column.key in self.user_hidden)
        state = header.saveState()
        self.fit_columns()
        return state

    def restore_header_state(self, state: QByteArray) -> bool:
        if state.isEmpty():
            return False
        header = self.table.horizontalHeader()
        done = header.restoreState(state)
        self.user_hidden = {
            c.key for i, c in enumerate(COLUMNS) if header.isSectionHidden(i)
        } - set(ESSENTIAL)
        self.fit_columns()
        return done

    def column_actions(self, parent: QWidget) -> list[QAction]:
        """One checkable action per column, to show or hide it."""
        header = self.table.horizontalHeader()
        actions = []
        for i, column in enumerate(COLUMNS):
            action = QAction(column.shown_title, parent)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(column.key not in ESSENTIAL)  # the important ones always stay
            action.toggled.connect(lambda on, key=column.key: self._choose_column(key, on))
            actions.append(action)
        return actions

    def _choose_column(self, key: str, shown: bool) -> None:
        (self.user_shown if shown else self.user_hidden).add(key)
        (self.user_hidden if shown else self.user_shown).discard(key)
        self.fit_columns()

    def fill_column_menu(self, menu: QMenu) -> None:
        menu.clear()
        for action in self.column_actions(menu):
            menu.addAction(action)

    # Slots ----------------------------------------------------------------
    def _on_header_context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        self.fill_column_menu(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _on_search_return_pressed(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
        elif any(ch.isdigit() for ch in self.search.text()):  # looks like a case number
            self.search_elsewhere.emit(self.search.text().strip())

    def _on_filters_changed(self, *_args: object) -> None:
        self.proxy.set_filters(
            status=self.selected_status(),
            specialist_id=self.specialist_combo.currentData(),
            due=self.due_combo.currentData(),
            alerts_only=self.alerts_check.isChecked(),
            unsigned_only=self.unsigned_check.isChecked(),
        )
        self._update_count()

    def _on_table_open(self, index: QModelIndex) -> None:
        family_id = self.proxy.family_id(index.row())
        if family_id is not None:
            self.family_activated.emit(family_id)

    def _on_selection_changed(self, *_args: object) -> None:
        self.selection_changed.emit()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("%Ln family(ies)", "", total)
            if shown == total
            else self.tr("{0} of %Ln family(ies)", "", total).format(format_count(shown))
        )
        self.counts_changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.model.set_palette(self.palette())
        super().changeEvent(event)
