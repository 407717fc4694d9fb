"""The progress report's family context: stressors and strengths, and referrals with outcomes.

Flowables for :class:`~imh_desktop.reports.progress.ProgressReport`, built from
the :class:`~imh_desktop.services.reports.context.ContextSection` its data carries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from imh_desktop.domain.dates import format_date
from imh_desktop.reports.base import DRAFT, FONT, FONT_BOLD, INK, RULE, col_widths
from imh_desktop.reports.labels import label
from imh_desktop.reports.text import esc

if TYPE_CHECKING:
    from imh_desktop.reports.progress import ProgressReport


def _table(report: ProgressReport, rows: list[list[object]], shares: tuple[float, ...]) -> Table:
    table = Table(rows, colWidths=col_widths(report.frame_width, shares), repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8),
        ("FONT", (0, 1), (-1, -1), FONT, 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    return table


def context_flowables(report: ProgressReport) -> list[Flowable]:
    """Stressors (current, resolved in the period) and the five protective factors."""
    s, lang = report.style, report.lang
    section = report.data.context
    if not section.stressors and all(f.rating is None for f in section.factors):
        return [Paragraph("No stressors or protective factors recorded yet.", s["muted"])]
    out: list[Flowable] = [Paragraph("Stressors", s["h3"])]
    if not section.stressors:
        out.append(Paragraph("None recorded.", s["muted"]))
    else:
        rows: list[list[object]] = [["Stressor", "Noted", "Resolved"]]
        for line in section.stressors:
            cells = [esc(label(line.stressor, lang)), format_date(line.noted_on),
                     format_date(line.resolved_on, "Current")]  # fmt: skip
            rows.append([Paragraph(c, s["cell"]) for c in cells])
        out.append(_table(report, rows, (0.6, 0.2, 0.2)))
    out.append(Paragraph("Strengths (protective factors)", s["h3"]))
    if all(f.rating is None for f in section.factors):
        out.append(Paragraph("Not rated yet.", s["muted"]))
        return out
    rows = [["Protective factor", "Rating at the end of the period", "Rated on"]]
    for factor in section.factors:
        rating = esc(label(factor.rating, lang)) if factor.rating else "Not rated"
        if factor.before is not None:
            rating += f" (was {esc(label(factor.before, lang).lower())})"
        cells = [esc(label(factor.factor, lang)), rating, format_date(factor.rated_on, "—")]
        rows.append([Paragraph(c, s["cell"]) for c in cells])
    out.append(_table(report, rows, (0.48, 0.34, 0.18)))
    return out


def referral_flowables(report: ProgressReport) -> list[Flowable]:
    """Referrals made in the period or still waiting for news, with their outcomes."""
    s, lang = report.style, report.lang
    referrals = report.data.context.referrals
    if not referrals:
        return [Paragraph("No referrals in this period.", s["muted"])]
    rows: list[list[object]] = [["Made", "Referral", "For", "Agency", "Status", "Outcome"]]
    for line in referrals:
        status = esc(label(line.status, lang))
        if line.overdue and line.follow_up_on is not None:
            status = (f"<font color='#{DRAFT.hexval()[2:]}'><b>Follow-up overdue</b> "
                      f"(due {format_date(line.follow_up_on)})</font>")  # fmt: skip
        elif line.follow_up_on is not None and line.status.open:
            status += f", follow up {format_date(line.follow_up_on)}"
        if len(line.steps) > 1:  # how it got there: "made on 3 Nov 2026, connected on 20 Nov 2026"
            steps = ", ".join(f"{esc(label(st, lang)).lower()} on {format_date(day)}"
                              for st, day in line.steps)  # fmt: skip
            status += f"<br/><font size='7'>{steps}</font>"
        cells = [format_date(line.made_on), esc(label(line.referral_type, lang)),
                 esc(line.for_whom or "Family"), esc(line.agency), status,
                 esc(line.outcome) or "—"]  # fmt: skip
        rows.append([Paragraph(c, s["cell"]) for c in cells])
    return [_table(report, rows, (0.13, 0.17, 0.13, 0.18, 0.16, 0.23))]
