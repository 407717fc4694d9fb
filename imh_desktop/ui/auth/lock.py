"""The automatic lock (45 CFR 164.312(a)(2)(iii)): idle detection, curtains, the unlock window.

- :class:`IdleWatcher` watches the whole application's keyboard and mouse
  through an event filter and says ``idle`` when the timer runs out.
- :class:`Curtains` hides every window's contents: each window's widgets are
  hidden (not closed, so text, cursor, scroll and undo stay as they were) and
  an opaque curtain with "Locked" covers it; window titles, which may name a
  family, read "IMH Desktop (locked)". Dialogs are curtained, not hidden: a
  dialog running its own event loop would end (and drop what was typed) if
  hidden. ``lift()`` puts everything back, with the focus where it was.
- :class:`LockDialog` asks for the password, application-modal, so nothing
  underneath takes a key or a click; or lets someone else sign in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from imh_desktop import APP_NAME
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.auth.signin import SignedIn, unlock
from imh_desktop.ui.auth.form import AuthForm, password_field
from imh_desktop.ui.common.context import AppContext

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once no key, click, wheel or mouse move came for ``timeout_ms``."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        self.watching = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self.watching:
            app.installEventFilter(self)
        self.watching = True
        self._timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None and self.watching:
            app.removeEventFilter(self)
        self.watching = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()  # a person is there: count again from now
        return False


class _Curtain(QWidget):
    """An opaque cover over one window, kept to the window's size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        self.setObjectName("lock_curtain")
        label = QLabel(self.tr("Locked"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


@dataclass
class _Covered:
    window: QWidget
    title: str
    hidden: list[QWidget] = field(default_factory=list)
    focus: QWidget | None = None
    curtain: _Curtain | None = None


class Curtains:
    """Covers every visible window but ``keep``, and puts them back exactly (module doc)."""

    def __init__(self) -> None:
        self.covered: list[_Covered] = []
        self.active: QWidget | None = None

    def drop(self, keep: QWidget | None = None) -> None:
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # an open menu or completer list
        self.active = QApplication.activeWindow()
        for window in QApplication.topLevelWidgets():
            if window is keep or not window.isVisible() or window.windowType() in (
                Qt.WindowType.ToolTip, Qt.WindowType.Popup
            ):  # fmt: skip
                continue
            covered = _Covered(window, window.windowTitle(), focus=window.focusWidget())
            direct = Qt.FindChildOption.FindDirectChildrenOnly
            for child in window.findChildren(QWidget, options=direct):
                if not child.isWindow() and child.isVisible():
                    child.hide()
                    covered.hidden.append(child)
            covered.curtain = _Curtain(window)
            window.setWindowTitle(f"{APP_NAME} ({QApplication.translate('Curtains', 'locked')})")
            self.covered.append(covered)

    def lift(self) -> None:
        for covered in self.covered:
            try:
                self._lift(covered)
            except RuntimeError:  # the window was deleted meanwhile (a task's result)
                continue
        try:
            if self.active is not None and self.active.isVisible():
                self.active.activateWindow()
        except RuntimeError:
            pass
        self.covered, self.active = [], None

    @staticmethod
    def _lift(covered: _Covered) -> None:
        if covered.curtain is not None:
            covered.window.removeEventFilter(covered.curtain)
            covered.curtain.hide()
            covered.curtain.deleteLater()
        for child in covered.hidden:
            if Shiboken.isValid(child):
                child.show()
        covered.window.setWindowTitle(covered.title)
        if covered.focus is not None and Shiboken.isValid(covered.focus):
            covered.focus.setFocus()


class LockDialog(AuthForm):
    """The locked window's own user types their password; or someone else signs in.

    Signals: ``unlocked(SignedIn)`` after the right password; ``switch_requested``
    when "Sign in as someone else…" is chosen. Escape and the close button do nothing.
    """

    unlocked = Signal(object)
    switch_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx.runner, parent)
        self.ctx = ctx
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(f"{APP_NAME} ({self.tr('locked')})")
        heading = QLabel(self.tr("Locked"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        who = QLabel(self.tr(
            "{0} is signed in. Their work stays as it was and their note drafts are saved."
        ).format(ctx.user.full_name))  # fmt: skip
        who.setWordWrap(True)
        self.password = password_field(self.tr("Password"))
        self.fields = {"password": self.password}
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(self.tr("Sign in as someone else…"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.switch_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.switch_button.clicked.connect(self.switch_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.password.setFocus()

    def _on_unlock_clicked(self) -> None:
        svc, password = self.ctx.svc, self.password.text()
        self.submit(
            lambda: unlock(svc, password),
            self._on_unlocked,
            [self.unlock_button, self.switch_button],
        )

    def _on_unlocked(self, signed: SignedIn) -> None:
        self.password.clear()
        self.unlocked.emit(signed)

    def on_refused(self, exc: DomainError) -> None:
        self.password.clear()
        self.password.setFocus()

    def reject(self) -> None:
        """Escape does not take the lock away."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # only unlocking or signing in as someone else ends the lock
