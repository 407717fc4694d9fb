"""UI test helpers: an application context on the test database and clock."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from imh_desktop.data.db import Database
from imh_desktop.domain.clock import FixedClock
from imh_desktop.services.admin.staff import get_staff
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.phi import ExportGuard
from imh_desktop.ui.common.tasks import SyncRunner


@pytest.fixture(autouse=True)
def _export_guard_goes_on(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The export notice and PDF password prompt are modal: in tests they answer "go on,
    no password", except in tests marked ``export_dialogs``, which drive the real dialogs."""
    if request.node.get_closest_marker("export_dialogs") is None:
        monkeypatch.setattr(ExportGuard, "confirm", lambda self, parent, what: True)
        monkeypatch.setattr(ExportGuard, "pdf_password", lambda self, parent, what: (True, None))


@pytest.fixture
def app_ctx(db: Database, clock: FixedClock) -> Callable[[int], AppContext]:
    """``app_ctx(staff_id)``: the context a window gets when that user is signed in.

    Background work runs synchronously (``SyncRunner``), so a test sees each
    read's result as soon as the call that started it returns.
    """

    def make(user_id: int) -> AppContext:
        svc = ServiceContext(db, user_id, clock)
        return AppContext(svc, get_staff(svc, user_id), SyncRunner())

    return make
