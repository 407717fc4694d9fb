"""Signed notes to tamper with, and SQL run behind the app's back as an attacker would."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from imh_desktop.data.db import Database
from imh_desktop.domain.enums import GoalDomain
from imh_desktop.domain.inputs import GoalInput, VisitInput
from imh_desktop.services.family import families, goals
from imh_desktop.services.visits import notes
from imh_desktop.services.visits.records import GoalRating, NoteInput
from tests.services.family.test_families import TODAY, family_input


def drop_append_only_triggers(db: Database) -> None:
    """What someone editing the database must do first: remove the append-only triggers."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_no_update")
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_no_delete")
        else:
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")


def behind_the_back(db: Database, sql: str, **params: object) -> int:
    """Run ``sql`` straight on the database (triggers dropped first); returns rows touched."""
    drop_append_only_triggers(db)
    with db.engine.begin() as conn:
        return conn.execute(text(sql), params).rowcount


def signed_note(as_user, staff, observation: str = "Bảo looked at Ánh; she smiled.") -> tuple:
    """A family and a note Ana saved, edited once, and signed; returns (family, note)."""
    sam, ana = as_user(staff["ssupervisor"]), as_user(staff["aspecialist"])
    family = families.create_family(sam, family_input(staff["aspecialist"]))
    goal = goals.create_goal(
        ana, family.id, GoalInput(GoalDomain.ATTACHMENT, "Ánh will comfort Bảo.", TODAY)
    )
    visit = VisitInput(
        visit_date=TODAY, start_time=dt.time(10, 0), duration_minutes=60,
        observation=observation, services=("emotional_support",), plan="Read daily.",
    )  # fmt: skip
    note = NoteInput(visit, {"caregivers": [family.caregivers[0].id]}, (GoalRating(goal.id, 3),))
    saved = notes.save_note(ana, family.id, note)
    saved = notes.save_note(ana, family.id, note, saved.visit.id, saved.visit.version)
    signed = notes.sign_visit(ana, saved.visit.id, saved.visit.version)
    return family, signed
