"""Walk the audit chain and every sealed note, and say what no longer matches.

``imh-desktop audit verify`` runs :func:`verify_audit_trail`. The chain is
made of lanes (revision 0028, services.audit.chain); the walk reads every
lane's head first and walks each lane's events up to it, so events appended
while it runs are neither missed nor mistaken for damage. Every event's hash
is recomputed from its content and the previous event's hash in its lane; a
gap in a lane's positions means events were deleted; a head past the lane's
last event means its end was cut off; an event in no lane (or a lane with no
head) was added outside the app. Each break names its lane and the event.
Then every signed note is checked against its seal and the events about it
(services.visits.seal). The walk itself is audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select, union
from sqlalchemy.orm import Session

from imh_desktop.data.models import AuditChain, AuditEvent, Family, Visit
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.integrity import GENESIS, EventContent, event_hash
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.audit.chain import chain_heads
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import checked_long_read, unit_of_work
from imh_desktop.services.visits.seal import EVENT_COLUMNS, SEAL_ACTIONS, check_notes

BATCH = 10_000
NOTE_BLOCK = 2_000  # signed notes checked between two looks at progress and the stop flag

Progress = Callable[[int, int], None]  # (done, to do): events walked, then notes checked
Cancelled = Callable[[], bool]  # asked between batches: True stops the walk


class VerifyCancelled(DomainError):
    """The walk was stopped on request before it finished; nothing was recorded."""

    def __init__(self) -> None:
        super().__init__("The check was stopped before it finished.")


class _Pace:
    """Reports the walk's progress and stops it, between batches, when asked to."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.total, self.done = total, 0
        self._progress, self._cancelled = progress, cancelled

    def extend(self, more: int) -> None:
        """More to do than counted at first (the signed notes, once the walk is done)."""
        self.total += more

    def step(self, walked: int) -> None:
        self.done += walked
        if self._cancelled is not None and self._cancelled():
            raise VerifyCancelled()
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)


@dataclass(frozen=True)
class ChainBreak:
    """One place where the chain does not hold: the event (row id, position) and what is wrong."""

    event_id: int | None
    seq: int | None
    message: str
    visit_id: int | None = None  # the note the event is about, if any
    note_problem: str = ""  # what the break means for that note
    lane: int | None = None  # the lane of the chain the break is in, when it is in one


@dataclass(frozen=True)
class NoteFinding:
    """A signed note that no longer matches its seal or its audit events."""

    visit_id: int
    case_number: str
    visit_date: dt.date
    problems: tuple[str, ...]


@dataclass(frozen=True)
class AuditVerification:
    """What ``verify_audit_trail`` found; ``head_*``: the run's own event, the newest head.

    ``anchor`` is that head as text, to give to a later run's ``--anchor``.
    """

    events: int
    notes: int
    breaks: tuple[ChainBreak, ...]
    tampered_notes: tuple[NoteFinding, ...]
    head_seq: int
    head_hash: str
    head_lane: int = 0

    @property
    def ok(self) -> bool:
        return not self.breaks and not self.tampered_notes

    @property
    def anchor(self) -> str:
        return anchor_text(self.head_lane, self.head_seq, self.head_hash)


Anchor = tuple[int, int, str]  # (lane, seq, hash) of an event noted from an earlier verify


def anchor_text(lane: int, seq: int, digest: str) -> str:
    """A head as printed for a later ``--anchor``: ``SEQ:HASH`` (lane 0) or ``LANE:SEQ:HASH``."""
    return f"{seq}:{digest}" if lane == 0 else f"{lane}:{seq}:{digest}"


def parse_anchor(text: str) -> Anchor:
    """``"SEQ:HASH"`` (lane 0) or ``"LANE:SEQ:HASH"`` from an earlier verify; or DomainError."""
    parts = text.strip().split(":")
    if len(parts) > 2 and parts[-2].strip().lower() == "sha256":
        del parts[-2]  # "…:sha256:3f2a…"
    digest = parts[-1].strip().lower()
    numbers = [p.strip() for p in parts[:-1]]
    if (
        len(numbers) not in (1, 2)
        or not all(n.isdigit() for n in numbers)
        or len(digest) != 64
        or set(digest) - set("0123456789abcdef")
    ):
        raise DomainError(
            "Give the anchor as the event number and its hash, e.g. 1234:3f2a…(64 hex digits).",
            "anchor",
        )
    lane, seq = (0, int(numbers[0])) if len(numbers) == 1 else (int(numbers[0]), int(numbers[1]))
    return lane, seq, digest


