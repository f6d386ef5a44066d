"""The fuzz tests' world: alice and bob, each with a row of everything, and the
fuzzer that sends bad input as alice or a visitor and checks each answer."""

import logging
import os
from datetime import UTC, date, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.utils import timezone

from tests.helpers import (
    SKIM,
    Status,
    add_medicine,
    answer_item,
    catalogue_food,
    log_dose,
    log_intake,
    log_session,
    make_self_checks,
)
from tests.pages import alices_rows
from tracker.models import ChecklistItem, Favourite, Food, IntakeEstimate, Supplement
from tracker.services import home_safety as home_safety_services
from tracker.services import medicines as medicine_services

from .fuzzer import Fuzzer

# Hypothesis draws its examples from this seed; set FUZZ_SEED to explore others
# (a failure says the seed it ran with).
SEED = int(os.environ.get("FUZZ_SEED", "11"))
# Hypothesis's examples per form (half as many per address's query parameters),
# after the fixed sweep.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "12"))


def give_rows(user) -> dict[str, int | str]:
    """Give ``user`` a row of everything a page lists with a form, as of today
    in their zone, on top of ``alices_rows``; return every id (and the reminder
    token) by name."""
    rows = alices_rows(user)
    today = timezone.localdate(timezone=ZoneInfo(user.profile.time_zone))
    own_food = Food.objects.create(
        owner=user,
        name="Oat milk, my brand",
        serving="1 cup",
        calcium_mg=300,
        vitamin_d_iu=0,
    )
    own_supplement = Supplement.objects.create(
        owner=user, name="My calcium", calcium_mg=500, vitamin_d_iu=400
    )
    Favourite.objects.create(user=user, food=own_food)
    entry = log_intake(user, own_food, today)
    log_intake(user, catalogue_food(SKIM), today - timedelta(days=1))
    estimate = IntakeEstimate.objects.create(
        user=user, day=date(2026, 1, 6), calcium_mg=900, vitamin_d_iu=100
    )
    session = log_session(user, "brisk-walking", today, note="Round the park")
    fall = home_safety_services.log_fall(
        user,
        kind="fall",
        day=today,
        place="The back steps",
        what_happened="Tripped",
        hurt=False,
    )
    item = ChecklistItem.objects.filter(room__slug="floors").first()
    answer = answer_item(user, item, Status.NEEDS_FIXING, today)
    check = make_self_checks(user, 1)
    injection = add_medicine(
        user,
        "denosumab",
        first_dose_on=date(2026, 6, 1),
        last_given_on=date(2026, 6, 1),
    )
    clinic_dose = log_dose(user, injection, date(2026, 6, 1), at=time(10))
    feed = medicine_services.start_calendar_feed(user, shows_names=False)
    return {
        **rows,
        "own_food": own_food.pk,
        "own_supplement": own_supplement.pk,
        "entry": entry.pk,
        "estimate": estimate.pk,
        "session": session.pk,
        "fall": fall.pk,
        "item": item.pk,
        "answer": answer.pk,
        "self_check": check.pk,
        "injection": injection.pk,
        "clinic_dose": clinic_dose.pk,
        "feed": feed.pk,
    }


@pytest.fixture
def fuzzer(alice, bob, guidance):
    """A Fuzzer for the page tests: alice's rows for the page addresses, bob's ids
    as other users' ids."""
    rows = give_rows(alice)
    bobs = give_rows(bob)
    member = Client()
    member.force_login(alice)
    # Thousands of "Not Found" warnings would hide the one failure.
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.ERROR)
    yield Fuzzer(
        clients={"alice": member, "visitor": Client()},
        zones={"alice": ZoneInfo(alice.profile.time_zone), "visitor": UTC},
        rows=rows,
        others={name: pk for name, pk in bobs.items() if isinstance(pk, int)},
        seed=SEED,
        examples=EXAMPLES,
    )
    logger.setLevel(level)
