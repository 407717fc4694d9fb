"""gestational days

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

Gestational age at birth is recorded in weeks and days (36+6), as birth
records give it; the ASQ rounds 4 or more extra days up to the next week.
Children recorded before this revision keep their whole weeks, with 0 days
(the same corrected age as before); days stay NULL where no weeks were
recorded.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("children", sa.Column("gestational_days", sa.SmallInteger(), nullable=True))
    op.execute("UPDATE children SET gestational_days = 0 WHERE gestational_weeks IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("children") as batch_op:
        batch_op.drop_column("gestational_days")
