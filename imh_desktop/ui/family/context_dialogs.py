"""Dialogs of the family's Context tab: a stressor, a protective factor's rating, a consent,
a release of information.

Each saves through its service and, once committed, publishes
``Change.of(family_id, Part.CONTEXT)``; a refusal or a bad value is shown under
the field at fault and nothing is saved. ``saved`` holds what was saved.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.enums import FactorRating, ProtectiveFactor, Stressor
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.family_context import (
    MAX_AGENCY,
    MAX_FORM_VERSION,
    MAX_SIGNER,
    ConsentInput,
    ReleaseInput,
    StrengthInput,
    StressorInput,
)
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.family import consents, context
from imh_desktop.services.family.consents import ReleaseRecord
from imh_desktop.services.family.context import StrengthRecord, StressorRecord
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.widgets import DateEdit, EnumCombo, FieldForm


class _ContextDialog(QDialog):
    """A form with Save and Cancel; ``_save`` does the service call, errors go to the form."""

    first_field = "note"

    def __init__(self, ctx: AppContext, family_id: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx, self.family_id = ctx, family_id
        self.saved: Any = None
        self.layout_ = QVBoxLayout(self)
        self.form = FieldForm()

    def _finish(self, intro: str = "") -> None:
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            self.layout_.addWidget(text)
        self.layout_.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)

    def _note(self, label: str) -> QPlainTextEdit:
        note = self.form.add_field("note", label, QPlainTextEdit())
        note.setTabChangesFocus(True)
        self.form.fix_height(note, 80)
        return note

    def _save(self) -> Any:
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        self.form.clear_errors()
        try:
            self.saved = self._save()
        except DomainError as exc:
            if not self.form.show_error(exc.field, user_message(exc)):
                self.form.show_error(self.first_field, user_message(exc))
            return
        self.ctx.bus.publish(Change.of(self.family_id, Part.CONTEXT))
        self.accept()


class StressorDialog(_ContextDialog):
    """Note a stressor, edit it, or resolve it (``resolve`` fills today as the date resolved)."""

    def __init__(
        self, ctx: AppContext, family_id: int, stressor: StressorRecord | None = None,
        resolve: bool = False, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(ctx, family_id, parent)
        self.stressor = stressor
        titles = {None: self.tr("Note a stressor"), False: self.tr("Edit stressor"),
                  True: self.tr("Resolve stressor")}  # fmt: skip
        self.setWindowTitle(titles[None if stressor is None else resolve])
        f = self.form
        self.kind = f.add_field("stressor", self.tr("&Stressor:"), EnumCombo(list(Stressor)))
        self.noted_on = f.add_field("noted_on", self.tr("&Noted on:"), DateEdit(today=ctx.today()))
        self.resolved_on = f.add_field("resolved_on", self.tr("&Resolved on:"),
                                       DateEdit(optional=True))  # fmt: skip
        self.note = self._note(self.tr("N&ote:"))
        if stressor is not None:
            self.kind.set_value(stressor.stressor)
            self.noted_on.set_value(stressor.noted_on)
            self.resolved_on.set_value(stressor.resolved_on)
            self.note.setPlainText(stressor.note)
        if resolve:
            self.resolved_on.set_value(ctx.today())
            self.resolved_on.setFocus()
        self._finish()
        self.resize(520, 340)

    def _save(self) -> StressorRecord:
        data = StressorInput(
            Stressor(self.kind.value()), self.noted_on.value() or self.ctx.today(),
            self.note.toPlainText(), self.resolved_on.value(),
        )  # fmt: skip
        if self.stressor is None:
            return context.add_stressor(self.ctx.svc, self.family_id, data)
        return context.update_stressor(self.ctx.svc, self.stressor.id, data, self.stressor.version)


class FactorDialog(_ContextDialog):
    """Rate a protective factor: a strength, building, or a need, with a dated note."""

    def __init__(
        self, ctx: AppContext, family_id: int, factor: ProtectiveFactor | None = None,
        current: StrengthRecord | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(ctx, family_id, parent)
        self.setWindowTitle(self.tr("Rate a protective factor"))
        f = self.form
        self.factor = f.add_field("factor", self.tr("&Factor:"), EnumCombo(list(ProtectiveFactor)))
        self.rating = f.add_field("rating", self.tr("&Rating:"), EnumCombo(list(FactorRating)))
        self.rated_on = f.add_field("rated_on", self.tr("&Date:"), DateEdit(today=ctx.today()))
        self.note = self._note(self.tr("&What you saw:"))
        if factor is not None:
            self.factor.set_value(factor)
        if current is not None:
            self.rating.set_value(current.rating)
        self._finish(self.tr("Each rating is kept with its date; the newest one is current."))
        self.resize(560, 340)

    def _save(self) -> StrengthRecord:
        data = StrengthInput(
            ProtectiveFactor(self.factor.value()), FactorRating(self.rating.value()),
            self.rated_on.value() or self.ctx.today(), self.note.toPlainText(),
        )  # fmt: skip
        return context.rate_factor(self.ctx.svc, self.family_id, data)


def _line(form: FieldForm, name: str, label: str, limit: int) -> QLineEdit:
    edit = form.add_field(name, label, QLineEdit())
    edit.setMaxLength(limit)
    return edit


class ConsentDialog(_ContextDialog):
    """Record the family's signed consent to services."""

    first_field = "signed_by"

    def __init__(self, ctx: AppContext, family_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, family_id, parent)
        self.setWindowTitle(self.tr("Record consent to services"))
        self.signed_on = self.form.add_field("signed_on", self.tr("Signed &on:"),
                                             DateEdit(today=ctx.today()))  # fmt: skip
        self.signed_by = _line(self.form, "signed_by", self.tr("Signed &by:"), MAX_SIGNER)
        self.form_version = _line(self.form, "form_version", self.tr("Form &version:"),
                                  MAX_FORM_VERSION)  # fmt: skip
        self._finish()
        self.resize(460, 200)

    def _save(self) -> object:
        data = ConsentInput(self.signed_on.value() or self.ctx.today(), self.signed_by.text(),
                            self.form_version.text())  # fmt: skip
        return consents.record_consent(self.ctx.svc, self.family_id, data)


