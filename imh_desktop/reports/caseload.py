"""The caseload report for supervisors: the caseload table on landscape pages."""

from __future__ import annotations

import re
from collections.abc import Callable

from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from imh_desktop.domain.dates import format_date
from imh_desktop.domain.dosage import visits_of_expected
from imh_desktop.reports.base import DRAFT, FONT, FONT_BOLD, INK, RULE, SHADE, BaseReport
from imh_desktop.reports.labels import label
from imh_desktop.reports.layout import break_at_hyphens, header_block, hyphen_pieces
from imh_desktop.reports.text import esc
from imh_desktop.services.caseload.table import CaseloadRow, month_words
from imh_desktop.services.reports import CaseloadReportData

COLUMNS = (
    # title, share of the width left to wrapping columns (0 = sized to fit), right-aligned
    ("Case", 0, False),
    ("Family", 1.0, False),
    ("Children (age)", 1.6, False),
    ("Caregiver", 1.0, False),
    ("Specialist", 0.9, False),
    ("Status", 0, False),
    ("Enrolled", 0, False),
    ("Last visit", 0, False),
    ("Days since contact", 0, True),
    ("Next visit due", 0, False),
    ("Visits this month", 0, True),
    ("Unsigned (draft) notes", 0, True),
    ("Active goals", 0, True),
    ("Open alerts", 0, True),
)
FONT_SIZE = 7.5
PADDING = 3.0
MAX_WORD = 100.0  # the widest a wrapping column grows to keep a name's word whole
_FAMILY, _DUE, _UNSIGNED, _ALERTS = 1, 9, 11, 13
WRAPPING_TEXT: dict[int, Callable[[CaseloadRow], str]] = {
    1: lambda r: r.family_name,
    2: lambda r: whole_ages(r.children_text),
    3: lambda r: r.caregiver_name,
    4: lambda r: r.specialist_name,
}


_AGE = re.compile(r"(\d+) mo (\d+) d\b")


def whole_ages(text: str) -> str:
    """``text`` with each age ("14 mo 10 d") held on one line by no-break spaces."""
    return _AGE.sub("\\1\u00a0mo\u00a0\\2\u00a0d", text)


class CaseloadReport(BaseReport):
    """Caseload table with the same columns and filters as the app's caseload view."""

    pagesize = landscape(LETTER)
    margin_left = margin_right = 0.45 * inch
    margin_top = 0.75 * inch
    margin_bottom = 0.7 * inch
    base_size = 9.0
    subject = "Caseload report"
    lang = "en"  # the language it prints in (its labels)

    def __init__(self, data: CaseloadReportData) -> None:
        self.data = data
        self.title = f"Caseload report, {format_date(data.prepared_on)}"
        self.author = f"{data.prepared_by}, {data.agency.name}"
        super().__init__()

    def header_text(self) -> tuple[str, str]:
        return f"{self.data.agency.name} · Caseload report", filter_text(self.data, self.lang)

    def story(self) -> list[Flowable]:
        d = self.data
        rows = d.rows
        counts = (
            f"{esc(month_words(list(rows), d.prepared_on))} · "
            f"{sum(r.overdue for r in rows)} overdue for a visit · "
            f"{sum(r.unsigned_notes > 0 for r in rows)} with unsigned notes · "
            f"{sum(r.open_alerts > 0 for r in rows)} with open alerts"
        )
        filters = filter_text(d, self.lang)
        right = (
            f"Prepared {format_date(d.prepared_on)} by {esc(d.prepared_by)}<br/>"
            f"{esc(filters[:1].upper() + filters[1:])}"
        )
        story: list[Flowable] = [
            header_block(self, d.agency, "Caseload report", right),
            Spacer(1, 8),
            Paragraph(counts, self.style["h3"]),
            Spacer(1, 4),
        ]
        if not rows:
            story.append(Paragraph("No families match these filters.", self.style["muted"]))
            return story
        story.append(self._table(rows))
        return story

    def _table(self, rows: tuple[CaseloadRow, ...]) -> Flowable:
        cell = ParagraphStyle("cl_cell", self.style["cell"], fontSize=7.5, leading=9.2)
        head_style = ParagraphStyle("cl_head", cell, fontName=FONT_BOLD)
        data: list[list[object]] = [[Paragraph(title, head_style) for title, _, _ in COLUMNS]]
        style = [
            ("FONT", (0, 1), (-1, -1), FONT, FONT_SIZE),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
            ("TOPPADDING", (0, 1), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 2.5),
        ]
        style += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i, c in enumerate(COLUMNS) if c[2]]
        for index, row in enumerate(rows, start=1):
            data.append(_cells(row, self.lang))
            if index % 2 == 0:
                style.append(("BACKGROUND", (0, index), (-1, index), SHADE))
            if row.overdue:
                style.append(("TEXTCOLOR", (_DUE, index), (_DUE, index), DRAFT))
                style.append(("FONT", (_DUE, index), (_DUE, index), FONT_BOLD, 7.5))
            if row.unsigned_notes:
                style.append(("TEXTCOLOR", (_UNSIGNED, index), (_UNSIGNED, index), DRAFT))
                style.append(("FONT", (_UNSIGNED, index), (_UNSIGNED, index), FONT_BOLD, 7.5))
            if row.open_alerts:
                style.append(("FONT", (_ALERTS, index), (_ALERTS, index), FONT_BOLD, 7.5))
                style.append(("TEXTCOLOR", (_ALERTS, index), (_ALERTS, index), DRAFT))
        # splitInRow: a row taller than a page (a family of many children) goes on the next.
        widths = self._widths(data, rows)
        for index, row in enumerate(rows, start=1):
            for i, getter in WRAPPING_TEXT.items():
                text = break_at_hyphens(getter(row), widths[i] - 2 * PADDING, FONT, FONT_SIZE)
                mark = _alert_mark(row) if i == _FAMILY else ""
                data[index][i] = Paragraph(esc(text) + mark, cell)
        table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
        table.setStyle(TableStyle(style))
        self._no_lonely_last_page(table)
        return table

    def _no_lonely_last_page(self, table: Table) -> None:
        """Keep the last rows, half a page of them, together: no last page with 2 rows.

        When the table runs over pages, the page before the last gives up rows so
        that the last page holds at least half a page; a table that fits on its
        pages already is laid out as before (no page is added).
        """
        frame = self.pagesize[1] - self.margin_top - self.margin_bottom - 12
        table.wrap(self.frame_width, frame)
        heights = table._rowHeights  # ReportLab's measured rows, the header first
        room, per_page = frame - heights[0], 0
        for height in reversed(heights[1:]):
            if height > room:
                break
            room -= height
            per_page += 1
        keep = per_page // 2
        if keep > 1:
            table.setStyle(TableStyle([("NOSPLIT", (0, len(heights) - keep), (-1, -1))]))

    def _widths(self, data: list[list[object]], rows: tuple[CaseloadRow, ...]) -> list[float]:
        """Plain columns sized to their widest value; wrapping columns share the rest.

        No column is narrower than the longest word of its header. A wrapping
        column is also as wide as the longest word of its values (a hyphenated
        word counting by its pieces, as it breaks after its hyphens; up to
        ``MAX_WORD``) when the page has room for that in every wrapping column;
        when it has not, those widths shrink towards the headers' and a long
        name breaks inside a word rather than the table overflowing the page.
        """

        def width(text: str, bold: bool = False) -> float:
            return (
                float(stringWidth(text, FONT_BOLD if bold else FONT, FONT_SIZE)) + 2 * PADDING + 1
            )

        heads = [max(width(w, True) for w in title.split()) for title, _, _ in COLUMNS]
        widths = list(heads)
        for i, (_, share, _) in enumerate(COLUMNS):
            if not share:
                lines = (line for r in data[1:] for line in str(r[i]).split("\n"))
                bold = i in (_DUE, _UNSIGNED, _ALERTS)
                widths[i] = max([heads[i], *(width(x, bold) for x in set(lines))])
        wrapping = [i for i, c in enumerate(COLUMNS) if c[1]]
        spare = self.frame_width - sum(w for i, w in enumerate(widths) if i not in wrapping)
        floors = {}
        for i in wrapping:
            text = {w for r in rows for w in WRAPPING_TEXT[i](r).split(" ")}  # NBSP holds
            words = {piece for w in text for piece in hyphen_pieces(w)}
            floors[i] = max(heads[i], min(max((width(w) for w in words), default=0), MAX_WORD))
        wanted = sum(floors.values())
        if wanted > spare:
            least = sum(heads[i] for i in wrapping)
            scale = max(spare - least, 0) / (wanted - least)
            floors = {i: heads[i] + (f - heads[i]) * scale for i, f in floors.items()}
        total_share = sum(COLUMNS[i][1] for i in wrapping)
        for i in wrapping:
            widths[i] = spare * COLUMNS[i][1] / total_share
        short = sum(max(floors[i] - widths[i], 0) for i in wrapping)
        if short:
            roomy = [i for i in wrapping if widths[i] > floors[i]]
            room = sum(widths[i] - floors[i] for i in roomy)
            for i in wrapping:
                if i in roomy:
                    widths[i] -= short * (widths[i] - floors[i]) / room
                else:
                    widths[i] = floors[i]
        return widths


