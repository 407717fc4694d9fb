"""Tamper evidence: canonical content and SHA-256 digests (docs/security.md, "Tamper evidence").

Pure functions, no database. Every digest is taken over one canonical JSON
text (sorted keys, no spaces, dates in ISO 8601, enum members as their
values) that starts with a label and a format version, so a digest of one
kind can never stand in for another, and a later format can be told apart.

- :func:`event_hash`: an audit event's content plus the previous event's
  hash: the chain.
- :func:`note_hash`: a signed note's content: every section, the services,
  who was present, the goal ratings, the date and times, author, signer and
  the time of signing.
- :func:`amendment_hash`: an amendment, chained on the note's seal (or the
  amendment before it).
- :func:`cosign_hash`: a co-signature, bound to the note's seal.
- :func:`text_digest` and :func:`field_changes`: what an audit event keeps
  of a change (old and new values; narrative text only as a digest).
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

FORMAT = 1
GENESIS = "0" * 64  # the "previous hash" of the first event
DIGEST_PREFIX = "sha256:"

# The columns of a visit that make up its signed content, in a fixed order.
NOTE_FIELDS = (
    "id",
    "family_id",
    "specialist_id",
    "visit_date",
    "start_time",
    "duration_minutes",
    "mode",
    "outcome",
    "cancel_reason",
    "participants",
    "services",
    "observation",
    "caregiver_response",
    "child_presentation",
    "plan",
    "reflection",
    "family_note",
    "next_visit_date",
    "signed_at",
    "signed_by_id",
)


def canonical(value: Any) -> Any:
    """``value`` as plain JSON data: enums by value, dates ISO, tuples and sets as lists."""
    if value is None or isinstance(value, bool | int | str):
        if isinstance(value, enum.Enum):
            return value.value
        return value
    if isinstance(value, enum.Enum):
        return canonical(value.value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:  # stored times are naive UTC
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(canonical(v) for v in value)
    if isinstance(value, float):
        return value
    raise TypeError(f"no canonical form for {type(value).__name__}")


def _plain(value: Any) -> Any:
    """What json cannot write itself, as ``canonical`` would write it."""
    if isinstance(value, enum.Enum):
        return canonical(value.value)
    if isinstance(value, dt.date | dt.time | set | frozenset):
        return canonical(value)
    raise TypeError(f"no canonical form for {type(value).__name__}")


# json's C encoder writes dicts, lists, tuples, text and numbers itself (a str-valued enum
# as its value) and asks ``_plain`` for the rest: the same text as json of ``canonical``.
_ENCODER = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_plain
)


def canonical_json(value: Any) -> str:
    """The one JSON text of ``value`` that every digest is taken over."""
    return _ENCODER.encode(value)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class EventContent:
    """The stored columns of one audit event that its hash covers (all but the row id)."""

    seq: int
    at: dt.datetime
    staff_id: int | None
    action: str
    entity: str
    entity_id: int | None
    family_id: int | None
    detail: str
    lane: int = 0  # the chain ("lane") the event is in; ``seq`` is its place in that lane


def event_hash(event: EventContent, prev_hash: str) -> str:
    """SHA-256 over the event's content and the hash of the event before it in its lane.

    Lane 0 (the one chain before revision 0028, and the only lane SQLite uses)
    keeps the first format, so events chained before lanes existed verify as
    they are; an event of another lane has its lane in the label it is hashed
    under, so moving an event to another lane changes what its hash must be.
    """
    label: list[Any] = ["audit-event"] if event.lane == 0 else ["audit-event-lane", event.lane]
    return sha256_hex(
        canonical_json(
            [
                *label,
                FORMAT,
                event.seq,
                event.at,
                event.staff_id,
                event.action,
                event.entity,
                event.entity_id,
                event.family_id,
                event.detail,
                prev_hash,
            ]
        )
    )


def note_hash(visit: Mapping[str, Any], ratings: Iterable[tuple[int, int, str | None]]) -> str:
    """SHA-256 over a signed note: ``visit`` holds the NOTE_FIELDS; ratings (goal, 1-5, note)."""
    fields = {name: visit.get(name) for name in NOTE_FIELDS}
    if not fields.get("family_note"):  # notes sealed before revision 0014 had no such section
        fields.pop("family_note", None)
    rated = sorted((int(g), int(r), n or "") for g, r, n in ratings)
    return sha256_hex(canonical_json(["signed-note", FORMAT, fields, rated]))


def amendment_hash(
    prev: str,
    visit_id: int,
    author_id: int,
    created_at: dt.datetime,
    section: str,
    reason: str,
    text: str,
) -> str:
    """SHA-256 over an amendment, chained on ``prev`` (the note's seal or the amendment before)."""
    return sha256_hex(
        canonical_json(
            ["amendment", FORMAT, prev, visit_id, author_id, created_at, section, reason, text]
        )
    )


def cosign_hash(note_seal: str, cosigned_by_id: int | None, cosigned_at: dt.datetime | None) -> str:
    """SHA-256 binding a co-signature (who, when) to the note's seal."""
    return sha256_hex(canonical_json(["cosign", FORMAT, note_seal, cosigned_by_id, cosigned_at]))


def text_digest(text: str | None) -> str:
    """A short digest standing in for narrative text: "sha256:" and 16 hex digits (64 bits).

    Enough to show that a text changed, and to prove which text it was
    against a backup, without keeping the text a second time.
    """
    return DIGEST_PREFIX + sha256_hex(text or "")[:16]


def field_changes(
    before: Mapping[str, Any], after: Mapping[str, Any], digest_only: Collection[str] = ()
) -> dict[str, dict[str, Any]]:
    """``{field: {"old": ..., "new": ...}}`` for the fields whose value differs.

    Fields named in ``digest_only`` (narrative text: note sections, goal
    baselines, closure notes) are recorded as :func:`text_digest` values.
    """
    changes: dict[str, dict[str, Any]] = {}
    for name in sorted(set(before) | set(after)):
        old, new = canonical(before.get(name)), canonical(after.get(name))
        if old == new:
            continue
        if name in digest_only:
            old, new = text_digest(_as_text(old)), text_digest(_as_text(new))
        changes[name] = {"old": old, "new": new}
    return changes


def _as_text(value: Any) -> str:
    return value if isinstance(value, str) else canonical_json(value)
