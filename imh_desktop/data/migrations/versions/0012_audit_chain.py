"""audit chain

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

Tamper evidence (docs/security.md). Audit events get a chain position
(``seq``), the family they concern, and a SHA-256 ``hash`` over their content
and the previous event's hash (``prev_hash``); ``audit_chain`` holds the
chain's head, locked by every append. Signed notes get ``content_hash``, the
SHA-256 of their signed content; amendments a ``hash`` chained on it.

Existing rows are sealed as they are found: the events are chained in id
order, and every signed note gets one "seal" event (by no one: the upgrade)
that records its content hash, co-signature, amendments and earlier events.
What was changed before this upgrade cannot be told apart; from now on it can.

Last, triggers refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL) on
``audit_events``. Note for later revisions: SQLite's batch mode rebuilds a
table by copying it, which drops its triggers; a revision that alters
``audit_events`` in batch mode must create the triggers again
(tests/data/test_migrations.py checks they exist at head).
"""

import json

import sqlalchemy as sa
from alembic import op

from imh_desktop.domain.clock import SystemClock
from imh_desktop.domain.integrity import (
    GENESIS,
    EventContent,
    amendment_hash,
    canonical_json,
    cosign_hash,
    event_hash,
    note_hash,
)

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

CHUNK = 5000
REFUSE = "audit events are append-only"
# Entities whose table names the family (for filing old events under it).
FAMILY_TABLES = {
    "visit": "visits",
    "goal": "goals",
    "caregiver": "caregivers",
    "child": "children",
    "screening": "screenings",
    "alert": "alerts",
}

events_t = sa.table(
    "audit_events",
    sa.column("id", sa.Integer),
    sa.column("at", sa.DateTime),
    sa.column("staff_id", sa.Integer),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.Integer),
    sa.column("detail", sa.Text),
    sa.column("seq", sa.Integer),
    sa.column("family_id", sa.Integer),
    sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
)
visits_t = sa.table(
    "visits",
    sa.column("id", sa.Integer),
    sa.column("family_id", sa.Integer),
    sa.column("specialist_id", sa.Integer),
    sa.column("visit_date", sa.Date),
    sa.column("start_time", sa.Time),
    sa.column("duration_minutes", sa.Integer),
    sa.column("mode", sa.String),
    sa.column("outcome", sa.String),
    sa.column("cancel_reason", sa.Text),
    sa.column("participants", sa.JSON),
    sa.column("services", sa.JSON),
    sa.column("observation", sa.Text),
    sa.column("caregiver_response", sa.Text),
    sa.column("child_presentation", sa.Text),
    sa.column("plan", sa.Text),
    sa.column("reflection", sa.Text),
    sa.column("next_visit_date", sa.Date),
    sa.column("signed_at", sa.DateTime),
    sa.column("signed_by_id", sa.Integer),
    sa.column("cosigned_at", sa.DateTime),
    sa.column("cosigned_by_id", sa.Integer),
    sa.column("content_hash", sa.String),
)
progress_t = sa.table(
    "goal_progress",
    sa.column("visit_id", sa.Integer),
    sa.column("goal_id", sa.Integer),
    sa.column("rating", sa.Integer),
    sa.column("note", sa.Text),
)
amendments_t = sa.table(
    "amendments",
    sa.column("id", sa.Integer),
    sa.column("visit_id", sa.Integer),
    sa.column("author_id", sa.Integer),
    sa.column("created_at", sa.DateTime),
    sa.column("section", sa.String),
    sa.column("reason", sa.Text),
    sa.column("text", sa.Text),
    sa.column("hash", sa.String),
)


def upgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("family_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    with op.batch_alter_table("visits") as batch:
        batch.add_column(sa.Column("content_hash", sa.String(length=64), nullable=True))
    with op.batch_alter_table("amendments") as batch:
        batch.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_chain",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain")),
    )
    conn = op.get_bind()
    seq, head, history = _chain_existing(conn)
    seq, head = _seal_signed_notes(conn, seq, head, history)
    conn.execute(sa.text("INSERT INTO audit_chain (id, seq, head_hash) VALUES (1, :s, :h)"),
                 {"s": seq, "h": head})  # fmt: skip
    op.create_index("ix_audit_events_seq", "audit_events", ["seq"], unique=True)
    op.create_index("ix_audit_events_family_at", "audit_events", ["family_id", "at"])
    op.create_index("ix_audit_events_entity", "audit_events", ["entity", "entity_id"])
    op.create_index("ix_audit_events_staff_at", "audit_events", ["staff_id", "at"])
    create_append_only_triggers(conn)


def create_append_only_triggers(conn: sa.Connection) -> None:
    """Refuse UPDATE and DELETE on audit_events (and TRUNCATE on PostgreSQL)."""
    if conn.dialect.name == "sqlite":
        for kind in ("update", "delete"):
            conn.exec_driver_sql(
                f"CREATE TRIGGER audit_events_no_{kind} BEFORE {kind.upper()} ON audit_events "
                f"BEGIN SELECT RAISE(ABORT, '{REFUSE}'); END"
            )
        return
    conn.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION imh_audit_append_only() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        f"RAISE EXCEPTION '{REFUSE}' USING ERRCODE = 'insufficient_privilege'; "
        "END $$"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events "
        "FOR EACH ROW EXECUTE FUNCTION imh_audit_append_only()"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
        "FOR EACH STATEMENT EXECUTE FUNCTION imh_audit_append_only()"
    )


