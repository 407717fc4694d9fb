"""The walk that finds texts still in English when the interface is in another language."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.ui.common.language_check import english_left, readable_texts, source_patterns


def make_window(qtbot, *, button: str, header: str, label: str, placeholder: str) -> QWidget:
    window = QWidget()
    window.setWindowTitle("Familia")
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QPushButton(button))
    layout.addWidget(QLabel(label))
    edit = QLineEdit("the text someone typed stays as it is")
    edit.setPlaceholderText(placeholder)
    layout.addWidget(edit)
    model = QStandardItemModel(1, 1)
    model.setHorizontalHeaderLabels([header])
    table = QTableView()
    table.setModel(model)
    layout.addWidget(table)
    window.show()
    qtbot.waitExposed(window)
    window._keep = model  # type: ignore[attr-defined]
    return window


def test_spanish_texts_pass_and_english_ones_are_named(qtbot):
    sources = source_patterns(["&Save note", "{0} of %n family(ies)", "Case number"])
    spanish = make_window(
        qtbot, button="&Guardar nota", header="Número de caso",
        label="3 de 9 familias — Lewis / Baker", placeholder="Buscar",
    )  # fmt: skip
    assert english_left(spanish, sources, data={"Lewis / Baker"}) == []
    english = make_window(
        qtbot, button="&Save note", header="Case number",
        label="3 of 9 family(ies)", placeholder="Search the caseload",
    )  # fmt: skip
    found = english_left(english, sources)
    assert any("button 'Save note'" in f for f in found)  # a source string, & aside
    assert any("header 'Case number'" in f for f in found)
    assert any("label '3 of 9 family(ies)'" in f for f in found)  # a source with its values
    assert any("placeholder 'Search the caseload'" in f for f in found)  # English words
    # what a person typed is data: never a finding's text
    assert not any(f.split(": ", 1)[1].endswith("stays as it is'") for f in found)


def test_data_and_allowed_words_are_not_flagged(qtbot):
    window = make_window(
        qtbot, button="EPDS", header="PHQ-9", label="Visit with the Nguyen family",
        placeholder="",
    )  # fmt: skip
    assert english_left(window, [], allowed=("EPDS", "PHQ-9")) == [
        "QLabel('Visit with the Nguyen family'): label 'Visit with the Nguyen family'"
        " (family, the, visit, with)"
    ]
    assert (
        english_left(window, [], data={"Visit with the Nguyen family"}, allowed=("EPDS", "PHQ-9"))
        == []
    )
    kinds = {t.kind for t in readable_texts(window)}
    assert {"window title", "button", "label", "header"} <= kinds
