"""UI test helpers: an application context on the test database and clock."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from imh_desktop.data.db import Database
from imh_desktop.domain.clock import FixedClock
from imh_desktop.services.admin.staff import get_staff
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.tasks import SyncRunner


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
