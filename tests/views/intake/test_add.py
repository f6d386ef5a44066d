"""/intake/<day>/add/: logging a food or supplement."""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse

from tests.helpers import (
    COMBINATION,
    SKIM,
    TODAY,
    YOGURT,
    add_entry,
    catalogue_food,
    catalogue_supplement,
    day_url,
    log_intake,
    sent_once,
)
from tracker.models import Food, IntakeEntry


def test_logging_milk_keeps_its_values_and_updates_the_total(
    alice_client, alice, guidance
):
    response = add_entry(alice_client, catalogue_food(SKIM))
    entry = IntakeEntry.objects.get(user=alice)
    # Back to the day, with the note and its Undo (see test_entry_delete.py).
    assert response["Location"] == day_url() + f"?added={entry.pk}#main"
    assert (entry.day, entry.kind, entry.name, entry.serving) == (
        TODAY,
        "food",
        SKIM[0],
        "1 cup",
    )
    assert (entry.calcium_mg, entry.vitamin_d_iu) == (299, 115)
    page = alice_client.get(response["Location"]).content.decode()
    assert "Added 1 cup of Milk, nonfat (skim), vitamin D added." in page
    assert "299 of 1,200 mg (901 mg to go)" in page
    assert "115 of 600 IU (485 IU to go)" in page


@pytest.mark.parametrize(
    ("amount", "calcium", "shown"),
    [
        ("½", "149.5", "½ × 1 cup: 149.5 mg calcium"),
        ("1½", "448.5", "1½ × 1 cup: 448.5 mg calcium"),
        ("0.25", "74.75", "¼ × 1 cup: 74.8 mg calcium"),
        ("2", "598", "2 × 1 cup: 598 mg calcium"),
    ],
)
def test_fractions_of_a_serving_are_logged_exactly(
    alice_client, alice, guidance, amount, calcium, shown
):
    add_entry(alice_client, catalogue_food(SKIM), amount)
    assert IntakeEntry.objects.get(user=alice).calcium_mg == Decimal(calcium)
    assert shown in alice_client.get(day_url()).content.decode()


def test_two_half_cups_total_the_reference_value(alice_client, guidance):
    add_entry(alice_client, catalogue_food(SKIM), "½")
    add_entry(alice_client, catalogue_food(SKIM), "1/2")
    assert "299 of 1,200 mg" in alice_client.get(day_url()).content.decode()


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("0", "Enter an amount more than 0."),
        ("-1", "Enter an amount more than 0."),
        ("a cup", "Enter a number, such as 1, ½, 1½ or 0.25."),
        ("", "This field is required."),
        ("21", "Enter 20 servings or fewer."),
        ("1" * 30, "Enter a number, such as 1, ½, 1½ or 0.25."),
    ],
)
def test_a_bad_amount_is_shown_by_the_field_and_saves_nothing(
    alice_client, guidance, amount, message
):
    response = add_entry(alice_client, catalogue_food(SKIM), amount)
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert 'aria-invalid="true"' in page
    assert "Add Milk, nonfat (skim), vitamin D added" in page  # the item is kept
    assert not IntakeEntry.objects.exists()


def test_another_users_own_food_cannot_be_logged(alice_client, bob, guidance):
    secret = Food.objects.create(
        owner=bob, name="Bob's shake", serving="1", calcium_mg=1, vitamin_d_iu=0
    )
    response = add_entry(alice_client, secret)
    assert "That item is no longer in the list" in response.content.decode()
    assert "Bob&#x27;s shake" not in response.content.decode()
    assert not IntakeEntry.objects.exists()


def test_a_retired_or_deleted_food_cannot_be_newly_logged(alice_client, guidance):
    milk = catalogue_food(SKIM)
    Food.objects.filter(pk=milk.pk).update(is_active=False)
    assert "no longer in the list" in add_entry(alice_client, milk).content.decode()
    pk = milk.pk
    milk.delete()
    milk.pk = pk
    assert "no longer in the list" in add_entry(alice_client, milk).content.decode()
    assert not IntakeEntry.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"kind": "food", "item": "abc", "amount": "1"},
        {"kind": "drink", "item": "1", "amount": "1"},
        {"kind": "food", "amount": "1"},
        {"kind": "supplement", "item": "999999", "amount": "1"},
        {"kind": "food", "item": "9" * 30, "amount": "1"},
        {"kind": "food", "item": "-1", "amount": "1"},
        {},
    ],
)
def test_a_tampered_post_gets_a_message_and_saves_nothing(alice_client, guidance, data):
    response = alice_client.post(
        reverse("tracker:intake_add", kwargs={"day": TODAY}), data
    )
    assert response.status_code == 200
    assert "That item is no longer in the list" in response.content.decode()
    assert not IntakeEntry.objects.exists()


