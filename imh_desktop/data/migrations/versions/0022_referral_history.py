"""referral history

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-01

Each change of a referral's status or outcome note is kept (issue 17 follow-up):
a row per change with the day, who recorded it, the status and the outcome note
as it then stood, instead of the referral's one status being overwritten.
Every existing referral gets its current status as its first row: on the day it
was made when it is still "made", otherwise on the day it was written (the day
it reached that status is not known). Reflective supervision sessions, which
become editable, get a version column for the edit check.
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

STATUS = sa.Enum(
    "made", "connected", "referral_declined", "referral_closed",
    name="referralstatus", native_enum=False, length=24,
)  # fmt: skip


def _day(value: object, made_on: dt.date) -> dt.date:
    """The day a status was reached, as well as can be known: never before the referral."""
    if isinstance(value, str):  # SQLite hands DateTime back as text through Core
        value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime):
        return max(value.date(), made_on)
    return made_on


def upgrade() -> None:
    changes = op.create_table(
        "referral_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("status", STATUS, nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"], ["referrals.id"],
            name=op.f("fk_referral_status_changes_referral_id_referrals"),
        ),
        sa.ForeignKeyConstraint(
            ["changed_by_id"], ["staff_users.id"],
            name=op.f("fk_referral_status_changes_changed_by_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_status_changes")),
    )  # fmt: skip
    op.create_index(
        "ix_referral_status_changes_referral_id", "referral_status_changes", ["referral_id"]
    )
    referrals = sa.table(
        "referrals", sa.column("id", sa.Integer()), sa.column("status", sa.String()),
        sa.column("made_on", sa.Date()), sa.column("outcome", sa.Text()),
        sa.column("created_by_id", sa.Integer()), sa.column("created_at", sa.DateTime()),
    )  # fmt: skip
    conn = op.get_bind()
    rows = [
        {
            "referral_id": r.id, "status": r.status, "note": r.outcome or "",
            "changed_on": r.made_on if r.status == "made" else _day(r.created_at, r.made_on),
            "changed_by_id": r.created_by_id, "created_at": r.created_at,
        }  # fmt: skip
        for r in conn.execute(sa.select(referrals).order_by(referrals.c.id))
    ]
    if rows:
        op.bulk_insert(changes, rows)
    with op.batch_alter_table("supervision_sessions") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("supervision_sessions") as batch:
        batch.drop_column("version")
    op.drop_index("ix_referral_status_changes_referral_id", "referral_status_changes")
    op.drop_table("referral_status_changes")
