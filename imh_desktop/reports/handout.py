"""The one-page family handout for a visit, in English or Spanish.

For the family: large type (body 13 pt), plain words, strengths first, no
clinical wording. What we noticed is the specialist's own text, shortened;
the specialist's reflection is never part of the data, so it cannot print.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    Flowable,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from imh_desktop.reports.base import ACCENT, DRAFT, FONT_BOLD, SHADE, BaseReport, col_widths
from imh_desktop.reports.handout_text import long_date, service_text, text
from imh_desktop.reports.text import esc, shorten
from imh_desktop.services.reports import HandoutData


@dataclass(frozen=True)
class _Fit:
    """How much to show; tried in order until the handout fits on one page."""

    observation: int
    response: int
    ideas: int


_FITS = tuple(
    _Fit(observation, response, ideas)
    for observation, response, ideas in (
        (420, 260, 5), (300, 200, 5), (420, 260, 4), (300, 200, 4), (200, 140, 4),
        (200, 140, 3), (120, 90, 3), (120, 90, 2),
    )
)  # fmt: skip


class FamilyHandout(BaseReport):
    """One page for the family after a visit."""

    base_size = 13.0
    footer_size = 10.0
    margin_top = 0.7 * inch
    margin_bottom = 0.75 * inch

    def __init__(self, data: HandoutData, fit: _Fit = _FITS[0]) -> None:
        self.data = data
        self.fit = fit
        lang = data.lang
        when = long_date(lang, data.visit_date)
        self.title = text(lang, "doc_title", family=data.family_name, date=when)
        self.subject = text(lang, "subject")
        self.author = f"{data.specialist_name}, {data.agency.name}"
        self.confidential = text(lang, "footer")
        super().__init__()

    def styles(self) -> dict[str, ParagraphStyle]:
        s = super().styles()
        s["h2"] = ParagraphStyle("h2", s["h2"], spaceBefore=9, spaceAfter=3)
        s["bullet"] = ParagraphStyle("bullet", s["body"], spaceAfter=3)
        s["draft"] = ParagraphStyle("draft", s["body"], fontName=FONT_BOLD, textColor=DRAFT)
        return s

    def page_label(self, page: int, total: int) -> str:
        return text(self.data.lang, "page", page=str(page), total=str(total))

    def draw_header(self, canvas: pdfcanvas.Canvas, page: int) -> None:
        """A one-page handout needs no running header."""

    def story(self) -> list[Flowable]:
        d = self.data
        s = self.style
        lang = d.lang
        story: list[Flowable] = [self._header()]
        if not d.signed:
            story += [Spacer(1, 4), Paragraph(esc(text(lang, "draft")), s["draft"])]
        if d.tampered:
            story += [Spacer(1, 4), Paragraph(esc(text(lang, "tampered")), s["draft"])]
        did = [service_text(lang, service) for service in d.services] or [text(lang, "did_default")]
        story += [Paragraph(esc(text(lang, "did")), s["h2"]), self._bullets(did)]
        noticed = [
            shorten(d.observation, self.fit.observation),
            shorten(d.caregiver_response, self.fit.response),
        ]
        noticed = [n for n in noticed if n]
        if noticed:
            story.append(Paragraph(esc(text(lang, "noticed")), s["h2"]))
            story += [Paragraph(esc(n), s["bullet"]) for n in noticed]
        if d.ideas_are_steps:
            heading = text(lang, "steps")
        elif d.child_name:
            heading = text(lang, "ideas", child=d.child_name)
        else:
            heading = text(lang, "ideas_no_child")
        story += [
            Paragraph(esc(heading), s["h2"]),
            self._bullets(list(d.ideas[: self.fit.ideas])),
            Spacer(1, 10),
            self._contact(),
        ]
        return story

    def _header(self) -> Flowable:
        d = self.data
        s = self.style
        lang = d.lang
        title = ParagraphStyle("title", s["h1"], fontSize=24, leading=29)
        when = ParagraphStyle("when", s["body"], fontName=FONT_BOLD, fontSize=14, leading=18)
        agency = ParagraphStyle("agency", s["body"], alignment=TA_RIGHT, textColor=ACCENT)
        left = [
            Paragraph(esc(long_date(lang, d.visit_date)), when),
            Paragraph(esc(text(lang, "prepared_for", family=d.family_name)), s["body"]),
        ]
        right = [Paragraph(f"<b>{esc(d.agency.name)}</b>", agency),
                 Paragraph(esc(d.agency.phone), agency)]  # fmt: skip
        table = Table(
            [[Paragraph(esc(text(lang, "title")), title), ""], [left, right]],
            colWidths=col_widths(self.frame_width, (0.62, 0.38)),
        )
        table.setStyle(TableStyle([
            ("SPAN", (0, 0), (1, 0)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("LINEBELOW", (0, 1), (-1, 1), 1.5, ACCENT),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 9),
        ]))  # fmt: skip
        return table

    def _bullets(self, items: list[str]) -> Flowable:
        s = self.style
        return ListFlowable(
            [ListItem(Paragraph(esc(item), s["bullet"]), leftIndent=16) for item in items],
            bulletType="bullet",
            start="•",
            leftIndent=16,
            bulletFontSize=s["body"].fontSize,
        )

    def _contact(self) -> Flowable:
        """Next visit and how to reach the specialist, side by side in a shaded box."""
        d = self.data
        s = self.style
        lang = d.lang
        when = long_date(lang, d.next_visit) if d.next_visit else text(lang, "next_unknown")
        phone = d.specialist_phone or d.agency.phone
        lines = [esc(d.specialist_name), esc(d.agency.name)]
        if phone:
            lines.append(esc(text(lang, "phone", phone=phone)))
        if d.specialist_phone and d.agency.phone and d.agency.phone != d.specialist_phone:
            lines.append(esc(text(lang, "agency_phone", phone=d.agency.phone)))
        head = ParagraphStyle("box_head", s["h2"], spaceBefore=0)
        left = [
            Paragraph(esc(text(lang, "next")), head),
            Paragraph(f"<b>{esc(when)}</b>", s["body"]),
        ]
        right = [
            Paragraph(esc(text(lang, "reach")), head),
            Paragraph("<br/>".join(lines), s["body"]),
        ]
        box = Table([[left, right]], colWidths=col_widths(self.frame_width, (0.47, 0.53)))
        box.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
        ]))  # fmt: skip
        return box


def render_handout(data: HandoutData, password: str | None = None) -> bytes:
    """The family handout as PDF bytes, shortened as needed to stay on one page.

    ``password``: encrypted with AES-256 (``reports.protect``).
    """
    pdf = b""
    for fit in _FITS:
        report = FamilyHandout(data, fit)
        pdf = report.render(password)
        if report.page_count <= 1:
            break
    return pdf
