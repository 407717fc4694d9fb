"""Files leaving the program: the notice once per session, and the PDF password prompt."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from imh_desktop.services.admin.agency import get_settings, save_settings
from imh_desktop.ui.common.phi import ExportGuard, PdfPasswordDialog
from tests.factories import add_admin

pytestmark = [pytest.mark.ui, pytest.mark.export_dialogs]


@pytest.fixture
def ctx(app_ctx, staff):
    return app_ctx(staff["ssupervisor"])


def answer_modal(handle) -> list[str]:
    """Run ``handle(widget)`` on the next modal dialog; never leave it open (no hung test)."""
    seen: list[str] = []

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, poll)
            return
        seen.append(widget.windowTitle())
        try:
            handle(widget)
        finally:
            if widget.isVisible():
                widget.reject()

    QTimer.singleShot(0, poll)
    return seen


def click(label: str):
    def handle(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if b.text().replace("&", "") == label)
        button.click()

    return handle


def test_the_notice_is_shown_until_accepted_then_once_per_session(qtbot, ctx):
    guard = ctx.exports
    first = answer_modal(click("Cancel"))
    assert guard.confirm(None, "this table") is False
    second = answer_modal(click("Continue"))
    assert guard.confirm(None, "this table") is True
    assert first == second == ["Leaving IMH Desktop"]
    assert guard.confirm(None, "the caseload") is True  # no third dialog this session


def test_the_notice_says_plainly_that_the_file_leaves_the_store(qtbot, ctx):
    texts = []
    answer_modal(lambda box: (texts.append(box.text()), click("Continue")(box)))
    ctx.exports.confirm(None, "this table")
    assert texts[0].startswith("This table holds protected health information.")
    assert "leaves IMH Desktop's protected store" in texts[0]


def test_an_optional_password_can_be_left_off(qtbot):
    dialog = PdfPasswordDialog("this report", required=False)
    qtbot.addWidget(dialog)
    assert not dialog.protect_check.isChecked() and not dialog.password.isEnabled()
    dialog.accept()
    assert dialog.result() == PdfPasswordDialog.DialogCode.Accepted and dialog.value() is None


def test_a_password_must_be_long_enough_and_typed_twice_alike(qtbot):
    dialog = PdfPasswordDialog("this report", required=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.protect_check.setChecked(True)
    qtbot.keyClicks(dialog.password, "short")
    dialog.accept()
    assert dialog.isVisible() and "at least 8 characters" in dialog.error.text()
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "long enough one")
    qtbot.keyClicks(dialog.confirm, "long enough 0ne")
    dialog.accept()
    assert dialog.isVisible() and "differ" in dialog.error.text()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "long enough one")
    dialog.accept()
    assert not dialog.isVisible() and dialog.value() == "long enough one"


def test_the_agency_can_require_a_password(qtbot, ctx, db, as_user):
    admin = as_user(add_admin(db, "kolstad", "Kari Ølstad"))  # an administrator's setting
    save_settings(admin, dataclasses.replace(get_settings(admin), pdf_password_required=True))

    def fill(dialog: PdfPasswordDialog) -> None:
        assert dialog.protect_check.isChecked() and not dialog.protect_check.isEnabled()
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.isVisible()  # no password: refused
        dialog.password.setText("agency-rule-1")
        dialog.confirm.setText("agency-rule-1")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    seen = answer_modal(fill)
    assert ctx.exports.pdf_password(None, "this report") == (True, "agency-rule-1")
    assert seen == ["Protect the PDF"]
    answer_modal(lambda dialog: dialog.reject())
    assert ctx.exports.pdf_password(None, "this report") == (False, None)


def test_every_way_out_asks_the_guard(qtbot, ctx, monkeypatch, tmp_path):
    """Export, print and PDF actions all go through the session's guard (which may say no)."""
    asked = []
    monkeypatch.setattr(ExportGuard, "confirm", lambda self, p, what: asked.append(what) or False)
    monkeypatch.setattr(ExportGuard, "pdf_password",
                        lambda self, p, what: (asked.append(what), (False, None))[1])  # fmt: skip
    from imh_desktop.ui.reports.preview import Outgoing, ReportPreviewDialog
    from imh_desktop.ui.team.export import TeamExports

    dialog = ReportPreviewDialog(
        b"%PDF-1.4", "r.pdf", "R", Outgoing(ctx.exports, bytes, ctx.runner)
    )
    qtbot.addWidget(dialog)
    for button in (dialog.save_button, dialog.print_button, dialog.open_button):
        button.click()
    exports = TeamExports(ctx, dialog)
    assert exports.write_table(None, [], "team", "Team", "csv") is None  # type: ignore[arg-type]
    exports.write_caseload_pdf(None, "caseload")
    assert asked == ["this report"] * 3 + ["this table", "this report"]
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".csv")]
