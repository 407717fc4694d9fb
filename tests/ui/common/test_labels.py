"""The screens' labels of the fixed lists: one table and one translation context per enum."""

from __future__ import annotations

import itertools
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from imh_desktop.domain.enums import Frequency, ReferralSource, VisitMode
from imh_desktop.reports import labels as report_labels
from imh_desktop.ui.common import labels
from imh_desktop.ui.common.labels import TABLES, label
from imh_desktop.ui.common.widgets import EnumCombo
from tests.factories import DOMAIN_ENUMS, SHARED_VALUES, members_sharing_values

pytestmark = pytest.mark.ui


def test_every_member_of_every_list_has_a_label(qapp):
    assert set(TABLES) == set(DOMAIN_ENUMS)
    for enum in DOMAIN_ENUMS:
        # keyed by the enum's own members: a member of another list with the same
        # value would be found too (StrEnum members compare as their values)
        assert all(type(key) is enum for key in TABLES[enum]), enum.__name__
        assert len(TABLES[enum]) == len(enum), enum.__name__
        names = [label(member) for member in enum]
        assert all(isinstance(n, str) and n.strip() == n and n for n in names), enum.__name__
        assert len(set(names)) == len(names), f"two {enum.__name__} members read alike"


def test_screen_and_printed_english_call_each_member_the_same(qapp):
    for enum in DOMAIN_ENUMS:
        for member in enum:
            assert label(member) == report_labels.label(member, "en"), member


def test_a_value_shared_by_two_lists_reads_alike_only_when_it_means_the_same(qapp):
    for value, members in members_sharing_values().items():
        if SHARED_VALUES[value]:
            continue
        for a, b in itertools.combinations(members, 2):
            assert label(a) != label(b), (value, type(a), type(b))
    assert label(VisitMode.COMMUNITY) == "Community"
    assert label(ReferralSource.COMMUNITY) == "Community agency"


def test_drop_downs_show_the_labels_and_give_back_members(qtbot):
    combo = EnumCombo(list(VisitMode))
    qtbot.addWidget(combo)
    assert combo.itemText(4) == "Community"
    combo.setCurrentIndex(4)
    assert combo.value() is VisitMode.COMMUNITY


def _tool(name: str) -> str:
    """A Qt tool installed with PySide6 (beside this Python), or on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_each_list_is_its_own_translation_context(qapp, tmp_path):
    """lupdate finds every label under its enum's name; a translation replaces it on screen."""
    ts = tmp_path / "labels_xx.ts"
    source = Path(labels.__file__)
    subprocess.run([_tool("pyside6-lupdate"), str(source), "-ts", str(ts)],
                   check=True, capture_output=True)  # fmt: skip
    tree = ET.parse(ts)
    found = {
        context.findtext("name"): {m.findtext("source") for m in context.iter("message")}
        for context in tree.getroot().iter("context")
    }
    assert found == {e.__name__: set(TABLES[e].values()) for e in DOMAIN_ENUMS}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            translation.text = f"[{context.findtext('name')}] {message.findtext('source')}"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "labels_xx.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)  # fmt: skip
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert label(VisitMode.COMMUNITY) == "[VisitMode] Community"
        assert label(ReferralSource.COMMUNITY) == "[ReferralSource] Community agency"
        assert label(Frequency.BIWEEKLY) == "[Frequency] Every two weeks"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert label(VisitMode.COMMUNITY) == "Community"
