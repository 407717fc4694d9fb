"""safety check

Revision ID: 0011
Revises: 0006
Create Date: 2026-12-01

The same-day safety check after a self-harm answer (EPDS item 10, PHQ-9
item 9): who did it, what was done, the outcome, and who recorded it when.
A note with such a screening cannot be signed until it is recorded.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0006"
branch_labels = None
depends_on = None

FK = "fk_screenings_safety_recorded_by"


def upgrade() -> None:
    with op.batch_alter_table("screenings") as batch_op:
        batch_op.add_column(sa.Column("safety_checked_by", sa.String(200), nullable=True))
        batch_op.add_column(sa.Column("safety_action", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("safety_outcome", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("safety_recorded_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("safety_recorded_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(FK, "staff_users", ["safety_recorded_by_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("screenings") as batch_op:
        batch_op.drop_constraint(FK, type_="foreignkey")
        for name in (
            "safety_recorded_by_id",
            "safety_recorded_at",
            "safety_outcome",
            "safety_action",
            "safety_checked_by",
        ):
            batch_op.drop_column(name)
