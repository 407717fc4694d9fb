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

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from imh_desktop.ui.widgets import format_date

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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.update()
        super().changeEvent(event)


class WeeklyVisitsChart(_Chart):
    """Completed visits per week, one strip of bars per specialist, on one shared scale."""

    ROW = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Completed visits per week", parent)
        self._weeks: tuple[dt.date, ...] = ()
        self._rows: tuple[tuple[str, tuple[int, ...]], ...] = ()

    def set_data(self, weeks: Sequence[dt.date], rows: Sequence[tuple[str, Sequence[int]]]) -> None:
        """``weeks``: the Mondays; ``rows``: (name, visits per week) per specialist."""
        self._weeks = tuple(weeks)
        self._rows = tuple((name, tuple(int(n) for n in counts)) for name, counts in rows)
        lines = [f"{name}: " + ", ".join(map(str, counts)) for name, counts in self._rows]
        self.setToolTip("Completed visits per week\n" + "\n".join(lines))
        self.setAccessibleDescription("; ".join(lines))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(420, _PAD * 2 + line * 2 + 12 + self.ROW * max(1, len(self._rows)))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text, bar, grid, quiet = self._colors()
        painter.setPen(text)
        top = self._paint_title(painter)
        metrics = QFontMetrics(painter.font())
        if not self._rows or not self._weeks:
            painter.setPen(quiet)
            painter.drawText(_PAD, top + metrics.ascent(), "No visits in this period.")
            return
        name_width = min(max(metrics.horizontalAdvance(n) for n, _ in self._rows) + 12, 170)
        left, right = _PAD + name_width, self.width() - _PAD - 28
        slot = max(4.0, (right - left) / len(self._weeks))
        peak = max(1, max(max(c, default=0) for _, c in self._rows))
        for i, (name, counts) in enumerate(self._rows):
            y = top + i * self.ROW
            painter.setPen(text)
            elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_width - 12)
            painter.drawText(QRectF(_PAD, y, name_width - 12, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter, elided)  # fmt: skip
            base = y + self.ROW - 4
            painter.setPen(QPen(grid, 1))
            painter.drawLine(int(left), int(base), int(right), int(base))
            painter.setPen(Qt.PenStyle.NoPen)
            for w, count in enumerate(counts):
                height = (self.ROW - 8) * count / peak
                painter.setBrush(bar if count else grid)
                x = left + w * slot + slot * 0.15
                painter.drawRect(QRectF(x, base - max(height, 1.5), slot * 0.7, max(height, 1.5)))
            painter.setPen(quiet)
            painter.drawText(QRectF(right + 4, y, 28, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter, str(sum(counts)))  # fmt: skip
        y = top + len(self._rows) * self.ROW + 2
        painter.setPen(quiet)
        first, last = format_date(self._weeks[0]), format_date(self._weeks[-1])
        painter.drawText(QRectF(left, y, right - left, metrics.height()),
                         Qt.AlignmentFlag.AlignLeft, f"weeks from {first}")  # fmt: skip
        painter.drawText(QRectF(left, y, right - left, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, last)  # fmt: skip


class DomainRatingsChart(_Chart):
    """Mean latest goal rating (1-5) per domain, as horizontal bars on a 1-5 scale."""

    ROW = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Goal progress by domain (latest rating, 1–5)", parent)
        self._rows: tuple[tuple[str, float, int], ...] = ()

    def set_data(self, rows: Sequence[tuple[str, float, int]]) -> None:
        """``rows``: (domain label, mean latest rating, number of goals)."""
        self._rows = tuple((label, float(mean), int(n)) for label, mean, n in rows)
        lines = [f"{label}: {mean:.1f} ({n} goals)" for label, mean, n in self._rows]
        self.setToolTip("Mean latest rating of active goals\n" + "\n".join(lines))
        self.setAccessibleDescription("; ".join(lines))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(420, _PAD * 2 + line * 2 + 12 + self.ROW * max(1, len(self._rows)))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text, bar, grid, quiet = self._colors()
        painter.setPen(text)
        top = self._paint_title(painter)
        metrics = QFontMetrics(painter.font())
        if not self._rows:
            painter.setPen(quiet)
            painter.drawText(_PAD, top + metrics.ascent(), "No goal ratings yet.")
            return
        label_width = min(max(metrics.horizontalAdvance(r[0]) for r in self._rows) + 12, 220)
        value_width = metrics.horizontalAdvance("5.0 (999)") + 8
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
        for i, (label, mean, goals) in enumerate(self._rows):
            y = top + i * self.ROW
            painter.setPen(text)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 12)
            painter.drawText(QRectF(_PAD, y, label_width - 12, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter, elided)  # fmt: skip
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar)
            painter.drawRoundedRect(
                QRectF(left, y + 5, max(2.0, x_of(mean) - left), self.ROW - 10), 2, 2
            )
            painter.setPen(text)
            painter.drawText(QRectF(right + 6, y, value_width, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter, f"{mean:.1f} ({goals})")  # fmt: skip
