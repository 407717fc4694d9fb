"""Owner-only files and folders, and atomic writes that leave nothing behind."""

from __future__ import annotations

import os
import stat

import pytest

from imh_desktop.data.files import atomic_write, private_file, private_folder, tighten


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def _permissive_umask():
    old = os.umask(0o000)
    yield
    os.umask(old)


def test_missing_folders_are_made_owner_only(tmp_path) -> None:
    folder = private_folder(tmp_path / "a" / "b")
    assert folder.is_dir()
    assert (_mode(tmp_path / "a"), _mode(folder)) == (0o700, 0o700)


def test_an_existing_folder_is_tightened_only_when_it_is_the_programs_own(tmp_path) -> None:
    chosen = tmp_path / "exports"
    chosen.mkdir(mode=0o755)
    private_folder(chosen)
    assert _mode(chosen) == 0o755
    private_folder(chosen, tighten_existing=True)
    assert _mode(chosen) == 0o700


def test_files_are_created_or_tightened_to_0600(tmp_path) -> None:
    made = private_file(tmp_path / "new.sqlite")
    assert made.read_bytes() == b"" and _mode(made) == 0o600
    old = tmp_path / "old.log"
    old.write_text("kept")
    old.chmod(0o644)
    tighten(old)
    tighten(tmp_path / "missing")  # no error
    assert (_mode(old), old.read_text()) == (0o600, "kept")


def test_atomic_write_moves_a_private_file_into_place(tmp_path) -> None:
    target = tmp_path / "report.pdf"
    atomic_write(target, lambda tmp: tmp.write_bytes(b"%PDF"))
    assert target.read_bytes() == b"%PDF" and _mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_failed_write_leaves_neither_half_a_file_nor_a_stray_copy(tmp_path) -> None:
    target = tmp_path / "caseload.csv"
    target.write_text("previous")

    def fail(tmp) -> None:
        tmp.write_text("half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        atomic_write(target, fail)
    assert target.read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["caseload.csv"]
