import pytest
import time_machine

from tests.helpers import MARCH_3


@pytest.fixture(autouse=True)
def clock():
    """Freeze the clock at MARCH_3 (Tuesday 3 March 2026, 10:00 in New York)."""
    with time_machine.travel(MARCH_3, tick=False) as traveller:
        yield traveller
