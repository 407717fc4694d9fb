"""Child process: the bare window, the floor for start-up time and memory.

The same libraries the app needs to start (PySide6 widgets, SQLAlchemy with
its ORM; no Alembic), one raw query for the open families' case numbers and
names, a minimal table model over them in a QTableView in a main window of
the app's size. Prints the same ``BENCH {json}`` line as ``child_app``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from child_app import mark, report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    url = sys.argv[1]
    mark("python_started")
    import sqlalchemy.orm  # noqa: F401  (the app needs the ORM to start)

    show(open_families(url))


def open_families(url: str) -> list:
    """The open families' case numbers and names, by one raw query."""
    import sqlalchemy

    engine = sqlalchemy.create_engine(url)
    with engine.connect() as conn:
        return conn.execute(
            sqlalchemy.text(
                "SELECT case_number, display_name FROM families "
                "WHERE status <> 'closed' ORDER BY case_number"
            )
        ).all()


def show(rows: list) -> None:
    """Paint ``rows`` (case number, name) in a bare table window; report at the first paint."""
    mark("database_open")
    from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    mark("imported")

    class Model(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else 2

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return rows[index.row()][index.column()]
            return None

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1400, 860)  # MainWindow's default size
    table = QTableView()
    table.setModel(Model())
    window.setCentralWidget(table)
    mark("window_built")

    class PaintWatcher(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, lambda: (report(table, {}), app.quit()))
            return False

    watcher = PaintWatcher()
    table.viewport().installEventFilter(watcher)
    window.show()
    mark("shown")
    sys.exit(app.exec())


if __name__ == "__main__":
    main()
