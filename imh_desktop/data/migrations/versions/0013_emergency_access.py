"""emergency access grants

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01

A clinician who must open a family outside their caseload ("break the
glass") types a reason and gets time-limited access: one row per grant, kept
for the supervisors' review (who, which family, when, why, until when).
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "emergency_access",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name=op.f("fk_emergency_access_staff_id_staff_users")
        ),
        sa.ForeignKeyConstraint(
            ["family_id"], ["families.id"], name=op.f("fk_emergency_access_family_id_families")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emergency_access")),
    )
    op.create_index(
        "ix_emergency_access_staff_family", "emergency_access", ["staff_id", "family_id"]
    )
    op.create_index(
        op.f("ix_emergency_access_family_id"), "emergency_access", ["family_id"]
    )
    op.create_index(
        op.f("ix_emergency_access_granted_at"), "emergency_access", ["granted_at"]
    )


def downgrade() -> None:
    op.drop_table("emergency_access")
