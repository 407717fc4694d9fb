"""Which texts of a window are still in English when the interface is in another language.

Used by the translation tests. ``readable_texts(window)`` walks what a person can
read: the window title, labels, buttons, check boxes, group boxes, tab titles,
tooltips, placeholder texts, table and tree headers, list and combo box items,
menu and action texts. ``english_left(window, sources, data)`` lists each such
text that is still English: it is one of the English source strings (any
``{0}``, ``%1`` or ``%n`` in a source stands for any value), or it reads as
English (a word that only English has: "the", "your", "visit"...), once the
record's own data (``data``: names, case numbers, agencies, typed notes) is
taken out. The user's data is not checked: typed text (line edits, text
editors) and table cells.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from imh_desktop.ui.common.fit import describe, shown_widgets

# Words English has and Spanish does not (nor the names of instruments, units, codes).
ENGLISH_WORDS = frozenset(
    """the and of your with is are this that from not has have was were yet you
    add save open close choose record new edit show select all none week weeks day days
    family families visit visits note notes goal goals date time name cancel search
    print export report reports settings file view tools account sign signed unsigned
    caseload caregiver child children specialist supervisor team referral referrals
    screening screenings alert alerts status active closed back next previous today
    month period saved loading reading help quit password username minutes phone
    language preferences consent release releases stressor stressors strengths
    overview refresh about reopen hold tools edit help quit""".split()
)
_WORD = re.compile(r"[A-Za-zÀ-ÿ']+")
_PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*\}|%\d|%n")


@dataclass(frozen=True)
class Text:
    where: str
    kind: str
    text: str


def _plain(text: str) -> str:
    """Without accelerator ampersands and markup, spaces folded."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0")
    text = re.sub(r"&(#?\w+);", lambda m: html.unescape(m[0]), text)
    text = text.replace("&", "").replace("\0", "&")
    text = text.translate(str.maketrans("‘’“”", "''\"\""))  # typographic quotes as plain ones
    return " ".join(text.split())


def readable_texts(window: QWidget) -> Iterator[Text]:
    """Every text of ``window`` a person reads (not typed data, not table cells)."""
    if window.windowTitle():
        yield Text(describe(window), "window title", window.windowTitle())
    for widget in shown_widgets(window):
        where = describe(widget)
        if widget.toolTip():
            yield Text(where, "tooltip", widget.toolTip())
        if isinstance(widget, QLabel) and widget.text():
            yield Text(where, "label", widget.text())
        elif isinstance(widget, QAbstractButton) and widget.text():
            yield Text(where, "button", widget.text())
        elif isinstance(widget, QGroupBox) and widget.title():
            yield Text(where, "group box", widget.title())
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield Text(where, "tab", widget.tabText(i))
                if widget.tabToolTip(i):
                    yield Text(where, "tab tooltip", widget.tabToolTip(i))
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            if widget.placeholderText():
                yield Text(where, "placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            if widget.placeholderText():
                yield Text(where, "placeholder", widget.placeholderText())
            for i in range(widget.count()):
                yield Text(where, "list item", widget.itemText(i))
        elif isinstance(widget, QHeaderView):
            model = widget.model()
            if model is not None:
                count = (
                    model.columnCount() if widget.orientation() == Qt.Orientation.Horizontal else 0
                )
                for section in range(count):
                    if widget.isSectionHidden(section):
                        continue
                    title = model.headerData(section, widget.orientation())
                    if isinstance(title, str) and title:
                        yield Text(where, "header", title)
        elif isinstance(widget, QAbstractItemView):
            continue  # the cells are the records' data
    if isinstance(window, QMainWindow):
        for menu in window.menuBar().findChildren(QMenu):
            yield Text(f"menu {menu.title()!r}", "menu", menu.title())
    for action in window.findChildren(QAction):
        if action.text() and not action.isSeparator():
            yield Text(f"action {action.text()!r}", "action", action.text())
            if action.statusTip():
                yield Text(f"action {action.text()!r}", "status tip", action.statusTip())


def source_patterns(sources: Iterable[str]) -> list[re.Pattern[str]]:
    """The English source strings as whole-text patterns (a placeholder matches any value)."""
    patterns = []
    for source in set(sources):
        plain = _plain(source)
        if sum(map(len, _WORD.findall(_PLACEHOLDER.sub("", plain)))) < 4:
            continue  # "{0} — {1}", "{0} at {1}": too little of its own to tell
        parts = _PLACEHOLDER.split(plain)
        patterns.append(re.compile(r"\A" + ".+?".join(map(re.escape, parts)) + r"\Z", re.DOTALL))
    return patterns


def english_left(
    window: QWidget,
    sources: list[re.Pattern[str]],
    data: Iterable[str] = (),
    allowed: Iterable[str] = (),
) -> list[str]:
    """What of ``window`` is still English, as "where: kind 'text'" lines."""
    data = sorted({_plain(d) for d in data if d}, key=len, reverse=True)
    whole = set(data)
    allowed = {_plain(a) for a in allowed}
    found = []
    for item in readable_texts(window):
        text = _plain(item.text)
        if not text or text in allowed or text in whole:
            continue
        rest = _without_data(text, data)
        words = {w.lower() for w in _WORD.findall(rest)}
        if any(p.match(text) for p in sources):
            found.append(f"{item.where}: {item.kind} {text[:90]!r} (an English source)")
        elif english := sorted(words & ENGLISH_WORDS):
            found.append(f"{item.where}: {item.kind} {text[:90]!r} ({', '.join(english)})")
    return sorted(set(found))


def _without_data(text: str, data: list[str]) -> str:
    """``text`` with the record's own data taken out: whole values first (longest first),
    then values shown cut short (their first 24 characters or more, then "…")."""
    rest = text
    for value in data:
        rest = rest.replace(value, " ")
    for value in data:
        if len(value) < 24:
            continue
        start = rest.find(value[:24])
        while start >= 0:
            end = start + 24
            while end < len(rest) and end - start < len(value) and rest[end] == value[end - start]:
                end += 1
            if rest[end : end + 1] == "…" or rest[end : end + 3] == "...":
                rest = rest[:start] + " " + rest[end:].lstrip(".…")
            start = rest.find(value[:24], start + 1)
    return rest
