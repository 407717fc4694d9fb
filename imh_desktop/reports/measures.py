"""The program measures report for funders: each measure with its definition, the program's
ratio and each specialist's, on landscape pages.

The numbers come from ``services.measures`` (counts only, no family named);
the measures' names and definitions come from the caller, in the words the
screen shows them (``MeasureText``), so the report and the window say the same.
Specialists beyond what fits across a page continue in a further table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from imh_desktop.domain.dates import format_date
from imh_desktop.domain.measures import Measure, Ratio
from imh_desktop.reports.base import (
    ACCENT,
    CONFIDENTIAL,
    FONT_BOLD,
    MUTED,
    RULE,
    SHADE,
    BaseReport,
)
from imh_desktop.reports.layout import header_block
from imh_desktop.reports.text import esc
from imh_desktop.services.measures.program import ProgramMeasures

SPECIALISTS_PER_TABLE = 6
NUMBER_WIDTH = 1.05 * inch  # a ratio column: "176 / 206" and a name on two lines


@dataclass(frozen=True)
class MeasureText:
    """A measure's name and definition as the reader sees them."""

    measure: Measure
    title: str
    definition: str


@dataclass(frozen=True)
class MeasuresWords:
    """The report's own words, in the language the reader chose (English by default).

    ``lang`` is the dates' language (``domain.dates``); the templates keep their
    ``{start}``/``{end}``, ``{day}``/``{name}`` and ``{page}``/``{total}`` fields.
    """

    title: str = "Program measures"
    period: str = "{start} to {end}"
    prepared: str = "Prepared {day} by {name}"
    measure: str = "Measure"
    page: str = "Page {page} of {total}"
    confidential: str = CONFIDENTIAL
    lang: str = "en"


def ratio_markup(ratio: Ratio) -> str:
    """ "3 / 4" over "75%", or "0 / 0" over "—"."""
    share = "—" if ratio.percent is None else f"{ratio.percent:.0f}%"
    return f"<b>{ratio.count} / {ratio.denominator}</b><br/>{share}"


class MeasuresReport(BaseReport):
    """Program measures for a period: definitions beside the numbers."""

    pagesize = landscape(LETTER)
    margin_left = margin_right = 0.5 * inch
    margin_top = 0.75 * inch
    margin_bottom = 0.7 * inch
    subject = "Program measures"

    def __init__(
        self, data: ProgramMeasures, texts: Sequence[MeasureText], program_label: str = "Program",
        note: str = "", words: MeasuresWords | None = None,
    ) -> None:  # fmt: skip
        self.data, self.texts, self.program_label = data, tuple(texts), program_label
        self.note, self.words = note, words or MeasuresWords()
        lang = self.words.lang
        self.period_text = self.words.period.format(
            start=format_date(data.period.start, lang=lang),
            end=format_date(data.period.end, lang=lang),
        )
        self.title = f"{self.words.title}, {self.period_text}"
        self.subject = self.words.title
        self.confidential = self.words.confidential
        self.author = f"{data.prepared_by}, {data.agency.name}"
        super().__init__()

    def header_text(self) -> tuple[str, str]:
        return f"{self.data.agency.name} · {self.words.title}", self.period_text

    def page_label(self, page: int, total: int) -> str:
        return self.words.page.format(page=page, total=total)

    def story(self) -> list[Flowable]:
        d = self.data
        prepared = self.words.prepared.format(
            day=format_date(d.today, lang=self.words.lang), name=d.prepared_by
        )
        right = f"{esc(self.period_text)}<br/>{esc(prepared)}"
        story: list[Flowable] = [header_block(self, d.agency, self.words.title, right),
                                 Spacer(1, 10)]  # fmt: skip
        if self.note:
            story.append(Paragraph(esc(self.note), self.style["muted"]))
            story.append(Spacer(1, 8))
        groups: list[list[tuple[int | None, str]]] = []
        people: list[tuple[int | None, str]] = list(d.specialists)
        first = SPECIALISTS_PER_TABLE - 1
        groups.append([(None, self.program_label), *people[:first]])
        for at in range(first, len(people), SPECIALISTS_PER_TABLE):
            groups.append(people[at : at + SPECIALISTS_PER_TABLE])
        for number, columns in enumerate(groups):
            if number:
                story.append(Spacer(1, 14))
            story.append(self._table(columns, with_definitions=number == 0))
        return story

    def _table(self, columns: list[tuple[int | None, str]], with_definitions: bool) -> Flowable:
        s = self.style
        cell = ParagraphStyle("m_cell", s["cell"], fontSize=8.5, leading=10.5)
        number = ParagraphStyle("m_num", cell, alignment=1)
        head = ParagraphStyle("m_head", cell, fontName=FONT_BOLD, textColor=ACCENT, alignment=1)
        head_left = ParagraphStyle("m_head_left", head, alignment=0)
        small = ParagraphStyle("m_def", cell, fontSize=7.5, leading=9.3, textColor=MUTED)
        rows: list[list[object]] = [
            [
                Paragraph(esc(self.words.measure), head_left),
                *[Paragraph(esc(n), head) for _, n in columns],
            ]
        ]
        for text in self.texts:
            label = f"<b>{esc(text.title)}</b>"
            first = [Paragraph(label, cell)]
            if with_definitions:
                first.append(Paragraph(esc(text.definition), small))
            rows.append([
                first,
                *[Paragraph(ratio_markup(self.data.ratio(text.measure, sid)), number)
                  for sid, _ in columns],
            ])  # fmt: skip
        # Numbers take what they need; the measure and its definition take the rest.
        number_width = min(NUMBER_WIDTH, self.frame_width * 0.6 / len(columns))
        name_width = self.frame_width - number_width * len(columns)
        if not with_definitions:
            name_width = min(name_width, 2.6 * inch)
        widths = [name_width, *([number_width] * len(columns))]
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("VALIGN", (0, 1), (0, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 1.0, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
        if columns[0][0] is None:  # the program's column, shaded
            style.append(("BACKGROUND", (1, 1), (1, -1), SHADE))
        table.setStyle(TableStyle(style))
        return table


def render_measures_report(
    data: ProgramMeasures, texts: Sequence[MeasureText], program_label: str = "Program",
    note: str = "", password: str | None = None, words: MeasuresWords | None = None,
) -> bytes:  # fmt: skip
    """The program measures report as PDF bytes (``password``: AES-256 encrypted).

    ``note`` is a sentence printed under the heading (what holds for every measure);
    ``words`` the report's own words in the reader's language (English by default).
    """
    return MeasuresReport(data, texts, program_label, note, words).render(password)
