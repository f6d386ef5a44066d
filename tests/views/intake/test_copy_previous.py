"""/intake/<day>/copy-previous/: copying the day before."""

from datetime import timedelta
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.helpers import (
    COMBINATION,
    SALMON,
    SKIM,
    TODAY,
    YESTERDAY,
    YOGURT,
    catalogue_food,
    catalogue_supplement,
    day_url,
    log_intake,
)
from tracker.models import Food, IntakeEntry


def test_copying_yesterday_logs_its_items_again_with_todays_values(
    alice_client, alice, bob, guidance
):
    milk = catalogue_food(SKIM)
    log_intake(alice, milk, YESTERDAY, amount="2")
    log_intake(alice, catalogue_supplement(COMBINATION), YESTERDAY)
    gone = log_intake(alice, catalogue_food(YOGURT), YESTERDAY)
    Food.objects.filter(pk=gone.food_id).update(is_active=False)
    log_intake(bob, catalogue_food(SALMON), YESTERDAY)
    Food.objects.filter(pk=milk.pk).update(calcium_mg=300)
    page = alice_client.get(day_url()).content.decode()
    assert "Copy Tuesday's 2 items to this day" in page  # not the retired one

    response = alice_client.post(
        reverse("tracker:intake_copy_previous", kwargs={"day": TODAY})
    )
    assert response["Location"] == day_url() + "#main"
    copied = IntakeEntry.objects.filter(user=alice, day=TODAY)
    assert sorted((entry.name, entry.amount, entry.calcium_mg) for entry in copied) == [
        (COMBINATION, 1, 600),
        (SKIM[0], 2, 600),
    ]
    page = alice_client.get(day_url()).content.decode()
    assert "Copied 2 items. 1 no longer in the list was left out." in page


def test_copying_twice_copies_once_and_then_hides_the_button(
    alice_client, alice, guidance
):
    log_intake(alice, catalogue_food(SKIM), YESTERDAY)
    log_intake(alice, catalogue_food(SKIM), YESTERDAY)  # two cups, logged one at a time
    log_intake(alice, catalogue_supplement(COMBINATION), YESTERDAY)
    url = reverse("tracker:intake_copy_previous", kwargs={"day": TODAY})
    alice_client.post(url)
    alice_client.post(url)  # a double tap
    today = IntakeEntry.objects.filter(user=alice, day=TODAY)
    assert sorted(entry.name for entry in today) == [COMBINATION, SKIM[0], SKIM[0]]
    page = alice_client.get(day_url()).content.decode()
    assert "Copied 3 items." in page
    assert "Nothing copied. 3 were already on this day." in page
    assert 'class="copy-previous"' not in page


def test_copying_waits_for_another_change_by_the_same_user(
    alice_client, alice, guidance
):
    """Two taps at once: the second waits for the first, then finds it done."""
    log_intake(alice, catalogue_food(SKIM), YESTERDAY)
    url = reverse("tracker:intake_copy_previous", kwargs={"day": TODAY})
    with CaptureQueriesContext(connection) as captured:
        response = alice_client.post(url)
    assert response["Location"] == day_url() + "#main"
    assert IntakeEntry.objects.filter(user=alice, day=TODAY).count() == 1
    locks = [q["sql"] for q in captured if "FOR UPDATE" in q["sql"]]
    if connection.features.has_select_for_update:  # PostgreSQL; SQLite has none
        assert len(locks) == 1
        assert '"auth_user"' in locks[0]
    else:
        assert locks == []


def test_copying_adds_only_what_the_day_does_not_have_yet(
    alice_client, alice, guidance
):
    log_intake(alice, catalogue_food(SKIM), YESTERDAY, amount="2")
    log_intake(alice, catalogue_food(YOGURT), YESTERDAY)
    log_intake(alice, catalogue_food(SKIM), TODAY, amount="2")  # already logged today
    # A different amount: still to copy.
    log_intake(alice, catalogue_food(YOGURT), TODAY, amount="½")
    page = alice_client.get(day_url()).content.decode()
    assert "Copy 1 more item from Tuesday" in page
    alice_client.post(reverse("tracker:intake_copy_previous", kwargs={"day": TODAY}))
    today = IntakeEntry.objects.filter(user=alice, day=TODAY)
    assert sorted((entry.name, entry.amount) for entry in today) == [
        (SKIM[0], 2),
        (YOGURT[0], Decimal("0.5")),
        (YOGURT[0], 1),
    ]
    page = alice_client.get(day_url()).content.decode()
    assert "Copied 1 item. 1 was already on this day." in page
    assert 'class="copy-previous"' not in page


def test_copying_into_a_future_day_is_refused(alice_client, alice, guidance):
    log_intake(alice, catalogue_food(SKIM), TODAY)
    tomorrow = TODAY + timedelta(days=1)
    response = alice_client.post(
        reverse("tracker:intake_copy_previous", kwargs={"day": tomorrow})
    )
    assert "You can&#x27;t log a day that hasn&#x27;t happened yet." in (
        response.content.decode()
    )
    assert not IntakeEntry.objects.filter(day=tomorrow).exists()
