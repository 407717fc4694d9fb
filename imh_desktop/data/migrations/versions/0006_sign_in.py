"""sign in

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

Accounts that sign in: whether a password set by an administrator must be
changed at the next sign-in, failed attempts in a row and until when the
account waits after too many, and when the person last signed in, changed
their password, or was deactivated. Existing accounts keep a NULL password
hash: they cannot sign in until the first administrator (``imh-desktop setup``)
gives each a temporary password.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

NEW = ("locked_until", "last_sign_in_at", "password_changed_at", "deactivated_at")


def upgrade() -> None:
    with op.batch_alter_table("staff_users") as batch_op:
        batch_op.add_column(
            sa.Column(
                "must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch_op.add_column(
            sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0")
        )
        for name in NEW:
            batch_op.add_column(sa.Column(name, sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff_users") as batch_op:
        for name in ("must_change_password", "failed_sign_ins", *NEW):
            batch_op.drop_column(name)
