"""Child process: start the app as a user would and report when the caseload is painted.

Run as ``python benchmarks/child_app.py URL MODE TODAY`` by ``benchmarks.startup``.
It opens the database the way ``imh-desktop`` does (``open_database``, which
checks the schema revision), builds ``MainWindow`` for the default user, with
the clock at the data set's day TODAY (an ISO date), and shows it. At the
first paint of the caseload table with rows in it, it notes the moment
(``time.monotonic``, comparable with the parent's) and, once what waited for
that paint has run (the collector's settle, ``settled_ms``), prints one
``BENCH {json}`` line: that moment, the marks on the way, which heavy modules got imported, and the
peak resident memory (VmHWM). In ``memory`` mode it first switches the
caseload to every family (View > Whole team, Show closed cases) and
waits for those rows to be painted.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HEAVY = ("pandas", "reportlab", "numpy", "openpyxl", "alembic", "matplotlib", "qtawesome", "qtpy")
MARKS: dict[str, float] = {}


def mark(name: str) -> None:
    MARKS[name] = time.monotonic()


def peak_rss_kb() -> int:
    """This process's peak resident memory in KiB.

    From ``VmHWM`` in /proc/self/status: ``getrusage``'s ``ru_maxrss`` carries
    over the peak of the process that spawned us (Linux keeps the larger of
    the old and new image across exec), so it would report the benchmark
    runner's memory, not the app's. Falls back to ``ru_maxrss`` elsewhere.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def report(table, extra: dict, painted: tuple[float, float] | None = None) -> None:
    """Print the BENCH line; ``painted``: (monotonic, CPU) at the paint, else now."""
    model = table.model()
    source = model.sourceModel() if hasattr(model, "sourceModel") else model
    at, cpu = painted or (time.monotonic(), time.process_time())
    payload = {
        "painted": at,
        "cpu_at_paint": cpu,  # this process's CPU, all threads, to the paint
        "marks": MARKS,
        "rows": model.rowCount() if model is not None else 0,
        "loaded": source.rowCount() if source is not None else 0,
        "heavy": [m for m in HEAVY if m in sys.modules],
        "maxrss_kb": peak_rss_kb(),
        **extra,
    }
    print("BENCH " + json.dumps(payload), flush=True)


def find_caseload_view(window):
    """The caseload QTableView: the one whose model comes from ``ui.caseload_model``."""
    from PySide6.QtWidgets import QTableView

    views = window.findChildren(QTableView)
    for view in views:
        model = view.model()
        if model is not None and "caseload" in type(model).__module__:
            return view
    if not views:
        raise SystemExit("no QTableView in MainWindow")
    return views[0]


def widen(window) -> str:
    """Show every family of the agency, closed ones too, as a user would from the View menu.

    The data set's first supervisor leads every specialist, so the team is the agency.
    """
    actions = window.main_actions
    actions.scope_actions["team"].trigger()
    if not actions.show_closed_action.isChecked():
        actions.show_closed_action.trigger()
    return "all families (the team), closed included"


def main() -> None:
    url, mode, today = sys.argv[1], sys.argv[2], sys.argv[3]
    mark("python_started")
    from imh_desktop.app import collecting_before_hold, hold_cycle_collection

    hold_cycle_collection()  # as cli.run_app does, before the database and Qt
    from imh_desktop.cli import open_database

    db = open_database(url)
    mark("database_open")
    import datetime as dt

    from imh_desktop.domain.clock import FixedClock
    from imh_desktop.services.admin.staff import default_user
    from imh_desktop.services.common.context import ServiceContext

    user = default_user(db)
    svc = ServiceContext(db, user.id, FixedClock(dt.date.fromisoformat(today)))
    from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from imh_desktop.ui.common.collector import GuiThreadCollector
    from imh_desktop.ui.common.context import AppContext
    from imh_desktop.ui.shell import main_window

    mark("imported")
    from imh_desktop import APP_NAME, __version__

    app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)  # as app.run_gui does, so settings are found alike
    app.setOrganizationName("IMH Desktop")
    app.setApplicationVersion(__version__)
    # As app.run_gui: held until the caseload's first paint, then collected and frozen.
    collector = GuiThreadCollector(app, hold=True, was_enabled=collecting_before_hold())
    window = main_window.MainWindow(AppContext(svc, user))
    mark("window_built")
    table = find_caseload_view(window)
    state: dict = {"scope": "", "widened": False, "rows_before": 0, "painted": None}

    def done() -> None:
        extra = {"scope": state["scope"], "rows_before": state["rows_before"]}
        # Whatever else waited for that paint (the collector's settle) has run by now.
        extra["settled_ms"] = (time.monotonic() - state["painted"][0]) * 1000
        report(table, extra, state["painted"])
        app.quit()

    def after_paint() -> None:
        rows = table.model().rowCount() if table.model() is not None else 0
        if rows == 0:
            return
        if mode == "memory" and not state["widened"]:
            state["widened"] = True
            state["rows_before"] = rows
            state["scope"] = widen(window)
            # The wider read comes back on its own time: paints before it still show the
            # first rows, so wait for the model to take the new ones.
            table.model().modelReset.connect(lambda: state.__setitem__("wider", True))
            return
        if mode == "memory" and not state.get("wider"):
            return  # the wider caseload is not in yet
        filt.active = False
        state["painted"] = (time.monotonic(), time.process_time())
        QTimer.singleShot(0, done)

    class PaintWatcher(QObject):
        active = True

        def eventFilter(self, obj, event):
            if self.active and obj is viewport and event.type() == QEvent.Type.Paint:
                # Fires after this paint has been handled and flushed, ahead of anything
                # queued by the viewport's own filters (the app's collector settles then).
                QTimer.singleShot(0, after_paint)
            return False

    # Watched from the application, whose filters run before the viewport's: an object's
    # filters run last-installed first, and the app installs its own once the rows are in.
    # Installed when the model first changes, so the events before cost nothing extra.
    viewport = table.viewport()
    filt = PaintWatcher()

    def watch(*_args) -> None:
        if not state.get("watching"):
            state["watching"] = True
            app.installEventFilter(filt)

    for signal in ("modelReset", "rowsInserted", "layoutChanged"):
        getattr(table.model(), signal).connect(watch)
    QTimer.singleShot(120_000, lambda: (print("BENCH-TIMEOUT", flush=True), app.exit(3)))
    window.show()
    mark("shown")
    code = app.exec()
    # Reads the window started (a dropped older caseload read, say) may still be
    # running: let them end before the interpreter tears their objects down.
    QThreadPool.globalInstance().waitForDone(30_000)
    import gc

    # Did the collector settle (collect, freeze) after the paint, as in the app?
    exit_info = {"frozen": gc.get_freeze_count(), "held": collector.held}
    print("BENCH-EXIT " + json.dumps(exit_info), flush=True)
    sys.exit(code)


if __name__ == "__main__":
    main()
