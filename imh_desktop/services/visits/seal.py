"""Seals on signed notes, and the check that finds a note changed behind the app's back.

Signing stores the SHA-256 of the note's signed content on the visit row
(``content_hash``) and in the "sign" audit event, which also lists the note's
earlier audit events. Amendments are hashed in a chain starting from that
seal; a co-signature is bound to it. All of these are recorded in the
hash-chained audit trail (services.audit.chain).

:func:`check_notes` recomputes everything for some visits and returns, per
visit, what no longer matches: the note's text or details, its signature,
co-signature or amendments, or the audit events about it (each event's own
hash and, with ``links``, its links to the events next to it in the chain).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from imh_desktop.data.models import Amendment, AuditEvent, GoalProgress, Visit
from imh_desktop.domain.integrity import (
    GENESIS,
    NOTE_FIELDS,
    EventContent,
    amendment_hash,
    cosign_hash,
    event_hash,
    note_hash,
)
from imh_desktop.services.audit.chain import chain_heads

CHUNK = 2000
SEAL_ACTIONS = ("sign", "seal")
TAMPERED = "This note was changed outside the app after it was signed."
EVENT_COLUMNS = (
    AuditEvent.id, AuditEvent.seq, AuditEvent.at, AuditEvent.staff_id, AuditEvent.action,
    AuditEvent.entity, AuditEvent.entity_id, AuditEvent.family_id, AuditEvent.detail,
    AuditEvent.prev_hash, AuditEvent.hash, AuditEvent.lane,
)  # fmt: skip
Place = tuple[int, int]  # an event's (lane, seq): its place in the chain
_AMENDMENT_COLUMNS = (
    Amendment.id, Amendment.visit_id, Amendment.author_id, Amendment.created_at,
    Amendment.section, Amendment.reason, Amendment.text, Amendment.hash,
)  # fmt: skip
_VISIT_COLUMNS = (
    *(getattr(Visit, name) for name in NOTE_FIELDS),
    Visit.cosigned_at, Visit.cosigned_by_id, Visit.content_hash,
)  # fmt: skip


def stored_ratings(session: Session, visit_id: int) -> list[tuple[int, int, str | None]]:
    """A note's ratings as stored: (goal, rating, note), the seal's second part (``note_hash``
    reads a missing note as empty)."""
    rows = session.execute(
        select(GoalProgress.goal_id, GoalProgress.rating, GoalProgress.note).where(
            GoalProgress.visit_id == visit_id
        )
    )
    return [(g, r, n) for g, r, n in rows]


def _content_hash(row: Visit, ratings: Iterable[tuple[int, int, str | None]]) -> str:
    return note_hash({name: getattr(row, name) for name in NOTE_FIELDS}, ratings)


def seal_note(row: Visit, ratings: Iterable[tuple[int, int, str | None]]) -> str:
    """Compute and store the seal of a just-signed note; ``ratings``: its stored
    (goal, rating, note)."""
    seal = row.content_hash = _content_hash(row, ratings)
    return seal


def note_seal(session: Session, row: Visit) -> str:
    """The seal a note's later records chain on: the stored one, else its content's hash."""
    return row.content_hash or _content_hash(row, stored_ratings(session, row.id))


def visit_history(session: Session, visit_id: int) -> list[int | str]:
    """Chain places of the audit events about a visit so far (recorded when it is signed).

    An event of lane 0 is named by its ``seq`` (as before lanes, revision 0028), one of
    another lane as ``"lane:seq"``.
    """
    rows = session.execute(
        select(AuditEvent.lane, AuditEvent.seq)
        .where(AuditEvent.entity == "visit", AuditEvent.entity_id == visit_id)
        .where(AuditEvent.seq.is_not(None))
        .order_by(AuditEvent.id)
    )
    return [seq if lane == 0 else f"{lane}:{seq}" for lane, seq in rows if seq is not None]


def _place(entry: Any) -> Place:
    """A ``visit_history`` entry as (lane, seq)."""
    lane, _, seq = str(entry).rpartition(":")
    return int(lane or 0), int(seq)


def link_amendment(session: Session, row: Visit, amendment: Amendment) -> str:
    """Hash a new amendment onto the last one of the note (or the note's seal)."""
    last = session.scalar(
        select(Amendment.hash)
        .where(Amendment.visit_id == row.id, Amendment.id != amendment.id)
        .order_by(Amendment.id.desc())
        .limit(1)
    )
    amendment.hash = amendment_hash(
        last or note_seal(session, row), row.id, amendment.author_id, amendment.created_at,
        amendment.section, amendment.reason, amendment.text,
    )  # fmt: skip
    return amendment.hash


@dataclass
class _Claims:
    """What the audit events about one visit say it should be."""

    content: list[str] = field(default_factory=list)
    cosign: list[str] = field(default_factory=list)
    amendments: dict[int, str] = field(default_factory=dict)
    history: set[Place] = field(default_factory=set)


def _claims(events: Sequence[Row[Any]]) -> _Claims:
    claims = _Claims()
    for e in events:
        try:
            detail = json.loads(e.detail) if e.detail else {}
        except ValueError:
            continue
        if not isinstance(detail, dict):
            continue
        if e.action in SEAL_ACTIONS and "content_hash" in detail:
            claims.content.append(str(detail["content_hash"]))
            claims.history.update(_place(s) for s in detail.get("history", ()))
        if e.action in ("cosign", "seal") and "cosign_hash" in detail:
            claims.cosign.append(str(detail["cosign_hash"]))
        if e.action == "amend" and "amendment_hash" in detail:
            claims.amendments[int(detail["amendment_id"])] = str(detail["amendment_hash"])
        if e.action == "seal":
            for key, value in (detail.get("amendments") or {}).items():
                claims.amendments[int(key)] = str(value)
    return claims


def _event_content(e: Row[Any]) -> EventContent:
    return EventContent(
        e.seq, e.at, e.staff_id, e.action, e.entity, e.entity_id, e.family_id, e.detail or "",
        e.lane,
    )  # fmt: skip


def event_problems(
    events: Sequence[Row[Any]], by_place: dict[Place, Row[Any]],
    heads: dict[int, tuple[int, str]] | None,
) -> list[str]:  # fmt: skip
    """What is wrong with these events: their own hashes and (``heads`` given) their links."""
    problems = []
    for e in events:
        if e.seq is None or e.hash is None:
            problems.append(f"audit event {e.id} about it was added outside the app")
            continue
        if event_hash(_event_content(e), e.prev_hash or "") != e.hash:
            problems.append(f"audit event {e.id} about it was changed")
        if heads is None:
            continue
        head = heads.get(e.lane, (0, GENESIS))
        before = by_place.get((e.lane, e.seq - 1))
        expected_prev = GENESIS if e.seq == 1 else (before.hash if before is not None else None)
        if e.prev_hash != expected_prev:
            problems.append(f"the audit trail just before event {e.id} was changed or cut")
        after = by_place.get((e.lane, e.seq + 1))
        if after is not None:
            if after.prev_hash != e.hash:
                problems.append(f"the audit trail just after event {e.id} was changed or cut")
        elif head[0] > e.seq:
            problems.append(f"audit events after event {e.id} were removed")
        elif head != (e.seq, e.hash):
            problems.append(
                f"audit event {e.id} does not match the recorded end of the audit trail"
            )
    return problems


def _note_problems(
    v: Row[Any],
    ratings: list[tuple[int, int, str | None]],
    amendments: list[Row[Any]],
    claims: _Claims,
    places: set[Place],
) -> list[str]:
    if v.signed_at is None:
        return ["it was signed, but its signature was removed"] if claims.content else []
    problems = []
    content = note_hash(dict(v._mapping), ratings)
    if v.content_hash is None:
        problems.append("its seal was removed")
    if (v.content_hash not in (None, content)) or any(c != content for c in claims.content):
        problems.append("its text or details differ from what was signed")
    if not claims.content:
        problems.append("its signature is missing from the audit trail")
    base = claims.content[0] if claims.content else (v.content_hash or content)
    if v.cosigned_at is not None:
        expected = cosign_hash(base, v.cosigned_by_id, v.cosigned_at)
        if not claims.cosign:
            problems.append("its co-signature is missing from the audit trail")
        elif any(c != expected for c in claims.cosign):
            problems.append("its co-signature differs from the one recorded")
    elif claims.cosign:
        problems.append("its co-signature was removed")
    link = base
    for a in amendments:
        computed = amendment_hash(
            link, v.id, a.author_id, a.created_at, a.section, a.reason, a.text
        )
        claimed = claims.amendments.get(a.id)
        if claimed is None:
            problems.append(f"amendment {a.id} was added outside the app")
        elif computed != claimed or a.hash != claimed:
            problems.append(f"amendment {a.id} was changed")
        link = claimed or computed
    if set(claims.amendments) - {a.id for a in amendments}:
        problems.append("an amendment was deleted")
    if claims.history - places:
        problems.append("an audit event about it was deleted or moved")
    return problems


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def check_notes(
    session: Session, visit_ids: Collection[int], events_checked: bool = False
) -> dict[int, tuple[str, ...]]:
    """What no longer matches, per visit (visits with nothing wrong are left out).

    Each audit event about the visits is checked against its own hash and its
    neighbours in the chain, unless ``events_checked`` (``audit verify`` has
    just walked the whole chain).
    """
    links = not events_checked
    found: dict[int, tuple[str, ...]] = {}
    heads = chain_heads(session) if links else None
    for chunk in _chunks(sorted(set(visit_ids))):
        visits = session.execute(select(*_VISIT_COLUMNS).where(Visit.id.in_(chunk))).all()
        ratings: dict[int, list[tuple[int, int, str | None]]] = {}
        for r in session.execute(
            select(GoalProgress.visit_id, GoalProgress.goal_id, GoalProgress.rating,
                   GoalProgress.note).where(GoalProgress.visit_id.in_(chunk))
        ):  # fmt: skip
            ratings.setdefault(r.visit_id, []).append((r.goal_id, r.rating, r.note))
        amendments: dict[int, list[Any]] = {}
        for a in session.execute(
            select(*_AMENDMENT_COLUMNS).where(Amendment.visit_id.in_(chunk)).order_by(Amendment.id)
        ):
            amendments.setdefault(a.visit_id, []).append(a)
        events: dict[int, list[Any]] = {}
        for e in session.execute(
            select(*EVENT_COLUMNS)
            .where(AuditEvent.entity == "visit", AuditEvent.entity_id.in_(chunk))
            .order_by(AuditEvent.id)
        ):
            events.setdefault(e.entity_id, []).append(e)
        by_place = _neighbours(session, events) if links else {}
        for v in visits:
            mine = events.get(v.id, [])
            problems = _note_problems(
                v, ratings.get(v.id, []), amendments.get(v.id, []), _claims(mine),
                {(e.lane, e.seq) for e in mine if e.seq is not None},
            )  # fmt: skip
            if links and (v.signed_at is not None or problems):
                problems += event_problems(mine, by_place, heads)
            if problems:
                found[v.id] = tuple(dict.fromkeys(problems))
    return found


def _neighbours(session: Session, events: dict[int, list[Any]]) -> dict[Place, Any]:
    """The events at the visits' events' places and either side of them in their lanes."""
    lanes: dict[int, set[int]] = {}
    for rows in events.values():
        for e in rows:
            if e.seq is not None:
                lanes.setdefault(e.lane, set()).update((e.seq - 1, e.seq, e.seq + 1))
    by_place: dict[Place, Any] = {}
    for lane, seqs in lanes.items():
        for chunk in _chunks(sorted(seqs)):
            for e in session.execute(
                select(*EVENT_COLUMNS).where(AuditEvent.lane == lane, AuditEvent.seq.in_(chunk))
            ):
                by_place[(e.lane, e.seq)] = e
    return by_place
