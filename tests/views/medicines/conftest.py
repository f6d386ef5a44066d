"""Shared for the medicines' page tests: a frozen clock and medicines added as the
app's own write functions add them."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
import time_machine

from tracker.domain import medicines
from tracker.models import Medicine
from tracker.services import medicines as services

NEW_YORK = ZoneInfo("America/New_York")  # alice's zone
TODAY = date(2026, 11, 23)  # a Monday
NOW = datetime(2026, 11, 23, 7, 10, tzinfo=NEW_YORK)


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(NOW, tick=False):
        yield


def add_medicine(user, slug, *, first_dose_on, last_given_on=None, **fields):
    """Add the library medicine ``slug`` as prescribed, on its first schedule."""
    medicine = Medicine.objects.get(slug=slug)
    interval = medicines.SCHEDULES[fields.pop("schedule", medicine.schedules[0])]
    prescription, _ = services.add_prescription(
        user,
        medicine=medicine,
        zone=NEW_YORK,
        last_given_on=last_given_on,
        interval_count=interval.count,
        interval_unit=interval.unit,
        first_dose_on=first_dose_on,
        **fields,
    )
    return prescription


def log(user, prescription, day, *, taken=True, at=time(7, 0)):
    dose, _ = services.log_dose(
        user,
        prescription=prescription,
        taken=taken,
        taken_at=datetime.combine(day, at, tzinfo=NEW_YORK),
        zone=NEW_YORK,
    )
    return dose