def test_a_future_day_cannot_be_logged_by_post(alice_client, guidance):
    response = add_entry(
        alice_client, catalogue_food(SKIM), day=TODAY + timedelta(days=1)
    )
    assert "You can&#x27;t log a day that hasn&#x27;t happened yet." in (
        response.content.decode()
    )
    assert not IntakeEntry.objects.exists()


def test_adding_needs_a_post(alice_client):
    assert alice_client.get("/intake/2026-11-25/add/").status_code == 405


def test_a_supplement_is_logged_with_its_elemental_calcium(
    alice_client, alice, guidance
):
    add_entry(alice_client, catalogue_supplement(COMBINATION))
    entry = IntakeEntry.objects.get(user=alice)
    assert (entry.kind, entry.calcium_mg, entry.vitamin_d_iu) == (
        "supplement",
        600,
        800,
    )


# --- Grams and millilitres ---------------------------------------------------


def test_a_drink_is_logged_in_millilitres_from_its_cup(alice_client, alice, guidance):
    response = add_entry(alice_client, catalogue_food(SKIM), "200", unit="ml")
    entry = IntakeEntry.objects.get(user=alice)
    assert response["Location"] == day_url() + f"?added={entry.pk}#main"
    # 200 ml of a 236.6 ml cup is 0.8453 cups: 0.8453 × 299 mg, exactly.
    assert (entry.unit, entry.amount) == ("ml", Decimal("0.8453"))
    assert entry.calcium_mg == Decimal("0.8453") * 299
    assert entry.vitamin_d_iu == Decimal("0.8453") * 115
    assert (entry.grams_per_serving, entry.ml_per_serving) == (245, Decimal("236.6"))
    page = alice_client.get(response["Location"]).content.decode()
    assert "Added 200 ml of Milk, nonfat (skim), vitamin D added." in page
    assert "200 ml: 252.7 mg calcium" in page
    assert "253 of 1,200 mg" in page  # the day rounds once


def test_a_food_is_logged_in_grams_from_its_serving_weight(
    alice_client, alice, guidance
):
    add_entry(alice_client, catalogue_food(YOGURT), "150", unit="g")
    entry = IntakeEntry.objects.get(user=alice)
    # A pot of 227 g has 415 mg: 150 g is 0.6608 pots.
    assert (entry.unit, entry.amount, entry.calcium_mg) == (
        "g",
        Decimal("0.6608"),
        Decimal("0.6608") * 415,
    )
    assert "150 g: 274.2 mg calcium" in alice_client.get(day_url()).content.decode()


def test_search_results_offer_grams_and_millilitres_where_known(alice_client, guidance):
    page = alice_client.get(day_url(), {"q": "skim milk"}).content.decode()
    assert '<option value="ml">ml</option>' in page
    assert '<option value="g">g</option>' in page
    page = alice_client.get(day_url(), {"q": "cheddar"}).content.decode()
    assert '<option value="g">g</option>' in page
    assert '<option value="ml">' not in page
    page = alice_client.get(day_url(), {"q": COMBINATION}).content.decode()
    assert 'name="unit"' not in page  # a supplement: servings only


@pytest.mark.parametrize(
    ("item", "amount", "unit", "field", "message"),
    [
        (SKIM, "lots", "g", "amount", "Enter a number, such as 200 or 12.5."),
        (SKIM, "5000", "ml", "amount", "Enter 4,732 ml or less (20 servings)."),
        (SKIM, "0", "ml", "amount", "Enter an amount more than 0."),
        (YOGURT, "200", "ml", "unit", "enter it in servings"),
        (SKIM, "200", "litres", "unit", "Select a valid choice."),
    ],
)
def test_a_bad_amount_in_a_unit_is_shown_by_its_field_and_saves_nothing(
    alice_client, alice, guidance, item, amount, unit, field, message
):
    response = add_entry(alice_client, catalogue_food(item), amount, unit=unit)
    assert response.status_code == 200
    assert IntakeEntry.objects.filter(user=alice).count() == 0
    form = response.context["entry_form"]
    assert message in " ".join(form.errors[field])
    page = response.content.decode()
    assert f'id="id_{field}"' in page
    assert f'id="error_1_id_{field}"' in page or message in page


def test_a_supplement_without_a_unit_is_logged_in_doses(alice_client, alice, guidance):
    add_entry(alice_client, catalogue_supplement(COMBINATION), "2")
    entry = IntakeEntry.objects.get(user=alice)
    assert (entry.unit, entry.amount, entry.calcium_mg) == ("servings", 2, 1200)


def test_recently_logged_repeats_millilitres_in_millilitres(
    alice_client, alice, guidance
):
    add_entry(alice_client, catalogue_food(SKIM), "200", unit="ml")
    page = alice_client.get(day_url()).content.decode()
    assert f'<span class="quick-name">{SKIM[0]}: 200 ml</span>' in page
    assert '<input type="hidden" name="unit" value="ml">' in page
    recent, _on_day = alice_client.get(day_url()).context["recent"][0]
    add_entry(alice_client, catalogue_food(SKIM), recent.amount_text, unit=recent.unit)
    amounts = IntakeEntry.objects.filter(user=alice).values_list("unit", "amount")
    assert list(amounts) == [("ml", Decimal("0.8453"))] * 2