def _family_lookup(conn: sa.Connection) -> dict[str, dict[int, int]]:
    return {
        entity: dict(conn.execute(sa.text(f"SELECT id, family_id FROM {table}")).all())
        for entity, table in FAMILY_TABLES.items()
    }


def _family_id(row: sa.Row, lookup: dict[str, dict[int, int]]) -> int | None:
    if row.entity == "family":
        return row.entity_id
    try:
        detail = json.loads(row.detail) if row.detail else {}
    except ValueError:
        detail = {}
    given = detail.get("family_id") if isinstance(detail, dict) else None
    if isinstance(given, int):
        return given
    return lookup.get(row.entity, {}).get(row.entity_id)


def _chain_existing(conn: sa.Connection) -> tuple[int, str, dict[int, list[int]]]:
    """Chain the events already there in id order; returns (last seq, its hash, visit events)."""
    lookup = _family_lookup(conn)
    seq, prev, last_id = 0, GENESIS, 0
    history: dict[int, list[int]] = {}
    while True:
        rows = conn.execute(
            sa.select(events_t).where(events_t.c.id > last_id).order_by(events_t.c.id).limit(CHUNK)
        ).all()
        if not rows:
            return seq, prev, history
        updates = []
        for row in rows:
            seq += 1
            family_id = _family_id(row, lookup)
            content = EventContent(seq, row.at, row.staff_id, row.action, row.entity,
                                   row.entity_id, family_id, row.detail or "")  # fmt: skip
            digest = event_hash(content, prev)
            updates.append({"i": row.id, "s": seq, "f": family_id, "p": prev, "h": digest})
            if row.entity == "visit" and row.entity_id is not None:
                history.setdefault(row.entity_id, []).append(seq)
            prev, last_id = digest, row.id
        conn.execute(
            sa.text("UPDATE audit_events SET seq = :s, family_id = :f, prev_hash = :p, "
                    "hash = :h WHERE id = :i"),
            updates,
        )  # fmt: skip


def _seal_signed_notes(
    conn: sa.Connection, seq: int, prev: str, history: dict[int, list[int]]
) -> tuple[int, str]:
    """Seal every signed note (and its amendments) with one "seal" event each."""
    now = SystemClock().utc_now()
    last_id = 0
    while True:
        visits = conn.execute(
            sa.select(visits_t)
            .where(visits_t.c.id > last_id, visits_t.c.signed_at.is_not(None))
            .order_by(visits_t.c.id)
            .limit(CHUNK)
        ).all()
        if not visits:
            return seq, prev
        ids = [v.id for v in visits]
        ratings: dict[int, list[tuple[int, int, str]]] = {}
        for r in conn.execute(sa.select(progress_t).where(progress_t.c.visit_id.in_(ids))):
            ratings.setdefault(r.visit_id, []).append((r.goal_id, r.rating, r.note or ""))
        amendments: dict[int, list[sa.Row]] = {}
        query = sa.select(amendments_t).where(amendments_t.c.visit_id.in_(ids))
        for a in conn.execute(query.order_by(amendments_t.c.id)):
            amendments.setdefault(a.visit_id, []).append(a)
        seals, amended, events = [], [], []
        for v in visits:
            content = note_hash(v._mapping, ratings.get(v.id, ()))
            seals.append({"i": v.id, "h": content})
            detail: dict[str, object] = {"family_id": v.family_id, "content_hash": content}
            if v.cosigned_at is not None:
                detail["cosign_hash"] = cosign_hash(content, v.cosigned_by_id, v.cosigned_at)
            link, hashes = content, {}
            for a in amendments.get(v.id, ()):
                link = amendment_hash(link, v.id, a.author_id, a.created_at, a.section,
                                      a.reason, a.text)  # fmt: skip
                amended.append({"i": a.id, "h": link})
                hashes[str(a.id)] = link
            if hashes:
                detail["amendments"] = hashes
            detail["history"] = history.get(v.id, [])
            detail["sealed_by"] = "upgrade to revision 0012"
            seq += 1
            text = canonical_json(detail)
            digest = event_hash(
                EventContent(seq, now, None, "seal", "visit", v.id, v.family_id, text), prev
            )
            events.append({"seq": seq, "at": now, "staff_id": None, "action": "seal",
                           "entity": "visit", "entity_id": v.id, "family_id": v.family_id,
                           "detail": text, "prev_hash": prev, "hash": digest})  # fmt: skip
            prev = digest
        conn.execute(sa.text("UPDATE visits SET content_hash = :h WHERE id = :i"), seals)
        if amended:
            conn.execute(sa.text("UPDATE amendments SET hash = :h WHERE id = :i"), amended)
        conn.execute(sa.insert(events_t), events)
        last_id = visits[-1].id


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_no_update")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_no_delete")
    else:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS imh_audit_append_only()")
    for name in ("ix_audit_events_staff_at", "ix_audit_events_entity",
                 "ix_audit_events_family_at", "ix_audit_events_seq"):  # fmt: skip
        op.drop_index(name, table_name="audit_events")
    op.drop_table("audit_chain")
    with op.batch_alter_table("amendments") as batch:
        batch.drop_column("hash")
    with op.batch_alter_table("visits") as batch:
        batch.drop_column("content_hash")
    with op.batch_alter_table("audit_events") as batch:
        for column in ("hash", "prev_hash", "family_id", "seq"):
            batch.drop_column(column)
