"""After the run: was any committed write lost, any update silently overwritten, any abort hidden?

Each check compares what the clients saw committed with what the database
holds, with plain SQL (nothing of the app in the way):

- every note save a client saw committed: the note's latest committed version
  is the version stored, with that save's text; every sign is stored signed;
  every screening recorded is there;
- no lost update: two saves of the same note never both committed from the
  same loaded version, and each committed edit made exactly the next version;
- a draft still stored holds the text of a save a client saw committed at that
  version (a draft may be gone: saving its note removes it);
- every transaction the server rolled back (``pg_stat_database.deadlocks``;
  serialization failures are counted by the clients) was retried by the
  services or reached the client as an error: none went unnoticed;
- the audit chain is whole.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from benchmarks.load.script import Outcome


@dataclass(frozen=True)
class Check:
    what: str
    passed: bool
    detail: str


def run_checks(url: str, outcomes: list[Outcome], database: str) -> list[Check]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            visits = {
                r.id: (r.version, r.observation, r.signed_at is not None)
                for r in conn.execute(
                    text("SELECT id, version, observation, signed_at FROM visits")
                )
            }
            screenings = set(conn.execute(text("SELECT id FROM screenings")).scalars())
            drafts = {
                (r.author_id, r.family_id, r.visit_id): (r.version, r.payload.get("observation"))
                for r in conn.execute(
                    text("SELECT author_id, family_id, visit_id, version, payload FROM note_drafts")
                )
            }
            deadlocks = conn.execute(
                text("SELECT deadlocks FROM pg_stat_database WHERE datname = :d"), {"d": database}
            ).scalar()
    finally:
        engine.dispose()
    return [
        _saves_kept(outcomes, visits),
        _signs_kept(outcomes, visits),
        _screenings_kept(outcomes, screenings),
        _no_lost_update(outcomes),
        _drafts_kept(outcomes, drafts),
        _aborts_seen(outcomes, int(deadlocks or 0)),
    ]


def _saves_kept(outcomes: list[Outcome], visits: dict) -> Check:
    latest: dict[int, tuple[int, str]] = {}
    signed_version: dict[int, int] = {}
    for o in outcomes:
        for visit, version, text in o.notes:
            if visit not in latest or version > latest[visit][0]:
                latest[visit] = (version, text)
        for visit, version in o.signs:
            signed_version[visit] = version
    lost = []
    for visit, (version, text) in latest.items():
        stored = visits.get(visit)
        expected = signed_version.get(visit, version)
        if stored is None or stored[0] != expected or stored[1] != text:
            lost.append(visit)
    return Check(
        "every committed note save is stored, with its text", not lost,
        f"{len(latest)} notes, {sum(len(o.notes) for o in outcomes)} committed saves; "
        f"lost or changed: {len(lost)}" + (f" (visits {lost[:5]})" if lost else ""),
    )  # fmt: skip


def _signs_kept(outcomes: list[Outcome], visits: dict) -> Check:
    signs = [visit for o in outcomes for visit, _ in o.signs]
    missing = [v for v in signs if not visits.get(v, (0, "", False))[2]]
    return Check("every committed signature is stored", not missing,
                 f"{len(signs)} signed; missing: {len(missing)}")  # fmt: skip


def _screenings_kept(outcomes: list[Outcome], stored: set[int]) -> Check:
    made = [s for o in outcomes for s in o.screenings]
    missing = [s for s in made if s not in stored]
    return Check("every committed screening is stored", not missing,
                 f"{len(made)} recorded; missing: {len(missing)}")  # fmt: skip


def _no_lost_update(outcomes: list[Outcome]) -> Check:
    """Two committed saves of one note from the same loaded version = a silently lost update."""
    by_note: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for o in outcomes:
        for visit, loaded, saved in o.edits:
            by_note[visit].append((loaded, saved))
    doubled, skipped = 0, 0
    for edits in by_note.values():
        doubled += sum(n - 1 for n in Counter(loaded for loaded, _ in edits).values() if n > 1)
        skipped += sum(1 for loaded, saved in edits if saved != loaded + 1)
    conflicts = sum(1 for o in outcomes for a, _, k in o.samples + o.warmup if k == "conflict"
                    and a == "save note")  # fmt: skip
    edits = sum(len(e) for e in by_note.values())
    passed = doubled == 0 and skipped == 0 and edits > 0
    return Check(
        "no update silently overwritten (shared notes)", passed,
        f"{edits} committed edits of {len(by_note)} shared notes, {conflicts} refused as "
        f"ConflictError; saved twice from one version: {doubled}; version jumps: {skipped}",
    )  # fmt: skip


def _drafts_kept(outcomes: list[Outcome], stored: dict) -> Check:
    committed: set[tuple[tuple[int, int, int | None], int, str]] = set()
    for o in outcomes:
        for author, family, visit, version, text in o.drafts:
            committed.add(((author, family, visit), version, text))
    keys = {key for key, _, _ in committed}
    wrong = [k for k in keys if k in stored and (k, *stored[k]) not in committed]
    conflicts = sum(1 for o in outcomes for a, _, k in o.samples + o.warmup if k == "conflict"
                    and a == "autosave draft")  # fmt: skip
    return Check(
        "every stored draft is one a client saw committed", not wrong,
        f"{len(committed)} committed autosaves, {conflicts} refused as ConflictError; "
        f"drafts stored: {sum(1 for k in keys if k in stored)}, not matching: {len(wrong)}",
    )  # fmt: skip


def _aborts_seen(outcomes: list[Outcome], deadlocks: int) -> Check:
    retried = sum(sum(o.retried.values()) for o in outcomes)
    kinds = [k for o in outcomes for _, _, k in o.samples + o.warmup]
    reported = sum(1 for k in kinds if k.startswith("rolled back"))
    passed = deadlocks <= retried + reported
    return Check(
        "every deadlock / serialization failure retried or reported", passed,
        f"server deadlocks: {deadlocks}; units retried: {retried}; reported to the user "
        f"after retries: {reported}",
    )  # fmt: skip
