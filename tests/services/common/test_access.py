"""How the acting user stands to a family, a note or a staff member (the permission table's relation)."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.data.models import EmergencyAccess, StaffUser, Visit
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import NotFoundError
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.domain.permissions import Relation
from imh_desktop.services.admin.staff import create_staff
from imh_desktop.services.common.access import (
    SCOPE_RELATIONS,
    emergency_until,
    family_relation,
    load_family,
    note_relation,
    staff_relation,
)
from imh_desktop.services.family import families
from tests.factories import TODAY, add_visit, family_input, family_version

NOW = dt.datetime(2026, 11, 25, 10, 0)


@pytest.fixture
def people(db, as_user, staff):
    olga = create_staff(as_user(staff["aadmin"]), "olga", "Olga Other", Role.SUPERVISOR).id
    family = families.create_family(
        as_user(staff["aspecialist"]), family_input(staff["aspecialist"])
    )
    return {**staff, "olga": olga, "family": family.id}


def _actor(session, staff_id):
    return session.get(StaffUser, staff_id)


def test_own_team_and_other(db, people):
    with db.read() as s:
        sam, ana, olga = (_actor(s, people[k]) for k in ("ssupervisor", "aspecialist", "olga"))
        family = load_family(s, people["family"])
        assert staff_relation(s, ana, ana.id) is Relation.OWN
        assert staff_relation(s, sam, ana.id) is Relation.TEAM
        assert staff_relation(s, ana, people["bspecialist"]) is Relation.OTHER
        assert staff_relation(s, ana, None) is Relation.OTHER
        assert family_relation(s, ana, family, NOW) is Relation.OWN
        assert family_relation(s, sam, family, NOW) is Relation.TEAM
        assert family_relation(s, olga, family, NOW) is Relation.OTHER
        with pytest.raises(NotFoundError):
            load_family(s, 999)


def test_a_live_emergency_grant_makes_the_relation_emergency(db, clock, people):
    with db.session(clock) as s:
        s.add(EmergencyAccess(staff_id=people["olga"], family_id=people["family"], reason="x" * 12,
                              granted_at=NOW, expires_at=NOW + dt.timedelta(hours=4)))  # fmt: skip
    with db.read() as s:
        olga, family = _actor(s, people["olga"]), load_family(s, people["family"])
        assert emergency_until(s, olga.id, family.id, NOW) == NOW + dt.timedelta(hours=4)
        assert family_relation(s, olga, family, NOW) is Relation.EMERGENCY
        later = NOW + dt.timedelta(hours=4, seconds=1)
        assert family_relation(s, olga, family, later) is Relation.OTHER
        assert emergency_until(s, olga.id, family.id, later) is None


def test_a_notes_author_stays_its_author_after_a_reassignment(db, as_user, people):
    ana = as_user(people["aspecialist"])
    visit = add_visit(ana, people["family"], VisitInput(TODAY))
    sam = as_user(people["ssupervisor"])
    version = family_version(sam, people["family"])
    families.reassign_family(sam, people["family"], people["bspecialist"], version)
    with db.read() as s:
        row = s.get(Visit, visit.id)
        assert note_relation(s, _actor(s, people["aspecialist"]), row, NOW) is Relation.OWN
        assert note_relation(s, _actor(s, people["bspecialist"]), row, NOW) is Relation.OWN
        assert note_relation(s, _actor(s, people["ssupervisor"]), row, NOW) is Relation.TEAM
        assert note_relation(s, _actor(s, people["olga"]), row, NOW) is Relation.OTHER


def test_scopes_name_the_relations_they_list():
    assert SCOPE_RELATIONS["mine"] == {Relation.OWN}
    assert SCOPE_RELATIONS["team"] == {Relation.OWN, Relation.TEAM}
    assert Relation.OTHER in SCOPE_RELATIONS["all"]
