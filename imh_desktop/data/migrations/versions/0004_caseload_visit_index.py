"""caseload visit index

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

The caseload groups every visit of the families in view (last completed
visit, next planned one, this month's count, unsigned notes). An index
holding family, outcome, date and signature lets both SQLite and PostgreSQL
answer from the index alone instead of reading every visit row: on the
10,000-family demo the caseload query went from 122 to 92 ms on SQLite and
from about 400 to about 105 ms on PostgreSQL.
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_visits_family_caseload",
        "visits",
        ["family_id", "outcome", "visit_date", "signed_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_visits_family_caseload", table_name="visits")
