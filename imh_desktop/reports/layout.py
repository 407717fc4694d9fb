"""Building blocks shared by the reports: letterhead, label/value grid, signature lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from imh_desktop.reports.base import ACCENT, FONT, INK, MUTED, BaseReport, col_widths
from imh_desktop.reports.text import esc
from imh_desktop.services.reports import AgencyInfo


def header_block(
    report: BaseReport, agency: AgencyInfo, title: str, right_markup: str, scale: float = 1.0
) -> Flowable:
    """The first-page letterhead: agency on the left, report title on the right.

    ``title`` is plain text; ``right_markup`` is markup the caller built from
    escaped values.
    """
    s = report.style
    name = ParagraphStyle("agency", s["h3"], fontSize=11.5 * scale, leading=14 * scale,
                          textColor=ACCENT, spaceBefore=0)  # fmt: skip
    small = ParagraphStyle("agency_small", s["small"], fontSize=8 * scale, leading=10.5 * scale,
                           textColor=MUTED)  # fmt: skip
    title_style = ParagraphStyle("doc_title", s["h1"], alignment=TA_RIGHT,
                                 fontSize=16 * scale, leading=19 * scale)  # fmt: skip
    sub = ParagraphStyle("doc_sub", small, alignment=TA_RIGHT)
    left = [Paragraph(esc(agency.name), name),
            Paragraph(esc(agency.address) + (f"<br/>{esc(agency.phone)}" if agency.phone else ""),
                      small)]  # fmt: skip
    right = [Paragraph(esc(title), title_style), Paragraph(right_markup, sub)]
    table = Table([[left, right]], colWidths=col_widths(report.frame_width, (0.5, 0.5)))
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 8),
    ]))  # fmt: skip
    return table


def field_table(report: BaseReport, rows: Sequence[tuple[str, str, str, str]]) -> Flowable:
    """A grid of label/value pairs, two pairs a row; a row whose second label is
    empty gives its first value the whole width. Values are markup (escaped)."""
    s = report.style
    label = ParagraphStyle("field_label", s["small"], textColor=MUTED)
    data = []
    spans = []
    for index, (l1, v1, l2, v2) in enumerate(rows):
        data.append([Paragraph(l1, label), Paragraph(v1, s["body"]),
                     Paragraph(l2, label), Paragraph(v2, s["body"])])  # fmt: skip
        if not l2:
            spans.append(("SPAN", (1, index), (3, index)))
    # splitInRow: a value taller than a page (a family of many children) runs on to the next.
    widths = col_widths(report.frame_width, (0.14, 0.36, 0.16, 0.34))
    table = Table(data, colWidths=widths, splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *spans,
    ]))  # fmt: skip
    return table


def signature_block(report: BaseReport, roles: Sequence[str]) -> Flowable:
    """Lines to sign and date, one row per role."""
    rows = []
    for role in roles:
        rows.append(["", "", ""])
        rows.append([f"{role} signature", "", "Date"])
    widths = col_widths(report.frame_width, (0.62, 0.08, 0.3))
    table = Table(rows, colWidths=widths, rowHeights=[22, 12] * len(roles))
    style = [("FONT", (0, 0), (-1, -1), FONT, 7.5), ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]  # fmt: skip
    for i in range(len(roles)):
        style.append(("LINEBELOW", (0, 2 * i), (0, 2 * i), 0.6, INK))
        style.append(("LINEBELOW", (2, 2 * i), (2, 2 * i), 0.6, INK))
    table.setStyle(TableStyle(style))
    table.keepWithNext = False
    return table


def break_at_hyphens(text: str, width: float, font: str, size: float) -> str:
    """``text`` with a space after the hyphens where a hyphenated word must break.

    ReportLab breaks lines at spaces only; a word wider than ``width`` (such
    as "Castellanos-Villanueva-Montenegro" in a narrow column) is otherwise
    cut anywhere ("Castel|lanos"). Such a word is split after its hyphens into
    pieces that each fill a line as far as they can, so the break falls where
    the hyphen is and no piece ever shares a line with the next one (no
    stray space shows). Words that fit, and words without hyphens, are kept.
    """

    def fits(piece: str) -> bool:
        return float(stringWidth(piece, font, size)) <= width

    words = []
    for word in text.split(" "):
        if "-" not in word.strip("-") or fits(word):
            words.append(word)
            continue
        line = ""
        for part in hyphen_pieces(word):
            if line and not fits(line + part):
                words.append(line)
                line = part
            else:
                line += part
        words.append(line)
    return " ".join(words)


def hyphen_pieces(word: str) -> list[str]:
    """``word`` split after its hyphens: "Ana-Sofía" -> ["Ana-", "Sofía"]."""
    return re.findall(r"[^-]*-+|[^-]+$", word) or [word]
