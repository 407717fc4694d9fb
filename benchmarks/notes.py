"""Row 4: save and sign a visit note, on a private copy of the big database.

Ours: ``notes.save_note`` (a completed home visit with observation, services,
two goal ratings and the next visit planned) then ``notes.sign_visit``, each
as the family's own specialist, on a different active family each run.
Baseline: the fsync floor: one transaction through the bare driver that
INSERTs one audit row and UPDATEs one visit row, committed with the same
durability settings as the app (SQLite: WAL, ``synchronous=FULL``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

from benchmarks.dataset import Dataset, DatasetInfo, service_context, working_copy
from benchmarks.handsql import bare_write
from benchmarks.harness import Row, Target, measure, median

SAVE_TARGET = Target()
SIGN_TARGET = Target(max_value=0.020)


def _candidates(ctx, count: int) -> list[tuple[int, int, list[int]]]:
    """(family id, its specialist, two active goal ids) for ``count`` active families."""
    from imh_desktop.domain.enums import FamilyStatus, GoalStatus
    from imh_desktop.services.caseload.table import list_caseload
    from imh_desktop.services.family.goals import list_goals

    rows = list_caseload(ctx, "team")
    picked = []
    for row in rows:
        if row.status is not FamilyStatus.ACTIVE or row.active_goals < 2:
            continue
        goals = list_goals(ctx, row.family_id, GoalStatus.ACTIVE)
        picked.append((row.family_id, row.specialist_id, [g.id for g in goals[:2]]))
        if len(picked) == count:
            return picked
    raise RuntimeError(f"only {len(picked)} active families with two active goals")


def _note(goal_ids: list[int], today: dt.date):
    from imh_desktop.domain.enums import VisitMode, VisitOutcome
    from imh_desktop.domain.inputs import VisitInput
    from imh_desktop.services.visits.records import GoalRating, NoteInput

    visit = VisitInput(
        visit_date=today,
        outcome=VisitOutcome.COMPLETED,
        mode=VisitMode.HOME,
        start_time=dt.time(10, 0),
        duration_minutes=60,
        observation="Mother held the baby facing her during the feed and answered each "
        "coo with a smile; the baby settled within a minute when she was picked up.",
        caregiver_response="She noticed how quickly the baby calmed in her arms.",
        child_presentation="Alert, feeding well, good eye contact.",
        plan="Continue the bedtime routine; try the song at bath time.",
        services=("reflective_conversation", "developmental_guidance"),
        next_visit_date=today + dt.timedelta(days=7),
    )
    ratings = tuple(GoalRating(g, 3 + i % 2, "Steady progress.") for i, g in enumerate(goal_ids))
    return NoteInput(visit=visit, ratings=ratings)


def time_save_and_sign(db, info: DatasetInfo, repeat: int) -> tuple[list[float], list[float]]:
    """Seconds of save_note and of sign_visit, one family per run (after one warm-up).

    Each note is written by the family's specialist on the data set's day.
    """
    from imh_desktop.services.visits.notes import save_note, sign_visit

    ctx = service_context(db, info)
    today = ctx.today()
    saves, signs = [], []
    for i, (family, specialist, goals) in enumerate(_candidates(ctx, repeat + 1)):
        author = ctx.as_user(specialist)
        start = time.perf_counter()
        saved = save_note(author, family, _note(goals, today))
        middle = time.perf_counter()
        sign_visit(author, saved.visit.id, saved.visit.version)
        end = time.perf_counter()
        if i:  # the first run warms the caches
            saves.append(middle - start)
            signs.append(end - middle)
    return saves, signs


def _a_visit(conn, placeholder: str = "?") -> tuple[int, int]:
    """An old visit of a closed family (untouched by the note runs) and its specialist."""
    cur = conn.cursor()
    cur.execute(
        "SELECT v.id, v.specialist_id FROM visits v JOIN families f ON f.id = v.family_id "
        "WHERE f.status = 'closed' ORDER BY v.id LIMIT 1"
    )
    row = cur.fetchone()
    if row is None:
        cur.execute("SELECT id, specialist_id FROM visits ORDER BY id LIMIT 1")
        row = cur.fetchone()
    return row[0], row[1]


def rows(label: str, saves: list[float], signs: list[float], floor: list[float], note: str):
    return [
        Row(f"save a visit note, 2 goal ratings ({label})", median(saves), median(floor),
            SAVE_TARGET, runs=len(saves), note=note),
        Row(f"sign a visit note ({label})", median(signs), median(floor), SIGN_TARGET,
            runs=len(signs), note="sign_visit; baseline as above"),
    ]  # fmt: skip


def run_sqlite(dataset: Dataset, work: Path, repeat: int) -> list[Row]:
    from imh_desktop.data.db import Database

    copy = working_copy(dataset, work, "notes.sqlite")
    db = Database(copy.url)
    try:
        saves, signs = time_save_and_sign(db, dataset.info, repeat)
    finally:
        db.dispose()
    conn = sqlite3.connect(copy.path)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        visit, staff = _a_visit(conn)
        floor = measure(lambda: bare_write(conn, visit, staff), repeat)
    finally:
        conn.close()
    note = "save_note on a copy of the data set; baseline: INSERT+UPDATE+COMMIT via sqlite3"
    note += ", WAL, synchronous=FULL"
    return rows("SQLite", saves, signs, floor, note)
