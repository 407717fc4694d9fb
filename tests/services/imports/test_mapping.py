"""The mapping file: read, written and refused when malformed."""

from __future__ import annotations

import pytest

from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.imports.values import DateOrder
from imh_desktop.services.imports.mapping import load_mapping, mapping_json
from imh_desktop.services.imports.plan import Decision, ImportOptions


def test_a_mapping_round_trips(tmp_path):
    options = ImportOptions({"Niño": "child_name", "Case": "case_number"}, DateOrder.MDY,
                            Decision.UPDATE)  # fmt: skip
    path = tmp_path / "m.json"
    path.write_text(mapping_json("Hoja 1", options), encoding="utf-8")
    assert load_mapping(path) == ("Hoja 1", options)


@pytest.mark.parametrize(
    ("text", "message"),
    [("[1]", '"columns"'), ('{"columns": {"A": "x"}}', r"'x' \(for 'A'\) is not a field"),
     ('{"columns": {}, "date_order": "DDD"}', "DMY, MDY, YMD"), ("{", "not a JSON mapping")],
)  # fmt: skip
def test_malformed_mappings_are_refused(tmp_path, text, message):
    path = tmp_path / "m.json"
    path.write_text(text)
    with pytest.raises(DomainError, match=message):
        load_mapping(path)
    with pytest.raises(DomainError, match="no mapping file"):
        load_mapping(tmp_path / "none.json")
