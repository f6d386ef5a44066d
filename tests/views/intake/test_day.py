"""/intake/<day>/: a day's diary, its totals and its links."""

from datetime import timedelta
from decimal import Decimal

import pytest

from tests.helpers import (
    COLLARDS,
    COMBINATION,
    SALMON,
    SKIM,
    SPINACH,
    TODAY,
    YESTERDAY,
    YOGURT,
    add_entry,
    catalogue_food,
    catalogue_supplement,
    day_url,
    log_intake,
    log_many,
)
from tracker.models import Favourite, Food, IntakeEntry, IntakeEstimate, Profile
from tracker.queries import intake as queries


def test_other_users_entries_are_hidden(alice_client, bob, guidance):
    log_intake(bob, catalogue_food(SKIM), TODAY)
    response = alice_client.get(day_url())
    assert "Milk, nonfat" not in response.content.decode()
    assert "0 of 1,200 mg (1,200 mg to go)" in response.content.decode()


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
    # 1 session, 2 user with profile, 3 the day's and the day before's entries
    # (to copy), 4 its estimate, 5 the ODS source, 6 targets and 7 the medicine
    # library (all three cached after), 8 favourites, 9 recent items, 10 doses
    # of medicines that ask for a wait; a search adds 11 foods and 12
    # supplements. The supplements to choose from load only when asked for.
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
    # With the guidance cached, the next visit runs 3 fewer.
    assert_page(
        alice_client,
        day_url(),
        data={"q": "milk"},
        max_queries=9,
        shows=["1 tablet: 600 mg calcium", "Milk, whole 3.25%, vitamin D added"],
    )

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
            "1,186 of 1,200 mg: close, 14 mg to go",  # the estimate and the tablet
            "Calcium (estimated)",
            "Milk, whole 3.25%, vitamin D added",
        ],
    )
    assert len(response.context["recent"]) == queries.RECENT_LIMIT


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
    assert "1,823 mg (goal 1,200): target met" in page  # 299 + 415 + 241 + 268 + 600
    assert "1,410 IU (goal 600): target met" in page  # 115 + 2 + 493 + 0 + 800
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
    # The bars say it too, in words and a style of their own: never "target met".
    assert "2,400 mg (goal 1,200): above the upper limit" in page
    assert "4,200 IU (goal 600): above the upper limit" in page
    assert page.count('class="progress-meter is-over-limit"') == 2
    assert "target met" not in page


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


def test_recent_items_repeat_with_the_same_amount(alice_client, alice, guidance):
    log_intake(alice, catalogue_food(SKIM), YESTERDAY, amount="2")
    log_intake(alice, catalogue_supplement(COMBINATION), YESTERDAY)
    retired = log_intake(alice, catalogue_food(YOGURT), YESTERDAY)
    Food.objects.filter(pk=retired.food_id).update(is_active=False)
    too_long_ago = TODAY - timedelta(days=31)
    log_intake(alice, catalogue_food(SALMON), too_long_ago)
    response = alice_client.get(day_url())
    recent = [(item.name, item.amount_text) for item, _ in response.context["recent"]]
    assert sorted(recent) == [(COMBINATION, "1"), (SKIM[0], "2")]
    assert "Milk, nonfat (skim), vitamin D added: 2 × 1 cup" in (
        response.content.decode()
    )


def test_the_day_of_a_bisphosphonate_dose_opens_with_the_morning_routine(
    alice_client, alice, guidance
):
    from datetime import time

    from tests.helpers import add_medicine, log_dose

    tablet = add_medicine(
        alice, "alendronate", first_dose_on=TODAY - timedelta(weeks=2)
    )
    log_dose(alice, tablet, TODAY, at=time(7, 10))
    page = alice_client.get(day_url()).content.decode()
    assert "Calcium and breakfast from 7:40" in page
    assert "You took Alendronate at 7:10." in page
    yesterday = alice_client.get(day_url(YESTERDAY)).content.decode()
    assert "Calcium and breakfast from" not in yesterday


