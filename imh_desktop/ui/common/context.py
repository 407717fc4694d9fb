"""The application context: what every window and dialog is given.

One :class:`AppContext` is made when someone signs in (``ui.auth.session``)
and handed down; nothing reaches for a global. It holds the database and the signed-in
user (inside ``svc``, the context every service call takes), the clock, the
task runner for work off the GUI thread and the change bus, and the
session's guard on files that leave the program (``exports``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from imh_desktop.data.db import Database
from imh_desktop.domain.clock import Clock
from imh_desktop.services.common.changes import Change
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.records import StaffRecord
from imh_desktop.ui.common.phi import ExportGuard
from imh_desktop.ui.common.tasks import Runner, ThreadPoolRunner


class ChangeBus(QObject):
    """Carries :class:`Change` records from the widget that saved to every view.

    Publish only after the service call committed, from the GUI thread.
    """

    changed = Signal(object)
    remote = Signal(object)  # a change a colleague committed (ui.common.live), before ``changed``

    def publish(self, change: Change) -> None:
        self.changed.emit(change)

    def publish_remote(self, change: Change) -> None:
        """A colleague's committed change: ``remote`` (for quiet notices), then ``changed``."""
        self.remote.emit(change)
        self.changed.emit(change)


@dataclass
class AppContext:
    """The database, signed-in user, clock, task runner and change bus of one window.

    ``demo``: the database is the demo generator's (invented data; DEMO in the title).
    """

    svc: ServiceContext
    user: StaffRecord
    runner: Runner = field(default_factory=ThreadPoolRunner)
    bus: ChangeBus = field(default_factory=ChangeBus)
    demo: bool = False
    exports: ExportGuard = field(init=False)  # one per signed-in session

    def __post_init__(self) -> None:
        self.exports = ExportGuard(self.svc)

    @property
    def db(self) -> Database:
        return self.svc.db

    @property
    def clock(self) -> Clock:
        return self.svc.clock

    def today(self) -> dt.date:
        return self.svc.clock.today()
