"""Rows 5 and 6: a family progress report over three years, and a batch of 100.

Ours (row 5): ``progress_report_data`` for the family with the longest
history, over the three years to the data set's "today", then
``render_progress_report``: what a user waits for after clicking Print.
Baseline: ReportLab's bare canvas writing every string of that report's data
(the same text, in the same bundled DejaVu Sans, one ``drawString`` per
string, no layout), fetched beforehand.

Rows "… with a 100 KB / 1 MB plan": the same report with its plan section
replaced by that much text (paragraphs made of the report's own strings,
some of them thousands of characters long): layout must stay linear in the
text (it was quadratic: 100 KB took 8 s, 1 MB 12 minutes). Baseline: the
canvas writing the report's strings and the plan cut into 100-character
lines, no layout.

Row 6: 100 such reports the way the batch dialog makes them
(``ui.report_batch.gather_and_render``, without Qt): every family's data
fetched in the caller, then ``reports.batch.render_batch`` lays them out and
writes them in worker processes, one per core. Baseline: 100 × the single
canvas baseline / cores.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.dataset import Dataset, service_context
from benchmarks.harness import Row, Target, measure, median, row_from_times

if TYPE_CHECKING:
    from imh_desktop.services.reports import ProgressReportData

REPORT_TARGET = Target(max_value=0.25)
LONG_NOTE_TARGETS = {100 * 1024: Target(max_value=1.0), 1024 * 1024: Target(max_value=10.0)}
BATCH_TARGET = Target(max_value=20.0)
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


def families_by_history(dataset: Dataset, start: dt.date, end: dt.date, count: int) -> list[int]:
    """The ``count`` families with the most goal ratings and visits in the period."""
    if dataset.path is None:
        raise ValueError("families_by_history reads the SQLite data set")
    conn = sqlite3.connect(dataset.path)
    try:
        rows = conn.execute(
            "SELECT v.family_id FROM visits v LEFT JOIN goal_progress p ON p.visit_id = v.id "
            "WHERE v.visit_date BETWEEN ? AND ? GROUP BY v.family_id "
            "ORDER BY count(p.id) + count(DISTINCT v.id) DESC, v.family_id LIMIT ?",
            (start.isoformat(), end.isoformat(), count),
        ).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def _period(today: dt.date) -> tuple[dt.date, dt.date]:
    return today.replace(year=today.year - YEARS) + dt.timedelta(days=1), today


def run(dataset: Dataset, repeat: int, batch: int) -> list[Row]:
    from imh_desktop.data.db import Database
    from imh_desktop.reports.progress import render_progress_report
    from imh_desktop.services.reports import progress_report_data

    today = dataset.info.today_date
    start, end = _period(today)
    family = families_by_history(dataset, start, end, 1)[0]
    db = Database(dataset.url)
    try:
        ctx = service_context(db, dataset.info)  # the supervisor, on the data set's day

        def report() -> bytes:
            return render_progress_report(progress_report_data(ctx, family, start, end))

        ours = measure(report, repeat)
        data = progress_report_data(ctx, family, start, end)
        fetch = measure(lambda: progress_report_data(ctx, family, start, end), repeat)
    finally:
        db.dispose()
    texts = list(strings(data))
    base = measure(lambda: canvas_baseline(texts), repeat)
    pdf = render_progress_report(data)
    first = min((v.visit_date for v in data.visits), default=None)
    history = f"history from {first:%b %Y}" if first else "no visits"
    rows: list[Row] = [
        row_from_times(
            f"progress report, {YEARS} years of one family", ours, base, REPORT_TARGET,
            note=f"{len(data.visits)} visits, {len(data.goals)} goals, {history}; data "
            f"{median(fetch) * 1000:.0f} ms + layout; {len(pdf) // 1024} KB; baseline: "
            f"canvas.drawString of its {len(texts)} strings",
        ),
    ]  # fmt: skip
    rows += [_long_note_row(data, texts, size, repeat) for size in LONG_NOTE_TARGETS]
    return [*rows, _batch_row(dataset, batch, median(base), today)]


def long_text(texts: list[str], size: int) -> str:
    """About ``size`` characters of paragraphs made of ``texts``, cycled.

    Every fifth paragraph runs to several thousand characters with no blank
    line, as pasted text does.
    """
    paragraphs: list[str] = []
    total = 0
    words = " ".join(texts).split() or ["text"]
    at = 0
    while total < size:
        length = 4000 if len(paragraphs) % 5 == 4 else 600
        para: list[str] = []
        chars = 0
        while chars < length:
            word = words[at % len(words)]
            para.append(word)
            chars += len(word) + 1
            at += 1
        paragraphs.append(" ".join(para))
        total += chars + 1  # its spaces, and the blank line before the next
    return "\n\n".join(paragraphs)[:size]


def _long_note_row(data: ProgressReportData, texts: list[str], size: int, repeat: int) -> Row:
    import textwrap

    from imh_desktop.reports.progress import render_progress_report

    plan = long_text(texts, size)
    long = dataclasses.replace(data, plan=plan)
    runs = repeat if size <= 100 * 1024 else min(repeat, 3)
    ours = measure(lambda: render_progress_report(long), runs, warmup=0 if runs < 3 else 1)
    lines = [line for para in plan.split("\n\n") for line in textwrap.wrap(para, 100)]
    base = measure(lambda: canvas_baseline([*texts, *lines]), runs, warmup=0)
    pdf = render_progress_report(long)
    label = f"{size // 1024} KB" if size < 1024 * 1024 else f"{size // (1024 * 1024)} MB"
    return row_from_times(
        f"progress report with a {label} plan", ours, base, LONG_NOTE_TARGETS[size],
        note=f"the 3-year report above, its plan {len(plan):,} characters in "
        f"{plan.count(chr(10) * 2) + 1} paragraphs; {pdf_pages(pdf)} pages; baseline: "
        f"canvas.drawString of its strings and the plan in 100-character lines",
    )  # fmt: skip


def pdf_pages(pdf: bytes) -> int:
    """The page count of a PDF ReportLab wrote (its /Count in the page tree)."""
    import re

    counts = [int(n) for n in re.findall(rb"/Count (\d+)", pdf)]
    return max(counts, default=0)


def _batch_row(dataset: Dataset, count: int, single_base: float, today: dt.date) -> Row:
    from imh_desktop.data.db import Database
    from imh_desktop.reports.batch import plan_jobs, render_batch
    from imh_desktop.services.reports import progress_report_data

    start, end = _period(today)
    families = families_by_history(dataset, start, end, count)
    db = Database(dataset.url)
    with tempfile.TemporaryDirectory(prefix="imh-bench-batch-") as folder:
        try:
            ctx = service_context(db, dataset.info)
            began = time.perf_counter()
            datas = [progress_report_data(ctx, f, start, end) for f in families]
            gathered = time.perf_counter()
            result = render_batch(plan_jobs(datas, folder))
            elapsed = time.perf_counter() - began
        finally:
            db.dispose()
        written = len(list(Path(folder).glob("*.pdf")))
    if result.failed or written != len(families):
        raise AssertionError(f"batch wrote {written} of {len(families)}: {result.failed[:3]}")
    cores = os.cpu_count() or 1
    return Row(
        f"batch of {len(families)} progress reports, {YEARS} years each", elapsed,
        len(families) * single_base / cores, BATCH_TARGET, runs=1,
        note=f"data {gathered - began:.1f} s in the caller, then render_batch on {cores} "
        f"worker processes {elapsed - (gathered - began):.1f} s; baseline: {len(families)} × "
        f"canvas baseline / {cores} cores",
    )  # fmt: skip
