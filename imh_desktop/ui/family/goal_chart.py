"""A small chart of one goal's progress ratings over time (1-5), painted with QPainter.

Dates run left to right in proportion to time; hovering a dot shows its date,
rating meaning and note.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from imh_desktop.services.visits.records import ProgressPoint
from imh_desktop.ui.common.local_format import format_date
from imh_desktop.ui.common.widgets import is_dark
from imh_desktop.ui.visits.goal_ratings import RATING_MEANINGS

LEFT, RIGHT, TOP, BOTTOM = 28, 14, 10, 24
DOT = 4.5


def point_tooltip(point: ProgressPoint) -> str:
    text = f"{format_date(point.visit_date)}: {point.rating} — {RATING_MEANINGS[point.rating]}"
    return text + (f"\n{point.note}" if point.note else "")


class GoalProgressChart(QWidget):
    """Ratings of one goal at each visit that addressed it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[ProgressPoint] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Progress chart"))

    def sizeHint(self) -> QSize:
        return QSize(420, 150)

    def set_points(self, points: Sequence[ProgressPoint]) -> None:
        self.points = sorted(points, key=lambda p: (p.visit_date, p.visit_id))
        summary = ", ".join(f"{format_date(p.visit_date)} {p.rating}" for p in self.points)
        self.setAccessibleDescription(f"Ratings: {summary}" if summary else "No ratings yet")
        self.update()

    def _plot(self) -> QRectF:
        return QRectF(LEFT, TOP, self.width() - LEFT - RIGHT, self.height() - TOP - BOTTOM)

    def positions(self) -> list[QPointF]:
        """Where each point is drawn, in widget coordinates."""
        plot = self._plot()
        if not self.points:
            return []
        first, last = self.points[0].visit_date, self.points[-1].visit_date
        span = max((last - first).days, 1)
        result = []
        for p in self.points:
            x = (
                plot.center().x()
                if first == last
                else plot.left() + plot.width() * ((p.visit_date - first).days / span)
            )
            y = plot.bottom() - plot.height() * (p.rating - 1) / 4
            result.append(QPointF(x, y))
        return result

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(45)
        plot = self._plot()
        painter.setPen(QPen(grid, 1))
        for rating in range(1, 6):
            y = plot.bottom() - plot.height() * (rating - 1) / 4
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - 8, LEFT - 8, 16), Qt.AlignmentFlag.AlignRight, str(rating)
            )
            painter.setPen(QPen(grid, 1))
        if not self.points:
            painter.setPen(text)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, "No ratings yet")
            return
        accent = QColor("#8ab4f8") if is_dark(palette) else QColor("#1a5fb4")
        spots = self.positions()
        if len(spots) > 1:
            path = QPainterPath(spots[0])
            for spot in spots[1:]:
                path.lineTo(spot)
            painter.setPen(QPen(accent, 2))
            painter.drawPath(path)
        painter.setPen(QPen(accent, 1.5))
        radius = DOT if len(spots) <= 24 else DOT - 1.5
        for spot, point in zip(spots, self.points, strict=True):
            painter.setBrush(accent if point.signed else palette.color(QPalette.ColorRole.Base))
            painter.drawEllipse(spot, radius, radius)
        painter.setPen(text)
        self._draw_dates(painter, plot)

    def _draw_dates(self, painter: QPainter, plot: QRectF) -> None:
        first, last = self.points[0].visit_date, self.points[-1].visit_date
        y = plot.bottom() + 6
        left = QRectF(plot.left() - 20, y, 120, 16)
        if first == last:
            centre = QRectF(plot.center().x() - 60, y, 120, 16)
            painter.drawText(centre, Qt.AlignmentFlag.AlignHCenter, format_date(first))
            return
        painter.drawText(left, Qt.AlignmentFlag.AlignLeft, format_date(first))
        right = QRectF(plot.right() - 100, y, 114, 16)
        painter.drawText(right, Qt.AlignmentFlag.AlignRight, format_date(last))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        where = event.position()
        for spot, point in zip(self.positions(), self.points, strict=True):
            if abs(spot.x() - where.x()) <= DOT + 3 and abs(spot.y() - where.y()) <= DOT + 3:
                QToolTip.showText(event.globalPosition().toPoint(), point_tooltip(point), self)
                return
        QToolTip.hideText()
