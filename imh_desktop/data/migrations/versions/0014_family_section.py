"""family section

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01

A visit note's section written for the family ("For the family"), in plain
words and the family's language. The family handout prints it; it is kept
apart from the clinical sections, which never print on the handout. Existing
notes get an empty section (their seals stay valid: an empty section is not
part of a note's signed content, domain.integrity.note_hash).
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no batch copy), so the triggers on audit_events are untouched.
    op.add_column(
        "visits", sa.Column("family_note", sa.Text(), nullable=False, server_default="")
    )


def downgrade() -> None:
    with op.batch_alter_table("visits") as batch_op:
        batch_op.drop_column("family_note")
