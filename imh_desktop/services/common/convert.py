"""ORM rows to frozen records, by field name."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from imh_desktop.domain.text import normalise

T = TypeVar("T")

_FIELDS: dict[type, tuple[str, ...]] = {}


def to_record(cls: type[T], row: Any, **extra: Any) -> T:
    """Build ``cls`` from the same-named attributes of ``row``; ``extra`` wins."""
    names = _FIELDS.get(cls)
    if names is None:
        names = tuple(f.name for f in dataclasses.fields(cls) if f.init)  # type: ignore[arg-type]
        _FIELDS[cls] = names
    values = {
        n: extra[n] if n in extra else getattr(row, n)
        for n in names
        if n in extra or hasattr(row, n)
    }
    for name, value in values.items():
        if isinstance(value, list):
            values[name] = tuple(value)
    return cls(**values)


def clean(value: Any) -> Any:
    """Plain strings as stored (``domain.text.normalise``); anything else (enums too) as is."""
    return normalise(value) if type(value) is str else value
