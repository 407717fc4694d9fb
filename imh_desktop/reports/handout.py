"""The family handout for a visit, in the family's language, written for the family.

Large type (body 13 pt), plain words, strengths first. It prints the note's
section for the family, what we did (from the services ticked), ideas for
every child by age, the next visit with its time, how to reach the
specialist and where to find support. The data (services.reports.handout)
holds no clinical section, so none can print; nothing internal ("draft",
"changed outside the app") is printed either: the preview says it.
Text is never shortened: a long handout flows to a second page. Arabic is
laid out right to left (reports.bidi.RtlParagraph), the columns mirrored.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from imh_desktop.reports.base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    MUTED,
    RULE,
    SHADE,
    BaseReport,
    col_widths,
)
from imh_desktop.reports.bidi import RtlParagraph, visual
from imh_desktop.reports.handout_text import HandoutText, handout_text
from imh_desktop.reports.text import esc
from imh_desktop.services.reports import HandoutData

IDEAS_ONE_CHILD = 4  # ideas printed when the family has one child
IDEAS_EACH = 2  # ideas printed per child when there are several


class FamilyHandout(BaseReport):
    """The handout for the family after a visit (one page, or two when there is more to say)."""

    base_size = 12.0
    footer_size = 9.0
    margin_top = 0.7 * inch
    margin_bottom = 0.85 * inch

    def __init__(self, data: HandoutData) -> None:
        self.data = data
        self.words: HandoutText = handout_text(data.lang)
        self.title = self.words.text("doc_title", date=self.words.long_date(data.visit_date))
        self.subject = self.words.text("subject")
        self.author = f"{data.specialist_name}, {data.agency.name}"
        self.confidential = self.words.text("footer")
        super().__init__()

    def styles(self) -> dict[str, ParagraphStyle]:
        s = super().styles()
        s["h2"] = ParagraphStyle("h2", s["h2"], spaceBefore=8, spaceAfter=3)
        s["h3"] = ParagraphStyle("h3", s["h3"], textColor=ACCENT, spaceBefore=4)
        s["bullet"] = ParagraphStyle("bullet", s["body"], spaceAfter=3)
        s["title"] = ParagraphStyle("title", s["h1"], fontSize=21, leading=26)
        s["names"] = ParagraphStyle("names", s["body"], fontName=FONT_BOLD, fontSize=15, leading=19)
        s["note"] = ParagraphStyle("note", s["body"], spaceAfter=6)
        s["agency"] = ParagraphStyle("agency", s["body"], alignment=TA_RIGHT, textColor=ACCENT)
        if self.words.rtl:
            for key in ("body", "bullet", "h2", "h3", "title", "names", "note", "small"):
                s[key] = ParagraphStyle(key, s[key], alignment=TA_RIGHT)
            s["agency"] = ParagraphStyle("agency", s["agency"], alignment=0)
        return s

    # -- page decorations ---------------------------------------------------
    def page_label(self, page: int, total: int) -> str:
        return self.words.text("page", page=str(page), total=str(total))

    def draw_header(self, canvas: pdfcanvas.Canvas, page: int) -> None:
        """No running header: the handout's first page names the visit."""

    def draw_footer(self, canvas: pdfcanvas.Canvas, page: int, total: int) -> None:
        """Privacy line, then the print date and "Page x of y", small, mirrored for Arabic."""
        width, _ = self.pagesize
        left, right = self.margin_left + 6, width - self.margin_right - 6
        y = self.margin_bottom - 0.36 * inch
        printed = self.words.text("printed", date=self.words.long_date(self.data.printed_on))
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y + 12, right, y + 12)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, self.footer_size)
        first = visual(self.confidential, "R" if self.words.rtl else None)
        label, small = visual(self.page_label(page, total)), visual(printed)
        if self.words.rtl:
            canvas.drawRightString(right, y, first)
            canvas.setFont(FONT, self.footer_size - 1.5)
            canvas.drawRightString(right, y - 11, small)
            canvas.drawString(left, y - 11, label)
        else:
            canvas.drawString(left, y, first)
            canvas.setFont(FONT, self.footer_size - 1.5)
            canvas.drawString(left, y - 11, small)
            canvas.drawRightString(right, y - 11, label)
        canvas.restoreState()

    # -- the story ------------------------------------------------------------
    def para(self, text: str, style: str, bullet: str = "") -> Flowable:
        """User or fixed text as a flowable: right to left for Arabic, escaped otherwise."""
        if self.words.rtl:
            return RtlParagraph(text, self.style[style], bullet)
        return Paragraph(esc(text), self.style[style])

    def story(self) -> list[Flowable]:
        d, w = self.data, self.words
        story: list[Flowable] = [self._header()]
        if d.family_note.strip():
            story.append(self.para(w.text("from_specialist", specialist=d.specialist_name), "h2"))
            story += [self.para(p, "note") for p in _paragraphs(d.family_note)]
        did = [w.service(service) for service in d.services] or [w.text("did_default")]
        story += [self.para(w.text("did"), "h2"), *self._bullets(did)]
        story += self._ideas()
        story += [Spacer(1, 10), KeepTogether([self._contact()]), *self._support()]
        return story

    def _header(self) -> Flowable:
        """The visit's day as the title, then whom it is for and the agency, ruled off."""
        d, w = self.data, self.words
        names = w.names(d.caregiver_names) or d.family_name
        title = self.para(w.text("title", date=w.date(d.visit_date)), "title")
        who = self.para(w.text("for_names", names=names), "names")
        agency = [self.para(d.agency.name, "agency"), self.para(d.agency.phone, "agency")]
        cells, widths = [who, agency], (0.6, 0.4)
        if w.rtl:
            cells, widths = [agency, who], (0.4, 0.6)
        table = Table([[title, ""], cells], colWidths=col_widths(self.frame_width, widths))
        table.setStyle(TableStyle([
            ("SPAN", (0, 0), (1, 0)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("LINEBELOW", (0, 1), (-1, 1), 1.5, ACCENT),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 9),
        ]))  # fmt: skip
        return table

    def _ideas(self) -> list[Flowable]:
        d, w = self.data, self.words
        if d.expecting:
            return [self.para(w.text("ideas_expecting"), "h2"), *self._bullets(w.steps)]
        count = IDEAS_ONE_CHILD if len(d.children) == 1 else IDEAS_EACH
        out: list[Flowable] = []
        for child in d.children:
            heading = self.para(w.text("ideas_child", child=child.first_name), "h2")
            ideas = w.ideas_for(child.age_months)[:count]
            out.append(KeepTogether([heading, *self._bullets(ideas[:1])]))
            out += self._bullets(ideas[1:])
        return out

    def _bullets(self, items: Sequence[str]) -> list[Flowable]:
        """A bulleted list (bullets at the right for Arabic); nothing for no items."""
        s = self.style
        if not items:
            return []
        if self.words.rtl:
            return [RtlParagraph(item, s["bullet"], "•") for item in items]
        return [ListFlowable(
            [ListItem(Paragraph(esc(item), s["bullet"]), leftIndent=16) for item in items],
            bulletType="bullet",
            start="•",
            leftIndent=16,
            bulletFontSize=s["body"].fontSize,
        )]  # fmt: skip

    def _contact(self) -> Flowable:
        """Next visit and how to reach the specialist, side by side in a shaded box."""
        d, w = self.data, self.words
        if d.next_visit is None:
            when = w.text("next_unknown")
        elif d.next_visit_time is None:
            when = w.long_date(d.next_visit)
        else:
            when = w.text("next_at", date=w.long_date(d.next_visit), time=w.time(d.next_visit_time))
        phone = d.specialist_phone or d.agency.phone
        lines = [d.specialist_name, d.agency.name]
        if phone:
            lines.append(w.text("phone", phone=phone))
        if d.specialist_phone and d.agency.phone and d.agency.phone != d.specialist_phone:
            lines.append(w.text("agency_phone", phone=d.agency.phone))
        head = ParagraphStyle("box_head", self.style["h2"], spaceBefore=0)
        self.style["box_head"] = head
        self.style["box_when"] = ParagraphStyle("box_when", self.style["body"], fontName=FONT_BOLD)
        left = [self.para(w.text("next"), "box_head"), self.para(when, "box_when")]
        right = [self.para(w.text("reach"), "box_head"), *(self.para(x, "body") for x in lines)]
        cells, widths = [left, right], (0.47, 0.53)
        if w.rtl:
            cells, widths = [right, left], (0.53, 0.47)
        box = Table([cells], colWidths=col_widths(self.frame_width, widths))
        box.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
        ]))  # fmt: skip
        return box

    def _support(self) -> list[Flowable]:
        d, w = self.data, self.words
        if not d.support_lines:
            return []
        return [
            KeepTogether([
                self.para(w.text("support"), "h2"),
                self.para(w.text("support_intro"), "note"),
                *self._bullets(d.support_lines),
            ])
        ]  # fmt: skip


def _paragraphs(text: str) -> list[str]:
    """The family section split at blank lines (each paragraph can break across pages)."""
    chunks = text.replace("\r\n", "\n").strip().split("\n\n")
    return [chunk.strip() for chunk in chunks if chunk.strip()]


def render_handout(data: HandoutData, password: str | None = None) -> bytes:
    """The family handout as PDF bytes; a long one flows onto a second page, never cut.

    ``password``: encrypted with AES-256 (``reports.protect``).
    """
    return FamilyHandout(data).render(password)
