"""search index keyed by date; referrals searchable

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-01

Issue 18. The search index is made again with its id as the sort key
(``data.search.entry_key``: the date in the high bits), so id order is
newest-first order and both full-text indexes hand out matches in result
order and stop at the page (FTS5 by rowid, PostgreSQL by the primary key
backwards, or the GIN bitmap for rare words). Referrals (agency, reason,
outcome) are indexed too. The index holds nothing but copies of the record,
so it is dropped and filled again (``rebuild``) rather than rewritten.
"""

import sqlalchemy as sa
from alembic import op

from imh_desktop.data.search import create_fulltext, drop_fulltext, rebuild

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def _create(key: sa.types.TypeEngine, keyed: bool) -> None:  # type: ignore[type-arg]
    op.create_table(
        "search_index",
        sa.Column("id", key, autoincrement=not keyed, nullable=False),
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


def _remake(key: sa.types.TypeEngine, keyed: bool) -> None:  # type: ignore[type-arg]
    conn = op.get_bind()
    drop_fulltext(conn)
    op.drop_table("search_index")
    _create(key, keyed)
    create_fulltext(conn)
    rebuild(conn, keyed=keyed)


def upgrade() -> None:
    # INTEGER PRIMARY KEY is SQLite's rowid (64-bit); PostgreSQL needs BIGINT.
    _remake(sa.BigInteger().with_variant(sa.Integer(), "sqlite"), keyed=True)


def downgrade() -> None:
    # The 0021 table: ids from a sequence, and no referrals (0021's code does not know them).
    _remake(sa.Integer(), keyed=False)
    op.execute("DELETE FROM search_index WHERE kind IN ('referral', 'referral_history')")
