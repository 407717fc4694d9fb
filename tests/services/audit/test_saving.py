"""A file saved from the audit screens: the folder checked first, then recorded, then written."""

from __future__ import annotations

import errno
import stat
from pathlib import Path

import pytest

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.audit.saving import save_file


def test_the_folder_is_checked_before_the_save_is_recorded(tmp_path):
    recorded: list[Path] = []
    with pytest.raises(DomainError) as refused:
        save_file(tmp_path / "nowhere" / "a.txt", ".txt", recorded.append, lambda tmp: None)
    assert str(refused.value) == "That folder does not exist. Choose another place to save."
    assert refused.value.field == "path" and recorded == []


def test_the_file_is_written_whole_after_the_save_is_recorded(tmp_path):
    steps: list[str] = []

    def write(tmp: Path) -> None:
        steps.append("write")
        tmp.write_text("done\n", encoding="utf-8")

    target = tmp_path / "a.txt"
    saved = save_file(target, ".txt", lambda t: steps.append(f"record {t.name}"), write)
    assert saved == target and steps == ["record a.txt", "write"]
    assert target.read_text(encoding="utf-8") == "done\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_failed_write_is_said_plainly_and_leaves_no_file(tmp_path):
    def write(tmp: Path) -> None:
        tmp.write_text("half", encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(DomainError) as refused:
        save_file(tmp_path / "a.csv", ".csv", lambda t: None, write)
    assert str(refused.value) == (
        "The file could not be written (No space left on device). Choose another place."
    )
    assert refused.value.field == "path" and list(tmp_path.iterdir()) == []
