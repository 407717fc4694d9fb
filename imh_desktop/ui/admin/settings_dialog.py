"""What the agency settings dialogs share: their Tools menu item, Save and Cancel, the refusal line.

``SettingsDialog`` lays out an introduction, the dialog's own fields, the
line a refusal is shown in, and Save/Cancel; ``save`` stores the settings as
a change makes them and tells the open windows (``Part.SETTINGS``).
``settings_action`` is the Tools menu item that opens such a dialog, for
those who may change the agency's settings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget

from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.admin.agency import AgencySettings, get_settings, save_settings
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.permissions import may
from imh_desktop.ui.common.widgets import problem_label


class SettingsDialog(QDialog):
    """An agency settings dialog: ``intro`` above the fields, the refusal line, Save/Cancel.

    Subclasses set the title and ``intro``'s text, build their fields, call ``lay_out``
    with them and implement ``_on_save``.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.error = problem_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)

    def lay_out(self, fields: QLayout, grow: bool) -> None:
        """The introduction, ``fields`` (taking the room left when ``grow``), refusal, buttons."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(fields, 1 if grow else 0)
        layout.addWidget(self.error)
        if not grow:
            layout.addStretch(1)
        layout.addWidget(self.buttons)

    def save(self, change: Callable[[AgencySettings], AgencySettings]) -> DomainError | None:
        """Save the agency's settings as ``change`` makes them and tell the open windows.

        A refusal is shown in the refusal line and returned; nothing is saved then.
        """
        try:
            save_settings(self.ctx.svc, change(get_settings(self.ctx.svc)))
        except DomainError as exc:
            self.error.setText(user_message(exc))
            self.error.show()
            return exc
        self.ctx.bus.publish(Change.of(None, Part.SETTINGS))
        return None

    def _on_save(self) -> None:
        raise NotImplementedError


def settings_action(
    ctx: AppContext, parent: QWidget, text: str, tip: str, dialog: Callable[[], QDialog]
) -> QAction | None:
    """A Tools menu item opening ``dialog()``, for those who may change the agency's settings."""
    if not may(ctx, Permission.CLINICAL_SETTINGS):
        return None
    action = QAction(text, parent)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _=False: dialog().open())
    return action
