"""Every file the program writes that may hold PHI is owner-only, whatever the umask.

The test sets the most permissive umask (0o000) and then makes each kind of
file the way the program does: the database with its WAL and SHM, an upgrade
backup, the log and its rotated copies, CSV and Excel exports, PDFs and the
copy handed to the system viewer. Each must be 0600 in a 0700 folder.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import text

from imh_desktop.data.db import Database, sqlite_url
from imh_desktop.data.migrate import upgrade_database
from imh_desktop.reports.base import write_pdf
from imh_desktop.services.common import diagnostics, export


@pytest.fixture(autouse=True)
def permissive_umask():
    old = os.umask(0)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_wal_shm_and_upgrade_backup(tmp_path):
    path = tmp_path / "new folder" / "imh.sqlite"
    db = Database(sqlite_url(path))
    upgrade_database(db, "0001")
    with db.engine.begin() as conn:  # a write, so the WAL and SHM files exist
        conn.execute(text("CREATE TABLE t (x)"))
        conn.execute(text("INSERT INTO t VALUES (1)"))
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        assert mode(wal) == mode(shm) == 0o600
    db.dispose()
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    db = Database(sqlite_url(path))
    backup = upgrade_database(db)
    db.dispose()
    assert backup is not None and mode(backup) == 0o600


def test_an_older_readable_database_is_tightened_when_opened(tmp_path):
    path = tmp_path / "old.sqlite"
    path.write_bytes(b"")
    Path(f"{path}-wal").write_bytes(b"")
    os.chmod(path, 0o644)
    os.chmod(f"{path}-wal", 0o644)
    Database(sqlite_url(path)).dispose()
    assert mode(path) == mode(Path(f"{path}-wal")) == 0o600


def test_log_and_its_rotated_files(tmp_path, monkeypatch):
    monkeypatch.setattr(diagnostics, "LOG_MAX_BYTES", 2_000)
    log_file = diagnostics.log_to_file(tmp_path / "log")
    logger = logging.getLogger("imh_desktop")
    try:
        for i in range(200):
            logger.warning("line %s of a long log that rotates", i)
    finally:
        for handler in list(logger.handlers):
            if getattr(handler, "baseFilename", None) == str(log_file):
                logger.removeHandler(handler)
                handler.close()
    files = sorted(log_file.parent.iterdir())
    assert [f.name for f in files] == [
        "imh-desktop.log",
        *(f"imh-desktop.log.{i}" for i in (1, 2, 3)),
    ]
    assert all(mode(f) == 0o600 for f in files) and mode(log_file.parent) == 0o700
    assert all(f.stat().st_size <= 2_100 for f in files)  # size-limited, 3 kept


def test_exports_and_pdfs(tmp_path):
    frame = pd.DataFrame({"family": ["Okafor"], "visits": [3]})
    columns = [export.ColumnSpec("family", "Family"), export.ColumnSpec("visits", "Visits", "int")]
    written = [
        export.write_table(frame, columns, tmp_path / "t.csv", "csv"),
        export.write_table(frame, columns, tmp_path / "t.xlsx", "xlsx"),
        write_pdf(b"%PDF-1.4 not really", tmp_path / "r.pdf"),
    ]
    assert [mode(p) for p in written] == [0o600] * 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf", "t.csv", "t.xlsx"]  # no temp


def test_viewer_copies_folder(tmp_path, monkeypatch):
    from imh_desktop.ui.common import phi

    monkeypatch.setattr("platformdirs.user_cache_dir", lambda *a, **k: str(tmp_path / "cache"))
    folder = phi.viewer_folder()
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700
    write_pdf(b"%PDF", folder / "r.pdf")
    phi.clear_viewer_files()
    assert not folder.exists()
