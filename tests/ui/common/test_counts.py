"""The count lines of the caseload and the team view, with their plural forms."""

from __future__ import annotations

from imh_desktop.domain.period_families import PeriodCounts
from imh_desktop.ui.common.counts import CountWords, served_text
from imh_desktop.ui.common.i18n import install_language


def counts(served: int, closed: int = 0, on_hold: int = 0, not_enrolled: int = 0) -> PeriodCounts:
    return PeriodCounts(served=served, closed=closed, on_hold=on_hold, not_enrolled=not_enrolled)


def test_english_lines_say_one_and_many(qapp):
    words = CountWords()
    assert served_text(counts(1)) == "1 family served"
    assert served_text(counts(5, closed=1, on_hold=2)) == (
        "5 families served (1 closed during it) · 2 on hold"
    )
    assert words.caseload_line(9, counts(7, on_hold=1, not_enrolled=1), 0, 1) == (
        "9 open cases: 7 served this month · 1 on hold · 1 referred, not yet enrolled"
        " · 0 overdue · 1 alert"
    )


def test_spanish_lines(qapp):
    install_language("es")
    try:
        line = CountWords().caseload_line(1, counts(2, on_hold=1), 3, 2)
        assert line == "1 caso abierto: 2 atendidas este mes · 1 en pausa · 3 atrasadas · 2 alertas"
        assert served_text(counts(1)) == "1 familia atendida"
    finally:
        install_language("en")


def test_large_counts_are_grouped_as_the_language_writes_them(qapp):
    words = CountWords()
    line = words.caseload_line(12_052, counts(9_876, on_hold=1_250), 1_001, 2)
    assert line.startswith("12,052 open cases: 9,876 served this month · 1,250 on hold")
    assert line.endswith(" · 1,001 overdue · 2 alerts")
    install_language("es")
    try:
        assert served_text(counts(9_876)) == "9876 familias atendidas"  # Spanish: no 4-digit dot
        assert served_text(counts(12_052)) == "12.052 familias atendidas"
    finally:
        install_language("en")