def filter_text(data: CaseloadReportData, lang: str = "en") -> str:
    """The filters in words, for the report's subtitle: "all specialists; active; …"."""
    filters = data.filters
    name = data.specialist_name
    parts = [f"specialist {name}" if name else "all specialists"]
    parts.append(label(filters.status, lang).lower() if filters.status else "open cases")
    parts += [
        words
        for on, words in (
            (filters.overdue_only, "overdue for a visit"),
            (filters.alerts_only, "with open alerts"),
            (filters.unsigned_only, "with unsigned notes"),
        )
        if on
    ]
    return "; ".join(parts)


def _cells(row: CaseloadRow, lang: str) -> list[object]:
    """The row's cells; the wrapping columns' are filled once the widths are known."""
    visits = visits_of_expected(row.visits_this_month, row.expected_this_month)
    due = format_date(row.next_visit_due)
    if row.overdue and due:
        due += "\noverdue"
    since = "" if row.days_since_contact is None else str(row.days_since_contact)
    return [
        row.case_number,
        "",
        "",
        "",
        "",
        label(row.status, lang),
        format_date(row.enrolled_on),
        format_date(row.last_visit),
        since,
        due,
        visits,
        str(row.unsigned_notes) if row.unsigned_notes else "",
        str(row.active_goals),
        _alert_count(row),
    ]


def _alert_mark(row: CaseloadRow) -> str:
    """A red line under the family's name while an alert is open ("URGENT ALERT" when urgent)."""
    if not row.open_alerts:
        return ""
    words = "URGENT ALERT" if row.urgent_alerts else "Open alert"
    return f'<br/><font color="#{DRAFT.hexval()[2:]}"><b>{words}</b></font>'


def _alert_count(row: CaseloadRow) -> str:
    if not row.open_alerts:
        return ""
    return (
        f"{row.open_alerts} ({row.urgent_alerts} urgent)"
        if row.urgent_alerts
        else str(row.open_alerts)
    )


def render_caseload_report(data: CaseloadReportData, password: str | None = None) -> bytes:
    """The caseload report for ``data`` as PDF bytes (``password``: AES-256 encrypted)."""
    return CaseloadReport(data).render(password)
