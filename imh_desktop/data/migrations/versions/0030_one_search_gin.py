"""one GIN over the search entries' words

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-04

Issue 18. On PostgreSQL the search entries' words had two GIN indexes where
the server has ``btree_gin``: ``ix_search_index_tsv`` over (tsv) and revision
0026's ``ix_search_index_specialist_tsv`` over (specialist_id, tsv). A
multicolumn GIN serves a condition on any subset of its columns as well as a
one-column GIN would (PostgreSQL's manual, "Multicolumn Indexes"), so the
first is redundant: the agency-wide and team searches take the second at the
same speed (docs/performance.md, "One GIN over the words"). Dropping it saves
its upkeep on every note saved and a build of a minute or more when the
index is made again (the demo generator, ``data.search.rebuild``). Where the
server lacks ``btree_gin`` there is no second GIN, and the first stays.
"""

from alembic import op

from imh_desktop.data.search_ddl import drop_redundant_gin, restore_words_gin

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None


def upgrade() -> None:
    drop_redundant_gin(op.get_bind())


def downgrade() -> None:
    restore_words_gin(op.get_bind())
