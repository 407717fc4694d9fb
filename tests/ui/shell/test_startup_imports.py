"""Start-up stays lean: the main window module does not pull in the heavy parts."""

import subprocess
import sys

LAZY = (
    "imh_desktop.ui.family.record",
    "imh_desktop.ui.family.dialogs",
    "imh_desktop.ui.family.case_dialogs",
    "imh_desktop.ui.visits.editor",
    "imh_desktop.ui.visits.agenda",
    "imh_desktop.ui.visits.unsigned_notes",
    "imh_desktop.ui.reports.batch",
    "imh_desktop.ui.team.view",
    "imh_desktop.reports",
    "pandas",
    "reportlab",
)


def test_importing_the_main_window_leaves_records_dialogs_reports_and_pandas_unloaded():
    code = (
        "import sys, imh_desktop.ui.shell.main_window\n"
        f"print(','.join(m for m in {LAZY!r} if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert done.stdout.strip() == ""


def test_pandas_and_reportlab_are_not_loaded_when_the_caseload_is_first_painted(
    db, agency, tmp_path
):
    """The real start (benchmarks/child_app.py): open the database, build and show the window,
    and look at ``sys.modules`` at the first paint of the caseload with rows in it."""
    import json
    import os
    from pathlib import Path

    import pytest

    from tests.factories import TODAY

    if db.keys is not None or "sqlcipher" in os.environ.get("IMH_TEST_DATABASE", ""):
        pytest.skip("the start-up script opens the database without a key")
    root = Path(__file__).resolve().parents[3]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    env.pop("IMH_DATABASE_URL", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    script = root / "benchmarks" / "child_app.py"
    done = subprocess.run(
        [sys.executable, str(script), db.url, "start", TODAY.isoformat()],
        capture_output=True, text=True, timeout=180, env=env, cwd=root,
    )  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("BENCH ")]
    assert done.returncode == 0 and lines, done.stderr[-2000:]
    painted = json.loads(lines[-1][len("BENCH ") :])
    assert painted["rows"] > 0  # the caseload was painted with families in it
    assert [m for m in painted["heavy"] if m in ("pandas", "reportlab")] == []
