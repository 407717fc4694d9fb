"""signed snapshot

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01

What a signed note said about its goals at signing: each rated goal's
statement, domain, target date, who it is for, the rating and its note, plus
the family's and the author's names. Goal edits and revisions after signing
no longer change what a signed note shows. Notes signed before this revision
have none and show the goals as they are (marked as such).
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visits") as batch_op:
        batch_op.add_column(sa.Column("goal_snapshot", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("visits") as batch_op:
        batch_op.drop_column("goal_snapshot")
