"""draft version

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01

Autosaved note drafts get a version, like the records they draft: a window
holding an older draft can no longer overwrite a newer one saved by another
window or process (it gets a conflict instead). A unique index also keeps one
draft of a new note (no visit yet) per author and family, which the table's
unique constraint could not (NULLs never collide); should two ever exist,
only the newest is kept.
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_NEW_NOTE = sa.text("visit_id IS NULL")


def upgrade() -> None:
    with op.batch_alter_table("note_drafts") as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.execute(
        "DELETE FROM note_drafts WHERE visit_id IS NULL AND id NOT IN "
        "(SELECT MAX(id) FROM note_drafts WHERE visit_id IS NULL GROUP BY author_id, family_id)"
    )
    op.create_index(
        "uq_note_drafts_new_note", "note_drafts", ["author_id", "family_id"], unique=True,
        sqlite_where=_NEW_NOTE, postgresql_where=_NEW_NOTE,
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index("uq_note_drafts_new_note", table_name="note_drafts")
    with op.batch_alter_table("note_drafts") as batch_op:
        batch_op.drop_column("version")
