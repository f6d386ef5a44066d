import pytest
import time_machine

from tests.helpers import MARCH_3


@pytest.fixture
def clock():
    """Freeze the clock at MARCH_3, 10:00 in New York; tests may shift it on."""
    with time_machine.travel(MARCH_3, tick=False) as traveller:
        yield traveller
