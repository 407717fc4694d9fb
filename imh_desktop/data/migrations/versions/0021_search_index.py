"""search index

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-01

Full-text search across the record (issue 18): one row per searchable piece
of text (a note's section, its goal ratings, an amendment, a goal's
statement, baseline and strategies, a screening's result and safety check),
its words folded (lower case, no accents) in Python, and the backend's
full-text index over them: an FTS5 table kept by triggers on SQLite
(SQLCipher too), a generated ``tsvector`` column with a GIN index on
PostgreSQL. Existing rows are indexed here (the backfill).
"""

import sqlalchemy as sa
from alembic import op

from imh_desktop.data.search import create_fulltext, drop_fulltext, rebuild

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_index",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=40), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("private_to", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"], ["families.id"], name=op.f("fk_search_index_family_id_families")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_index")),
    )
    op.create_index("ix_search_index_source", "search_index", ["kind", "source_id"])
    op.create_index("ix_search_index_family_date", "search_index", ["family_id", "on_date"])
    conn = op.get_bind()
    create_fulltext(conn)
    rebuild(conn, keyed=False)  # this revision's table: ids from its sequence


def downgrade() -> None:
    drop_fulltext(op.get_bind())
    op.drop_table("search_index")
