"""/intake/my-foods/: a user's own foods, listed, added, changed and deleted."""

import pytest
from django.urls import reverse

from tests.helpers import (
    SKIM,
    YESTERDAY,
    add_entry,
    catalogue_food,
    day_url,
    log_intake,
    sent_once,
)
from tracker.models import Food, IntakeEntry


def test_a_user_adds_their_own_food_and_can_log_it(alice_client, alice, guidance):
    response = alice_client.post(
        "/intake/my-foods/add/?day=2026-11-24",
        sent_once(
            name="Oat milk, my brand",
            serving="1 cup",
            calcium_mg="350",
            vitamin_d="100",
        ),
    )
    own = Food.objects.get(owner=alice)
    assert (own.calcium_mg, own.vitamin_d_iu, own.source) == (350, 100, None)
    assert response["Location"] == "/intake/2026-11-24/?q=Oat+milk%2C+my+brand"
    add_entry(alice_client, own, day=YESTERDAY)
    assert IntakeEntry.objects.get(user=alice).calcium_mg == 350


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name": "", "serving": "1 cup", "calcium_mg": "1", "vitamin_d": "0"}, "name"),
        (
            {"name": "X", "serving": "1", "calcium_mg": "-5", "vitamin_d": "0"},
            "calcium_mg",
        ),
        (
            {"name": "X", "serving": "1", "calcium_mg": "lots", "vitamin_d": "0"},
            "calcium_mg",
        ),
        (
            {"name": "X", "serving": "1", "calcium_mg": "1", "vitamin_d": "-1"},
            "vitamin_d",
        ),
        (
            {"name": "X", "serving": "1", "calcium_mg": "9" * 12, "vitamin_d": "0"},
            "calcium_mg",
        ),
    ],
)
def test_a_bad_own_food_is_shown_by_the_field_and_saves_nothing(
    alice_client, guidance, data, field
):
    response = alice_client.post("/intake/my-foods/add/", data)
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert not Food.objects.filter(owner__isnull=False).exists()


def test_own_items_are_private(alice_client, alice, bob, guidance):
    mine = Food.objects.create(
        owner=alice, name="Mine", serving="1", calcium_mg=1, vitamin_d_iu=0
    )
    theirs = Food.objects.create(
        owner=bob, name="Theirs", serving="1", calcium_mg=1, vitamin_d_iu=0
    )
    page = alice_client.get("/intake/my-foods/").content.decode()
    assert "Mine" in page
    assert "Theirs" not in page
    assert "Milk" not in page  # the catalogue is not "yours"
    for action in ("edit", "delete"):
        url = reverse(f"tracker:intake_own_food_{action}", kwargs={"pk": theirs.pk})
        assert alice_client.get(url).status_code == 404
        assert alice_client.post(url, {"name": "Hacked"}).status_code == 404
        url = reverse(
            f"tracker:intake_own_food_{action}", kwargs={"pk": catalogue_food(SKIM).pk}
        )
        assert alice_client.get(url).status_code == 404
    theirs.refresh_from_db()
    assert theirs.name == "Theirs"
    # The same addresses open alice's own food: the 404s above are not typos.
    for action in ("edit", "delete"):
        url = reverse(f"tracker:intake_own_food_{action}", kwargs={"pk": mine.pk})
        assert alice_client.get(url).status_code == 200


def test_editing_or_deleting_an_own_food_leaves_past_days_alone(
    alice_client, alice, guidance
):
    own = Food.objects.create(
        owner=alice, name="Kefir", serving="1 cup", calcium_mg=300, vitamin_d_iu=0
    )
    log_intake(alice, own, YESTERDAY)
    alice_client.post(
        f"/intake/my-foods/{own.pk}/edit/",
        {"name": "Kefir", "serving": "1 cup", "calcium_mg": "320", "vitamin_d": "0"},
    )
    own.refresh_from_db()
    assert own.calcium_mg == 320
    assert IntakeEntry.objects.get().calcium_mg == 300
    assert (
        "Delete Kefir?"
        in alice_client.get(f"/intake/my-foods/{own.pk}/delete/").content.decode()
    )
    alice_client.post(f"/intake/my-foods/{own.pk}/delete/")
    assert not Food.objects.filter(pk=own.pk).exists()
    entry = IntakeEntry.objects.get()
    assert (entry.food, entry.name, entry.calcium_mg) == (None, "Kefir", 300)
    assert "300 of 1,200 mg" in alice_client.get(day_url(YESTERDAY)).content.decode()


def test_the_own_foods_list_is_paginated_with_a_fixed_query_count(
    alice_client, alice, guidance, assert_page
):
    # 1 session, 2 user with profile, 3 count, 4 the page of foods.
    Food.objects.create(
        owner=alice, name="Food 0", serving="1", calcium_mg=1, vitamin_d_iu=0
    )
    assert_page(
        alice_client, "/intake/my-foods/", max_queries=4, shows=["Your foods", "Food 0"]
    )
    Food.objects.bulk_create(
        Food(
            owner=alice, name=f"Food {n:02d}", serving="1", calcium_mg=1, vitamin_d_iu=0
        )
        for n in range(1, 30)
    )
    page = assert_page(
        alice_client, "/intake/my-foods/", max_queries=4, shows=["Food 0", "Food 01"]
    ).content.decode()
    assert "Page 1 of 2" in page
    assert "Food 29" in alice_client.get("/intake/my-foods/?page=2").content.decode()
    assert alice_client.get("/intake/my-foods/?page=junk").status_code == 200


def test_empty_lists_say_what_to_do_first(alice_client, guidance):
    assert "You haven't added a food yet." in (
        alice_client.get("/intake/my-foods/").content.decode()
    )
    assert (
        "Nothing logged on this day yet."
        in alice_client.get(day_url()).content.decode()
    )
