"""The mapping file: which column fills which field, the date order, what to do with duplicates.

A JSON object, written by hand or saved from the import window::

    {"sheet": "Caseload", "date_order": "DMY", "duplicates": "skip",
     "columns": {"Case #": "case_number", "Family": "family_name"}}

Every key but ``columns`` may be left out; the column names are the sheet's
headers as the import shows them (trimmed; "Child Name" for a merged
"Child" over "Name"); the fields are those of ``domain.imports.fields``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.imports.fields import BY_KEY
from imh_desktop.domain.imports.values import DateOrder
from imh_desktop.services.imports.plan import Decision, ImportOptions


def options_from(data: Any) -> tuple[str, ImportOptions]:
    """The sheet name and the options a mapping object describes; DomainError when malformed."""
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise DomainError('The mapping must be a JSON object with a "columns" object.', "mapping")
    columns = data["columns"]
    for header, key in columns.items():
        if not isinstance(key, str) or (key and key not in BY_KEY):
            known = ", ".join(sorted(BY_KEY))
            raise DomainError(f"'{key}' (for '{header}') is not a field. Fields: {known}.",
                              "mapping")  # fmt: skip
    order_name = data.get("date_order")
    try:
        order = DateOrder[order_name] if order_name else None
        duplicates = Decision(data.get("duplicates", "skip"))
    except (KeyError, ValueError, TypeError):
        raise DomainError(
            'The mapping\'s "date_order" is one of DMY, MDY, YMD and its "duplicates" one of '
            "skip, update, new.",
            "mapping",
        ) from None
    sheet = data.get("sheet") or ""
    if not isinstance(sheet, str):
        raise DomainError('The mapping\'s "sheet" must be a sheet name.', "mapping")
    return sheet, ImportOptions(dict(columns), order, duplicates)


def load_mapping(path: Path | str) -> tuple[str, ImportOptions]:
    """Read a mapping file (see the module's description)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise DomainError(f"There is no mapping file {path.name}.", "mapping") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DomainError(f"{path.name} is not a JSON mapping file ({exc}).", "mapping") from None
    return options_from(data)


def mapping_json(sheet: str, options: ImportOptions) -> str:
    """The mapping file's text for ``options`` (per-row decisions are not kept)."""
    return json.dumps(
        {
            "sheet": sheet,
            "date_order": options.date_order.name if options.date_order else None,
            "duplicates": options.duplicates.value,
            "columns": dict(options.mapping),
        },
        indent=2,
        ensure_ascii=False,
    )
