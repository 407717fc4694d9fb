"""The search results as a table: date, family, section and the words around the match.

The snippet column carries HTML (the matches in bold, everything else
escaped) for :class:`HtmlDelegate` to paint, and plain text for the
display role, so screen readers and copies get the words without markup.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from imh_desktop.domain.enums import ReferralStatus
from imh_desktop.domain.search import Snippet
from imh_desktop.services.search.records import SECTION_TITLES, SearchHit
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import format_date

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2  # the snippet's pieces, for the delegate to cut
ELLIPSIS = "\u2026"
DATE, FAMILY, SECTION, FOUND = range(4)
Index = QModelIndex | QPersistentModelIndex


# The services' section titles (services.search.records.SECTION_TITLES), marked for lupdate;
# a referral's history is titled by the status its change reached (the status labels).
_TITLES = (
    QT_TRANSLATE_NOOP("SearchSection", "Observation of the caregiver-infant interaction"),
    QT_TRANSLATE_NOOP("SearchSection", "Caregiver's response and reflection"),
    QT_TRANSLATE_NOOP("SearchSection", "Child's presentation"),
    QT_TRANSLATE_NOOP("SearchSection", "Plan"),
    QT_TRANSLATE_NOOP("SearchSection", "Specialist's reflection"),
    QT_TRANSLATE_NOOP("SearchSection", "For the family"),
    QT_TRANSLATE_NOOP("SearchSection", "Reason the visit did not happen"),
    QT_TRANSLATE_NOOP("SearchSection", "Goals and progress"),
    QT_TRANSLATE_NOOP("SearchSection", "Goal statement"),
    QT_TRANSLATE_NOOP("SearchSection", "Goal baseline"),
    QT_TRANSLATE_NOOP("SearchSection", "Goal strategies"),
    QT_TRANSLATE_NOOP("SearchSection", "Screening result"),
    QT_TRANSLATE_NOOP("SearchSection", "Safety check: what was done"),
    QT_TRANSLATE_NOOP("SearchSection", "Safety check: outcome"),
    QT_TRANSLATE_NOOP("SearchSection", "Referral: agency"),
    QT_TRANSLATE_NOOP("SearchSection", "Referral: reason"),
    QT_TRANSLATE_NOOP("SearchSection", "Referral: outcome"),
)


def section_label(hit: SearchHit) -> str:
    """The hit's section as the screens name it, in the interface's language."""
    translate = QCoreApplication.translate
    if hit.kind == "amendment":
        title = SECTION_TITLES.get(("note", hit.section), hit.section.replace("_", " "))
        return translate("SearchSection", "Amendment: %1").replace(
            "%1", translate("SearchSection", title)
        )
    if hit.kind == "referral_history" and hit.section in {s.value for s in ReferralStatus}:
        status = label(ReferralStatus(hit.section))
        return translate("SearchSection", "Referral history: %1").replace("%1", status)
    return translate(
        "SearchSection", SECTION_TITLES.get((hit.kind, hit.section), hit.section_title)
    )


def snippet_html(pieces: Snippet) -> str:
    """The snippet as HTML: matches in bold, all text escaped."""
    return "".join(
        f"<b>{html.escape(text)}</b>" if match else html.escape(text) for text, match in pieces
    )


def elided_html(pieces: Snippet, font: QFont, width: int) -> str:
    """The snippet as HTML that fits in ``width`` pixels of ``font``: cut, with "…", when longer.

    The matches are measured in bold, as they are drawn.
    """
    bold = QFont(font)
    bold.setBold(True)
    metrics = {False: QFontMetrics(font), True: QFontMetrics(bold)}
    if sum(metrics[match].horizontalAdvance(text) for text, match in pieces) <= width:
        return snippet_html(pieces)
    room = width - metrics[False].horizontalAdvance(ELLIPSIS)
    kept: list[tuple[str, bool]] = []
    for text, match in pieces:
        advance = metrics[match].horizontalAdvance(text)
        if advance > room:
            fits = _fitting(text, metrics[match], room)
            kept.append((text[:fits].rstrip(), match))
            break
        kept.append((text, match))
        room -= advance
    return snippet_html((*kept, (ELLIPSIS, False)))


def _fitting(text: str, metrics: QFontMetrics, room: int) -> int:
    """How many of ``text``'s first characters fit in ``room`` pixels (a binary search)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:middle]) <= room:
            low = middle
        else:
            high = middle - 1
    return low


def snippet_text(pieces: Snippet) -> str:
    return "".join(text for text, _match in pieces)


class SearchResultsModel(QAbstractTableModel):
    """The hits of a search, in the order the service gave them (newest first)."""

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[SearchHit] = []
        self._headers = (
            self.tr("Date"), self.tr("Family"), self.tr("Section"), self.tr("Found"),
        )  # fmt: skip

    def set_hits(self, hits: Sequence[SearchHit], append: bool = False) -> None:
        self.beginResetModel()
        self.hits = [*self.hits, *hits] if append else list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit, column = self.hits[index.row()], index.column()
        if role == HTML_ROLE and column == FOUND:
            return snippet_html(hit.snippet)
        if role == SNIPPET_ROLE and column == FOUND:
            return hit.snippet
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == DATE:
                return format_date(hit.on_date)
            if column == FAMILY:
                return f"{hit.case_number}  {hit.family_name}"
            if column == SECTION:
                return section_label(hit)
            return snippet_text(hit.snippet)
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints a cell's snippet (``SNIPPET_ROLE``) as rich text on one line, cut with "…" to the
    cell's width (the tooltip has it whole)."""

    MARGIN = 2

    def document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(self.MARGIN)
        width = option.rect.width() - 2 * self.MARGIN - 4  # the layout's own few pixels
        document.setHtml(elided_html(index.data(SNIPPET_ROLE), option.font, width))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(SNIPPET_ROLE) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter)
        document = self.document(option, index)
        rect = option.rect
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(
            QPalette.ColorRole.Text,
            option.palette.color(role),
        )
        painter.save()
        top = max(0.0, (rect.height() - document.size().height()) / 2)  # centred as the others
        painter.translate(rect.left(), rect.top() + top)
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), 24))
