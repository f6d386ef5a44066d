from datetime import date

import pytest
import time_machine

from tests.helpers import NOW, add_fracture, add_height, add_scan, log_realistic_days


@pytest.fixture(autouse=True)
def clock():
    """Wednesday 25 November 2026, 10:00 in New York (tests/helpers.py NOW)."""
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def history(user, days):
    """``days`` of diary, exercise and a weekly tablet, home safety, two scans,
    heights past the 4 cm note and a wrist fracture."""
    log_realistic_days(user, days)
    add_scan(user, date(2024, 11, 4), {"spine": {"bmd": "0.900", "t_score": "-1.6"}})
    add_scan(
        user,
        date(2026, 11, 2),
        {
            "spine": {"bmd": "0.860", "t_score": "-2.0", "lsc_percent": "2.8"},
            "femoral_neck_left": {"bmd": "0.610", "t_score": "-2.6"},
        },
    )
    from decimal import Decimal

    from tracker.models import HeightProfile

    HeightProfile.objects.create(user=user, tallest_cm=Decimal("166"))
    add_height(user, date(2025, 11, 3), "163.0")
    add_height(user, date(2026, 11, 2), "161.5")
    add_fracture(user, 2026, "wrist", month=9)
