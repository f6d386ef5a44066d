"""/intake/favourites/: starring a food or supplement."""

from unittest import mock

import pytest
from django.db.models import QuerySet

from tests.helpers import SKIM, TODAY, YESTERDAY, catalogue_food, day_url, log_intake
from tracker.models import Favourite, Food


def test_a_favourite_is_starred_offered_and_unstarred(alice_client, alice, guidance):
    milk = catalogue_food(SKIM)
    log_intake(alice, milk, YESTERDAY)
    data = {"kind": "food", "item": milk.pk, "day": "2026-11-24"}
    page = alice_client.get(day_url(YESTERDAY)).content.decode()
    assert '<input type="hidden" name="starred" value="1">' in page
    response = alice_client.post("/intake/favourites/", {**data, "starred": "1"})
    assert response["Location"] == day_url(YESTERDAY)
    assert Favourite.objects.filter(user=alice, food=milk).exists()
    page = alice_client.get(day_url()).content.decode()
    assert "Your favourites" in page
    page = alice_client.get(day_url(YESTERDAY)).content.decode()
    assert 'aria-pressed="true"' in page
    assert '<input type="hidden" name="starred" value="0">' in page

    alice_client.post("/intake/favourites/", {**data, "starred": "0"})
    assert not Favourite.objects.exists()


@pytest.mark.parametrize("starred", ["1", "0"])
def test_a_double_tap_on_the_star_asks_twice_and_changes_once(
    alice_client, alice, guidance, starred
):
    milk = catalogue_food(SKIM)
    log_intake(alice, milk, TODAY)
    data = {"kind": "food", "item": milk.pk, "day": "2026-11-25", "starred": starred}
    for _ in range(2):
        alice_client.post("/intake/favourites/", data)
        assert Favourite.objects.filter(user=alice, food=milk).count() == int(starred)
    page = alice_client.get(day_url()).content.decode()
    if starred == "1":
        assert "is in your favourites." in page
    else:
        assert "is no longer a favourite." in page


def test_a_star_saved_by_a_tap_in_flight_is_kept_without_an_error(
    alice_client, alice, guidance
):
    """Two taps at once: the second's read misses the row the first inserts."""
    milk = catalogue_food(SKIM)
    log_intake(alice, milk, TODAY)
    real_get = QuerySet.get
    reads = []

    def get_after_the_other_tap(self, *args, **kwargs):
        if self.model is Favourite and not reads:
            reads.append(1)
            Favourite.objects.create(user=alice, food=milk)  # the other tap
            raise Favourite.DoesNotExist
        return real_get(self, *args, **kwargs)

    data = {"kind": "food", "item": milk.pk, "day": "2026-11-25", "starred": "1"}
    with mock.patch.object(QuerySet, "get", get_after_the_other_tap):
        response = alice_client.post("/intake/favourites/", data)
    assert reads == [1]  # the view did read the star, and missed it
    assert response.status_code == 302
    assert Favourite.objects.filter(user=alice, food=milk).count() == 1


@pytest.mark.parametrize("starred", [None, "", "2", "yes"])
def test_a_star_tap_without_a_clear_wish_changes_nothing(
    alice_client, alice, guidance, starred
):
    milk = catalogue_food(SKIM)
    log_intake(alice, milk, TODAY)
    data = {"kind": "food", "item": milk.pk, "day": "2026-11-25"}
    if starred is not None:
        data["starred"] = starred
    response = alice_client.post("/intake/favourites/", data)
    assert response["Location"] == day_url()
    assert not Favourite.objects.exists()
    assert "Nothing changed. Tap Favourite again." in (
        alice_client.get(day_url()).content.decode()
    )


def test_a_retired_item_cannot_be_starred_again(alice_client, alice, guidance):
    entry = log_intake(alice, catalogue_food(SKIM), TODAY)
    Food.objects.filter(pk=entry.food_id).update(is_active=False)
    page = alice_client.get(day_url()).content.decode()
    assert "Favourite" not in page
    assert "1 cup: 299 mg calcium" in page


def test_another_users_food_cannot_be_a_favourite(alice_client, bob, guidance):
    secret = Food.objects.create(
        owner=bob, name="Bob's", serving="1", calcium_mg=1, vitamin_d_iu=0
    )
    response = alice_client.post(
        "/intake/favourites/",
        {"kind": "food", "item": secret.pk, "day": "junk", "starred": "1"},
    )
    assert response["Location"] == day_url()
    assert not Favourite.objects.exists()
    assert "no longer in the list" in alice_client.get(day_url()).content.decode()