def test_supplements_to_choose_from_load_when_asked_for(alice_client, guidance):
    page = alice_client.get(day_url()).content.decode()
    assert "Choose a supplement" in page
    assert 'data-hx-get="/intake/supplements/?day=2026-11-25"' in page
    assert "Show every supplement" in page  # without JavaScript
    assert 'id="amount-choice-' not in page
    without_js = alice_client.get(day_url() + "?supplements=all").content.decode()
    assert 'id="supplement-choices" open' in " ".join(without_js.split())
    assert "Calcium 600 mg with vitamin D 800 IU" in without_js
    assert 'id="amount-choice-' in without_js


def test_the_supplement_list_fragment_offers_every_supplement_for_the_day(
    alice_client, alice, guidance, assert_page
):
    from tracker.models import Supplement

    Supplement.objects.create(
        owner=alice, name="My chewable", dose="2 chews", calcium_mg=500, vitamin_d_iu=0
    )
    assert_page(
        alice_client,
        "/intake/supplements/?day=2026-11-24",
        max_queries=3,  # session, user with profile, supplements
        shows=[
            "My chewable",
            "Calcium 600 mg with vitamin D 800 IU",
            'action="/intake/2026-11-24/add/#add-heading"',
            "elemental",
        ],
        hides=["<html"],
    )
    assert alice_client.get("/intake/supplements/?day=0001-01-01").status_code == 404


def test_one_tap_items_say_how_much_of_them_is_on_the_day_already(
    alice_client, alice, guidance, assert_page
):
    milk, tablet = catalogue_food(SKIM), catalogue_supplement(COMBINATION)
    log_intake(alice, milk, YESTERDAY, amount="2")
    log_intake(alice, tablet, YESTERDAY)
    log_intake(alice, milk, TODAY, amount="½")
    log_intake(alice, milk, TODAY)
    Favourite.objects.create(user=alice, supplement=tablet)
    response = assert_page(
        alice_client,
        day_url(),
        max_queries=10,
        shows=[
            # Both amounts of milk logged lately say the day has 1½ servings.
            "Milk, nonfat (skim), vitamin D added: 2 × 1 cup</span>"
            '<span class="on-day">On today: 1½ servings</span>',
            "Milk, nonfat (skim), vitamin D added: ½ × 1 cup</span>"
            '<span class="on-day">On today: 1½ servings</span>',
        ],
    )
    page = response.content.decode()
    # The tablet, a favourite and recent, is not on the day: no mark.
    assert f"{COMBINATION}: 1 tablet</span></button>" in page
    assert page.count('class="on-day"') == 3  # the milks, and milk's 1 cup
    yesterday = alice_client.get(day_url(YESTERDAY)).content.decode()
    assert "On this day: 1 serving" in yesterday  # the tablet
    assert "On this day: 2 servings" in yesterday


def test_logging_a_recent_item_again_today_keeps_the_list_in_its_order(
    alice_client, alice, guidance
):
    milk, tablet = catalogue_food(SKIM), catalogue_supplement(COMBINATION)
    # The clock is frozen: each entry is logged a minute after the one before.
    for minutes, (item, day) in enumerate(
        [
            (milk, YESTERDAY),
            (tablet, YESTERDAY),  # logged last before today: listed first
            (milk, TODAY),  # again today: stays where it was
            (catalogue_food(YOGURT), TODAY),  # new today: comes last
        ]
    ):
        entry = log_intake(alice, item, day)
        IntakeEntry.objects.filter(pk=entry.pk).update(
            created_at=entry.created_at + timedelta(minutes=minutes)
        )
    response = alice_client.get(day_url())
    names = [item.name for item, _ in response.context["recent"]]
    assert names == [COMBINATION, SKIM[0], YOGURT[0]]
