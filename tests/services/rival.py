"""Another process saving the same family, caregiver, child or draft (the two-process tests).

Run as ``python -m tests.services.rival URL USER_ID`` (``IMH_RIVAL_KEY``: the
database key in hex, when it is encrypted). It prints ``ready``, then reads
one JSON request a line and answers one JSON line: ``{"saved": VERSION}``
once its commit has returned, or ``{"conflict": true, "same_moment": …}`` when
the service refused with a ConflictError (``same_moment``: the version check
passed and the write itself found the row changed, or the draft created). A request names the ``kind`` of save (``save``
below), the family, the member (caregiver or child) when there is one, the
version the saver holds and the ``value`` it writes. An empty line ends it.

A test module imports ``save`` too, so both processes save the same way.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys

from imh_desktop.data.db import Database
from imh_desktop.domain.clock import FixedClock
from imh_desktop.domain.enums import ClosureReason
from imh_desktop.domain.errors import ConflictError
from imh_desktop.domain.inputs import CaregiverInput, ChildInput, FamilyInput
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.family import families
from imh_desktop.services.visits import drafts
from tests.factories import TEST_NOW

KINDS = ("family", "close", "caregiver", "child", "draft")


def save(ctx: ServiceContext, kind: str, family_id: int, member_id: int | None,
         version: int | None, value: str) -> int:  # fmt: skip
    """One save of ``kind`` from ``version``, writing ``value``; the version saved."""
    if kind == "draft":
        payload = {"visit_date": "2026-11-25", "observation": value}
        return drafts.save_draft(ctx, family_id, None, payload, version).version
    assert version is not None
    family = families.get_family(ctx, family_id)
    if kind == "family":
        data = FamilyInput(
            family.display_name, family.specialist_id, family.referral_source,
            family.referral_date, family.enrolled_on, family.frequency, family.address,
            value, family.language,
        )  # fmt: skip
        return families.update_family(ctx, family_id, data, version).version
    if kind == "close":  # the case's status: ``value`` is the closure note
        return families.close_family(
            ctx, family_id, TEST_NOW.date(), ClosureReason.OTHER, value, version
        ).version
    if kind == "caregiver":
        carer = next(c for c in family.caregivers if c.id == member_id)
        fields = {f.name: getattr(carer, f.name) for f in dataclasses.fields(CaregiverInput)}
        data_c = CaregiverInput(**{**fields, "phone": value})
        return families.save_caregiver(ctx, family_id, data_c, carer.id, version).version
    child = next(c for c in family.children if c.id == member_id)
    fields = {f.name: getattr(child, f.name) for f in dataclasses.fields(ChildInput)}
    data_k = ChildInput(**{**fields, "full_name": value})
    return families.save_child(ctx, family_id, data_k, child.id, version).version


def main(argv: list[str]) -> None:
    url, user = argv
    key = os.environ.get("IMH_RIVAL_KEY")
    db = Database(url, key=bytes.fromhex(key) if key else None)
    ctx = ServiceContext(db, int(user), FixedClock(TEST_NOW))
    print("ready", flush=True)
    for line in sys.stdin:
        if not line.strip():
            break
        req = json.loads(line)
        try:
            answer = {"saved": save(ctx, req["kind"], req["family"], req.get("member"),
                                    req["version"], req["value"])}  # fmt: skip
        except ConflictError as exc:  # "at the same moment": the UPDATE or INSERT found it changed
            answer = {"conflict": True, "same_moment": "same moment" in exc.message}
        print(json.dumps(answer), flush=True)
    db.dispose()


if __name__ == "__main__":
    main(sys.argv[1:])
