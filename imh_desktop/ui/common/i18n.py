"""The interface's language: which translations are installed, and the domain's messages.

The language comes from Edit > Preferences (Language: as the system, English,
Español) or, "as the system", from the system locale. ``install_language``
installs the app's translator (``imh_desktop_<lang>.qm``) and Qt's own
(``qtbase_<lang>.qm``, shipped with PySide6: the standard buttons and
dialogs), and makes QLocale's default follow, so dates and numbers read as the
language writes them.

The .qm files are built from resources/i18n/*.ts at install and build time
(setup.py, resources/build/build.py) into ``imh_desktop/resources/i18n``. In a
source checkout whose .ts is newer than its .qm (a translator at work), the
.qm is rebuilt on first need.

``user_message`` translates a DomainError's message: domain/ knows no Qt, so
its messages are gathered by resources/i18n/update.py (``domain_messages``)
and matched here, templates with %1, %2 included.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import re
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from imh_desktop.domain.errors import DomainError

log = logging.getLogger("imh_desktop")

QM_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
CHECKOUT_TS = Path(__file__).resolve().parents[3] / "resources" / "i18n"
LANGUAGES = ("en", "es")  # what Preferences offers besides "as the system"
_installed: list[QTranslator] = []
_shown = "en"  # the language installed last, read for every date and age a table shows


def chosen_language(choice: str, system: QLocale | None = None) -> str:
    """The language to show: ``choice`` if it is one we have, else the system's if we have it,
    else English."""
    if choice in LANGUAGES:
        return choice
    system = system or QLocale.system()
    name = system.name().split("_")[0]
    return name if name in LANGUAGES else "en"


def _rebuild_if_stale(lang: str) -> None:
    """In a source checkout, compile the .ts into the package if its .qm is missing or older."""
    ts = CHECKOUT_TS / f"imh_desktop_{lang}.ts"
    qm = QM_DIR / f"imh_desktop_{lang}.qm"
    if not ts.is_file() or (qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime):
        return
    spec = importlib.util.spec_from_file_location("_imh_i18n_update", CHECKOUT_TS / "update.py")
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
        module.release(QM_DIR)
    except (OSError, SystemExit, Exception) as exc:  # a read-only checkout: keep the old .qm
        log.warning("Could not build the translations: %s", type(exc).__name__)


def install_language(choice: str) -> str:
    """Install the translators for ``choice`` ("", "en", "es"); the language now shown."""
    lang = chosen_language(choice)
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _rebuild_if_stale(lang)
    if app is not None:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{lang}", qt_dir), (f"imh_desktop_{lang}", str(QM_DIR))):
            translator = QTranslator(app)
            if translator.load(name, folder):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
            elif lang != "en" or name.startswith("imh_desktop"):
                log.warning("No translation %s in %s", name, folder)
    system = QLocale.system()
    if lang == "en":
        english = system.language() == QLocale.Language.English
        QLocale.setDefault(system if english else QLocale("en_US"))
    elif system.name().split("_")[0] == lang:
        QLocale.setDefault(system)
    else:
        QLocale.setDefault(QLocale(lang))
    global _shown
    _shown = lang if _installed else "en"
    return lang


def current_language() -> str:
    """The language of the installed translation ("en" when none is)."""
    return _shown


@functools.lru_cache(maxsize=1)
def _translations() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The domain's message templates with values (%1 ...) as regular expressions."""
    from imh_desktop.ui.common.domain_messages import MESSAGES

    patterns = []
    for template in MESSAGES:
        text = str(template)
        if re.search(r"%\d", text):
            parts = re.split(r"(%\d)", text)
            body = "".join("(.+?)" if re.fullmatch(r"%\d", p) else re.escape(p) for p in parts)
            patterns.append((re.compile(body + r"\Z", re.DOTALL), text))
    return tuple(patterns)


def translate_message(message: str) -> str:
    """``message`` (a domain error's text) in the interface's language, if it is known."""
    translated = QCoreApplication.translate("DomainError", message)
    if translated and translated != message:
        return translated
    for pattern, template in _translations():
        if match := pattern.match(message):
            text = QCoreApplication.translate("DomainError", template)
            if not text or text == template:
                return message
            return _fill(text, match.groups())
    return message


def _fill(text: str, values: tuple[str, ...]) -> str:
    """``text`` with %1, %2 ... replaced by ``values`` (in one pass: a value may hold a %)."""

    def value(m: re.Match[str]) -> str:
        n = int(m[1])
        if not 0 < n <= len(values):
            return m[0]
        # a value the domain names in words (a permission, a role) has its own translation
        return QCoreApplication.translate("DomainValue", values[n - 1])

    return re.sub(r"%(\d)", value, text)


class _HasMessage(Protocol):
    @property
    def message(self) -> str: ...


def user_message(exc: DomainError | _HasMessage) -> str:
    """What to show a user for ``exc`` (a DomainError, an import's cell error): its message
    in the interface's language."""
    return translate_message(exc.message)
