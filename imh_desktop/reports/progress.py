"""The family progress report for a period: a professional document for case reviews.

Built from :class:`~imh_desktop.services.reports.ProgressReportData`; the
specialist's reflection is not part of that data, so it can never print.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from imh_desktop.domain.dates import format_date, format_period
from imh_desktop.domain.goal_rules import review_prompt
from imh_desktop.reports.base import (
    DRAFT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    SHADE,
    BaseReport,
    col_widths,
)
from imh_desktop.reports.bidi import RtlParagraph, rtl_first
from imh_desktop.reports.charts import rating_chart
from imh_desktop.reports.labels import label
from imh_desktop.reports.layout import field_table, header_block, signature_block
from imh_desktop.reports.progress_context import context_flowables, referral_flowables
from imh_desktop.reports.text import esc, paragraph_chunks, paragraphs
from imh_desktop.services.reports import GoalSummary, ProgressReportData, VisitLine

DRAFT_MARK = "DRAFT — unsigned"
TAMPERED_MARK = "Changed outside\nthe app"
TAMPERED = "This note was changed outside the app after it was signed."
RATING_MEANINGS = {
    1: "not yet started / no change",
    2: "emerging",
    3: "some progress",
    4: "substantial progress",
    5: "achieved",
}
GOALS_PER_LINE = 4


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


class ProgressReport(BaseReport):
    """Family progress report: summary, goals with rating charts, visit log, plan, screenings."""

    subject = "Family progress report"
    lang = "en"  # the language it prints in (its labels)

    def __init__(self, data: ProgressReportData) -> None:
        self.data = data
        self.title = f"Progress report: {data.family_name} ({data.case_number})"
        self.author = f"{data.specialist_name}, {data.agency.name}"
        super().__init__()

    def header_text(self) -> tuple[str, str]:
        d = self.data
        return (
            f"{d.agency.name} · Progress report",
            f"{d.family_name} · {d.case_number} · {format_period(d.period_start, d.period_end)}",
        )

    def story(self) -> list[Flowable]:
        s = self.style
        d = self.data
        story: list[Flowable] = [
            header_block(self, d.agency, "Family progress report",
                         f"{format_period(d.period_start, d.period_end)}<br/>"
                         f"Prepared {format_date(d.prepared_on)}"),
            Spacer(1, 10),
            self._family_fields(),
            Paragraph("Family context", s["h2"]),
            *context_flowables(self),
            Paragraph("Visits in this period", s["h2"]),
            self._summary(),
            Paragraph("Goals", s["h2"]),
            *self._goals(),
            Paragraph("Visit log", s["h2"]),
            self._visit_table(),
            *self._tampered_visits(),
            Paragraph("Plan", s["h2"]),
            *self._plan(),
            Paragraph("Screenings", s["h2"]),
            *self._screenings(),
            Paragraph("Referrals", s["h2"]),
            *referral_flowables(self),
            KeepTogether([Spacer(1, 18), signature_block(self, ("Specialist", "Supervisor"))]),
        ]  # fmt: skip
        return story

    def _family_fields(self) -> Flowable:
        d = self.data
        on = min(d.period_end, d.prepared_on)
        children = "<br/>".join(
            f"{esc(c.name)}, born {format_date(c.dob)}"
            + (f", {esc(c.age_text)} on {format_date(on)}" if c.age_text else "")
            for c in d.children
        )
        rows = [
            ("Family", esc(d.family_name), "Case number", esc(d.case_number)),
            ("Status", label(d.status, self.lang), "Enrolled", format_date(d.enrolled_on, "—")),
            (
                "Specialist",
                esc(d.specialist_name),
                "Visit frequency",
                label(d.frequency, self.lang),
            ),
            ("Caregivers", "<br/>".join(esc(c) for c in d.caregivers) or "—", "", ""),
            ("Children", children or "—", "", ""),
        ]
        return field_table(self, rows)

    def _summary(self) -> Flowable:
        sm = self.data.summary
        dosage = f"{sm.dosage_percent:.0f}%" if sm.dosage_percent is not None else "—"
        head = ["Completed", "Expected", "Dosage", "Cancelled\nby family",
                "Cancelled\nby staff", "No-shows", "Unsigned\nnotes"]  # fmt: skip
        values = [str(sm.completed), f"{sm.expected:.1f}", dosage, str(sm.cancelled_by_family),
                  str(sm.cancelled_by_staff), str(sm.no_shows), str(sm.unsigned)]  # fmt: skip
        table = Table([head, values], colWidths=[self.frame_width / len(head)] * len(head))
        style = [
            ("FONT", (0, 0), (-1, 0), FONT, 7.5),
            ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
            ("FONT", (0, 1), (-1, 1), FONT_BOLD, 13),
            ("TEXTCOLOR", (0, 1), (-1, 1), INK),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LEADING", (0, 0), (-1, 0), 9),
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("TOPPADDING", (0, 1), (-1, 1), 4),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 7),
        ]
        if sm.unsigned:
            style.append(("TEXTCOLOR", (6, 1), (6, 1), DRAFT))
        table.setStyle(TableStyle(style))
        return table

    def _goals(self) -> list[Flowable]:
        s = self.style
        if not self.data.goals:
            return [Paragraph("No goals were open in this period.", s["muted"])]
        legend = " · ".join(f"{n} {text}" for n, text in RATING_MEANINGS.items())
        out: list[Flowable] = [Paragraph(f"Ratings: {legend}.", s["small"])]
        out.extend(self._goal(goal) for goal in self.data.goals)
        return out

    def _goal(self, goal: GoalSummary) -> Flowable:
        s = self.style
        d = self.data
        title = Paragraph(
            f"Goal {goal.number} · {esc(label(goal.domain, self.lang))} · "
            f"<font color='#52606d'>{esc(label(goal.status, self.lang))}</font>",
            s["h3"],
        )
        dates = f"Started {format_date(goal.started_on)}"
        if goal.target_date:
            dates += f" · target {format_date(goal.target_date)}"
        if goal.ratings:
            last = goal.ratings[-1]
            latest = (
                f"Latest rating <b>{last.rating}</b> ({RATING_MEANINGS.get(last.rating, '')})"
                f"<br/>on {format_date(last.on)}; "
                f"{_plural(len(goal.ratings), 'rating')} in this period"
            )
        else:
            latest = "Not rated in this period"
        chart = rating_chart([(p.on, p.rating) for p in goal.ratings], d.period_start,
                             d.period_end, width=self.frame_width * 0.58)  # fmt: skip
        side = [Paragraph(latest, s["small"]), Spacer(1, 3), Paragraph(dates, s["small"])]
        row = Table([[chart, side]], colWidths=col_widths(self.frame_width, (0.6, 0.4)))
        row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("LEFTPADDING", (0, 0), (0, 0), 0)]))  # fmt: skip
        statement = self._prose(goal.statement)
        for earlier in goal.signed_as:  # a revision since: what the signed notes say
            statement.append(Paragraph(f"<i>Revised: signed notes of this period rated it as "
                                       f"“{esc(earlier)}”</i>", s["small"]))  # fmt: skip
        if goal.past_target and goal.target_date:
            statement.append(Paragraph(
                f"<font color='#{DRAFT.hexval()[2:]}'><b>{esc(review_prompt(goal.target_date))}"
                "</b></font>", s["small"]))  # fmt: skip
        return KeepTogether([title, *statement, Spacer(1, 2), row])

    def _visit_table(self) -> Flowable:
        visits = self.data.visits
        if not visits:
            return Paragraph("No visits were recorded in this period.", self.style["muted"])
        rows: list[list[str]] = [["Date", "Mode", "Outcome", "Goal ratings (G1 = goal 1)", "Note"]]
        rows.extend(_visit_row(v, self.lang) for v in visits)
        widths = col_widths(self.frame_width, (0.13, 0.19, 0.2, 0.27, 0.21))
        table = Table(rows, colWidths=widths, repeatRows=1)
        style = [
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8),
            ("FONT", (0, 1), (-1, -1), FONT, 8),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        for index, visit in enumerate(visits, start=1):
            if not visit.signed or visit.tampered:
                style.append(("TEXTCOLOR", (4, index), (4, index), DRAFT))
                style.append(("FONT", (4, index), (4, index), FONT_BOLD, 8))
            if not visit.completed:
                style.append(("TEXTCOLOR", (0, index), (3, index), colors.HexColor("#616e7c")))
        table.setStyle(TableStyle(style))
        return table

    def _tampered_visits(self) -> list[Flowable]:
        """One red line per visit whose note was changed outside the app after signing."""
        style = self._warning_style()
        return [
            Paragraph(f"<b>Visit of {format_date(v.visit_date)}:</b> {esc(TAMPERED)}", style)
            for v in self.data.visits
            if v.tampered
        ]

    def _warning_style(self) -> ParagraphStyle:
        return ParagraphStyle("tampered", self.style["body"], textColor=DRAFT, spaceBefore=3)

    def _plan(self) -> list[Flowable]:
        s = self.style
        d = self.data
        if not d.plan.strip():
            return [Paragraph("No signed note with a plan yet.", s["muted"])]
        out: list[Flowable] = [
            Paragraph(f"From the signed note of {format_date(d.plan_date, '—')}:", s["muted"])
        ]
        if d.plan_tampered:
            out.append(Paragraph(f"<b>{esc(TAMPERED)}</b>", self._warning_style()))
        out.extend(self._prose(d.plan))
        for change in d.plan_amendments:
            out.append(
                Paragraph(
                    f"<b>Amended {format_date(change.on)}</b> by {esc(change.author)} "
                    f"(reason: {esc(change.reason)}):",
                    s["muted"],
                )
            )
            out.extend(self._prose(change.text))
        return out

    def _prose(self, text: str) -> list[Flowable]:
        """Text a person wrote as paragraphs, each laid out in chunks (linear in its length)."""
        s = self.style
        out: list[Flowable] = []
        for para in paragraphs(text):
            if rtl_first(para):  # Hebrew or Arabic: broken into lines first, each right to left
                out.append(RtlParagraph(para, s["para"]))
                continue
            for chunks in paragraph_chunks(para):
                out.extend(Paragraph(chunk, s["body"]) for chunk in chunks[:-1])
                out.append(Paragraph(chunks[-1], s["para"]))
        return out

    def _screenings(self) -> list[Flowable]:
        s = self.style
        d = self.data
        out: list[Flowable] = []
        if d.screenings:
            rows: list[list[object]] = [["Date", "Screening", "For", "Score", "Result"]]
            for line in d.screenings:
                result = esc(line.band) or "—"
                if line.urgent:
                    result = f"<b>Urgent:</b> {result}"
                elif line.positive:
                    result = f"<b>Positive:</b> {result}"
                score = "" if line.total is None else str(line.total)
                cells = [
                    format_date(line.given_on),
                    esc(label(line.instrument, self.lang)),
                    esc(line.subject),
                    score,
                    result,
                ]
                rows.append([Paragraph(c, s["cell"]) for c in cells])
            widths = col_widths(self.frame_width, (0.14, 0.13, 0.25, 0.08, 0.4))
            table = Table(rows, colWidths=widths, repeatRows=1)
            table.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8),
                ("FONT", (0, 1), (-1, -1), FONT, 8),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))  # fmt: skip
            out.append(table)
        else:
            out.append(Paragraph("No screenings in this period.", s["muted"]))
        out.append(Paragraph("Open alerts", s["h3"]))
        if not d.open_alerts:
            out.append(Paragraph("None.", s["muted"]))
        for alert in d.open_alerts:
            kind = esc(label(alert.kind, self.lang))
            out.append(Paragraph(
                f"<b>{kind}</b>, opened {format_date(alert.opened_on)}: "
                f"{esc(alert.text)}", s["body"]))  # fmt: skip
        return out


def _visit_row(visit: VisitLine, lang: str) -> list[str]:
    parts = [f"G{number}: {rating}" for number, rating in visit.goals]
    lines = [
        " · ".join(parts[i : i + GOALS_PER_LINE]) for i in range(0, len(parts), GOALS_PER_LINE)
    ]
    goals = "\n".join(lines) if lines else ("—" if visit.completed else "")
    note = TAMPERED_MARK if visit.tampered else "Signed" if visit.signed else DRAFT_MARK
    return [format_date(visit.visit_date), label(visit.mode, lang), label(visit.outcome, lang),
            goals, note]  # fmt: skip


def render_progress_report(data: ProgressReportData, password: str | None = None) -> bytes:
    """The progress report for ``data`` as PDF bytes (``password``: AES-256 encrypted)."""
    return ProgressReport(data).render(password)
