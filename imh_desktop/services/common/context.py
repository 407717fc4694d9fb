"""What every service call is given: the database, who is acting, and the clock."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from imh_desktop.data.db import Database
from imh_desktop.domain.clock import Clock, SystemClock


@dataclass(frozen=True)
class ServiceContext:
    """The first argument of every service function.

    ``user_id`` is the signed-in staff user the call acts as; the unit of work
    loads and checks that user before doing anything. ``clock`` is the only
    source of "today" and "now" for the services.
    """

    db: Database
    user_id: int
    clock: Clock = field(default_factory=SystemClock)

    def today(self) -> dt.date:
        return self.clock.today()

    def as_user(self, user_id: int) -> ServiceContext:
        """The same database and clock, acting as another staff user."""
        return dataclasses.replace(self, user_id=user_id)
