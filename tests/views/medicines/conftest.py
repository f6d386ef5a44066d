"""Shared for the medicines' page tests: a frozen clock on a Monday, and the
medicine builders of tests/helpers.py."""

from datetime import date, datetime

import pytest
import time_machine

from tests.helpers import NEW_YORK

TODAY = date(2026, 11, 23)  # a Monday
NOW = datetime(2026, 11, 23, 7, 10, tzinfo=NEW_YORK)


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(NOW, tick=False):
        yield
