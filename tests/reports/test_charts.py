"""The goal-rating chart: a 1-5 scale over the report's period, clamped, dots and a line.

Geometry (default 250 x 72 pt): the plot spans x 16..242 (226 wide) and y 14..66
(52 high), so rating r sits at y = 14 + (r - 1) * 13 and day d at
x = 16 + 226 * (days from start / days in the period).
"""

from __future__ import annotations

import datetime as dt

import pytest
from reportlab.graphics.shapes import Line, PolyLine, String

from imh_desktop.reports.charts import rating_chart

NOV1, NOV30 = dt.date(2026, 11, 1), dt.date(2026, 11, 30)


def strings(drawing) -> list[str]:
    return [s.text for s in drawing.contents if isinstance(s, String)]


def dots(drawing) -> list[tuple[float, float, float]]:
    """Zero-length round-capped lines are the dots: (x, y, size)."""
    return [
        (round(d.x1, 2), round(d.y1, 2), d.strokeWidth)
        for d in drawing.contents
        if isinstance(d, Line) and (d.x1, d.y1) == (d.x2, d.y2)
    ]


def test_the_frame_has_the_scale_and_the_periods_dates():
    drawing = rating_chart([], NOV1, NOV30)
    assert (drawing.width, drawing.height) == (250.0, 72.0)
    assert strings(drawing) == ["1", "2", "3", "4", "5", "1 Nov 2026", "30 Nov 2026",
                                "No ratings in this period"]  # fmt: skip
    gridlines = [(g.y1, g.y2) for g in drawing.contents if isinstance(g, Line)]
    assert gridlines == [(14.0, 14.0), (27.0, 27.0), (40.0, 40.0), (53.0, 53.0), (66.0, 66.0)]
    assert dots(drawing) == [] and not any(isinstance(s, PolyLine) for s in drawing.contents)


def test_points_placed_by_day_and_rating():
    # 1 Nov at the left edge; 15 Nov 14 of 29 days in: 16 + 226 * 14 / 29 = 125.10; 30 Nov right.
    drawing = rating_chart([(NOV1, 1), (dt.date(2026, 11, 15), 3), (NOV30, 5)], NOV1, NOV30)
    assert dots(drawing) == [(16.0, 14.0, 4.0), (125.1, 40.0, 4.0), (242.0, 66.0, 4.0)]
    [line] = [s for s in drawing.contents if isinstance(s, PolyLine)]
    assert [round(v, 2) for v in line.points] == [16.0, 14.0, 125.1, 40.0, 242.0, 66.0]
    assert "No ratings in this period" not in strings(drawing)


def test_out_of_range_days_and_ratings_are_clamped_to_the_frame():
    drawing = rating_chart([(dt.date(2026, 10, 1), 0), (dt.date(2027, 1, 1), 9)], NOV1, NOV30)
    assert dots(drawing) == [(16.0, 14.0, 4.0), (242.0, 66.0, 4.0)]


def test_one_rating_is_a_dot_without_a_line():
    drawing = rating_chart([(dt.date(2026, 11, 10), 4)], NOV1, NOV30)
    assert len(dots(drawing)) == 1
    assert not any(isinstance(s, PolyLine) for s in drawing.contents)


@pytest.mark.parametrize(("count", "size"), [(40, 4.0), (41, 2.4)])
def test_a_long_history_gets_smaller_dots(count, size):
    points = [(NOV1 + dt.timedelta(days=i % 30), 1 + i % 5) for i in range(count)]
    assert {d[2] for d in dots(rating_chart(points, NOV1, NOV30))} == {size}


def test_a_one_day_period_and_a_custom_size():
    drawing = rating_chart([(NOV1, 2)], NOV1, NOV1, width=100, height=40)
    # plot 76 wide, 20 high; a one-day period counts as one day: the point sits at the left
    assert (drawing.width, drawing.height) == (100, 40)
    assert dots(drawing) == [(16.0, 19.0, 4.0)]
