"""Revision 0026: a filled database gets the entries' specialists and the referral history."""

from __future__ import annotations

import dataclasses

import pytest
from alembic import command
from sqlalchemy import inspect, text

from imh_desktop.data.db import Database
from imh_desktop.data.migrate import current_revision, head_revision
from imh_desktop.domain.enums import ReferralStatus, ReferralType
from imh_desktop.domain.family_context import ReferralInput
from imh_desktop.services.family.referrals import make_referral, update_referral
from imh_desktop.services.search.records import search_records
from tests.factories import TODAY, migrate_to, signed_note

# Taken back to before revision 0028: the app writes its events in lane 0 (one chain).
pytestmark = pytest.mark.usefixtures("one_lane")


def _columns(db: Database) -> set[str]:
    return {c["name"] for c in inspect(db.engine).get_columns("search_index")}


def test_upgrade_from_0025_fills_the_specialists_and_indexes_the_history(db, as_user, staff):
    family, _note = signed_note(as_user, staff, observation="Ánh read to the kittens.")
    ana, ben = as_user(staff["aspecialist"]), as_user(staff["bspecialist"])
    data = ReferralInput(ReferralType.HOUSING, "Maison Hébergement", TODAY, "Lost the flat.",
                         follow_up_on=TODAY)  # fmt: skip
    made = make_referral(ana, family.id, data)
    for status, outcome in ((ReferralStatus.CONNECTED, "Staying at her cousin's in Léon."),
                            (ReferralStatus.CLOSED, "Housed.")):  # fmt: skip
        data = dataclasses.replace(data, status=status, outcome=outcome)
        made = update_referral(ana, made.id, data, made.version)

    migrate_to(db, command.downgrade, "0025")
    assert "specialist_id" not in _columns(db)
    with db.engine.connect() as conn:
        kinds = {r[0] for r in conn.execute(text("SELECT DISTINCT kind FROM search_index"))}
    assert "referral_history" not in kinds and "note" in kinds

    migrate_to(db, command.upgrade, "head")
    assert current_revision(db) == head_revision()
    with db.engine.connect() as conn:
        specialists = conn.execute(text("SELECT DISTINCT specialist_id FROM search_index"))
        assert [r[0] for r in specialists] == [staff["aspecialist"]]
    [hit] = search_records(ana, "leon").hits
    assert (hit.kind, hit.section, hit.referral_id) == ("referral_history", "connected", made.id)
    assert [h.kind for h in search_records(ana, "kittens").hits] == ["note"]
    assert search_records(ben, "leon").hits == ()
