"""A sheet's raw rows made into a table: one header, data rows with their sheet line numbers.

Real sheets start with blank rows, have blank rows between families, headers
with trailing spaces, and two header rows where a merged cell ("Child")
spans the columns under it ("Name", "Date of birth"). :func:`tabulate`
takes the first non-blank row as the header; when the row under it fills
gaps the header leaves (a merged cell reads as one value then blanks), the
two rows are joined: "Child Name", "Child Date of birth".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from imh_desktop.domain.imports.fields import guess_mapping
from imh_desktop.domain.imports.values import Cell, clean_text, is_blank, parse_date


@dataclass(frozen=True)
class Table:
    """The header names (unique, trimmed) and the non-blank data rows, each with its line."""

    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    lines: tuple[int, ...]  # each row's number in the sheet (1 = the first line)

    def column(self, header: str) -> list[Cell]:
        """The cells of one column, top to bottom."""
        i = self.headers.index(header)
        return [row[i] if i < len(row) else None for row in self.rows]


def _looks_like_data(cell: Cell) -> bool:
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return True
    try:
        return parse_date(cell) is not None if isinstance(cell, str) else cell is not None
    except ValueError:
        return False


def _second_header(top: Sequence[Cell], below: Sequence[Cell]) -> bool:
    """True when ``below`` is the lower half of a two-row header under ``top``."""
    width = max(len(top), len(below))
    gaps = [i for i in range(1, width) if is_blank(top[i] if i < len(top) else None)
            and not is_blank(below[i] if i < len(below) else None)]  # fmt: skip
    texts = [c for c in below if not is_blank(c)]
    return bool(gaps) and bool(texts) and not any(_looks_like_data(c) for c in texts)


def _joined(top: Sequence[Cell], below: Sequence[Cell]) -> list[str]:
    """The names of a two-row header: "Child" over "Name" is "Child Name"."""
    names, group = [], ""
    for i in range(max(len(top), len(below))):
        upper = clean_text(top[i]) if i < len(top) else ""
        lower = clean_text(below[i]) if i < len(below) else ""
        if upper:  # a group over the columns below it carries across the merged blanks
            group = upper if lower else ""
        if upper and lower:
            names.append(f"{upper} {lower}")
        elif lower:
            names.append(f"{group} {lower}" if group else lower)
        else:
            names.append(upper)
    return names


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, int] = {}
    out = []
    for i, name in enumerate(names, start=1):
        name = name or f"Column {i}"
        count = seen.get(name.lower(), 0) + 1
        seen[name.lower()] = count
        out.append(name if count == 1 else f"{name} ({count})")
    return tuple(out)


def tabulate(raw: Iterable[Sequence[Cell]]) -> Table:
    """The table in ``raw`` (a sheet's rows in order, blank ones included)."""
    numbered = [(line, list(row)) for line, row in enumerate(raw, start=1)]
    filled = [(line, row) for line, row in numbered if any(not is_blank(c) for c in row)]
    if not filled:
        return Table((), (), ())
    top = filled[0][1]
    body = filled[1:]
    names = [clean_text(c) for c in top]
    if body and _second_header(top, body[0][1]):
        joined = _joined(top, body[0][1])
        # Two header rows only when the joined names name more fields than the top row alone.
        if len(guess_mapping(joined)) > len(guess_mapping(names)):
            names, body = joined, body[1:]
    width = len(names)
    while (
        width
        and not names[width - 1]
        and all(is_blank(r[width - 1]) if width - 1 < len(r) else True for _, r in body)
    ):
        width -= 1  # trailing columns with neither a header nor data
    headers = _unique(" ".join(n.split()) for n in names[:width])
    rows = tuple(tuple(r[i] if i < len(r) else None for i in range(width)) for _, r in body)
    return Table(headers, rows, tuple(line for line, _ in body))
