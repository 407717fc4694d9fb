"""family context

Revision ID: 0020
Revises: 0016
Create Date: 2026-12-01

A family's context (issue 17): the stressors it lives with (noted, resolved),
dated ratings of the five protective factors, consent to services, releases
of information to other agencies, and referrals with their follow-up; and
reflective supervision sessions (a supervisor with a specialist, the families
discussed). New tables only: nothing existing is copied or changed.
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0016"
branch_labels = None
depends_on = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=24)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def _version() -> sa.Column:
    return sa.Column("version", sa.Integer(), server_default="1", nullable=False)


def upgrade() -> None:
    op.create_table(
        "family_stressors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("stressor", _enum(
            "stressor", "caregiver_depression", "substance_use", "partner_violence",
            "housing_instability", "food_insecurity", "financial_hardship",
            "childhood_adversity", "welfare_involvement", "incarceration", "teen_parent",
            "social_isolation", "immigration_stress", "medical_complexity",
        ), nullable=False),  # fmt: skip
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        _version(),
        _fk("family_stressors", "family_id", "families"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_stressors")),
    )
    op.create_index("ix_family_stressors_family_id", "family_stressors", ["family_id"])
    op.create_table(
        "factor_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("factor", _enum(
            "protectivefactor", "parental_resilience", "social_connections",
            "parenting_knowledge", "concrete_support", "social_emotional",
        ), nullable=False),  # fmt: skip
        sa.Column("rating", _enum("factorrating", "strength", "building", "need"), nullable=False),
        sa.Column("rated_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("rated_by_id", sa.Integer(), nullable=False),
        _fk("factor_ratings", "family_id", "families"),
        _fk("factor_ratings", "rated_by_id", "staff_users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_factor_ratings")),
    )
    op.create_index(
        "ix_factor_ratings_family_factor", "factor_ratings", ["family_id", "factor"]
    )
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("signed_by", sa.String(200), nullable=False),
        sa.Column("form_version", sa.String(40), nullable=False),
        _version(),
        _fk("consents", "family_id", "families"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    op.create_index("ix_consents_family_id", "consents", ["family_id"])
    op.create_table(
        "information_releases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(200), nullable=False),
        sa.Column("shares", sa.Text(), nullable=False),
        sa.Column("signed_by", sa.String(200), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        _version(),
        _fk("information_releases", "family_id", "families"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_information_releases")),
    )
    op.create_index("ix_information_releases_family_id", "information_releases", ["family_id"])
    op.create_index("ix_information_releases_expires_on", "information_releases", ["expires_on"])
    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("referral_type", _enum(
            "referraltype", "part_c", "mental_health", "substance_use_treatment",
            "domestic_violence", "housing", "food_wic", "pediatric_care", "child_care",
            "legal_aid", "other",
        ), nullable=False),  # fmt: skip
        sa.Column("caregiver_id", sa.Integer(), nullable=True),
        sa.Column("child_id", sa.Integer(), nullable=True),
        sa.Column("agency", sa.String(200), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", _enum(
            "referralstatus", "made", "connected", "referral_declined", "referral_closed",
        ), nullable=False),  # fmt: skip
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("shares_information", sa.Boolean(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=True),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("alert_id", sa.Integer(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _version(),
        _fk("referrals", "family_id", "families"),
        _fk("referrals", "caregiver_id", "caregivers"),
        _fk("referrals", "child_id", "children"),
        _fk("referrals", "release_id", "information_releases"),
        _fk("referrals", "visit_id", "visits"),
        _fk("referrals", "alert_id", "alerts"),
        _fk("referrals", "created_by_id", "staff_users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    op.create_index("ix_referrals_family_id", "referrals", ["family_id"])
    op.create_index("ix_referrals_status_follow_up", "referrals", ["status", "follow_up_on"])


    op.create_table(
        "supervision_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("supervisor_id", sa.Integer(), nullable=False),
        sa.Column("specialist_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.SmallInteger(), nullable=False),
        sa.Column("private_note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("supervision_sessions", "supervisor_id", "staff_users"),
        _fk("supervision_sessions", "specialist_id", "staff_users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_sessions")),
    )
    op.create_index(
        "ix_supervision_sessions_specialist_held", "supervision_sessions",
        ["specialist_id", "held_on"],
    )  # fmt: skip
    op.create_table(
        "supervision_families",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        _fk("supervision_families", "session_id", "supervision_sessions"),
        _fk("supervision_families", "family_id", "families"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_families")),
        sa.UniqueConstraint("session_id", "family_id",
                            name=op.f("uq_supervision_families_session_id")),  # fmt: skip
    )
    op.create_index("ix_supervision_families_session_id", "supervision_families", ["session_id"])
    op.create_index("ix_supervision_families_family_id", "supervision_families", ["family_id"])


def downgrade() -> None:
    for table in (
        "supervision_families", "supervision_sessions", "referrals", "information_releases",
        "consents", "factor_ratings", "family_stressors",
    ):  # fmt: skip
        op.drop_table(table)
