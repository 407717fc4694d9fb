"""audit chain lanes

Revision ID: 0028
Revises: 0026
Create Date: 2026-12-01

Issue 18. Every audited unit of work (each read as well as each write) locked
the audit chain's one head row from its append to its commit, so on a shared
PostgreSQL the agency's saves queued behind each other's and behind reads
(docs/performance.md, "The agency under load"). The chain becomes sixteen
independent chains, "lanes": ``audit_chain`` gets one head row per lane, its
``id`` being the lane (0-15), and every event records its ``lane``; ``seq``
numbers the events of each lane 1, 2, 3… and ``prev_hash`` is the hash of the
event before in the same lane. A transaction appends to one lane, one no
other transaction holds at that moment where it can (services.audit.chain).

The existing chain becomes lane 0 as it is: its events keep their numbers
and hashes (lane 0 is hashed in the first format, domain.integrity), its head
row moves from id 1 to id 0, and lanes 1-15 start empty. No event row is
rewritten (the append-only triggers stay as they are: the column is added
with a constant default, which neither SQLite nor PostgreSQL 11+ writes row
by row). The unique index on ``seq`` becomes one on (lane, seq).

Downgrade puts the head back at id 1 and is refused once any event was
chained in another lane than 0: one chain could not hold them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0028"
down_revision = "0026"
branch_labels = None
depends_on = None

LANES = 16
GENESIS = "0" * 64


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column(
        "audit_events", sa.Column("lane", sa.Integer(), nullable=False, server_default="0")
    )
    op.drop_index("ix_audit_events_seq", table_name="audit_events")
    op.create_index("ix_audit_events_lane_seq", "audit_events", ["lane", "seq"], unique=True)
    conn.execute(sa.text("UPDATE audit_chain SET id = 0 WHERE id = 1"))
    conn.execute(
        sa.text("INSERT INTO audit_chain (id, seq, head_hash) VALUES (:lane, 0, :h)"),
        [{"lane": lane, "h": GENESIS} for lane in range(1, LANES)],
    )


def downgrade() -> None:
    conn = op.get_bind()
    others = conn.execute(sa.text("SELECT count(*) FROM audit_events WHERE lane <> 0")).scalar()
    if others:
        raise RuntimeError(
            f"{others} audit events are chained in lanes other than 0; "
            "revision 0026 keeps one chain only, so this database cannot go back to it."
        )
    conn.execute(sa.text("DELETE FROM audit_chain WHERE id <> 0"))
    conn.execute(sa.text("UPDATE audit_chain SET id = 1 WHERE id = 0"))
    op.drop_index("ix_audit_events_lane_seq", table_name="audit_events")
    op.create_index("ix_audit_events_seq", "audit_events", ["seq"], unique=True)
    # Not batch mode: on SQLite that rebuilds the table and drops its append-only triggers.
    op.execute("ALTER TABLE audit_events DROP COLUMN lane")
