"""Demo notes signed as the app signs them: seals, and the audit chain they are recorded in.

Before each batch of rows is written, :class:`DemoChain` seals the batch's
signed notes (content hash, co-signature, amendments), adds the "sign",
"cosign" and "amend" events the app would have recorded, and chains every
audit event of the batch after the current head, so ``audit verify`` and the
note checks find a demo database intact.
"""

from __future__ import annotations

from typing import Any

from imh_desktop.data.demo_store import DemoStore
from imh_desktop.demo.rows import Ids, Rows
from imh_desktop.domain.integrity import (
    GENESIS,
    EventContent,
    amendment_hash,
    cosign_hash,
    event_hash,
    note_hash,
)
from imh_desktop.services.common.audit import audit_row


def _detail(**values: Any) -> dict[str, Any]:
    return values


class DemoChain:
    """The audit chain's head while the demo writes; ``finish`` stores it."""

    def __init__(self, store: DemoStore, ids: Ids, has_head: bool) -> None:
        """``has_head``: the database has ``audit_chain`` (one at an older revision has not)."""
        self.store, self.ids, self.has_head = store, ids, has_head
        head = store.chain_head() if has_head else None
        self.seq, self.prev = head or (0, GENESIS)

    def seal(self, rows: Rows) -> None:
        """Seal the batch's signed notes, add their events, and chain every event of the batch."""
        tables = rows.tables
        ratings: dict[int, list[tuple[int, int, str]]] = {}
        for r in tables["goal_progress"]:
            ratings.setdefault(r["visit_id"], []).append((r["goal_id"], r["rating"], r["note"]))
        amendments: dict[int, list[dict[str, Any]]] = {}
        for a in tables["amendments"]:
            amendments.setdefault(a["visit_id"], []).append(a)
        events = tables["audit_events"]
        for v in tables["visits"]:
            if v["signed_at"] is None:
                continue
            seal = v["content_hash"] = note_hash(v, ratings.get(v["id"], ()))
            signed = _detail(family_id=v["family_id"], content_hash=seal, history=[])
            self._event(events, v["signed_at"], v["signed_by_id"], "sign", v, signed)
            if v["cosigned_at"] is not None:
                bound = cosign_hash(seal, v["cosigned_by_id"], v["cosigned_at"])
                self._event(events, v["cosigned_at"], v["cosigned_by_id"], "cosign", v,
                            _detail(family_id=v["family_id"], cosign_hash=bound))  # fmt: skip
            link = seal
            for a in sorted(amendments.get(v["id"], ()), key=lambda a: a["id"]):
                link = a["hash"] = amendment_hash(link, v["id"], a["author_id"], a["created_at"],
                                                  a["section"], a["reason"], a["text"])  # fmt: skip
                self._event(events, a["created_at"], a["author_id"], "amend", v, _detail(
                    family_id=v["family_id"], amendment_id=a["id"], section=a["section"],
                    amendment_hash=link,
                ))  # fmt: skip
        for event in events:
            self.seq += 1
            event["seq"], event["prev_hash"] = self.seq, self.prev
            content = EventContent(
                self.seq, event["at"], event["staff_id"], event["action"], event["entity"],
                event["entity_id"], event["family_id"], event["detail"],
            )  # fmt: skip
            self.prev = event["hash"] = event_hash(content, self.prev)

    def _event(
        self, events: list[dict[str, Any]], at: Any, staff_id: int, action: str,
        visit: dict[str, Any], detail: dict[str, Any],
    ) -> None:  # fmt: skip
        row = audit_row(
            at=at, staff_id=staff_id, action=action, entity="visit", entity_id=visit["id"],
            detail=detail,
        )  # fmt: skip
        events.append({"id": self.ids.take("audit_events"), **row, "family_id": visit["family_id"]})

    def finish(self) -> None:
        """Store the head after the last batch."""
        if self.has_head:
            self.store.store_chain_head(self.seq, self.prev)
