"""What the sign-in windows share: a check run through the runner with the form waiting,
a refusal shown under the form with focus on the field at fault, anything else reported."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

from imh_desktop.domain.errors import DomainError
from imh_desktop.ui.auth.form import AuthForm, password_field

pytestmark = pytest.mark.ui


@pytest.fixture
def form(qtbot, later):
    """A form with a username and a password field and an OK button, on a runner that runs
    each check only when told to (``later.runner.run_next()``)."""
    made = AuthForm(later.runner)
    layout = QVBoxLayout(made)
    made.fields = {"username": QLineEdit(), "password": password_field("Password")}
    made.ok = QPushButton("OK")
    for widget in (*made.fields.values(), made.ok, made.message):
        layout.addWidget(widget)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_a_password_field_hides_and_offers_nothing_to_copy(qtbot):  # qtbot: the QApplication
    field = password_field("New password")
    assert (
        field.echoMode() is QLineEdit.EchoMode.Password and field.accessibleName() == "New password"
    )
    assert field.maxLength() == 256 and field.contextMenuPolicy().name == "NoContextMenu"


def test_the_form_waits_for_its_check_then_hands_on_the_result(form, later):
    results = []
    form.submit(lambda: "signed in", results.append, [form.ok])
    assert form.busy and form.message.text() == "Checking…"
    assert not any(w.isEnabled() for w in (*form.fields.values(), form.ok))
    form.submit(lambda: "second", results.append, [form.ok])  # ignored while busy
    assert len(later.runner.pending) == 1
    later.runner.run_next()
    assert results == ["signed in"] and not form.busy and form.message.text() == ""
    assert all(w.isEnabled() for w in (*form.fields.values(), form.ok))


def test_a_widget_disabled_before_stays_disabled(form, later):
    form.fields["username"].setEnabled(False)
    form.submit(lambda: None, lambda _r: None, [form.ok])
    later.runner.run_next()
    assert not form.fields["username"].isEnabled() and form.ok.isEnabled()


def test_a_refusal_is_shown_and_focuses_its_field(qtbot, form, later):
    form.fields["password"].setText("wrong words")

    def refuse():
        raise DomainError("The username or password is not right.", "password")

    done = []
    form.submit(refuse, done.append, [form.ok])
    later.runner.run_next()
    assert done == [] and form.message.text() == "The username or password is not right."
    assert "color" in form.message.styleSheet()
    qtbot.waitUntil(form.fields["password"].hasFocus)
    assert form.fields["password"].selectedText() == "wrong words"  # ready to retype
    assert form.ok.isEnabled() and not form.busy


def test_an_unexpected_error_goes_to_the_error_dialog(form, later, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "imh_desktop.ui.auth.form.show_error", lambda parent, exc: shown.append(exc)
    )

    def broken():
        raise OSError("disk gone")

    form.submit(broken, lambda _r: None, [form.ok])
    later.runner.run_next()
    assert [str(e) for e in shown] == ["disk gone"] and form.message.text() == ""
    assert not form.busy and form.ok.isEnabled()
