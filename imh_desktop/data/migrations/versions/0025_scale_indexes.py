"""scale indexes

Revision ID: 0025
Revises: 0023
Create Date: 2026-12-01

A supervisor's caseload chooses the team's families by specialist and
status. With only ``families(specialist_id)`` each of the team's families
(closed ones too: 8 of 10 at agency scale) was read from the table to test
its status; an index on both answers from the index alone. On the
10,000-family data set the scope's part of the caseload query went from
9.6 to 1.7 ms of CPU on SQLite, which took the caseload query from 1.4x to
1.2x the hand-written SQL (docs/performance.md).
"""

from alembic import op

revision = "0025"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_families_specialist_status", "families", ["specialist_id", "status"])


def downgrade() -> None:
    op.drop_index("ix_families_specialist_status", table_name="families")
