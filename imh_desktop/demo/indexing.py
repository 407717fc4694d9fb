"""The search index's rows of a demo batch, made from the rows in hand, in the same pass.

The demo writes its rows in bulk, past the session's ``after_flush`` that
indexes the app's own writes. Reading all of them back afterwards to index
them (``data.search.rebuild``) cost a second pass over millions of rows;
here each batch's entries are made from the batch's own dicts, by the same
``data.search`` functions the rebuild uses, so the index holds the same rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from imh_desktop.data.search import (
    amendment_rows,
    goal_rows,
    history_rows,
    note_rows,
    referral_rows,
    screening_rows,
)


class _Attrs(dict[str, Any]):
    """A row dict read by attribute, as the index functions read ORM rows; a column the demo
    leaves to its default (an empty text, such as ``family_note``) reads as None."""

    __getattr__ = dict.get


def index_rows(tables: Mapping[str, Sequence[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The ``search_index`` rows of one batch: notes (with their ratings' notes), amendments,
    goals, screenings, referrals and their status history, each with its family's specialist.
    A batch holds whole families: every amendment's visit, every change's referral is in it."""
    ratings: dict[int, list[tuple[int, str]]] = {}
    for r in tables["goal_progress"]:
        if r["note"]:
            ratings.setdefault(r["visit_id"], []).append((r["id"], r["note"]))
    out: list[dict[str, Any]] = []
    family_of: dict[int, int] = {}
    for v in tables["visits"]:
        family_of[v["id"]] = v["family_id"]
        notes = [note for _, note in sorted(ratings.get(v["id"], ()))]
        out.extend(note_rows(_Attrs(v), notes))
    for a in tables["amendments"]:
        out.extend(amendment_rows(_Attrs(a), family_of[a["visit_id"]]))
    for g in tables["goals"]:
        out.extend(goal_rows(_Attrs(g)))
    for s in tables["screenings"]:
        out.extend(screening_rows(_Attrs(s)))
    referrals = {f["id"]: f for f in tables.get("referrals", ())}
    for f in referrals.values():
        out.extend(referral_rows(_Attrs(f)))
    for c in tables.get("referral_status_changes", ()):
        of = referrals[c["referral_id"]]
        out.extend(history_rows(_Attrs(c), of["family_id"], of.get("outcome") or ""))
    specialist = {f["id"]: f["specialist_id"] for f in tables["families"]}
    for row in out:  # the narrow scope's index (revision 0026)
        row["specialist_id"] = specialist.get(row["family_id"])
    return out
