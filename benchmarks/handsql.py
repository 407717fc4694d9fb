"""The baselines written by hand: the caseload as one SQL statement, and one bare write.

The caseload SQL returns the same rows and columns as ``list_caseload`` for the
benchmarks' supervisor, who leads every specialist (every family not closed): last completed visit,
next planned visit, completed visits this month, unsigned notes, active
goals, open and urgent alerts with the first alert's text, caregiver names,
children, the specialist's supervisor (for the reader's relation), overdue
referrals and releases of information running out: every column the
service reads. It runs through the driver alone (stdlib ``sqlite3`` or
``psycopg``), with no SQLAlchemy and no Python row building.
"""

from __future__ import annotations

import calendar
import datetime as dt

from imh_desktop.domain.family_context import RELEASE_WARN_DAYS

_CASELOAD = """
WITH f AS (SELECT id FROM families WHERE status <> 'closed'),
v AS (
  SELECT family_id,
         max(CASE WHEN outcome = 'completed' THEN visit_date END) AS last_visit,
         min(CASE WHEN outcome = 'planned' AND visit_date >= :today THEN visit_date END)
           AS next_planned,
         count(CASE WHEN outcome = 'completed' AND visit_date BETWEEN :m0 AND :m1 THEN 1 END)
           AS this_month,
         count(CASE WHEN outcome <> 'planned' AND signed_at IS NULL THEN 1 END) AS unsigned
  FROM visits WHERE family_id IN (SELECT id FROM f) GROUP BY family_id),
g AS (
  SELECT family_id, count(*) AS active_goals FROM goals
  WHERE status = 'active' AND family_id IN (SELECT id FROM f) GROUP BY family_id),
a AS (
  SELECT family_id, count(*) AS open_alerts, min(id) AS first_id,
         count(CASE WHEN kind = 'urgent' THEN 1 END) AS urgent FROM alerts
  WHERE resolved_at IS NULL AND family_id IN (SELECT id FROM f) GROUP BY family_id),
c AS (
  SELECT family_id, max(CASE WHEN is_primary THEN full_name END) AS primary_name,
         min(full_name) AS any_name, {agg_caregivers} AS caregiver_names
  FROM caregivers WHERE family_id IN (SELECT id FROM f) GROUP BY family_id),
k AS (
  SELECT family_id, {agg_children} AS child_items
  FROM children WHERE family_id IN (SELECT id FROM f) GROUP BY family_id),
r AS (
  SELECT family_id, count(*) AS overdue_referrals FROM referrals
  WHERE status = 'made' AND follow_up_on < :today AND family_id IN (SELECT id FROM f)
  GROUP BY family_id),
rl AS (
  SELECT family_id, count(*) AS expiring_releases FROM information_releases
  WHERE expires_on > :today AND expires_on <= :warn AND signed_on <= :today
    AND (revoked_on IS NULL OR revoked_on > :today) AND family_id IN (SELECT id FROM f)
  GROUP BY family_id)
SELECT fa.id, fa.case_number, fa.display_name, fa.status, fa.enrolled_on, fa.closed_on,
       fa.frequency, fa.specialist_id, s.full_name, v.last_visit, v.next_planned,
       v.this_month, v.unsigned, g.active_goals, a.open_alerts, al.text,
       c.primary_name, c.any_name, c.caregiver_names, k.child_items,
       a.urgent, s.supervisor_id, r.overdue_referrals, rl.expiring_releases
FROM families fa
JOIN staff_users s ON s.id = fa.specialist_id
LEFT JOIN v ON v.family_id = fa.id
LEFT JOIN g ON g.family_id = fa.id
LEFT JOIN a ON a.family_id = fa.id
LEFT JOIN alerts al ON al.id = a.first_id
LEFT JOIN c ON c.family_id = fa.id
LEFT JOIN k ON k.family_id = fa.id
LEFT JOIN r ON r.family_id = fa.id
LEFT JOIN rl ON rl.family_id = fa.id
WHERE fa.status <> 'closed'
ORDER BY fa.case_number
"""

SQLITE_CASELOAD = _CASELOAD.format(
    agg_caregivers="group_concat(full_name, char(30))",
    agg_children="group_concat(dob || char(31) || coalesce(gestational_weeks, '') || char(31)"
    " || coalesce(gestational_days, '') || char(31) || full_name, char(30))",
)

PG_CASELOAD = (
    _CASELOAD.format(
        agg_caregivers="string_agg(full_name, chr(30))",
        agg_children="string_agg(dob::text || chr(31) || coalesce(gestational_weeks::text, '')"
        " || chr(31) || coalesce(gestational_days::text, '') || chr(31) || full_name, chr(30))",
    )
    .replace(":today", "%(today)s")
    .replace(":m0", "%(m0)s")
    .replace(":m1", "%(m1)s")
    .replace(":warn", "%(warn)s")
)


def caseload_params(today: dt.date) -> dict[str, dt.date]:
    last = calendar.monthrange(today.year, today.month)[1]
    return {
        "today": today, "m0": today.replace(day=1), "m1": today.replace(day=last),
        "warn": today + dt.timedelta(days=RELEASE_WARN_DAYS),
    }  # fmt: skip


def sqlite_caseload(conn, today: dt.date) -> list[tuple]:
    """The caseload rows through stdlib ``sqlite3`` (dates bound as ISO text)."""
    params = {k: v.isoformat() for k, v in caseload_params(today).items()}
    return conn.execute(SQLITE_CASELOAD, params).fetchall()


def pg_caseload(conn, today: dt.date) -> list[tuple]:
    """The caseload rows through ``psycopg``."""
    with conn.cursor() as cur:
        cur.execute(PG_CASELOAD, caseload_params(today))
        rows = cur.fetchall()
    conn.rollback()
    return rows


def bare_write(conn, visit_id: int, staff_id: int, paramstyle: str = "qmark") -> None:
    """One transaction: INSERT one row and UPDATE one row, then commit (the write floor)."""
    from imh_desktop.domain.clock import SystemClock

    now: object = SystemClock().utc_now()  # as the app stores it: naive UTC
    if paramstyle == "qmark":
        now = str(now)  # SQLAlchemy stores SQLite datetimes as ISO text
    insert = (
        "INSERT INTO audit_events (at, staff_id, action, entity, entity_id, detail) "
        "VALUES (?, ?, 'sign', 'visit', ?, '')"
    )
    update = "UPDATE visits SET updated_at = ?, version = version + 1 WHERE id = ?"
    if paramstyle == "format":
        insert, update = insert.replace("?", "%s"), update.replace("?", "%s")
    cur = conn.cursor()
    cur.execute(insert, (now, staff_id, visit_id))
    cur.execute(update, (now, visit_id))
    conn.commit()