def _events(session: Session, lane: int, last_seq: int, pace: _Pace | None) -> Iterator[Any]:
    """One lane's chained events up to ``last_seq``, in chain order, a batch at a time."""
    after, walked = 0, 0
    while True:
        if pace is not None:
            pace.step(walked)  # the progress so far; a stop asked for ends the walk here
        rows = session.execute(
            select(*EVENT_COLUMNS)
            .where(AuditEvent.lane == lane, AuditEvent.seq > after, AuditEvent.seq <= last_seq)
            .order_by(AuditEvent.seq)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        yield from rows
        after, walked = rows[-1].seq, len(rows)


def _break(e: Any, message: str, note_problem: str) -> ChainBreak:
    about_visit = e.entity == "visit" and e.entity_id is not None
    return ChainBreak(
        e.id, e.seq, f"lane {e.lane}: {message}", e.entity_id if about_visit else None,
        note_problem if about_visit else "", e.lane,
    )  # fmt: skip


def _walk_lane(
    session: Session, lane: int, head: tuple[int, str], anchor: Anchor | None,
    pace: _Pace | None = None,
) -> tuple[int, list[ChainBreak]]:  # fmt: skip
    """Check every link of one lane up to its head; (events walked, breaks in lane order)."""
    head_seq, head_hash = head
    breaks: list[ChainBreak] = []
    prev_seq, prev_hash, prev_id, count = 0, GENESIS, None, 0
    anchor_seen = anchor is None or anchor[0] != lane
    for e in _events(session, lane, head_seq, pace):
        count += 1
        if e.seq != prev_seq + 1:
            missing = e.seq - prev_seq - 1
            breaks.append(_break(e, (
                f"{missing} event{'s' * (missing != 1)} before event {e.id} "
                f"(No. {prev_seq + 1}{f'–{e.seq - 1}' if missing > 1 else ''}) "
                f"{'was' if missing == 1 else 'were'} deleted"
            ), f"the audit trail just before event {e.id} was changed or cut"))  # fmt: skip
        elif e.prev_hash != prev_hash:
            after = f"event {prev_id}" if prev_id is not None else "the start of the lane"
            breaks.append(_break(e, (
                f"event {e.id} (No. {e.seq}) no longer links to {after}: "
                "one of them was rewritten"
            ), f"the audit trail just before event {e.id} was changed or cut"))  # fmt: skip
        content = EventContent(e.seq, e.at, e.staff_id, e.action, e.entity, e.entity_id,
                               e.family_id, e.detail or "", e.lane)  # fmt: skip
        if e.hash is None or event_hash(content, e.prev_hash or "") != e.hash:
            breaks.append(_break(e, (
                f"event {e.id} (No. {e.seq}) was changed after it was written: "
                "its content does not match its hash"
            ), f"audit event {e.id} about it was changed"))  # fmt: skip
        if anchor is not None and (lane, e.seq) == anchor[:2]:
            anchor_seen = True
            if e.hash != anchor[2]:
                breaks.append(ChainBreak(e.id, e.seq, (
                    f"lane {lane}: event No. {e.seq} no longer has the hash you noted: "
                    "the lane was rewritten up to there"
                ), lane=lane))  # fmt: skip
        prev_seq, prev_hash, prev_id = e.seq, e.hash, e.id
    if (prev_seq, prev_hash) != (head_seq, head_hash):
        cut = head_seq - prev_seq
        message = (
            f"the last {cut} event{'s' * (cut != 1)} of the lane (up to No. {head_seq}) "
            f"{'was' if cut == 1 else 'were'} deleted"
            if cut > 0
            else "the lane's head does not match its last event"
        )
        breaks.append(ChainBreak(None, head_seq, f"lane {lane}: {message}", lane=lane))
    if not anchor_seen and anchor is not None:
        breaks.append(ChainBreak(None, anchor[1], (
            f"lane {lane}: event No. {anchor[1]} is not in the lane"
        ), lane=lane))  # fmt: skip
    return count, breaks


def walk_chain(
    session: Session, anchor: Anchor | None = None,
    progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> tuple[int, list[ChainBreak]]:  # fmt: skip
    """Check every link of every lane up to its head; (events walked, breaks lane by lane).

    The heads are read first, so events other transactions append meanwhile
    are left for the next walk rather than taken for damage. ``progress`` is
    told after every batch; ``cancelled`` is asked between batches, and
    True stops the walk with :class:`VerifyCancelled`.
    """
    heads = chain_heads(session)
    pace = _Pace(sum(seq for seq, _hash in heads.values()), progress, cancelled)
    return _walk_lanes(session, heads, anchor, pace)


def _walk_lanes(
    session: Session, heads: dict[int, tuple[int, str]], anchor: Anchor | None, pace: _Pace
) -> tuple[int, list[ChainBreak]]:
    count, breaks = 0, []
    for lane, head in sorted(heads.items()):
        walked, found = _walk_lane(session, lane, head, anchor, pace)
        count += walked
        breaks += found
    if anchor is not None and anchor[0] not in heads:
        breaks.append(ChainBreak(None, anchor[1], f"lane {anchor[0]} is not in the chain"))
    # One statement, so one view of the heads and events: every committed event is at or
    # before its lane's head (both are written in one transaction), whatever was appended
    # since the walk began; one in no lane, or past its lane's head, was not added by the app.
    in_a_lane = (
        select(AuditChain.id)
        .where(AuditChain.id == AuditEvent.lane, AuditChain.seq >= AuditEvent.seq)
        .exists()
    )
    for row_id, seq, lane in session.execute(
        select(AuditEvent.id, AuditEvent.seq, AuditEvent.lane)
        .where(or_(AuditEvent.seq.is_(None), ~in_a_lane))
        .order_by(AuditEvent.id)
    ):
        where = f"lane {lane}: event {row_id} (No. {seq}) is past the lane's head"
        breaks.append(ChainBreak(row_id, seq, (
            f"event {row_id} is not part of the chain" if seq is None else where
        ) + ": it was added outside the app", lane=None if seq is None else lane))  # fmt: skip
    return count, breaks


def _note_findings(
    session: Session, breaks: list[ChainBreak], pace: _Pace | None = None
) -> tuple[int, list[NoteFinding]]:
    """Check every signed note (and any the trail says was signed); add the breaks about them."""
    signed = select(Visit.id).where(Visit.signed_at.is_not(None))
    claimed = select(AuditEvent.entity_id).where(
        AuditEvent.entity == "visit", AuditEvent.action.in_(SEAL_ACTIONS)
    )
    ids = sorted(i for i in session.scalars(union(signed, claimed)) if i is not None)
    problems: dict[int, tuple[str, ...]] = {}
    if pace is not None:
        pace.extend(len(ids))
    for start in range(0, len(ids), NOTE_BLOCK):
        block = ids[start : start + NOTE_BLOCK]
        problems.update(check_notes(session, block, events_checked=True))
        if pace is not None:
            pace.step(len(block))
    for b in breaks:
        if b.visit_id is not None:
            problems[b.visit_id] = (*problems.get(b.visit_id, ()), b.note_problem)
    findings = []
    if problems:
        rows = session.execute(
            select(Visit.id, Family.case_number, Visit.visit_date)
            .join(Family, Family.id == Visit.family_id)
            .where(Visit.id.in_(problems))
        ).all()
        known = {r.id: r for r in rows}
        for visit_id in sorted(problems):
            row = known.get(visit_id)
            findings.append(NoteFinding(
                visit_id, row.case_number if row else "", row.visit_date if row else dt.date.min,
                problems[visit_id],
            ))  # fmt: skip
    return len(ids), findings


def verify_audit_trail(
    ctx: ServiceContext, anchor: Anchor | None = None,
    progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> AuditVerification:  # fmt: skip
    """Check every lane of the audit chain and every signed note (administrators and supervisors).

    ``anchor`` (lane, position, hash) is a head printed by an earlier run: the
    event at that place must still have that hash, which a rewrite of its lane
    from its start would change. The run is recorded as a "verify" event.
    ``progress(done, total)`` hears after every batch of events, then every
    block of notes (the notes are added to ``total`` once the walk is done);
    ``cancelled()`` True between them stops the run with
    :class:`VerifyCancelled`, and then nothing is recorded.
    """
    # The walk reads outside a writing transaction (which on SQLite would hold the write lock
    # for the whole walk). It needs none: events appended meanwhile are past the heads it
    # read first, and are left for the next run.
    with checked_long_read(ctx, Permission.VIEW_AUDIT) as session:
        heads = chain_heads(session)
        pace = _Pace(sum(seq for seq, _hash in heads.values()), progress, cancelled)
        count, breaks = _walk_lanes(session, heads, anchor, pace)
        pace.step(0)  # a stop asked for during the last batch ends the run here
        notes, findings = _note_findings(session, breaks, pace)
    with unit_of_work(ctx, Permission.VIEW_AUDIT) as uow:
        first = breaks[0].message if breaks else ""
        uow.audit(
            "verify", "audit_log", None, events=count, notes=notes,
            broken=len(breaks), tampered_notes=len(findings), first=first,
        )  # fmt: skip
    head = uow.chained[-1]
    return AuditVerification(
        count, notes, tuple(breaks), tuple(findings), head.seq, head.hash, head.lane
    )
