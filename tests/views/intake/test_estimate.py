"""/intake/<day>/estimate/: the quick estimate."""

from datetime import timedelta

import pytest

from tests.helpers import (
    COMBINATION,
    ESTIMATE,
    SKIM,
    TODAY,
    YESTERDAY,
    add_entry,
    catalogue_food,
    catalogue_supplement,
    day_url,
    estimate_url,
    log_intake,
)
from tracker.models import EstimateSettings, Food, IntakeEstimate, Source


def test_the_estimate_page_names_what_each_serving_counts_as(
    alice_client, guidance, assert_page
):
    # 1 session, 2 user with profile, 3 the day's estimate, 4 settings,
    # 5 the latest earlier estimate, 6 the foods the lines count as.
    page = assert_page(
        alice_client,
        estimate_url(),
        max_queries=6,
        shows=["Quick estimate", "Wednesday 25 November 2026"],
    ).content.decode()
    assert "1 cup of Milk, 2% reduced fat, vitamin D added, 293 mg calcium" in page
    assert "NDB 01079" in page
    assert "has not set that baseline yet" in page
    assert "the estimate stands in for all the food you ate that day" in page


def test_an_estimate_replaces_food_entries_but_supplements_still_count(
    alice_client, alice, guidance
):
    log_intake(alice, catalogue_food(SKIM), TODAY)
    log_intake(alice, catalogue_supplement(COMBINATION), TODAY)
    response = alice_client.post(estimate_url(), ESTIMATE)
    assert response["Location"] == day_url()
    estimate = IntakeEstimate.objects.get(user=alice, day=TODAY)
    # 2 × 293 + 415 + ½ × 302 = 1,152 mg; 2 × 120 + 2 + 5 = 247 IU.
    assert (estimate.calcium_mg, estimate.vitamin_d_iu) == (1152, 247)
    assert estimate.baseline_calcium_mg is None
    page = alice_client.get(day_url()).content.decode()
    assert "1,752 mg (goal 1,200): target met" in page  # 1,152 + 600, not + 299
    assert "Calcium (estimated)" in page
    assert "1 food entry (299 mg calcium) is not counted" in page
    assert "Not counted: the quick estimate stands in for food on this day." in page


def test_adding_food_on_an_estimate_day_says_it_is_not_counted(
    alice_client, alice, guidance
):
    alice_client.post(estimate_url(), ESTIMATE)
    response = add_entry(alice_client, catalogue_food(SKIM))
    page = alice_client.get(response["Location"]).content.decode()
    assert "so it is listed but not counted" in page


def test_the_admins_baseline_is_added_when_set(alice_client, alice, guidance):
    EstimateSettings.objects.create(
        other_foods_calcium_mg=250, source=Source.objects.get(key="BHOF")
    )
    alice_client.post(estimate_url(), ESTIMATE)
    assert IntakeEstimate.objects.get(user=alice).baseline_calcium_mg == 250
    page = alice_client.get(day_url()).content.decode()
    assert "1,402 mg (goal 1,200)" in page  # 1,152 + 250
    assert "plus 250 mg for other foods" in page


def test_an_estimate_is_prefilled_from_the_last_one(alice_client, alice, guidance):
    alice_client.post(estimate_url(YESTERDAY), ESTIMATE)
    page = alice_client.get(estimate_url()).content.decode()
    assert 'name="milk" value="2"' in page
    assert 'name="cheese" value="½"' in page


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("milk", "-1", "Enter 0 or more."),
        ("yogurt", "lots", "Enter a number, such as 1, ½, 1½ or 0.25."),
        ("cheese", "25", "Enter 20 servings or fewer."),
    ],
)
def test_a_bad_estimate_is_shown_by_the_field_and_saves_nothing(
    alice_client, guidance, field, value, message
):
    response = alice_client.post(estimate_url(), {**ESTIMATE, field: value})
    assert message in response.content.decode()
    assert response.context["form"].errors[field]
    assert not IntakeEstimate.objects.exists()


def test_no_estimate_is_saved_when_its_foods_are_gone(alice_client, guidance):
    Food.objects.filter(owner__isnull=True).update(is_active=False)
    page = alice_client.get(estimate_url()).content.decode()
    assert "no estimate can be made" in page
    response = alice_client.post(estimate_url(), ESTIMATE)
    assert "no estimate can be made" in response.content.decode()
    assert not IntakeEstimate.objects.exists()


def test_a_line_whose_food_is_retired_is_not_asked(alice_client, alice, guidance):
    Food.objects.filter(name="Cheddar cheese").update(is_active=False)
    page = alice_client.get(estimate_url()).content.decode()
    assert "Portions of cheese" not in page
    alice_client.post(estimate_url(), ESTIMATE)
    estimate = IntakeEstimate.objects.get(user=alice)
    assert (estimate.cheese_servings, estimate.calcium_mg) == (0, 2 * 293 + 415)


def test_a_future_day_cannot_be_estimated(alice_client, guidance):
    response = alice_client.post(estimate_url(TODAY + timedelta(days=1)), ESTIMATE)
    assert response.status_code == 200
    assert "This day hasn't happened yet, so there is nothing to estimate." in (
        response.content.decode()
    )
    assert not IntakeEstimate.objects.exists()
