"""Family > Who looked at this family…: the events about one family, newest first.

For the family's specialist, that specialist's supervisor and administrators
(the service refuses anyone else, and records that the list was read).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.audit.log import AuditEventRecord, family_access_log
from imh_desktop.ui.audit.model import AuditFilterProxy, AuditTableModel
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.tasks import run_task
from imh_desktop.ui.common.widgets import list_table, problem_label


class FamilyAccessDialog(QDialog):
    """Who read or changed the records of one family, and when."""

    def __init__(self, ctx: AppContext, family_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.family_id = ctx, family_id
        self.setWindowTitle(self.tr("Who looked at this family"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr("Everyone who opened, printed or changed this family's records, newest first.")
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.message = problem_label(self)
        layout.addWidget(self.message)
        self.model = AuditTableModel(ctx.clock.now().tzinfo, self)
        self.proxy = AuditFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = list_table(self.proxy, self.tr("Who looked at this family"), alternating=True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.hideColumn(4)  # the case number: always this family's
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 520)
        svc = ctx.svc
        run_task(
            ctx.runner, lambda: family_access_log(svc, family_id), self._on_read,
            self._on_failed, self,
        )  # fmt: skip

    def _on_read(self, events: tuple[AuditEventRecord, ...]) -> None:
        self.model.set_events(events)
        if events and events[0].case_number:
            self.setWindowTitle(self.tr("Who looked at {0}").format(events[0].case_number))
        if not events:
            self.intro.setText(self.tr("No one has looked at this family's records yet."))

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self.message.setText(user_message(exc))
            self.message.show()
            self.table.hide()
            return
        show_error(self, exc)
