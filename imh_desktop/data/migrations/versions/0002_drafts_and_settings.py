"""note drafts and agency settings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Autosaved visit-note drafts (so a crash loses seconds, not a note) and the
agency-wide settings table (agency name and address for reports).
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agency_settings",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_agency_settings")),
    )
    op.create_table(
        "note_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["staff_users.id"],
            name=op.f("fk_note_drafts_author_id_staff_users"),
        ),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["families.id"],
            name=op.f("fk_note_drafts_family_id_families"),
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_note_drafts_visit_id_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_drafts")),
        sa.UniqueConstraint(
            "author_id", "family_id", "visit_id", name=op.f("uq_note_drafts_author_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("note_drafts")
    op.drop_table("agency_settings")
