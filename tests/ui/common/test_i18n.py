"""The interface's language: the choice, the translators, the domain's messages."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from imh_desktop.domain.errors import DomainError
from imh_desktop.ui.common import domain_messages
from imh_desktop.ui.common.i18n import chosen_language, install_language, user_message

ROOT = Path(__file__).resolve().parents[3]


def load_update():
    spec = importlib.util.spec_from_file_location("i18n_update", ROOT / "resources/i18n/update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def spanish(qapp):
    install_language("es")
    yield
    install_language("en")


def test_the_choice_wins_then_the_system_then_english():
    assert chosen_language("es", QLocale("en_US")) == "es"
    assert chosen_language("en", QLocale("es_MX")) == "en"
    assert chosen_language("", QLocale("es_MX")) == "es"
    assert chosen_language("", QLocale("de_DE")) == "en"
    assert chosen_language("xx", QLocale("fr_FR")) == "en"


def test_the_domain_catalog_holds_every_message_the_domain_raises():
    """resources/i18n/update.py made it from the code as it is now."""
    update = load_update()
    assert list(map(str, domain_messages.MESSAGES)) == update.domain_messages()
    assert "The username is required." in update.domain_messages()
    assert "The username has at most %1 characters." in update.domain_messages()


class Upper(QTranslator):
    """A translator that shouts the domain's catalogued messages, to see which are looked up."""

    known = frozenset(map(str, domain_messages.MESSAGES))

    def translate(self, context, source, disambiguation=None, n=-1):
        return source.upper() if context == "DomainError" and source in self.known else None


def test_a_domain_message_is_looked_up_whole_or_by_its_template(qapp):
    upper = Upper()
    QCoreApplication.installTranslator(upper)
    try:
        assert user_message(DomainError("The username is required.")) == (
            "THE USERNAME IS REQUIRED."
        )
        # an f-string's message: the template is translated, the values kept as they are
        assert user_message(DomainError("The username has at most 40 characters.")) == (
            "THE USERNAME HAS AT MOST 40 CHARACTERS."
        )
        assert user_message(DomainError("Date of birth (3 May 2026) is after 1 May 2026.")) == (
            "DATE OF BIRTH (3 May 2026) IS AFTER 1 May 2026."
        )
        assert user_message(DomainError("Nothing the domain says.")) == "Nothing the domain says."
    finally:
        QCoreApplication.removeTranslator(upper)
    assert user_message(DomainError("The username is required.")) == "The username is required."


def test_the_qm_files_are_built_from_every_ts():
    update = load_update()
    languages = {update.language(ts) for ts in update.ts_files()}
    assert {"en", "es"} <= languages
    built = ROOT / "imh_desktop" / "resources" / "i18n"
    assert {f"imh_desktop_{lang}.qm" for lang in languages} <= {p.name for p in built.glob("*.qm")}
