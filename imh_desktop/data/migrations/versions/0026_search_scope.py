"""search scope in the index; referral history searchable

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-01

Issue 18. A specialist's search on PostgreSQL walked the whole agency's
matches newest first and kept the 1 in 44 from her caseload (428 ms for a
common word). Each entry now carries its family's specialist, kept current
when a family is reassigned (``data.search``), with a btree index on
(specialist_id, id) so her search walks her own entries newest first; on
PostgreSQL also a GIN over (specialist_id, tsv) where the ``btree_gin``
extension can be had (a missing extension leaves the btree alone:
docs/deployment.md). The notes of a referral's status history (revision
0022) are indexed too.
"""

import sqlalchemy as sa
from alembic import op

from imh_desktop.data.search import index_history
from imh_desktop.data.search_ddl import SCOPED_GIN, SQLITE_DDL, create_scoped_gin

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

_FILL = (
    "UPDATE search_index SET specialist_id = "
    "(SELECT f.specialist_id FROM families f WHERE f.id = search_index.family_id)"
)


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("search_index", sa.Column("specialist_id", sa.Integer(), nullable=True))
    if conn.dialect.name == "postgresql":
        # Every row is rewritten: without the GIN index meanwhile, then built once (a minute
        # or two for 1.9 million entries, against far longer row by row).
        op.execute("DROP INDEX ix_search_index_tsv")
        op.execute(_FILL)
        op.execute("CREATE INDEX ix_search_index_tsv ON search_index USING gin (tsv)")
    else:
        # The words do not change: FTS5's update trigger is set aside meanwhile.
        op.execute("DROP TRIGGER search_index_au")
        op.execute(_FILL)
        op.execute(SQLITE_DDL[3])
    op.create_index("ix_search_index_specialist", "search_index", ["specialist_id", "id"])
    create_scoped_gin(conn)
    index_history(conn)


def downgrade() -> None:
    op.execute(f"DROP INDEX IF EXISTS {SCOPED_GIN}")
    op.drop_index("ix_search_index_specialist", table_name="search_index")
    op.execute("DELETE FROM search_index WHERE kind = 'referral_history'")
    op.execute("ALTER TABLE search_index DROP COLUMN specialist_id")
