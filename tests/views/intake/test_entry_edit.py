"""/intake/entries/<pk>/edit/: changing a logged amount."""

from decimal import Decimal

from django.urls import reverse

from tests.helpers import SKIM, TODAY, catalogue_food, day_url, log_intake
from tracker.models import Food


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
