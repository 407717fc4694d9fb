"""The agency the load test drives: 60 specialists under 10 supervisors, made by the demo generator.

The generator sizes the staff from the families: 2,500 families give 1,500
active ones, 25 per specialist, so 60 specialists in teams of seven under 9
supervisors. A 10th supervisor is added (as the administrator, through the
service) and takes one specialist from each of six teams. Five specialists
each get a "shared" note: an unsigned note and its draft that two desktop
clients signed in as that specialist (the office PC and the laptop) edit at
the same moment, so version conflicts really happen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

FAMILIES = 2_500
SPECIALISTS, SUPERVISORS = 60, 10
SHARED_PAIRS = 5  # specialists whose note two clients edit at once


@dataclass(frozen=True)
class Client:
    """One simulated desktop client: who signs in, and the shared note it also edits."""

    number: int
    user_id: int
    role: str  # "specialist" or "supervisor"
    shared: tuple[int, int, int] | None = None  # (owner user id, family id, visit id)


@dataclass(frozen=True)
class Agency:
    url: str
    today: dt.date
    clients: tuple[Client, ...]
    families: int
    seconds_to_build: float


def build(url: str, today: dt.date, families: int = FAMILIES) -> Agency:
    """Migrate the empty database at ``url`` and fill it; returns who the clients are."""
    import time

    from sqlalchemy import text

    from imh_desktop.data.db import Database
    from imh_desktop.data.migrate import upgrade_database
    from imh_desktop.demo.generate import generate_demo
    from imh_desktop.domain.clock import FixedClock
    from imh_desktop.domain.enums import Role
    from imh_desktop.services.admin.staff import create_staff, find_staff
    from imh_desktop.services.common.context import ServiceContext

    began = time.perf_counter()
    db = Database(url)
    try:
        upgrade_database(db)
        summary = generate_demo(db, families, seed=7, today=today)
        admin = find_staff(db, summary.admin).id
        sups = [find_staff(db, name).id for name in summary.supervisors]
        specs = [find_staff(db, name).id for name in summary.specialists]
        if len(specs) != SPECIALISTS:
            raise RuntimeError(f"the generator made {len(specs)} specialists, not {SPECIALISTS}")
        ctx = ServiceContext(db, admin, FixedClock(today))
        while len(sups) < SUPERVISORS:
            sups.append(create_staff(ctx, f"loadsup{len(sups)}", "Load Supervisor",
                                     Role.SUPERVISOR).id)  # fmt: skip
        # Six specialists (one from each of six teams) move to the new supervisor.
        moved = specs[len(specs) - 6 :]
        with db.engine.begin() as conn:
            conn.execute(
                text("UPDATE staff_users SET supervisor_id = :s WHERE id = ANY(:ids)"),
                {"s": sups[-1], "ids": moved},
            )
        shared = [_shared_note(db, specs[i], today) for i in range(SHARED_PAIRS)]
    finally:
        db.dispose()
    clients = [Client(i, spec, "specialist") for i, spec in enumerate(specs)]
    for pair, note in enumerate(shared):  # clients 2k and 2k+1 both edit pair k's note
        for k in (2 * pair, 2 * pair + 1):
            clients[k] = Client(k, clients[k].user_id, "specialist", note)
    clients += [Client(SPECIALISTS + i, sup, "supervisor") for i, sup in enumerate(sups)]
    return Agency(url, today, tuple(clients), families, time.perf_counter() - began)


def _shared_note(db, owner: int, today: dt.date) -> tuple[int, int, int]:
    """An unsigned note of ``owner`` on one of their active families, and its draft."""
    from benchmarks.load.script import note_input
    from imh_desktop.domain.clock import FixedClock
    from imh_desktop.domain.enums import FamilyStatus
    from imh_desktop.services.caseload.table import list_caseload
    from imh_desktop.services.common.context import ServiceContext
    from imh_desktop.services.visits.drafts import save_draft
    from imh_desktop.services.visits.notes import save_note

    ctx = ServiceContext(db, owner, FixedClock(today))
    family = next(r for r in list_caseload(ctx, "mine") if r.status is FamilyStatus.ACTIVE)
    saved = save_note(ctx, family.family_id, note_input(today, "shared note, first text", ()))
    save_draft(ctx, family.family_id, saved.visit.id, {"observation": "shared draft"}, None)
    return owner, family.family_id, saved.visit.id


def cache_key() -> str:
    """What a kept agency was built by: this module, the demo generator, the schema."""
    from benchmarks.dataset import _head, generator_fingerprint

    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(f"{generator_fingerprint()}:{_head()}:{FAMILIES}".encode())
    return digest.hexdigest()[:12]


def save(agency: Agency, path: Path) -> None:
    data = dataclasses.asdict(agency)
    data["today"] = agency.today.isoformat()
    path.write_text(json.dumps(data))


def load(path: Path, url: str) -> Agency:
    """The agency kept at ``path``, now served at ``url``."""
    data = json.loads(path.read_text())
    clients = tuple(
        Client(c["number"], c["user_id"], c["role"], tuple(c["shared"]) if c["shared"] else None)
        for c in data["clients"]
    )
    return Agency(url, dt.date.fromisoformat(data["today"]), clients, data["families"],
                  data["seconds_to_build"])  # fmt: skip
