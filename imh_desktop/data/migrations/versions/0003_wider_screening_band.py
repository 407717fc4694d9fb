"""wider screening band

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

An ASQ-3 result names every area below or close to its cut-off, which can
run past 60 characters ("below the cut-off in communication, gross motor;
close to the cut-off in fine motor"). PostgreSQL refused such rows.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("screenings") as batch_op:
        batch_op.alter_column(
            "band", existing_type=sa.String(length=60), type_=sa.String(length=240),
            existing_nullable=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("screenings") as batch_op:
        batch_op.alter_column(
            "band", existing_type=sa.String(length=240), type_=sa.String(length=60),
            existing_nullable=False,
        )
