import pytest
import time_machine

from tests.helpers import NOW


@pytest.fixture(autouse=True)
def frozen_clock():
    """The exercise tests run at NOW: 10:00 on Wednesday 25 November 2026 for alice."""
    with time_machine.travel(NOW, tick=False):
        yield
