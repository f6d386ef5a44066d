"""/intake/entries/<pk>/edit/: changing a logged amount."""

from decimal import Decimal

from django.urls import reverse

from tests.helpers import (
    COMBINATION,
    SKIM,
    TODAY,
    add_entry,
    catalogue_food,
    catalogue_supplement,
    day_url,
    log_intake,
)
from tracker.models import Food, IntakeEntry


def test_editing_an_amount_recomputes_from_the_logged_values(
    alice_client, alice, guidance, assert_page
):
    entry = log_intake(alice, catalogue_food(SKIM), TODAY)
    Food.objects.filter(pk=entry.food_id).update(calcium_mg=350)
    url = reverse("tracker:intake_entry_edit", kwargs={"pk": entry.pk})
    # 1 session, 2 user with profile, 3 the entry.
    page = assert_page(
        alice_client, url, max_queries=3, shows=[f"<h1>Change {SKIM[0]}</h1>"]
    ).content.decode()
    assert 'value="1"' in page
    response = alice_client.post(url, {"amount": "1½"})
    assert response["Location"] == day_url()
    entry.refresh_from_db()
    assert (entry.amount, entry.calcium_mg, entry.vitamin_d_iu) == (
        Decimal("1.5"),
        Decimal("448.5"),
        Decimal("172.5"),
    )


def test_the_edit_form_shows_the_amount_as_written(alice_client, alice, guidance):
    entry = log_intake(alice, catalogue_food(SKIM), TODAY, amount="0.3333")
    url = reverse("tracker:intake_entry_edit", kwargs={"pk": entry.pk})
    assert 'value="⅓"' in alice_client.get(url).content.decode()


def test_a_bad_edit_is_shown_by_the_field_and_saves_nothing(
    alice_client, alice, guidance
):
    entry = log_intake(alice, catalogue_food(SKIM), TODAY)
    url = reverse("tracker:intake_entry_edit", kwargs={"pk": entry.pk})
    response = alice_client.post(url, {"amount": "0"})
    assert "Enter an amount more than 0." in response.content.decode()
    entry.refresh_from_db()
    assert (entry.amount, entry.calcium_mg) == (1, 299)


def test_an_entry_logged_in_millilitres_is_changed_in_millilitres(
    alice_client, alice, guidance
):
    add_entry(alice_client, catalogue_food(SKIM), "200", unit="ml")
    entry = IntakeEntry.objects.get(user=alice)
    url = reverse("tracker:intake_entry_edit", kwargs={"pk": entry.pk})
    page = alice_client.get(url).content.decode()
    assert 'value="200"' in page
    assert '<option value="ml" selected>millilitres (ml)</option>' in page
    response = alice_client.post(url, {"amount": "250", "unit": "ml"})
    assert response["Location"] == day_url()
    entry.refresh_from_db()
    assert (entry.unit, entry.amount) == ("ml", Decimal("1.0566"))
    assert entry.calcium_mg == Decimal("1.0566") * 299
    assert entry.portion_text == "250 ml"


def test_an_entry_logged_in_servings_can_be_changed_to_grams(
    alice_client, alice, guidance
):
    entry = log_intake(alice, catalogue_food(SKIM), TODAY)
    # The serving's weight is the one logged with, not the food's today.
    Food.objects.filter(pk=entry.food_id).update(serving_grams=100)
    url = reverse("tracker:intake_entry_edit", kwargs={"pk": entry.pk})
    alice_client.post(url, {"amount": "490", "unit": "g"})
    entry.refresh_from_db()
    assert (entry.unit, entry.amount, entry.calcium_mg) == ("g", 2, 598)


def test_an_entry_without_a_size_is_changed_in_servings_only(
    alice_client, alice, guidance
):
    entry = log_intake(alice, catalogue_supplement(COMBINATION), TODAY)
    url = reverse("tracker:intake_entry_edit", kwargs={"pk": entry.pk})
    page = alice_client.get(url).content.decode()
    assert "How many servings?" in page
    assert '<select name="unit"' not in page
    # Only a made-up request sends a unit the form does not offer.
    response = alice_client.post(url, {"amount": "100", "unit": "g"})
    assert response.status_code == 200
    assert "unit" in response.context["form"].errors
    entry.refresh_from_db()
    assert entry.amount == 1
