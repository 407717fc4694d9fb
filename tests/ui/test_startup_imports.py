"""Start-up stays lean: the main window module does not pull in the heavy parts."""

import subprocess
import sys

LAZY = (
    "imh_desktop.ui.family_record",
    "imh_desktop.ui.family_dialogs",
    "imh_desktop.ui.case_dialogs",
    "imh_desktop.ui.visit_editor",
    "imh_desktop.ui.agenda",
    "imh_desktop.ui.unsigned_notes",
    "imh_desktop.ui.report_batch",
    "imh_desktop.ui.team_view",
    "imh_desktop.reports",
    "pandas",
    "reportlab",
)


def test_importing_the_main_window_leaves_records_dialogs_reports_and_pandas_unloaded():
    code = (
        "import sys, imh_desktop.ui.main_window\n"
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
