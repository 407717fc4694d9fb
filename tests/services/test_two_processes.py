"""Two processes save the same family, case status, caregiver, child or draft.

The other process (``tests.services.rival``) goes through the services just as
this one does. A save from the version this process loaded, made after the
other process committed, raises ConflictError and changes nothing; two saves
from the same version at the same moment end in one save and one conflict,
whichever comes first. Runs on each backend the suite runs on (SQLite,
SQLCipher, PostgreSQL).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from imh_desktop.domain.enums import FamilyStatus
from imh_desktop.domain.errors import ConflictError
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.family import families
from imh_desktop.services.visits import drafts
from tests.services.rival import KINDS, save

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 5  # races per kind of record


class Rival:
    """The other process: ``save(...)`` sends one request and returns its answer."""

    def __init__(self, url: str, key: bytes | None, user_id: int) -> None:
        env = dict(os.environ)
        if key is not None:
            env["IMH_RIVAL_KEY"] = key.hex()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.services.rival", url, str(user_id)],
            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self._line() == "ready"

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, "the other process ended"
        return line.strip()

    def send(self, kind: str, family: int, member: int | None, version: int | None,
             value: str) -> None:  # fmt: skip
        assert self.proc.stdin is not None
        request = {"kind": kind, "family": family, "member": member, "version": version,
                   "value": value}  # fmt: skip
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()

    def answer(self) -> dict:
        return json.loads(self._line())

    def save(self, *args: object) -> dict:
        self.send(*args)  # type: ignore[arg-type]
        return self.answer()

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.close()
        assert self.proc.wait(timeout=60) == 0


def _count_race(kind: str, answers: list[dict]) -> None:
    """With ``IMH_RACE_STATS`` (a file): add a line saying whether the loser's write itself
    met the winner's (the version check had passed) or the check already saw it."""
    path = os.environ.get("IMH_RACE_STATS")
    if path:
        [lost] = [a for a in answers if "conflict" in a]
        with open(path, "a", encoding="utf-8") as out:
            out.write(f"{kind} {'same_moment' if lost['same_moment'] else 'checked'}\n")


@pytest.fixture
def rivals(db, staff):
    """``start()``: another process acting as Ana on the same database."""
    started: list[Rival] = []

    def start() -> Rival:
        started.append(Rival(db.url, db.key, staff["aspecialist"]))
        return started[-1]

    yield start
    for rival in started:
        rival.close()


def _now(ctx: ServiceContext, kind: str, family_id: int, member: int | None):
    """(version, value) of the record as stored now: what the other process wrote, or not."""
    if kind == "draft":
        draft = drafts.load_draft(ctx, family_id, None)
        return (None, None) if draft is None else (draft.version, draft.payload["observation"])
    family = families.get_family(ctx, family_id)
    if kind == "family":
        return family.version, family.phone
    if kind == "close":
        return family.version, (family.status, family.closure_note)
    if kind == "caregiver":
        carer = next(c for c in family.caregivers if c.id == member)
        return carer.version, carer.phone
    child = next(c for c in family.children if c.id == member)
    return child.version, child.full_name


def _member(kind: str, family) -> int | None:
    if kind == "caregiver":
        return family.caregivers[0].id
    return family.children[0].id if kind == "child" else None


@pytest.mark.parametrize("kind", [*KINDS, "new draft"])
def test_a_save_from_a_version_the_other_process_replaced_is_a_conflict(ana, family, rivals, kind):
    new_draft = kind == "new draft"
    kind = "draft" if new_draft else kind
    member = _member(kind, family)
    if kind == "draft" and not new_draft:
        save(ana, "draft", family.id, None, None, "first")
    held, _ = _now(ana, kind, family.id, member)  # what this process loaded
    theirs = rivals().save(kind, family.id, member, held, "555 0200 theirs")
    assert "saved" in theirs, theirs
    stored = _now(ana, kind, family.id, member)
    with pytest.raises(ConflictError):
        save(ana, kind, family.id, member, held, "555 0300 mine")
    assert _now(ana, kind, family.id, member) == stored  # nothing changed
    assert stored[0] == theirs["saved"]
    value = stored[1][1] if kind == "close" else stored[1]
    assert value == "555 0200 theirs"


@pytest.mark.parametrize("kind", ["family", "caregiver", "child", "draft"])
def test_two_processes_saving_the_same_version_at_once_give_one_save_and_one_conflict(
    ana, family, rivals, kind
):
    member = _member(kind, family)
    if kind == "draft":
        save(ana, "draft", family.id, None, None, "first")
    first, second = rivals(), rivals()
    for round_ in range(ROUNDS):
        held, _ = _now(ana, kind, family.id, member)
        first.send(kind, family.id, member, held, f"555 01{round_:02} one")
        second.send(kind, family.id, member, held, f"555 02{round_:02} two")
        answers = [first.answer(), second.answer()]
        assert sorted("saved" in a for a in answers) == [False, True], answers
        _count_race(kind, answers)
        [won] = [i for i, a in enumerate(answers) if "saved" in a]
        version, value = _now(ana, kind, family.id, member)
        assert version == answers[won]["saved"]
        assert value == (f"555 01{round_:02} one" if won == 0 else f"555 02{round_:02} two")


def test_two_processes_creating_the_first_draft_at_once_keep_one(ana, family, rivals):
    first, second = rivals(), rivals()
    first.send("draft", family.id, None, None, "one")
    second.send("draft", family.id, None, None, "two")
    answers = [first.answer(), second.answer()]
    assert sorted("saved" in a for a in answers) == [False, True], answers
    _count_race("new draft", answers)
    assert len(drafts.list_drafts(ana)) == 1


def test_closing_in_two_processes_at_once_closes_once(ana, family, rivals):
    first, second = rivals(), rivals()
    first.send("close", family.id, None, family.version, "one")
    second.send("close", family.id, None, family.version, "two")
    answers = [first.answer(), second.answer()]
    assert sorted("saved" in a for a in answers) == [False, True], answers
    _count_race("close", answers)
    stored = families.get_family(ana, family.id)
    assert stored.status is FamilyStatus.CLOSED and stored.closure_note in ("one", "two")
