"""Vector charts drawn with ``reportlab.graphics`` (no images, sharp at any zoom)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String

from imh_desktop.domain.dates import format_date
from imh_desktop.reports.base import ACCENT, FONT, MUTED, RULE, SHADE

RATING_MIN, RATING_MAX = 1, 5
_LEFT, _RIGHT, _TOP, _BOTTOM = 16.0, 8.0, 6.0, 14.0


def rating_chart(
    points: Sequence[tuple[dt.date, int]],
    start: dt.date,
    end: dt.date,
    width: float = 250.0,
    height: float = 72.0,
) -> Drawing:
    """Goal ratings (1-5) over ``start``..``end`` as a line with dots.

    The x axis is the period itself, so charts of different goals in one
    report line up. With no ratings, an empty frame says so.
    """
    drawing = Drawing(width, height)
    plot_w = width - _LEFT - _RIGHT
    plot_h = height - _TOP - _BOTTOM
    drawing.add(Rect(_LEFT, _BOTTOM, plot_w, plot_h, fillColor=SHADE, strokeColor=None))

    def y_of(rating: float) -> float:
        return _BOTTOM + (rating - RATING_MIN) / (RATING_MAX - RATING_MIN) * plot_h

    for rating in range(RATING_MIN, RATING_MAX + 1):
        y = y_of(rating)
        drawing.add(Line(_LEFT, y, _LEFT + plot_w, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(
            String(_LEFT - 4, y - 2.2, str(rating), fontName=FONT, fontSize=6,
                   fillColor=MUTED, textAnchor="end")
        )  # fmt: skip
    span = max((end - start).days, 1)

    def x_of(day: dt.date) -> float:
        return _LEFT + min(max((day - start).days / span, 0.0), 1.0) * plot_w

    label_y = _BOTTOM - 9
    drawing.add(
        String(_LEFT, label_y, format_date(start), fontName=FONT, fontSize=6, fillColor=MUTED)
    )
    drawing.add(
        String(_LEFT + plot_w, label_y, format_date(end), fontName=FONT, fontSize=6,
               fillColor=MUTED, textAnchor="end")
    )  # fmt: skip
    if not points:
        drawing.add(
            String(_LEFT + plot_w / 2, _BOTTOM + plot_h / 2 - 3, "No ratings in this period",
                   fontName=FONT, fontSize=7, fillColor=MUTED, textAnchor="middle")
        )  # fmt: skip
        return drawing
    coords = [(x_of(day), y_of(min(max(r, RATING_MIN), RATING_MAX))) for day, r in points]
    if len(coords) > 1:
        flat = [value for xy in coords for value in xy]
        drawing.add(PolyLine(flat, strokeColor=ACCENT, strokeWidth=1.2))
    # Dots as zero-length round-capped strokes: a circle's four Bézier arcs cost
    # ten times the coordinates, and a long history has hundreds of dots.
    size = 4.0 if len(coords) <= 40 else 2.4
    for x, y in coords:
        drawing.add(Line(x, y, x, y, strokeColor=ACCENT, strokeWidth=size, strokeLineCap=1))
    return drawing
