"""Small charts for the team dashboard, painted with QPainter in the palette's colours.

- ``WeeklyVisitsChart``: small multiples, one strip of weekly bars per
  specialist on a shared scale, so an empty week stands out.
- ``DomainRatingsChart``: horizontal bars of the mean latest goal rating
  (1-5) per goal domain.

Both take plain tuples (no pandas) and follow light and dark palettes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from imh_desktop.domain.enums import GoalDomain
from imh_desktop.ui.common import labels
from imh_desktop.ui.common.local_format import format_day_month

RATING_MIN, RATING_MAX = 1, 5
_PAD = 8


def _soft(color: QColor, alpha: int) -> QColor:
    soft = QColor(color)
    soft.setAlpha(alpha)
    return soft


class _Chart(QWidget):
    """Shared look: palette colours, a title line, repaint on palette changes."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def _colors(self) -> tuple[QColor, QColor, QColor, QColor]:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        bar = palette.color(QPalette.ColorRole.Highlight)
        grid = _soft(text, 40)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        return text, bar, grid, quiet

    def _paint_title(self, painter: QPainter) -> int:
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        height = QFontMetrics(font).height()
        painter.drawText(QRectF(_PAD, _PAD, self.width() - 2 * _PAD, height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.title)  # fmt: skip
        font.setBold(False)
        painter.setFont(font)
        return _PAD + height + 6

    def _show(self, heading: str, lines: list[str]) -> None:
        """New data: describe it for the tooltip and screen readers, then repaint."""
        self.setToolTip(heading + "\n" + "\n".join(lines))
        self.setAccessibleDescription("; ".join(lines))
        self.updateGeometry()
        self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.update()
        super().changeEvent(event)


class WeeklyVisitsChart(_Chart):
    """Completed visits per week, one strip of bars per specialist, on one shared scale."""

    ROW_MIN, ROW_MAX = 26, 64

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("WeeklyVisitsChart", "Completed visits per week"), parent
        )
        self._weeks: tuple[dt.date, ...] = ()
        self._rows: tuple[tuple[str, tuple[int, ...]], ...] = ()
        self._partial = False

    def set_data(
        self, weeks: Sequence[dt.date], rows: Sequence[tuple[str, Sequence[int]]],
        last_week_partial: bool = False,
    ) -> None:  # fmt: skip
        """``weeks``: each week's first day; ``rows``: (name, visits per week) per specialist.

        ``last_week_partial``: the last week is still going on; its bars are drawn lighter.
        """
        self._weeks = tuple(weeks)
        self._partial = last_week_partial
        self._rows = tuple((name, tuple(int(n) for n in counts)) for name, counts in rows)
        lines = [f"{name}: " + ", ".join(map(str, counts)) for name, counts in self._rows]
        self._show(self.tr("Completed visits per week"), lines)

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(420, _PAD * 2 + line * 2 + 12 + self.ROW_MIN * max(1, len(self._rows)))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text, bar, grid, quiet = self._colors()
        painter.setPen(text)
        top = self._paint_title(painter)
        metrics = QFontMetrics(painter.font())
        if not self._rows or not self._weeks:
            painter.setPen(quiet)
            painter.drawText(_PAD, top + metrics.ascent(), self.tr("No visits in this period yet."))
            return
        painter.setPen(quiet)
        painter.drawText(QRectF(0, _PAD, self.width() - _PAD, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, self.tr("total"))  # fmt: skip
        names = max(metrics.horizontalAdvance(n) for n, _ in self._rows)
        name_width = min(names + 16, 190)
        total_width = metrics.horizontalAdvance("999") + 10
        left, right = _PAD + name_width, self.width() - _PAD - total_width
        slot = max(4.0, (right - left) / len(self._weeks))
        free = self.height() - top - metrics.height() - _PAD - 4
        row_h = max(self.ROW_MIN, min(self.ROW_MAX, free // len(self._rows)))
        peak = max(1, max(max(c, default=0) for _, c in self._rows))
        on_bar = self.palette().color(QPalette.ColorRole.HighlightedText)
        for i, (name, counts) in enumerate(self._rows):
            y = top + i * row_h
            painter.setPen(text)
            elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_width - 10)
            painter.drawText(QRectF(_PAD, y, name_width - 10, row_h),
                             Qt.AlignmentFlag.AlignVCenter, elided)  # fmt: skip
            base = y + row_h - 3
            painter.setPen(QPen(grid, 1))
            painter.drawLine(int(left), int(base), int(right), int(base))
            for w, count in enumerate(counts):
                height = max(1.5, (row_h - 6) * count / peak)
                box = QRectF(left + w * slot + slot * 0.12, base - height, slot * 0.76, height)
                painter.setPen(Qt.PenStyle.NoPen)
                partial = self._partial and w == len(counts) - 1
                painter.setBrush(_soft(bar, 120) if partial and count else bar if count else grid)
                painter.drawRect(box)
                if count and box.height() >= metrics.height() and box.width() >= 16:
                    painter.setPen(on_bar)
                    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(count))
            painter.setPen(quiet)
            painter.drawText(QRectF(right + 4, y, total_width, row_h),
                             Qt.AlignmentFlag.AlignVCenter, str(sum(counts)))  # fmt: skip
        self._paint_week_labels(painter, left, slot, top + len(self._rows) * row_h + 2, quiet)

    def _paint_week_labels(
        self, painter: QPainter, left: float, slot: float, y: float, color: QColor
    ) -> None:
        metrics = QFontMetrics(painter.font())
        labels = [format_day_month(w) for w in self._weeks]
        if self._partial:
            labels[-1] = self.tr("{0} (so far)").format(labels[-1])
        every = max(1, int((max(map(metrics.horizontalAdvance, labels)) + 8) // slot) + 1)
        painter.setPen(color)
        for w in range(0, len(labels), every):
            painter.drawText(QRectF(left + w * slot, y, slot * every, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft, labels[w])  # fmt: skip


class DomainRatingsChart(_Chart):
    """Mean latest goal rating (1-5) per domain, as horizontal bars on a 1-5 scale."""

    ROW = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("DomainRatingsChart", "Goal progress by domain"), parent
        )
        self._rows: tuple[tuple[str, float, int], ...] = ()

    def set_data(self, rows: Sequence[tuple[GoalDomain, float, int]]) -> None:
        """``rows``: (goal domain, mean latest rating, number of goals)."""
        self._rows = tuple((labels.label(domain), float(mean), int(n)) for domain, mean, n in rows)
        lines = [
            f"{label}: {QLocale().toString(mean, 'f', 1)} (" + self.tr("%n goal(s)", "", n) + ")"
            for label, mean, n in self._rows
        ]
        self._show(self.tr("Mean latest rating of active goals"), lines)

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(420, _PAD * 2 + line * 3 + 16 + self.ROW * max(1, len(self._rows)))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text, bar, grid, quiet = self._colors()
        painter.setPen(text)
        top = self._paint_title(painter)
        metrics = QFontMetrics(painter.font())
        if not self._rows:
            painter.setPen(quiet)
            painter.drawText(_PAD, top + metrics.ascent(), self.tr("No goal ratings yet."))
            return
        label_width = min(max(metrics.horizontalAdvance(r[0]) for r in self._rows) + 16, 230)
        value_width = metrics.horizontalAdvance("5.0 · 999 goals") + 10
        left, right = _PAD + label_width, self.width() - _PAD - value_width
        span = max(1.0, right - left)

        def x_of(rating: float) -> float:
            return left + span * (rating - RATING_MIN) / (RATING_MAX - RATING_MIN)

        bottom = top + len(self._rows) * self.ROW
        for rating in range(RATING_MIN, RATING_MAX + 1):
            painter.setPen(QPen(grid, 1))
            painter.drawLine(int(x_of(rating)), top, int(x_of(rating)), bottom)
            painter.setPen(quiet)
            painter.drawText(QRectF(x_of(rating) - 10, bottom + 2, 20, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, str(rating))  # fmt: skip
        caption = self.tr(
            "Mean of each active goal's latest rating: 1 not yet started … 5 achieved"
        )
        caption = metrics.elidedText(caption, Qt.TextElideMode.ElideRight, self.width() - 2 * _PAD)
        painter.drawText(QRectF(_PAD, bottom + 4 + metrics.height(), self.width() - 2 * _PAD,
                                metrics.height()), Qt.AlignmentFlag.AlignLeft, caption)  # fmt: skip
        for i, (label, mean, goals) in enumerate(self._rows):
            y = top + i * self.ROW
            painter.setPen(text)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 10)
            painter.drawText(QRectF(_PAD, y, label_width - 10, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter, elided)  # fmt: skip
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar)
            painter.drawRoundedRect(
                QRectF(left, y + 5, max(2.0, x_of(mean) - left), self.ROW - 10), 2, 2
            )
            painter.setPen(text)
            painter.drawText(QRectF(right + 6, y, value_width, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter,
                             f"{QLocale().toString(mean, 'f', 1)} · "
                             + self.tr("%n goal(s)", "", goals))  # fmt: skip
