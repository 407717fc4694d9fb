"""Report test fixtures: a family with a long, realistic history, read as the supervisor.

The builders (``make_family``, ``add_history``, ``add_screening``) live in
tests/factories.py, shared with the command-line and UI report tests.
"""

from __future__ import annotations

import pytest

from tests.factories import make_family


@pytest.fixture
def family(db, staff):
    """The Nguyễn family enrolled 1 Nov 2023 (no visits yet; tests add a history)."""
    return make_family(db, staff)


@pytest.fixture
def svc(as_user, staff):
    """The service context of the supervisor (who reads his team's families) on the test clock."""
    return as_user(staff["ssupervisor"])
