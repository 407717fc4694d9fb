"""open families index

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-02

A supervisor's caseload chooses her team's open families. With eight in ten
families closed at a state program's scale (50,000 families), PostgreSQL
read the whole families table for them (~15 ms of the caseload's ~150 ms;
``ix_families_specialist_status`` cannot answer "status <> 'closed'" by a
range). A partial index on the open families' specialist answers it from
~8,000 index entries instead (docs/performance.md). Declared for
autogenerate by ``data.models.visits.declare_partial_indexes``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None

_OPEN = sa.text("status <> 'closed'")


def upgrade() -> None:
    op.create_index(
        "ix_families_open_specialist", "families", ["specialist_id"],
        sqlite_where=_OPEN, postgresql_where=_OPEN,
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_families_open_specialist", table_name="families")
