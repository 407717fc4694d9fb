"""An audit event's recorded detail in one readable line ("address: '12 Elm' → '4 Oak'; …")."""

from __future__ import annotations

import json
from typing import Any

from imh_desktop.domain.integrity import DIGEST_PREFIX

# Detail keys that are bookkeeping for the chain, not news for a reader.
_HIDDEN = frozenset({"family_id", "history", "changes", "amendments", "sealed_by"})
_HASHES = frozenset({"content_hash", "cosign_hash", "amendment_hash"})
_MAX_VALUE = 60


def _value(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, str) and value.startswith(DIGEST_PREFIX):
        return "(text)"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= _MAX_VALUE else text[: _MAX_VALUE - 1] + "…"


def _change(name: str, change: Any) -> str:
    if not isinstance(change, dict):
        return f"{name} changed"
    old, new = change.get("old"), change.get("new")
    if isinstance(new, str) and new.startswith(DIGEST_PREFIX):
        return f"{name} changed (text not kept)"
    return f"{name}: {_value(old)} → {_value(new)}"


def describe_detail(detail: str) -> str:
    """The event's detail for people: changes first, then other facts; hashes shortened."""
    if not detail:
        return ""
    try:
        data = json.loads(detail)
    except ValueError:
        return detail[:200]
    if not isinstance(data, dict):
        return _value(data)
    parts = [_change(name, c) for name, c in (data.get("changes") or {}).items()]
    for key, value in data.items():
        if key in _HIDDEN:
            continue
        if key in _HASHES:
            parts.append(f"{key.replace('_', ' ')} {str(value)[:12]}…")
        else:
            parts.append(f"{key.replace('_', ' ')}: {_value(value)}")
    if "sealed_by" in data:
        parts.append(f"sealed by the {data['sealed_by']}")
    return "; ".join(parts)
