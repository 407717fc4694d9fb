"""Rows: an agency moving in, 2,000 families from an Excel workbook; checking 50,000 CSV rows.

The workbook is generated here (seeded): one family a row with its
caregiver, child, a goal and the last visit, dates as Excel date cells and as
day-first text, the way agencies' sheets come. Ours: ``read_table`` +
``preview_import`` (every row checked, as the wizard's preview) +
``run_import`` (checked again, written in one transaction, audited), as a
demo specialist on a fresh small database each run. Baseline: openpyxl
reading the same workbook (read-only), the floor for getting the cells at
all. The second row reads and checks a 50,000-row CSV file (the largest
sheet the wizard is made for) without writing it.
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import time
from pathlib import Path
from random import Random

from benchmarks.harness import Row, Target, median

IMPORT_TARGET = Target(max_value=60.0)  # "in minutes": one minute for 2,000 families
CHECK_TARGET = Target(max_value=60.0)
TODAY = dt.date(2026, 11, 25)
HEADER = ["Case #", "Family", "Home visitor", "Referral date", "Enrolled", "Mother's name",
          "Mother's date of birth", "Child name", "Child DOB", "Sex", "Goal area", "Goal",
          "Last visit", "Outcome", "Notes"]  # fmt: skip
SURNAMES = ["Ayala", "Brook", "Cruz", "Dinh", "Egan", "Fox", "García", "Huang", "Ibáñez", "Jones"]
GIVEN = ["Ana", "Bea", "Cai", "Dana", "Eli", "Fatima", "Gus", "Hana", "Ivy", "Juan", "Kim"]


def rows(count: int, specialist: str, seed: int = 19) -> list[list[object]]:
    """``count`` families as sheet rows (the first half with Excel date cells, the rest text)."""
    rng = Random(seed)
    out: list[list[object]] = []
    for i in range(count):
        referral = TODAY - dt.timedelta(days=rng.randint(40, 700))
        enrolled = referral + dt.timedelta(days=rng.randint(0, 30))
        born = enrolled - dt.timedelta(days=rng.randint(0, 600))
        visit = enrolled + dt.timedelta(days=rng.randint(1, (TODAY - enrolled).days - 1))
        dates: list[object] = [referral, enrolled, born - dt.timedelta(days=9000), born, visit]
        if i % 2:
            dates = [d.strftime("%d/%m/%Y") for d in dates]  # type: ignore[attr-defined]
        surname = f"{rng.choice(SURNAMES)}-{i}"
        out.append([
            f"OLD-{i:05d}", f"{surname} family", specialist, dates[0], dates[1],
            f"{rng.choice(GIVEN)} {surname}", dates[2], f"{rng.choice(GIVEN)} {surname}",
            dates[3], rng.choice(["F", "M", "niña"]), rng.choice(["Attachment", "regulation"]),
            "Read together most days", dates[4], "completed", "Played on the floor together.",
        ])  # fmt: skip
    return out


def write_workbook(path: Path, data: list[list[object]]) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Caseload")
    sheet.append(HEADER)
    for row in data:
        sheet.append(row)
    book.save(path)


def _fresh(template: Path, folder: Path, n: int) -> Path:
    target = folder / f"import-{n}.sqlite"
    shutil.copyfile(template, target)
    return target


def run(work: Path, repeat: int, families: int = 2000, check_rows: int = 50_000) -> list[Row]:
    """The two rows; ``repeat`` fresh imports of the workbook, one check of the CSV."""
    import openpyxl

    from imh_desktop.data.db import Database, sqlite_url
    from imh_desktop.data.migrate import upgrade_database
    from imh_desktop.demo.generate import generate_demo
    from imh_desktop.domain.clock import FixedClock
    from imh_desktop.domain.imports.fields import guess_mapping
    from imh_desktop.domain.imports.values import DateOrder
    from imh_desktop.services.admin.staff import find_staff
    from imh_desktop.services.common.context import ServiceContext
    from imh_desktop.services.imports.importing import preview_import, run_import
    from imh_desktop.services.imports.plan import ImportOptions
    from imh_desktop.services.imports.reading import read_table

    clock = FixedClock(TODAY)
    template = work / "import-template.sqlite"
    db = Database(sqlite_url(template))
    upgrade_database(db)
    specialist = generate_demo(db, 1, 7, TODAY).specialists[0]
    user_id = find_staff(db, specialist).id
    db.dispose()
    book = work / "caseload.xlsx"
    write_workbook(book, rows(families, specialist))

    mine: list[float] = []
    floors: list[float] = []
    parts: list[tuple[float, float, float]] = []
    created = 0
    for n in range(repeat + 1):  # the first run warms up, untimed
        start = time.perf_counter()
        loaded = openpyxl.load_workbook(book, read_only=True)
        sum(1 for _ in loaded["Caseload"].iter_rows(values_only=True))
        loaded.close()
        floor = time.perf_counter() - start
        target = Database(sqlite_url(_fresh(template, work, n)))
        try:
            ctx = ServiceContext(target, user_id, clock)
            start = time.perf_counter()
            table = read_table(book, "Caseload")
            options = ImportOptions(guess_mapping(table.headers), DateOrder.DMY)
            read = time.perf_counter()
            plan = preview_import(ctx, table, options)
            checked = time.perf_counter()
            assert plan.ok, plan.errors[:3]
            result = run_import(ctx, table, options)
            done = time.perf_counter()
        finally:
            target.dispose()
        created = result.created
        if n:
            mine.append(done - start)
            floors.append(floor)
            parts.append((read - start, checked - read, done - checked))
    r, c, w = (median(p[i] for p in parts) for i in range(3))
    rows_out = [
        Row(f"import {families:,} families from .xlsx (read, check, write)", median(mine),
            median(floors), IMPORT_TARGET, runs=len(mine),
            note=f"{created:,} families with caregiver, child, goal, visit; read {r:.1f} s, "
                 f"preview check {c:.1f} s, import (checked again, written, audited) {w:.1f} s; "
                 "baseline: openpyxl reading the workbook"),
    ]  # fmt: skip
    big = work / "big.csv"
    with big.open("w", newline="", encoding="cp1252") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(HEADER)
        for row in rows(check_rows, specialist, seed=20):
            out.writerow([v.strftime("%d/%m/%Y") if isinstance(v, dt.date) else v for v in row])
    target = Database(sqlite_url(_fresh(template, work, 99)))
    try:
        ctx = ServiceContext(target, user_id, clock)
        start = time.perf_counter()
        table = read_table(big)
        read = time.perf_counter()
        plan = preview_import(ctx, table, ImportOptions(guess_mapping(table.headers)))
        checked = time.perf_counter()
    finally:
        target.dispose()
    rows_out.append(
        Row(f"check {check_rows:,} CSV rows (read and preview)", checked - start, None,
            CHECK_TARGET, runs=1,
            note=f"{len(plan.rows):,} rows, {len(plan.errors)} errors; read {read - start:.1f} s "
                 f"(cp1252, semicolons), check {checked - read:.1f} s"),
    )  # fmt: skip
    return rows_out