# --- Without JavaScript, and with htmx -------------------------------------------


def test_without_javascript_an_add_goes_back_to_the_same_search_with_undo(
    alice_client, alice, guidance
):
    milk = catalogue_food(SKIM)
    response = alice_client.post(
        "/intake/2026-11-25/add/?q=skim+milk",
        sent_once(kind="food", item=milk.pk, amount="1"),
    )
    entry = IntakeEntry.objects.get(user=alice)
    assert (
        response["Location"] == f"/intake/2026-11-25/?q=skim+milk&added={entry.pk}#main"
    )
    page = alice_client.get(response["Location"]).content.decode()
    assert "Added 1 cup of Milk, nonfat (skim), vitamin D added." in page
    assert f'action="/intake/entries/{entry.pk}/delete/"' in page  # Undo
    assert 'aria-label="Undo: remove 1 cup of Milk' in page
    assert 'value="skim milk"' in page  # the search box keeps the search
    assert "1 food and 0 supplements match “skim milk”." in page
    assert "299 of 1,200 mg (901 mg to go)" in page


def htmx(client, trigger=""):
    """Send ``client``'s next requests as htmx does, from the form ``trigger``."""
    client.defaults["HTTP_HX_REQUEST"] = "true"
    client.defaults["HTTP_HX_TRIGGER"] = trigger
    return client


def test_with_htmx_an_add_answers_the_parts_of_the_day_it_changed(
    alice_client, alice, guidance, assert_page
):
    milk = catalogue_food(SKIM)
    log_intake(alice, milk, TODAY)  # so "Recently logged" lists it
    sent = f"add-search-food-{milk.pk}"
    # 1 session, 2 user with profile, 3 the food, 4-6 the form's token claimed
    # (insert, read, prune), 7 the entry, 8 the claim noted; then what the page
    # would read again after a redirect, in the same answer: 9 the day's and
    # the day before's entries, 10 the estimate, 11 targets and 12 the ODS
    # source (both cached after), 13 favourites, 14 recent items.
    response = assert_page(
        htmx(alice_client, trigger=sent),
        "/intake/2026-11-25/add/?q=skim+milk",
        method="post",
        data=sent_once(kind="food", item=milk.pk, amount="2"),
        queries=14,
        shows=[
            "Added 2 × 1 cup of Milk, nonfat (skim), vitamin D added.",
            "Undo: remove 2 × 1 cup of Milk",  # named for what it removes
            "897 of 1,200 mg (303 mg to go)",  # the totals, out of band
            "On today: 3 servings",  # the one-tap lists, out of band
            "Logged on this day",  # the entries, out of band
        ],
        hides=["<html", "Find a food or supplement"],
    )
    page = response.content.decode()
    for part in ("day-totals", "quick-add", "day-entries"):
        assert re.search(f'id="{part}"[^>]* data-hx-swap-oob="true"', page)
    # The form that was sent gets a new one-time token, so a second tap on it
    # adds a second helping rather than counting as a double tap.
    assert f'data-hx-swap-oob="outerHTML:#{sent} [name=submission]"' in page
    assert IntakeEntry.objects.filter(user=alice).count() == 2


def test_with_htmx_an_odd_form_id_gets_no_new_token(alice_client, guidance):
    milk = catalogue_food(SKIM)
    page = (
        htmx(alice_client, trigger='x"] , body')
        .post(
            "/intake/2026-11-25/add/", sent_once(kind="food", item=milk.pk, amount="1")
        )
        .content.decode()
    )
    assert "Added 1 cup of Milk" in page
    assert "[name=submission]" not in page


def test_with_htmx_a_bad_amount_shows_the_form_in_place_and_saves_nothing(
    alice_client, guidance
):
    milk = catalogue_food(SKIM)
    response = htmx(alice_client, trigger=f"add-search-food-{milk.pk}").post(
        "/intake/2026-11-25/add/", sent_once(kind="food", item=milk.pk, amount="0")
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in page
    assert "Please check the form" in page
    assert "Enter an amount more than 0." in page
    assert "Add Milk, nonfat (skim), vitamin D added" in page
    assert not IntakeEntry.objects.exists()


def test_with_htmx_a_double_tap_adds_once(alice_client, alice, guidance):
    milk = catalogue_food(SKIM)
    data = sent_once(kind="food", item=milk.pk, amount="1")
    for _ in range(2):
        page = htmx(alice_client).post("/intake/2026-11-25/add/", data).content.decode()
        assert "Added 1 cup of Milk" in page
    assert IntakeEntry.objects.filter(user=alice).count() == 1