class ReleaseDialog(_ContextDialog):
    """Record a signed release of information to one agency (a year by default)."""

    first_field = "recipient"

    def __init__(
        self, ctx: AppContext, family_id: int, agency: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, family_id, parent)
        self.setWindowTitle(self.tr("Record a release of information"))
        today = ctx.today()
        f = self.form
        self.recipient = _line(f, "recipient", self.tr("&Agency:"), MAX_AGENCY)
        self.recipient.setText(agency)
        self.shares = f.add_field("shares", self.tr("What may be &shared:"), QPlainTextEdit())
        self.shares.setTabChangesFocus(True)
        f.fix_height(self.shares, 70)
        self.signed_by = _line(f, "signed_by", self.tr("Signed &by:"), MAX_SIGNER)
        self.signed_on = f.add_field("signed_on", self.tr("Signed &on:"), DateEdit(today=today))
        self.expires_on = f.add_field("expires_on", self.tr("&Expires on:"),
                                      DateEdit(today=_a_year_after(today)))  # fmt: skip
        self._finish()
        self.resize(540, 360)

    def _save(self) -> ReleaseRecord:
        today = self.ctx.today()
        data = ReleaseInput(
            self.recipient.text(), self.shares.toPlainText(),
            self.signed_on.value() or today, self.expires_on.value() or _a_year_after(today),
            self.signed_by.text(),
        )  # fmt: skip
        return consents.record_release(self.ctx.svc, self.family_id, data)


class RevokeDialog(_ContextDialog):
    """Record that the family revoked a release: nothing more is shared under it."""

    first_field = "revoked_on"

    def __init__(self, ctx: AppContext, release: ReleaseRecord, parent: QWidget | None = None):
        super().__init__(ctx, release.family_id, parent)
        self.release = release
        self.setWindowTitle(self.tr("Revoke a release"))
        self.revoked_on = self.form.add_field("revoked_on", self.tr("&Revoked on:"),
                                              DateEdit(today=ctx.today()))  # fmt: skip
        self._finish(self.tr("The release to {agency} stops allowing any sharing from this day.")
                     .format(agency=release.recipient))  # fmt: skip
        self.resize(440, 180)

    def _save(self) -> ReleaseRecord:
        day = self.revoked_on.value() or self.ctx.today()
        return consents.revoke_release(self.ctx.svc, self.release.id, day, self.release.version)


def _a_year_after(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)
