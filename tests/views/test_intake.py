"""The calcium and vitamin D diary pages."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from unittest import mock

import pytest
import time_machine
from django.db import connection
from django.db.models import QuerySet
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.helpers import (
    COLLARDS,
    COMBINATION,
    ESTIMATE,
    NOW,
    SALMON,
    SKIM,
    SPINACH,
    TODAY,
    YESTERDAY,
    YOGURT,
    add_entry,
    build_intake_history,
    catalogue_food,
    catalogue_supplement,
    day_url,
    estimate_url,
    log_intake,
    log_many,
)
from tracker.models import (
    EstimateSettings,
    Favourite,
    Food,
    IntakeEntry,
    IntakeEstimate,
    Profile,
    Source,
    Supplement,
)
from tracker.queries import intake as queries


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(NOW, tick=False):
        yield


# --- Who may see what -------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/intake/",
        "/intake/2026-11-25/",
        "/intake/2026-W48/",
        "/intake/2026-11-25/estimate/",
        "/intake/foods/search/?q=milk",
        "/intake/entries/1/edit/",
        "/intake/entries/1/delete/",
        "/intake/my-foods/",
        "/intake/my-foods/add/",
        "/intake/my-supplements/",
        "/intake/my-supplements/add/",
    ],
)
def test_anonymous_visitors_are_sent_to_log_in(client, db, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize(
    "path",
    [
        "/intake/2026-11-25/add/",
        "/intake/2026-11-25/copy-previous/",
        "/intake/favourites/",
    ],
)
def test_anonymous_posts_save_nothing(client, db, path):
    response = client.post(path, {"kind": "food", "item": 1, "amount": "1"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not IntakeEntry.objects.exists()


def test_other_users_entries_are_hidden(alice_client, bob, guidance):
    log_intake(bob, catalogue_food(SKIM), TODAY)
    response = alice_client.get(day_url())
    assert "Milk, nonfat" not in response.content.decode()
    assert "0 of 1,200 mg (1,200 mg to go)" in response.content.decode()


@pytest.mark.parametrize("action", ["edit", "delete"])
def test_another_users_entry_is_not_found(alice_client, bob, guidance, action):
    entry = log_intake(bob, catalogue_food(SKIM), TODAY)
    url = reverse(f"tracker:intake_entry_{action}", kwargs={"pk": entry.pk})
    assert alice_client.get(url).status_code == 404
    assert alice_client.post(url, {"amount": "2"}).status_code == 404
    entry.refresh_from_db()
    assert entry.amount == 1


# --- Days -------------------------------------------------------------------


def test_intake_goes_to_today_in_the_users_own_time_zone(alice_client):
    # 03:00 UTC on the 26th is still the evening of the 25th in New York.
    with time_machine.travel(datetime(2026, 11, 26, 3, 0, tzinfo=UTC), tick=False):
        response = alice_client.get("/intake/")
    assert response["Location"] == "/intake/2026-11-25/"


def test_a_user_in_tokyo_is_already_on_the_next_day(client, alice):
    Profile.objects.filter(user=alice).update(time_zone="Asia/Tokyo")
    client.force_login(alice)
    with time_machine.travel(datetime(2026, 11, 25, 16, 0, tzinfo=UTC), tick=False):
        response = client.get("/intake/")
    assert response["Location"] == "/intake/2026-11-26/"


def test_the_date_picker_goes_to_the_day_picked(alice_client):
    response = alice_client.get("/intake/?day=2026-11-02")
    assert response["Location"] == "/intake/2026-11-02/"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2026-11-26", "That date is in the future. Today is Wednesday 25 November"),
        ("someday", "Enter a date like 2026-11-25."),
        ("1899-12-31", "That date is too far in the past."),
        ("", "This field is required."),
    ],
)
def test_a_bad_date_pick_shows_why_by_the_field(alice_client, guidance, value, message):
    response = alice_client.get("/intake/", {"day": value})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["picker"].errors["day"]


@pytest.mark.parametrize(
    "path",
    [
        "/intake/2026-02-30/",
        "/intake/1899-12-31/",
        "/intake/0001-01-01/",
        "/intake/9999-12-27/",  # its week ends after the last date Python knows
        "/intake/9999-12-31/",
        "/intake/9999-12-31/estimate/",
        "/intake/foods/search/?q=milk&day=1899-12-31",
        "/intake/foods/search/?q=milk&day=9999-12-31",
    ],
)
def test_impossible_or_ancient_days_are_not_found(alice_client, path):
    assert alice_client.get(path).status_code == 404


def test_the_first_day_has_no_link_to_the_day_before(alice_client, guidance):
    page = alice_client.get("/intake/1900-01-01/").content.decode()
    assert 'rel="prev"' not in page
    assert 'href="/intake/1900-01-02/" rel="next"' in page
    assert 'href="/intake/1900-W01/"' in page


def test_a_day_in_a_week_not_yet_started_has_no_week_link(alice_client, guidance):
    page = alice_client.get("/intake/2026-12-01/").content.decode()
    assert "This day hasn't happened yet" in page
    assert "/intake/2026-W49/" not in page
    # A later day of this week links to the week, which has started.
    assert (
        'href="/intake/2026-W48/"'
        in alice_client.get("/intake/2026-11-27/").content.decode()
    )


def test_a_day_page_links_to_the_days_around_it_and_its_week(alice_client, guidance):
    page = alice_client.get(day_url(YESTERDAY)).content.decode()
    assert 'href="/intake/2026-11-23/" rel="prev"' in page
    assert 'href="/intake/2026-11-25/" rel="next"' in page
    assert 'href="/intake/2026-W48/"' in page


def test_today_has_no_next_day_link(alice_client, guidance):
    page = alice_client.get(day_url()).content.decode()
    assert 'rel="next"' not in page
    assert "(today)" in page


def test_a_future_day_cannot_be_logged(alice_client, guidance):
    page = alice_client.get(day_url(TODAY + timedelta(days=1))).content.decode()
    assert "This day hasn't happened yet" in page
    assert 'name="amount"' not in page


def test_the_day_page_query_count_does_not_grow_with_entries(
    alice_client, alice, guidance, assert_page
):
    # 1 session, 2 user with profile, 3 the day's entries, 4 its estimate,
    # 5 the ODS source, 6 targets, 7 favourites, 8 recent items,
    # 9 yesterday's entries (to copy), 10 supplements to choose from;
    # a search adds 11 foods and 12 supplements.
    Favourite.objects.create(user=alice, food=catalogue_food(SKIM))
    log_intake(alice, catalogue_supplement(COMBINATION), TODAY)
    response = assert_page(
        alice_client,
        day_url(),
        data={"q": "milk"},
        max_queries=12,
        shows=[
            "1 tablet: 600 mg calcium",  # the tablet logged today
            "600 of 1,200 mg (600 mg to go)",
            "Your favourites",
            "Milk, whole 3.25%, vitamin D added",  # found by the search
        ],
    )
    assert len(response.context["entries"]) == 1

    log_many(alice, 29)
    IntakeEstimate.objects.create(
        user=alice, day=TODAY, calcium_mg=Decimal(586), vitamin_d_iu=Decimal(240)
    )
    response = assert_page(
        alice_client,
        day_url(),
        data={"q": "milk"},
        max_queries=12,
        shows=[
            "1,186 of 1,200 mg (14 mg to go)",  # the estimate and the tablet
            "Calcium (estimated)",
            "Milk, whole 3.25%, vitamin D added",
        ],
    )
    assert len(response.context["recent"]) == queries.RECENT_LIMIT


# --- Logging ----------------------------------------------------------------


def test_logging_milk_keeps_its_values_and_updates_the_total(
    alice_client, alice, guidance
):
    response = add_entry(alice_client, catalogue_food(SKIM))
    assert response["Location"] == day_url() + "#main"
    entry = IntakeEntry.objects.get(user=alice)
    assert (entry.day, entry.kind, entry.name, entry.serving) == (
        TODAY,
        "food",
        SKIM[0],
        "1 cup",
    )
    assert (entry.calcium_mg, entry.vitamin_d_iu) == (299, 115)
    page = alice_client.get(day_url()).content.decode()
    assert "Added 1 cup of Milk, nonfat (skim), vitamin D added: 299 mg calcium, " in (
        page
    )
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
        ("1" * 30, "Ensure this value has at most 20 characters"),
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


def test_past_days_keep_the_values_they_were_logged_with(alice_client, alice, guidance):
    milk = catalogue_food(SKIM)
    log_intake(alice, milk, YESTERDAY)
    Food.objects.filter(pk=milk.pk).update(calcium_mg=350, name="Milk, corrected")
    page = alice_client.get(day_url(YESTERDAY)).content.decode()
    assert "Milk, nonfat (skim), vitamin D added" in page
    assert "299 of 1,200 mg" in page
    assert queries.day_totals(alice, YESTERDAY).calcium_mg == 299


def test_a_realistic_day_totals_exactly_and_says_what_is_not_counted(
    alice_client, guidance
):
    for item in (
        catalogue_food(SKIM),
        catalogue_food(YOGURT),
        catalogue_food(SALMON),
        catalogue_food(COLLARDS),
        catalogue_food(SPINACH),
    ):
        add_entry(alice_client, item)
    add_entry(alice_client, catalogue_supplement(COMBINATION))
    page = alice_client.get(day_url()).content.decode()
    assert "1,823 of 1,200 mg: target met" in page  # 299 + 415 + 241 + 268 + 600
    assert "1,410 of 600 IU: target met" in page  # 115 + 2 + 493 + 0 + 800
    assert "122 mg of calcium from Spinach, cooked, boiled is not counted" in page
    assert "Its calcium is not counted, because little of it is absorbed." in page
    # The combination tablet is 600 mg at once: the absorption tip, with its source.
    assert "gives 600 mg of calcium at once" in page
    assert "Calcium supplements" in page
    assert "800 IU to 1,000 IU of vitamin D a day for adults of your age" in page


def test_going_over_the_upper_limit_is_said_calmly(alice_client, alice, guidance):
    for _ in range(4):
        # 4 tablets: 2,400 mg and 3,200 IU
        log_intake(alice, catalogue_supplement(COMBINATION), TODAY)
    log_intake(alice, catalogue_supplement("Vitamin D3, 1,000 IU"), TODAY)
    page = alice_client.get(day_url()).content.decode()
    assert (
        "Calcium today adds up to 2,400 mg, which is above the upper limit of " in page
    )
    assert "2,000 mg a day for your age" in page
    assert "Vitamin D today adds up to 4,200 IU" in page
    assert "not a cause for alarm" in page


def test_vitamin_d_shows_in_micrograms_for_users_who_chose_them(
    alice_client, alice, guidance
):
    Profile.objects.filter(user=alice).update(vitamin_d_unit="mcg")
    log_intake(alice, catalogue_food(SKIM), TODAY)
    page = alice_client.get(day_url()).content.decode()
    assert "2.9 of 15.0 µg (12.1 µg to go)" in page  # 115 IU = 2.875 µg
    assert "1 cup: 299 mg calcium, 2.9 µg vitamin D" in page


def test_prefer_not_to_say_uses_the_higher_target_and_says_so(
    alice_client, alice, guidance
):
    Profile.objects.filter(user=alice).update(sex="unspecified")
    page = alice_client.get(day_url()).content.decode()
    assert "0 of 1,200 mg" in page
    assert "You chose not to say your sex" in page


# --- Search -----------------------------------------------------------------


def test_search_finds_foods_and_supplements_by_any_words(alice_client, guidance):
    response = alice_client.get(day_url(), {"q": "skim milk"})
    assert [item.name for item in response.context["foods"]] == [
        "Milk, nonfat (skim), vitamin D added",
        "Yogurt, plain, nonfat (skim)",
    ][:1]
    response = alice_client.get(day_url(), {"q": "calcium"})
    assert COMBINATION in [item.name for item in response.context["supplements"]]


def test_search_puts_names_that_start_with_the_word_first(alice_client, guidance):
    response = alice_client.get(day_url(), {"q": "milk"})
    names = [item.name for item in response.context["foods"]]
    assert names[:3] == [
        "Milk, 2% reduced fat, vitamin D added",
        "Milk, nonfat (skim), vitamin D added",
        "Milk, whole 3.25%, vitamin D added",
    ]


def test_the_search_fragment_has_results_and_a_status_but_no_page(
    alice_client, guidance, assert_page
):
    # 1 session, 2 user with profile, 3 foods, 4 supplements.
    response = assert_page(
        alice_client,
        "/intake/foods/search/",
        data={"q": "sardines", "day": "2026-11-24"},
        max_queries=4,
        shows=["Sardines"],
    )
    page = response.content.decode()
    assert "<html" not in page
    assert page.count('class="loggable"') == 2
    assert 'action="/intake/2026-11-24/add/#add-heading"' in page
    assert 'id="search-status" data-hx-swap-oob="innerHTML"' in page
    assert "2 foods and 0 supplements match “sardines”." in page


def test_search_only_shows_the_users_own_items(alice_client, alice, bob, guidance):
    Food.objects.create(
        owner=alice,
        name="Oat milk, my brand",
        serving="1 cup",
        calcium_mg=350,
        vitamin_d_iu=100,
    )
    Food.objects.create(
        owner=bob, name="Oat milk, Bob's", serving="1 cup", calcium_mg=1, vitamin_d_iu=0
    )
    page = alice_client.get("/intake/foods/search/", {"q": "oat"}).content.decode()
    assert "Oat milk, my brand" in page
    assert "Yours" in page
    assert "Bob" not in page


def test_a_search_that_finds_nothing_suggests_adding_a_food(alice_client, guidance):
    page = alice_client.get("/intake/foods/search/", {"q": "zzz"}).content.decode()
    assert "Nothing matches “zzz”." in page
    assert "/intake/my-foods/add/?day=2026-11-25" in page


def test_a_search_with_a_bad_day_falls_back_to_today(alice_client, guidance):
    page = alice_client.get(
        "/intake/foods/search/", {"q": "milk", "day": "not-a-day"}
    ).content.decode()
    assert 'action="/intake/2026-11-25/add/#add-heading"' in page


def test_odd_search_text_is_harmless(alice_client, guidance):
    for text in ["\x00", "milk\x00", "%", "_", "' OR 1=1 --", "ü" * 200]:
        assert alice_client.get(day_url(), {"q": text}).status_code == 200
        response = alice_client.get("/intake/foods/search/", {"q": text})
        assert response.status_code == 200


def test_an_id_beyond_the_database_range_is_not_found(alice_client, guidance):
    huge = "9" * 30
    assert alice_client.get(f"/intake/entries/{huge}/edit/").status_code == 404
    assert alice_client.get(f"/intake/my-foods/{huge}/edit/").status_code == 404


def test_search_words_are_trimmed_and_capped(alice_client, guidance):
    response = alice_client.get(day_url(), {"q": "  milk   " + "x" * 500})
    assert len(response.context["q"]) == 100


# --- Edit and delete --------------------------------------------------------


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


def test_deleting_an_entry_asks_first(alice_client, alice, guidance):
    entry = log_intake(alice, catalogue_food(SKIM), TODAY)
    url = reverse("tracker:intake_entry_delete", kwargs={"pk": entry.pk})
    page = alice_client.get(url).content.decode()
    assert "Delete this entry?" in page
    assert "1 cup of Milk, nonfat (skim), vitamin D added, logged on Wednesday 25" in (
        page
    )
    assert IntakeEntry.objects.exists()
    response = alice_client.post(url)
    assert response["Location"] == day_url()
    assert not IntakeEntry.objects.exists()


# --- One-tap repeat ---------------------------------------------------------


def test_recent_items_repeat_with_the_same_amount(alice_client, alice, guidance):
    log_intake(alice, catalogue_food(SKIM), YESTERDAY, amount="2")
    log_intake(alice, catalogue_supplement(COMBINATION), YESTERDAY)
    retired = log_intake(alice, catalogue_food(YOGURT), YESTERDAY)
    Food.objects.filter(pk=retired.food_id).update(is_active=False)
    too_long_ago = TODAY - timedelta(days=31)
    log_intake(alice, catalogue_food(SALMON), too_long_ago)
    response = alice_client.get(day_url())
    recent = [(item.name, item.amount_text) for item in response.context["recent"]]
    assert sorted(recent) == [(COMBINATION, "1"), (SKIM[0], "2")]
    assert "Milk, nonfat (skim), vitamin D added: 2 × 1 cup" in (
        response.content.decode()
    )


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


# --- Quick estimate ---------------------------------------------------------


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
    assert "1,752 of 1,200 mg: target met" in page  # 1,152 + 600, not + 299
    assert "Calcium (estimated)" in page
    assert "1 food entry (299 mg calcium) is not counted" in page
    assert "Not counted: the quick estimate stands in for food on this day." in page


def test_adding_food_on_an_estimate_day_says_it_is_not_counted(
    alice_client, alice, guidance
):
    alice_client.post(estimate_url(), ESTIMATE)
    add_entry(alice_client, catalogue_food(SKIM))
    page = alice_client.get(day_url()).content.decode()
    assert "so it is listed but not counted" in page


def test_the_admins_baseline_is_added_when_set(alice_client, alice, guidance):
    EstimateSettings.objects.create(
        other_foods_calcium_mg=250, source=Source.objects.get(key="BHOF")
    )
    alice_client.post(estimate_url(), ESTIMATE)
    assert IntakeEstimate.objects.get(user=alice).baseline_calcium_mg == 250
    page = alice_client.get(day_url()).content.decode()
    assert "1,402 of 1,200 mg" in page  # 1,152 + 250
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


def test_the_baseline_is_set_once_in_the_admin(admin_client, guidance):
    page = admin_client.get("/admin/tracker/estimatesettings/add/").content.decode()
    assert "docs/bone-facts.md gives no baseline, so none ships." in page
    response = admin_client.post(
        "/admin/tracker/estimatesettings/add/", {"other_foods_calcium_mg": "250"}
    )
    assert response.status_code == 200  # a baseline needs its source
    assert not EstimateSettings.objects.exists()
    bhof = Source.objects.get(key="BHOF")
    admin_client.post(
        "/admin/tracker/estimatesettings/add/",
        {"other_foods_calcium_mg": "250", "source": bhof.pk},
    )
    assert EstimateSettings.objects.get().other_foods_calcium_mg == 250
    assert admin_client.get("/admin/tracker/estimatesettings/add/").status_code == 403


def test_a_future_day_cannot_be_estimated(alice_client, guidance):
    response = alice_client.post(estimate_url(TODAY + timedelta(days=1)), ESTIMATE)
    assert response.status_code == 200
    assert "This day hasn't happened yet, so there is nothing to estimate." in (
        response.content.decode()
    )
    assert not IntakeEstimate.objects.exists()


def test_removing_an_estimate_asks_first_and_counts_the_diary_again(
    alice_client, alice, guidance
):
    log_intake(alice, catalogue_food(SKIM), TODAY)
    alice_client.post(estimate_url(), ESTIMATE)
    url = reverse("tracker:intake_estimate_delete", kwargs={"day": TODAY})
    assert "Remove the quick estimate?" in alice_client.get(url).content.decode()
    alice_client.post(url)
    assert not IntakeEstimate.objects.exists()
    assert "299 of 1,200 mg" in alice_client.get(day_url()).content.decode()
    assert alice_client.get(url).status_code == 404


def test_another_users_estimate_is_untouched(alice_client, bob, guidance):
    IntakeEstimate.objects.create(
        user=bob, day=TODAY, calcium_mg=Decimal(1), vitamin_d_iu=Decimal(0)
    )
    url = reverse("tracker:intake_estimate_delete", kwargs={"day": TODAY})
    assert alice_client.post(url).status_code == 404
    assert IntakeEstimate.objects.exists()


# --- Week -------------------------------------------------------------------


def test_the_week_shows_each_day_and_the_average_of_logged_days(
    alice_client, alice, guidance
):
    monday = date(2026, 11, 23)
    for _ in range(4):
        log_intake(alice, catalogue_food(SKIM), monday)  # 1,196 mg
    log_intake(alice, catalogue_food(SKIM), monday + timedelta(days=1))  # 299 mg
    IntakeEstimate.objects.create(
        user=alice,
        day=TODAY,
        calcium_mg=Decimal(1152),
        vitamin_d_iu=Decimal(247),
    )
    page = alice_client.get("/intake/2026-W48/").content.decode()
    assert "The average of the 3 days you logged." in page
    assert "882 of 1,200 mg (318 mg to go)" in page  # (1,196 + 299 + 1,152) / 3
    assert '1,152 mg <span class="badge text-bg-info">Estimate</span>' in page
    assert page.count("Nothing logged") == 0
    assert page.count("Still to come") == 4
    assert 'rel="next"' not in page


def test_a_past_week_links_forward_and_to_this_week(alice_client, guidance):
    page = alice_client.get("/intake/2026-W40/").content.decode()
    assert 'href="/intake/2026-W41/" rel="next"' in page
    assert 'href="/intake/2026-W48/">This week' in page
    assert "Nothing logged this week yet." in page


@pytest.mark.parametrize(
    "path",
    [
        "/intake/2026-W60/",
        "/intake/2025-W53/",
        "/intake/1850-W02/",
        "/intake/1899-W52/",
        "/intake/9999-W52/",  # its Sunday would be in the year 10000
        "/intake/2026-W49/",  # next week: not started yet
        "/intake/2027-W01/",
    ],
)
def test_impossible_ancient_and_future_weeks_are_not_found(alice_client, path):
    assert alice_client.get(path).status_code == 404


def test_the_first_week_has_no_link_to_the_week_before(alice_client, guidance):
    response = alice_client.get("/intake/1900-W01/")
    assert response.status_code == 200
    assert 'rel="prev"' not in response.content.decode()


def test_the_week_query_count_does_not_grow_with_entries(
    alice_client, alice, guidance, assert_page
):
    # 1 session, 2 user with profile, 3 entries summed by day and kind with the
    # estimates joined on, 4 targets.
    log_intake(alice, catalogue_food(SKIM), TODAY)
    assert_page(
        alice_client,
        "/intake/2026-W48/",
        max_queries=4,
        shows=["Week of Monday 23 November 2026", "299 of 1,200 mg (901 mg to go)"],
    )
    log_many(alice, 29)
    assert_page(
        alice_client,
        "/intake/2026-W48/",
        max_queries=4,
        shows=["Week of Monday 23 November 2026", "The average of the 3 days"],
    )


def test_range_totals_match_day_totals(alice, guidance, django_assert_num_queries):
    log_intake(alice, catalogue_food(SKIM), TODAY, amount="½")
    log_intake(alice, catalogue_food(SKIM), TODAY, amount="½")
    log_intake(alice, catalogue_food(SPINACH), TODAY)
    log_intake(alice, catalogue_supplement(COMBINATION), YESTERDAY)
    log_intake(alice, catalogue_food(SKIM), YESTERDAY)  # replaced by the day's estimate
    IntakeEstimate.objects.create(
        user=alice,
        day=YESTERDAY,
        calcium_mg=Decimal("900.5"),
        vitamin_d_iu=Decimal(100),
        baseline_calcium_mg=250,
    )
    # entries summed by day and kind, with the estimates joined on (UNION ALL)
    with django_assert_num_queries(1):
        totals = queries.daily_totals(alice, YESTERDAY, TODAY)
    assert totals[TODAY].calcium_mg == 299
    assert totals[TODAY].low_absorption_calcium_mg == 122
    assert totals[YESTERDAY].calcium_mg == 600 + 901 + 250  # tablet, estimate, baseline
    assert totals[YESTERDAY].uses_estimate
    assert totals[YESTERDAY].replaced_calcium_mg == 299
    with django_assert_num_queries(1):
        assert queries.day_totals(alice, TODAY) == totals[TODAY]


# --- Own foods and supplements ----------------------------------------------


def test_a_user_adds_their_own_food_and_can_log_it(alice_client, alice, guidance):
    response = alice_client.post(
        "/intake/my-foods/add/?day=2026-11-24",
        {
            "name": "Oat milk, my brand",
            "serving": "1 cup",
            "calcium_mg": "350",
            "vitamin_d": "100",
        },
    )
    own = Food.objects.get(owner=alice)
    assert (own.calcium_mg, own.vitamin_d_iu, own.source) == (350, 100, None)
    assert response["Location"] == "/intake/2026-11-24/?q=Oat+milk%2C+my+brand"
    add_entry(alice_client, own, day=YESTERDAY)
    assert IntakeEntry.objects.get(user=alice).calcium_mg == 350


def test_vitamin_d_is_entered_in_the_users_unit(alice_client, alice, guidance):
    Profile.objects.filter(user=alice).update(vitamin_d_unit="mcg")
    page = alice_client.get("/intake/my-supplements/add/").content.decode()
    assert "Vitamin D per dose (µg)" in page
    alice_client.post(
        "/intake/my-supplements/add/",
        {"name": "D drops", "dose": "1 drop", "calcium_mg": "0", "vitamin_d": "25"},
    )
    assert Supplement.objects.get(owner=alice).vitamin_d_iu == 1000


def test_the_supplement_form_asks_for_elemental_calcium(alice_client, guidance):
    page = alice_client.get("/intake/my-supplements/add/").content.decode()
    assert "Elemental calcium per dose (mg)" in page
    assert "Supplement Facts" in page


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


def test_own_supplements_can_be_edited_and_deleted(alice_client, alice, bob, guidance):
    own = Supplement.objects.create(
        owner=alice, name="My calcium", dose="1 tablet", calcium_mg=500, vitamin_d_iu=0
    )
    alice_client.post(
        f"/intake/my-supplements/{own.pk}/edit/",
        {
            "name": "My calcium",
            "dose": "1 tablet",
            "calcium_mg": "600",
            "vitamin_d": "400",
        },
    )
    own.refresh_from_db()
    assert (own.calcium_mg, own.vitamin_d_iu) == (600, 400)
    alice_client.post(f"/intake/my-supplements/{own.pk}/delete/")
    assert not Supplement.objects.filter(owner=alice).exists()
    theirs = Supplement.objects.create(
        owner=bob, name="B", dose="1", calcium_mg=1, vitamin_d_iu=0
    )
    assert (
        alice_client.get(f"/intake/my-supplements/{theirs.pk}/edit/").status_code == 404
    )


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


# --- Fixed query counts on every page ----------------------------------------


# Each page's queries. Every page starts with 1 session and 2 user with profile.
PAGE_QUERIES = {
    # 3 entries, 4 estimate, 5 ODS source, 6 targets, 7 favourites, 8 recent,
    # 9 yesterday's entries (to copy), 10 supplements to choose from.
    "day": 10,
    # 3 foods, 4 supplements.
    "search": 4,
    # 3 entries summed by day and kind with the estimates joined on, 4 targets.
    "week": 4,
    # 3 the day's estimate, 4 settings, 5 the latest earlier one, 6 line foods.
    "estimate": 6,
    # 3 the estimate.
    "estimate_delete": 3,
    # 3 the entry.
    "entry_edit": 3,
    "entry_delete": 3,
    # 3 count, 4 the page.
    "own_foods": 4,
    "own_supplements": 4,
    # nothing more.
    "own_food_add": 2,
    # 3 the food or supplement.
    "own_food_edit": 3,
    "own_food_delete": 3,
    "own_supplement_edit": 3,
    "own_supplement_delete": 3,
}


def page_url(name, user):
    entry = IntakeEntry.objects.filter(user=user).first()
    own_food = Food.objects.filter(owner=user).first()
    own_supplement = Supplement.objects.filter(owner=user).first()
    estimate_day = IntakeEstimate.objects.filter(user=user).first().day
    return {
        "day": day_url(),
        "search": "/intake/foods/search/?q=own&day=2026-11-25",
        "week": "/intake/2026-W48/",
        "estimate": estimate_url(),
        "estimate_delete": f"/intake/{estimate_day}/estimate/delete/",
        "entry_edit": f"/intake/entries/{entry.pk}/edit/",
        "entry_delete": f"/intake/entries/{entry.pk}/delete/",
        "own_foods": "/intake/my-foods/",
        "own_supplements": "/intake/my-supplements/",
        "own_food_add": "/intake/my-foods/add/",
        "own_food_edit": f"/intake/my-foods/{own_food.pk}/edit/",
        "own_food_delete": f"/intake/my-foods/{own_food.pk}/delete/",
        "own_supplement_edit": f"/intake/my-supplements/{own_supplement.pk}/edit/",
        "own_supplement_delete": f"/intake/my-supplements/{own_supplement.pk}/delete/",
    }[name]


def page_shows(name, user):
    """What each page shows of ``user``'s rows, as a user reads it."""
    entry = IntakeEntry.objects.filter(user=user).first()
    own_food = Food.objects.filter(owner=user).first()
    own_supplement = Supplement.objects.filter(owner=user).first()
    estimate_day = IntakeEstimate.objects.filter(user=user).first().day
    return {
        "day": ["Own 0", "Your favourites"],
        "search": ["Own 0", "Own pill 0"],
        "week": [
            "Week of Monday 23 November 2026",
            'href="/intake/2026-11-25/">Wednesday 25</a>',
        ],
        "estimate": ["Quick estimate", "Wednesday 25 November 2026"],
        "estimate_delete": [
            "Remove the quick estimate?",
            f"{estimate_day:%A} {estimate_day.day} {estimate_day:%B}",
        ],
        "entry_edit": [f"<h1>Change {entry.name}</h1>"],
        "entry_delete": ["Delete this entry?", f"of {entry.name}, logged on"],
        "own_foods": ["Your foods", own_food.name],
        "own_supplements": ["Your supplements", own_supplement.name],
        "own_food_add": ["Add your own food", 'name="calcium_mg"'],
        "own_food_edit": [f"<h1>Change {own_food.name}</h1>"],
        "own_food_delete": [f"Delete {own_food.name}?"],
        "own_supplement_edit": [f"<h1>Change {own_supplement.name}</h1>"],
        "own_supplement_delete": [f"Delete {own_supplement.name}?"],
    }[name]


@pytest.mark.parametrize("name", PAGE_QUERIES)
def test_every_diary_page_runs_the_same_queries_at_1_and_30_of_everything(
    alice_client, alice, guidance, assert_page, name
):
    build_intake_history(alice, 0, 1)
    assert_page(
        alice_client,
        page_url(name, alice),
        max_queries=PAGE_QUERIES[name],
        shows=page_shows(name, alice),
    )
    build_intake_history(alice, 1, 30)
    assert_page(
        alice_client,
        page_url(name, alice),
        max_queries=PAGE_QUERIES[name],
        shows=page_shows(name, alice),
    )
