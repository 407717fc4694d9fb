"""The family header's short form of the family's context: what stresses it, what
strengthens it, what it needs, and releases of information about to expire."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication

from imh_desktop.domain.enums import FactorRating
from imh_desktop.services.family.context import FamilyContext
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import format_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("FamilyHeader", text)


def context_lines(data: FamilyContext, today: dt.date) -> tuple[str, str]:
    """(stressors · strengths · needs as rich text, releases expiring in 30 days as plain text)."""
    parts = []
    stressors = [label(s.stressor) for s in data.current_stressors]
    ratings = data.current_ratings.values()
    strengths = [label(r.factor) for r in ratings if r.rating is FactorRating.STRENGTH]
    needs = [label(r.factor) for r in ratings if r.rating is FactorRating.NEED]
    for title, names in ((QCoreApplication.translate("FamilyHeader", "Stressors"), stressors), (QCoreApplication.translate("FamilyHeader", "Strengths"), strengths),  # noqa: E501
                         (QCoreApplication.translate("FamilyHeader", "Needs"), needs)):  # fmt: skip
        if names:
            parts.append(f"<b>{escape(title)}:</b> {escape(', '.join(names))}")
    expiring = [r for r in data.releases if r.expiring_on(today)]
    releases = "; ".join(
        QCoreApplication.translate("FamilyHeader", "Release to {agency} expires {day}").format(
            agency=r.recipient, day=format_date(r.expires_on))
        for r in sorted(expiring, key=lambda r: r.expires_on)
    )  # fmt: skip
    return "  ·  ".join(parts), releases
