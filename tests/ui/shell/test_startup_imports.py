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
