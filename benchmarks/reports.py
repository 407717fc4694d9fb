"""Row 5: a family progress report over three years of history.

Ours (row 5): ``progress_report_data`` for the family with the longest
history, over the three years to the data set's "today", then
``render_progress_report``: what a user waits for after clicking Print.
Baseline: ReportLab's bare canvas writing every string of that report's data
(the same text, in the same bundled DejaVu Sans, one ``drawString`` per
string, no layout), fetched beforehand.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from benchmarks.dataset import Dataset
from benchmarks.harness import Row, Target, measure, median, row_from_times

REPORT_TARGET = Target(max_value=0.25)
YEARS = 3
BARE_FONT = "BenchDejaVuSans"


def strings(value: object) -> Iterator[str]:
    """Every piece of text in a report's data, in field order."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from strings(getattr(value, f.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, str):
        if value:
            yield value
    elif isinstance(value, dt.date):
        yield value.strftime("%d %b %Y")
    elif value is not None:
        yield str(value)


def canvas_baseline(texts: list[str]) -> bytes:
    """The same text on ReportLab's canvas with no layout: one line per string."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if BARE_FONT not in pdfmetrics.getRegisteredFontNames():
        font = Path(__file__).resolve().parents[1] / "imh_desktop/resources/fonts/DejaVuSans.ttf"
        pdfmetrics.registerFont(TTFont(BARE_FONT, str(font)))
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=LETTER)
    top, bottom, step = LETTER[1] - 60, 60, 12
    y = top
    c.setFont(BARE_FONT, 9.5)
    for text in texts:
        for line in text.splitlines() or [""]:
            if y < bottom:
                c.showPage()
                c.setFont(BARE_FONT, 9.5)
                y = top
            c.drawString(58, y, line)
            y -= step
    c.showPage()
    c.save()
    return buffer.getvalue()


def families_by_history(dataset: Dataset, count: int) -> list[int]:
    """Family ids with the most visits (the longest histories) first."""
    if dataset.path is None:
        raise ValueError("families_by_history reads the SQLite data set")
    conn = sqlite3.connect(dataset.path)
    try:
        rows = conn.execute(
            "SELECT family_id FROM visits GROUP BY family_id ORDER BY count(*) DESC, "
            "family_id LIMIT ?",
            (count,),
        ).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def _period(today: dt.date) -> tuple[dt.date, dt.date]:
    return today.replace(year=today.year - YEARS) + dt.timedelta(days=1), today


def run(dataset: Dataset, repeat: int) -> list[Row]:
    from imh_desktop.data.db import Database
    from imh_desktop.reports.progress import render_progress_report
    from imh_desktop.services.report_data import progress_report_data

    today = dataset.info.today_date
    start, end = _period(today)
    family = families_by_history(dataset, 1)[0]
    db = Database(dataset.url)
    try:

        def report() -> bytes:
            return render_progress_report(progress_report_data(db, family, start, end, today))

        ours = measure(report, repeat)
        data = progress_report_data(db, family, start, end, today)
        fetch = measure(lambda: progress_report_data(db, family, start, end, today), repeat)
    finally:
        db.dispose()
    texts = list(strings(data))
    base = measure(lambda: canvas_baseline(texts), repeat)
    pdf = render_progress_report(data)
    first = min((v.visit_date for v in data.visits), default=None)
    history = f"history from {first:%b %Y}" if first else "no visits"
    rows = [
        row_from_times(
            f"progress report, {YEARS} years of one family", ours, base, REPORT_TARGET,
            note=f"{len(data.visits)} visits, {len(data.goals)} goals, {history}; data "
            f"{median(fetch) * 1000:.0f} ms + layout; {len(pdf) // 1024} KB; baseline: "
            f"canvas.drawString of its {len(texts)} strings",
        ),
    ]  # fmt: skip
    return rows
