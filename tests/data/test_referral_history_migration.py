"""Revision 0022: each referral's current status becomes its first history row.

The database is filled at head through the services, taken back to 0021 (the
history table and the supervision version go) with its referrals and sessions
kept, then upgraded again: the backfill runs on real rows, on either backend.
"""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import inspect, text

from imh_desktop.data.db import Database
from imh_desktop.data.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    upgrade_database,
)
from imh_desktop.domain.enums import ReferralStatus, ReferralType
from imh_desktop.domain.family_context import ReferralInput
from imh_desktop.domain.supervision import SupervisionInput
from imh_desktop.services.family import families, referrals
from imh_desktop.services.team import supervision
from tests.factories import family_input

D = dt.date
# Taken back to before revision 0028: the app writes its events in lane 0 (one chain).
pytestmark = pytest.mark.usefixtures("one_lane")


def _downgrade(db: Database, revision: str) -> None:
    config = alembic_config()
    with db.engine.connect() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        with conn.begin():
            config.attributes["connection"] = conn
            command.downgrade(config, revision)


def _referral(status: ReferralStatus, outcome: str = "") -> ReferralInput:
    return ReferralInput(ReferralType.HOUSING, "HA", D(2026, 11, 2), "Eviction", status,
                         D(2026, 11, 20), outcome)  # fmt: skip


def test_upgrade_from_0021_gives_each_referral_its_current_status(db, as_user, staff, clock):
    sam, ana = as_user(staff["ssupervisor"]), as_user(staff["aspecialist"])
    family = families.create_family(sam, family_input(staff["aspecialist"]))
    waiting = referrals.make_referral(ana, family.id, _referral(ReferralStatus.MADE))
    settled = referrals.make_referral(ana, family.id, _referral(ReferralStatus.MADE))
    clock.set(D(2026, 11, 24))
    referrals.update_referral(ana, settled.id, _referral(ReferralStatus.CONNECTED, "Housed."),
                              settled.version)  # fmt: skip
    supervision.record_supervision(sam, SupervisionInput(
        staff["aspecialist"], D(2026, 11, 20), 60, (family.id,), "Held the worry."))  # fmt: skip

    _downgrade(db, "0021")
    assert current_revision(db) == "0021"
    names = inspect(db.engine).get_table_names()
    assert "referral_status_changes" not in names
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM referrals")).scalar() == 2

    upgrade_database(db)
    assert current_revision(db) == head_revision()
    [first_waiting] = referrals.list_referrals(ana, family.id)[1].history
    [first_settled] = referrals.list_referrals(ana, family.id)[0].history
    assert referrals.list_referrals(ana, family.id)[1].id == waiting.id
    assert (first_waiting.status, first_waiting.changed_on, first_waiting.note) == (
        ReferralStatus.MADE, D(2026, 11, 2), "")  # fmt: skip
    # settled before history was kept: its status, on the day the row was written
    assert (first_settled.status, first_settled.note) == (ReferralStatus.CONNECTED, "Housed.")
    assert first_settled.changed_on == D(2026, 11, 25)
    assert first_settled.changed_by_name == "Ana Specialist"
    [session] = supervision.list_supervision(sam, staff["aspecialist"])
    assert session.version == 1 and session.private_note == "Held the worry."
